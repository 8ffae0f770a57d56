// The arithmetic a document claims: a rate times a base (每千人口4.5个 × 总人口57万人 = 应配备托位2565个),
// a total and its parts (共25个，养老19个、托育6个), a share that cannot exceed 100%. Each computation says
// how sure it is: explicit (the sentence states every number), inferred (the base comes from elsewhere
// in the paragraph) or implied (no base at all: only the hover shows what the numbers imply).
import type { DocumentModel, Range, Span } from '../model/types';
import { spanRange } from '../text/span';
import { currentCatalogue, findIndicator } from './catalogue';
import { hostFacts, type HostFacts, type IndicatorMention, type StatedValue } from './mentions';
import type { Certainty } from './sums';
import { fmt, fmtPeople, parseValueAt, unitClass, type ParsedValue } from './numbers';
import type { Indicator } from './types';
import { sentenceAt, yearBefore } from './years';

export const COMPUTATIONS_KEY = 'indicators/computations';

export type { Certainty };

export interface Computation {
  kind: 'rate' | 'sum' | 'percent';
  certainty: Certainty;
  ok: boolean;
  /** the stated number the computation checks (the total, the result, the share) */
  range: Range;
  /** the other numbers taking part (rate, base, parts), for hover and related information */
  inputs: { range: Range; label: string }[];
  /** the computation written out: 4.5 × 570 = 2565 */
  expression: string;
  /** plain-Chinese explanation for a diagnostic or a hover */
  message: string;
  /** replacing the stated digits with the computed value (never applied blind) */
  fix?: { range: Range; newText: string; title: string };
  line: number;
}

const SP = '[ \\u3000]*';
const NUM_START = '[0-9０-９]';

// ───────────────────────────── bases: the population the text states ─────────────────────────────

interface Base {
  value: ParsedValue;
  /** offset of the number in the host text */
  at: number;
  /** the words stating it: 按全市总人口 57 万人 */
  text: string;
}

const POPULATION_NOUN = '(?:总人口|常住人口|户籍人口|人口总数|人口)';
const ELDERLY_NOUN = '(?:(?:60|六十)周?岁(?:及)?以上(?:的)?老年人口?|65周?岁(?:及)?以上(?:的)?老年人口?|老年人口|老年人|老人)';
const CLAIM = new RegExp(`按(?:照)?(?:全(?:县|市|区|旗|镇|乡))?(${POPULATION_NOUN}|${ELDERLY_NOUN})(?:数)?(?:为)?${SP}(?=${NUM_START})`, 'g');
const CLAIM_TAIL = /^[ \u3000]*(?:人|名)?[ \u3000]*(?:测算|计算|计|估算|推算|核算)/;
const STATEMENT = new RegExp(`(${POPULATION_NOUN}|${ELDERLY_NOUN})(?:数|总数|总量)?(?:为|达到|达|有|共)?${SP}(?=${NUM_START})`, 'g');
const APPROX_BEFORE = /(?:约|近|超过|逾|预计|将|左右|以上|不足|接近)[ \u3000]*$/;

/** Written right before a population noun, a word that keeps it the whole area's: 全县, 宝清县, 2025年, 的. */
const WHOLE_BEFORE = codeSetOf('县市区旗年底末的为测');
/** …and the two characters that make even those a part: 城区常住人口, 城市人口, 市区人口, 县城人口 */
const PART_PAIRS = /^(?:城区|市区|城市|县城|主城|农村|城镇|乡村|社区)$/;

function codeSetOf(chars: string): Set<number> {
  return new Set([...chars].map((c) => c.charCodeAt(0)));
}

/**
 * A population noun naming part of the people (出生人口, 流动人口, 城区常住人口, 80岁以上老年人口, 失能老年人):
 * not the base of a rate per thousand inhabitants or per thousand elderly.
 */
function partOfPopulation(text: string, start: number): boolean {
  if (start === 0) return false;
  const c = text.charCodeAt(start - 1);
  // punctuation, spaces, digits and Latin: nothing qualifies the noun
  if (c < 0x3400 || c > 0x9fff) return false;
  if (!WHOLE_BEFORE.has(c)) return true;
  return start >= 2 && PART_PAIRS.test(text.slice(start - 2, start));
}

