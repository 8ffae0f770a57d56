// The indicator catalogue: the built-in data file plus the user's own indicators from
// gongwen.config.json (`indicators: [...]`), both checked by the same validator so a broken
// entry is reported once, in plain Chinese, and left out instead of breaking every check.
import data from '../data/indicators.json';
import type { ConfigProblem, GongwenConfig } from '../config';
import type { ArithmeticSpec, Comparison, Indicator, IndicatorKind, NationalTarget, Verification } from './types';

export const CATALOGUE_KEY = 'indicators/catalogue';

const KINDS: IndicatorKind[] = ['percentage', 'per-thousand', 'per-hundred', 'count', 'years'];
const VERIFICATIONS: Verification[] = ['online', 'seeds', 'user', 'unverified'];

/** Comparison words a user may write instead of the symbols. */
const COMPARISON_WORDS: Record<string, Comparison> = {
  '>=': '>=', '≥': '>=', 不低于: '>=', 不少于: '>=', 以上: '>=', 达到: '>=',
  '>': '>', 超过: '>', 高于: '>',
  '<=': '<=', '≤': '<=', 不超过: '<=', 不高于: '<=', 以下: '<=',
  '<': '<', 低于: '<',
  '=': '=', 为: '=',
};

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v.trim() ? v.trim() : undefined;
}

function strings(v: unknown): string[] | undefined {
  if (v === undefined) return [];
  if (!Array.isArray(v) || v.some((x) => typeof x !== 'string' || !x.trim())) return undefined;
  return (v as string[]).map((x) => x.trim());
}

/** Unit class of a unit written by a user: 个/千人 → per-thousand, % → percentage … */
function kindFromUnit(unit: string): IndicatorKind {
  if (/^[%％]$/.test(unit)) return 'percentage';
  if (/\/\s*千|每千/.test(unit)) return 'per-thousand';
  if (/\/\s*百|每百/.test(unit)) return 'per-hundred';
  if (unit === '岁') return 'years';
  return 'count';
}

function valueUnitFrom(unit: string): string {
  if (/^[%％]$/.test(unit)) return '%';
  return unit.split('/')[0].trim() || unit;
}

function nationalFrom(raw: unknown, where: string, problems: string[], user: boolean): NationalTarget | undefined {
  if (raw === undefined || raw === null) return undefined;
  if (!isObject(raw)) {
    problems.push(`${where}：“national”（国家目标）应为对象，如 {"value": 55, "comparison": ">=", "year": 2025, "source": "《…》"}；已忽略国家目标。`);
    return undefined;
  }
  const value = raw['value'];
  const year = raw['year'];
  const source = str(raw['source']);
  const cmpRaw = raw['comparison'] ?? '>=';
  const comparison = typeof cmpRaw === 'string' ? COMPARISON_WORDS[cmpRaw.trim()] : undefined;
  const bad: string[] = [];
  if (typeof value !== 'number' || !Number.isFinite(value)) bad.push('“value”应为数字');
  if (typeof year !== 'number' || !Number.isInteger(year) || year < 1949 || year > 2100) bad.push('“year”应为年份，如 2025');
  if (!comparison) bad.push('“comparison”应为 >=、<=、= 或“不低于”“不超过”等');
  if (!source) bad.push('“source”应写明出处，如“《“十四五”国家老龄事业发展和养老服务体系规划》”');
  if (bad.length) {
    problems.push(`${where}：国家目标${bad.join('，')}；已忽略国家目标。`);
    return undefined;
  }
  const verifiedRaw = raw['verified'];
  const verified: Verification = user ? 'user' : VERIFICATIONS.includes(verifiedRaw as Verification) ? (verifiedRaw as Verification) : 'unverified';
  const max = typeof raw['max'] === 'number' ? (raw['max'] as number) : undefined;
  return {
    value: value as number,
    max,
    comparison: comparison!,
    year: year as number,
    from: raw['from'] === true,
    text: str(raw['text']) ?? `${year}年${cmpRaw}${value}`,
    attribute: str(raw['attribute']),
    floor: raw['floor'] === true,
    comparable: raw['comparable'] !== false,
    source: source!,
    verified,
    verification: str(raw['verification']) ?? (user ? '用户在 gongwen.config.json 中定义。' : '未核实。'),
  };
}

function arithmeticFrom(raw: unknown): ArithmeticSpec | undefined {
  if (!isObject(raw)) return undefined;
  const scale = raw['scale'];
  const base = str(raw['base']);
  if ((scale !== 1000 && scale !== 100) || !base) return undefined;
  return { scale, base, result: str(raw['result']), resultNoun: str(raw['resultNoun']) };
}

/**
 * One catalogue entry from raw data. Built-in entries must be complete; a user entry needs only
 * name, formula and unit (the rest is derived). Problems are pushed in Chinese, naming the entry.
 */