function nounKind(noun: string): 'population' | 'elderly' {
  return /老/.test(noun) ? 'elderly' : 'population';
}

function peopleValue(text: string, at: number): ParsedValue | undefined {
  const v = parseValueAt(text, at);
  if (!v || v.max !== undefined || v.fraction || v.post) return undefined;
  if (v.unit && v.unit !== '人') return undefined;
  // a population is written in 万 or as a whole number of people, never as 4.5
  if (v.scale === 1 && (v.value < 100 || !Number.isInteger(v.value))) return undefined;
  return v;
}

/** 按全市总人口57万人测算 in the sentence: the text claims the computation on that base. */
function explicitBase(text: string, sentence: [number, number], kind: string): Base | undefined {
  const s = text.slice(sentence[0], sentence[1]);
  CLAIM.lastIndex = 0;
  for (let m = CLAIM.exec(s); m; m = CLAIM.exec(s)) {
    if (nounKind(m[1]) !== kind) continue;
    const at = sentence[0] + m.index + m[0].length;
    const v = peopleValue(text, at);
    if (!v || !CLAIM_TAIL.test(text.slice(at + v.length, at + v.length + 6))) continue;
    return { value: v, at, text: text.slice(sentence[0] + m.index, at + v.length).replace(/^按照?/, '') };
  }
  return undefined;
}

/** A population stated elsewhere in the paragraph, not approximate, for the rate's year (or for no year). */
function statedBase(text: string, near: number, kind: string, year: number | undefined): Base | undefined {
  const found: Base[] = [];
  // the paragraph around the rate (bounded, so a huge paragraph stays linear)
  const from = Math.max(0, near - 3000);
  const window = text.slice(from, near + 3000);
  STATEMENT.lastIndex = 0;
  for (let m = STATEMENT.exec(window); m; m = STATEMENT.exec(window)) {
    if (nounKind(m[1]) !== kind) continue;
    const start = from + m.index;
    if (APPROX_BEFORE.test(text.slice(Math.max(0, start - 4), start))) continue;
    if (partOfPopulation(text, start)) continue;
    const at = start + m[0].length;
    const v = peopleValue(text, at);
    if (!v) continue;
    const sentence = sentenceAt(text, start);
    const y = yearBefore(text, sentence[0], start);
    // a population of another year is another population; one stated without a year is the present one
    if (y?.year !== undefined && y.year !== year) continue;
    found.push({ value: v, at, text: text.slice(start, at + v.length) });
  }
  // two different populations in one paragraph: we cannot tell which the rate uses
  const distinct = new Set(found.map((f) => f.value.value));
  return distinct.size === 1 ? found[0] : undefined;
}

// ───────────────────────────── rate × base = result ─────────────────────────────

function closedValue(v: StatedValue | undefined): v is StatedValue {
  return !!v && v.comparison === '=' && v.max === undefined && !v.fraction;
}

/** One expression per noun, built once (it was compiled again for every rate). */
const resultPatterns = new Map<string, { re: RegExp; noun: RegExp | undefined }>();

function resultFromNoun(host: Span, text: string, from: number, limit: number, noun: string, unit: string): { value: StatedValue; label: string } | undefined {
  let p = resultPatterns.get(noun);
  if (!p) {
    // a noun with a back reference (\1) means something else outside the expression: it is not looked for alone
    p = { re: new RegExp(`(?:即|应|需|需要|共|合计|配备|配置|达到|为)*[^，。；0-9０-９]{0,6}?(${noun})(?:数)?(?:达到|为|共)?${SP}(?=${NUM_START})`, 'g'), noun: /\\[0-9]/.test(noun) ? undefined : new RegExp(noun) };
    resultPatterns.set(noun, p);
  }
  const tail = text.slice(from, limit);
  // the expression tries a match at every character (its lead words are optional); the noun alone, which
  // every match holds, is found fast: most sentences after a rate do not hold it
  if (p.noun && !p.noun.test(tail)) return undefined;
  const re = p.re;
  re.lastIndex = 0;
  const m = re.exec(tail);
  if (!m) return undefined;
  const at = from + m.index + m[0].length;
  const v = parseValueAt(text, at);
  if (!v || v.post || v.max !== undefined || (v.unit && unitClass(v.unit) !== unitClass(unit))) return undefined;
  return {
    label: m[1],
    value: {
      value: v.value, raw: v.raw, unit: v.unit, comparison: '=', comparisonText: '', open: false, resolution: v.resolution,
      range: spanRange(host, at, at + v.length), from: at, to: at + v.length, digitsRange: spanRange(host, at, at + v.digitsLength), tight: true,
    },
  };
}

/**
 * The mentions of the rate's host written in its sentence, in order: a rate's partners are in its own
 * paragraph or cell, and `mentions` are that host's (a handful), so a filter beats an index.
 */
function sameSentence(mentions: readonly IndicatorMention[], m: IndicatorMention): IndicatorMention[] {
  return mentions.filter((x) => x.sentence[0] === m.sentence[0]);
}

function valueUnitLabel(ind: Indicator, v: StatedValue): string {
  return v.unit || ind.valueUnit;
}

/** The rate computations of one host's mentions (rate, result and base are all in the rate's host). */
function rateComputations(hostMentions: readonly IndicatorMention[], catalogue: readonly Indicator[], out: Computation[]): void {
  const mentions = hostMentions.filter((m) => m.where === 'text' || m.table !== undefined);
  const sentenceOf = (m: IndicatorMention) => sameSentence(mentions, m);
  for (const r of mentions) {
    const spec = r.indicator.arithmetic;
    if (!spec) continue;
    const rate = r.values.find((v) => v.comparison === '=' || v.comparison === '>=');
    if (!rate || rate.max !== undefined || rate.comparison === '≈') continue;
    const text = r.host.text;
    // the result: a mention of the result indicator in the same sentence, or the result noun after the rate
    let result: { value: StatedValue; label: string; mention?: IndicatorMention } | undefined;
    let baseMention: IndicatorMention | undefined;
    if (spec.result) {
      // a count for part of the area (城区托位数) is not the whole area's rate times its population
      const cand = sentenceOf(r).filter((m) => m !== r && m.indicator.id === spec.result && !m.delta && m.scope === r.scope && m.values.length === 1);
      const after = cand.find((m) => m.from > r.from) ?? cand[0];
      if (after) result = { value: after.values[0], label: after.indicator.name, mention: after };
    }
    if (!result && spec.resultNoun) {
      const resultUnit = findIndicator(catalogue, spec.base)?.valueUnit ?? r.indicator.valueUnit;
      result = resultFromNoun(r.host, text, (rate.to > r.to ? rate.to : r.to), r.sentence[1], spec.resultNoun, resultUnit);
    }
    if (!result || result.value.open || result.value.max !== undefined) continue;
    const stated = result.value.value;
    let baseValue: number;
    let baseRes: number;
    let baseLabel: string;
    let certainty: Certainty;
    let baseRange: Range | undefined;
    if (spec.base === 'population' || spec.base === 'elderly') {
      const explicit = explicitBase(text, r.sentence, spec.base);
      const base = explicit ?? statedBase(text, r.from, spec.base, rate.year);
      if (base) {
        baseValue = base.value.value;
        baseRes = base.value.resolution;
        baseLabel = base.text;
        baseRange = spanRange(r.host, base.at, base.at + base.value.length);
        // a rate per thousand inhabitants counts the resident population (常住人口): a 户籍人口 stated in
        // passing may not be the base the plan used, so a difference from it is only a note
        certainty = explicit ? 'explicit' : /户籍/.test(base.text) ? 'implied' : 'inferred';
      } else {
        // no population anywhere near: show what the numbers imply, claim nothing
        if (rate.comparison !== '=' || !rate.value) continue;
        const implied = (stated / rate.value) * spec.scale;
        out.push({
          kind: 'rate',
          certainty: 'implied',
          ok: true,
          range: result.value.range,
          inputs: [{ range: rate.range, label: `${r.indicator.name} ${rate.raw}` }],
          expression: `${fmt(stated)} ÷ ${fmt(rate.value)} × ${spec.scale} = ${fmt(implied, 0)}`,
          message: `文中未写明${spec.base === 'elderly' ? '老年人口' : '人口'}基数。按${r.indicator.name}${fmt(rate.value)}${valueUnitLabel(r.indicator, rate)}推算：${fmt(stated)} ÷ ${fmt(rate.value)} × ${spec.scale} = ${fmt(implied, 0)}，即对应${spec.base === 'elderly' ? '老年人口' : '人口'}约${fmtPeople(implied)}人。`,
          line: result.value.range.start.line,
        });
        continue;
      }
    } else {
      // the base is the whole: 普惠托位3000个 is a part of the 托位, never their total
      baseMention = sentenceOf(r).find((m) => m.indicator.id === spec.base && m !== result!.mention && m.values.length === 1 && closedValue(m.values[0]) && !m.delta && !m.scope);
      if (!baseMention) continue;
      const bv = baseMention.values[0];
      baseValue = bv.value;
      baseRes = bv.resolution;
      baseLabel = `${baseMention.phrase}${bv.raw}`;
      baseRange = bv.range;
      certainty = 'explicit';
    }
    const unitWord = result.value.unit || r.indicator.valueUnit;
    const perUnit = spec.scale === 1000 ? '千' : '百';
    const baseInScale = baseValue / spec.scale;
    const expected = rate.value * baseInScale;
    const resultRes = Math.max(1, result.value.resolution);
    let lo: number;
    let hi: number;
    if (certainty === 'explicit') {
      // the base as written is exact to half its last digit; the result is rounded to its own
      lo = expected - (rate.value * baseRes) / 2 / spec.scale - resultRes;
      hi = expected + (rate.value * baseRes) / 2 / spec.scale + resultRes;
    } else {
      // a population quoted in passing may be rounded or cut off (7.68万 written 7万)
      lo = (rate.value * (baseValue - baseRes / 2)) / spec.scale - resultRes;
      hi = (rate.value * (baseValue + baseRes)) / spec.scale + resultRes;
    }
    if (rate.comparison === '>=') hi = Infinity;
    const ok = stated >= lo && stated <= hi;
    const expression = spec.scale === 100 && r.indicator.kind === 'percentage'
      ? `${fmt(baseValue)} × ${fmt(rate.value)}% = ${fmt(expected)}`
      : `${fmt(rate.value)} × ${fmt(baseInScale, 3)}（${perUnit}${spec.base === 'elderly' ? '名老年人' : spec.base === 'population' ? '人' : unitOf(catalogue, spec.base)}）= ${fmt(expected)}`;
    const impliedBase = rate.value ? (stated / rate.value) * spec.scale : NaN;
    const lines: string[] = [];
    if (ok) lines.push(`${result.label}核算相符：${expression}${unitWord}，文中为${fmt(stated)}${unitWord}。`);
    else {
      const where = certainty !== 'explicit' ? `按本段所写“${baseLabel}”推算，` : `按“${baseLabel}”测算，`;
      lines.push(`${result.label}核算不符：${where}${expression}${unitWord}，文中为${fmt(stated)}${unitWord}。`);
      if (certainty === 'explicit' && (spec.base === 'population' || spec.base === 'elderly')) {
        const baseTol = (rate.value * baseRes) / 2 / spec.scale;
        const low = Math.floor(expected - baseTol);
        const high = Math.ceil(expected + baseTol);
        const span = low === high ? `应为${low}${unitWord}` : `应在${low}—${high}${unitWord}之间`;
        lines.push(`考虑人口数的取整，${span}；${fmt(stated)}${unitWord}对应${spec.base === 'elderly' ? '老年人口' : '人口'}约${fmtPeople(impliedBase)}人。请核对人口数或${result.label}。`);
      } else if (spec.base === 'population' || spec.base === 'elderly') {
        lines.push(`${fmt(stated)}${unitWord}对应${spec.base === 'elderly' ? '老年人口' : '人口'}约${fmtPeople(impliedBase)}人。${certainty === 'implied' ? '此类指标一般按常住人口计算，若按常住人口测算可忽略；否则' : ''}请核对人口数、${result.label}或指标值。`);
      } else lines.push(`请核对${result.label}或指标值。`);
    }
    const inputs = [{ range: rate.range, label: `${r.indicator.name} ${rate.raw}` }];
    if (baseRange) inputs.push({ range: baseRange, label: baseLabel });
    const rounded = String(Math.round(expected));
    out.push({
      kind: 'rate',
      certainty,
      ok,
      range: result.value.range,
      inputs,
      expression: `${expression}${unitWord}`,
      message: lines.join(''),
      fix: ok || !Number.isInteger(stated) ? undefined : { range: result.value.digitsRange, newText: rounded, title: `将${result.label}改为${rounded}${unitWord}（${expression}${unitWord}）` },
      line: result.value.range.start.line,
    });
  }
}