export function toIndicator(raw: unknown, where: string, problems: string[], user: boolean): Indicator | undefined {
  if (!isObject(raw)) {
    problems.push(`${where}：应为对象，如 {"name": "护理型床位占比", "formula": "护理型床位数 ÷ 床位总数 × 100%", "unit": "%"}；已忽略。`);
    return undefined;
  }
  const name = str(raw['name']);
  const label = name ? `${where}（“${name}”）` : where;
  const missing: string[] = [];
  if (!name) missing.push('“name”（规范名称）');
  const formula = str(raw['formula']);
  if (!formula) missing.push('“formula”（计算公式）');
  const unit = str(raw['unit']);
  if (!unit) missing.push('“unit”（单位，如 %、个/千人、张）');
  if (!user) {
    for (const k of ['id', 'definition', 'source', 'valueUnit', 'kind']) if (!str(raw[k])) missing.push(`“${k}”`);
  }
  if (missing.length) {
    problems.push(`${label}：缺少${missing.join('、')}；已忽略该项。`);
    return undefined;
  }
  const phrasings = strings(raw['phrasings']);
  const valuePhrasings = strings(raw['valuePhrasings']);
  const tableNames = strings(raw['tableNames']);
  if (!phrasings || !valuePhrasings || !tableNames) {
    problems.push(`${label}：“phrasings”“valuePhrasings”“tableNames”应为字符串数组，如 ["护理型床位占比", "护理型养老床位占比"]；已忽略该项。`);
    return undefined;
  }
  const kindRaw = str(raw['kind']);
  if (kindRaw && !KINDS.includes(kindRaw as IndicatorKind)) {
    problems.push(`${label}：“kind”应为 ${KINDS.join('、')} 之一，实际为“${kindRaw}”；已忽略该项。`);
    return undefined;
  }
  const kind = (kindRaw as IndicatorKind | undefined) ?? kindFromUnit(unit!);
  const all = [...phrasings, ...valuePhrasings, ...tableNames];
  if (!all.includes(name!)) phrasings.unshift(name!);
  const badSlot = all.find((p) => (p.match(/\{v\}/g) ?? []).length > 1 || p.replace('{v}', '').length < 2);
  if (badSlot) {
    problems.push(`${label}：写法“${badSlot}”无效（{v} 最多出现一次，其余文字至少两个字）；已忽略该项。`);
    return undefined;
  }
  return {
    id: str(raw['id']) ?? `user:${name}`,
    name: name!,
    domain: str(raw['domain']) ?? '通用',
    kind,
    unit: unit!,
    valueUnit: str(raw['valueUnit']) ?? valueUnitFrom(unit!),
    definition: str(raw['definition']) ?? '',
    formula: formula!,
    phrasings,
    valuePhrasings,
    tableNames,
    bounded: raw['bounded'] !== false,
    attribute: str(raw['attribute']),
    national: nationalFrom(raw['national'], label, problems, user),
    nationalNote: str(raw['nationalNote']),
    arithmetic: arithmeticFrom(raw['arithmetic']),
    source: str(raw['source']) ?? (user ? 'gongwen.config.json' : ''),
    user: user || undefined,
  };
}

function loadBuiltin(): Indicator[] {
  const problems: string[] = [];
  const list = (data as { indicators: unknown[] }).indicators.map((raw, i) => toIndicator(raw, `内置指标第${i + 1}项`, problems, false));
  // a broken built-in entry is a bug in the data file: fail loudly in tests, never silently
  if (problems.length) throw new Error(`indicators.json: ${problems.join(' | ')}`);
  return list as Indicator[];
}

export const BUILTIN_INDICATORS: readonly Indicator[] = loadBuiltin();

/**
 * Validates `config.indicators` entries. Returns the valid ones; each broken entry gives one
 * problem naming where it is and what is missing.
 */
export function validateUserIndicators(raw: readonly unknown[], source: string, problems: ConfigProblem[]): unknown[] {
  const ok: unknown[] = [];
  raw.forEach((r, i) => {
    const msgs: string[] = [];
    const ind = toIndicator(r, `自定义指标第${i + 1}项`, msgs, true);
    for (const m of msgs) problems.push({ source, message: m });
    if (ind) ok.push(r);
  });
  return ok;
}

/** Built-in indicators plus the user's; a user entry with a built-in name or id replaces it. */
export function buildCatalogue(userRaw: readonly unknown[] = []): Indicator[] {
  const user: Indicator[] = [];
  userRaw.forEach((r, i) => {
    const ind = toIndicator(r, `自定义指标第${i + 1}项`, [], true);
    if (ind) user.push(ind);
  });
  const replaced = new Set(user.flatMap((u) => [u.name, u.id]));
  return [...BUILTIN_INDICATORS.filter((b) => !replaced.has(b.name) && !replaced.has(b.id)), ...user];
}

/** The catalogue for this analysis, built once from the config and kept in the shared memo. */
export function catalogueFor(config: GongwenConfig, shared: Map<string, unknown>): Indicator[] {
  let c = shared.get(CATALOGUE_KEY) as Indicator[] | undefined;
  if (!c) {
    c = config.indicators.length ? buildCatalogue(config.indicators) : [...BUILTIN_INDICATORS];
    shared.set(CATALOGUE_KEY, c);
  }
  return c;
}

/** The catalogue an earlier check put in the memo, or the built-in one. */
export function currentCatalogue(shared?: Map<string, unknown>): readonly Indicator[] {
  return (shared?.get(CATALOGUE_KEY) as Indicator[] | undefined) ?? BUILTIN_INDICATORS;
}

export function findIndicator(catalogue: readonly Indicator[], id: string): Indicator | undefined {
  return catalogue.find((i) => i.id === id);
}