function unitOf(catalogue: readonly Indicator[], id: string): string {
  return findIndicator(catalogue, id)?.valueUnit ?? '';
}

// ───────────────────────────── totals and their parts ─────────────────────────────

/** The sums a paragraph or cell states (found with its mentions, one memo entry per text), placed in the document. */
function sumComputations({ host, sums }: HostFacts, out: Computation[]): void {
  for (let k = 0; k < sums.length; k++) {
    const s = sums[k];
    const range = spanRange(host, s.from, s.to);
    out.push({
      kind: 'sum',
      certainty: s.certainty,
      ok: s.ok,
      range,
      inputs: s.inputs.map((i) => ({ range: spanRange(host, i.from, i.to), label: i.label })),
      expression: s.expression,
      message: s.message,
      line: range.start.line,
    });
  }
}

// ───────────────────────────── shares over 100% ─────────────────────────────

function percentComputations(mentions: readonly IndicatorMention[], out: Computation[]): void {
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k];
    if (m.indicator.kind !== 'percentage' || !m.indicator.bounded) continue;
    for (let j = 0; j < m.values.length; j++) {
      const v = m.values[j];
      const isPercent = v.unit === '%' || (!v.unit && (m.declaredUnit?.unit === '%' || m.where === 'table'));
      if (!isPercent || v.value <= 100) continue;
      out.push({
        kind: 'percent',
        certainty: 'explicit',
        ok: false,
        range: v.range,
        inputs: [{ range: m.range, label: m.phrase }],
        expression: `${fmt(v.value)}% > 100%`,
        message: `比例超过100%：“${m.phrase}”是占比（${m.indicator.formula}），写作${v.raw}${v.unit ? '' : '%'}，比例不能超过100%。`,
        line: v.range.start.line,
      });
    }
  }
}

// ───────────────────────────── the document ─────────────────────────────

const NONE: Computation[] = [];

/** Every computation the document claims, memoised per analysis (key 'indicators/computations'). */
export function findComputations(model: DocumentModel, shared?: Map<string, unknown>): Computation[] {
  const memo = shared?.get(COMPUTATIONS_KEY) as Computation[] | undefined;
  if (memo) return memo;
  const catalogue = currentCatalogue(shared);
  const hosts = hostFacts(model, shared);
  // Each host's computations read that host alone: they come with its placement (`derived`), which the
  // scan hands on unchanged after an edit elsewhere. Rates, then sums, then shares, as before the sort
  // below (it keeps the order of computations at the same place).
  const out: Computation[] = [];
  // indexed loops: this runs once per analysis, and a for…of's iterator is an object per loop until it is optimised
  for (let k = 0; k < hosts.length; k++) {
    const h = hosts[k];
    if (!h.mentions.length) continue;
    let rates = h.derived.rates;
    if (!rates) {
      rates = [];
      if (h.mentions.some((m) => m.indicator.arithmetic)) rateComputations(h.mentions, catalogue, rates);
      h.derived.rates = rates.length ? rates : NONE;
    }
    for (let j = 0; j < rates.length; j++) out.push(rates[j]);
  }
  for (let k = 0; k < hosts.length; k++) {
    const h = hosts[k];
    if (!h.sums.length) continue;
    let sums = h.derived.sums;
    if (!sums) sumComputations(h, (h.derived.sums = sums = []));
    for (let j = 0; j < sums.length; j++) out.push(sums[j]);
  }
  for (let k = 0; k < hosts.length; k++) {
    const h = hosts[k];
    if (!h.mentions.length) continue;
    let percents = h.derived.percents;
    if (!percents) {
      percents = [];
      percentComputations(h.mentions, percents);
      h.derived.percents = percents.length ? percents : NONE;
    }
    for (let j = 0; j < percents.length; j++) out.push(percents[j]);
  }
  out.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  shared?.set(COMPUTATIONS_KEY, out);
  return out;
}
