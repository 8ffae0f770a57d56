// Department names: the jurisdiction in front (县, 市, 北安市, 县委), the body that names the
// department (民政局, 卫健局), what the table of names knows about the body, and the comparisons
// the checks make between two spellings.
import { aliasTable, type AliasTable, type KnownBody } from '../data/departments';
import { UNIT_SUFFIX } from '../parse/patterns';
import { Memo } from '../text/memo';

const LEVELS = '省市县区州旗盟';
/** A place name and its level (北安市, 县, 县委); a place never contains an organ's suffix (市卫健局市 is not one). */
const PLACE_PREFIX = new RegExp(`^[^局委办部会厅院队站所处室社联团行署馆校司府\\s]{0,6}[${LEVELS}]委?$`);

const LEVEL_CODES = new Set([...LEVELS].map((c) => c.charCodeAt(0)));
const WEI = '委'.charCodeAt(0);

/**
 * Whether name's first k characters can be a PLACE_PREFIX, by the end it needs (a level character, or one and
 * 委): most cuts of a name are refused without a slice and a regular expression each.
 */
function mayEndPlace(name: string, k: number): boolean {
  const c = name.charCodeAt(k - 1);
  return LEVEL_CODES.has(c) || (c === WEI && k >= 2 && LEVEL_CODES.has(name.charCodeAt(k - 2)));
}

/** Names that stand for a group rather than one department: 各乡镇人民政府, 相关部门, 万源市范围内各银行. */
// 区级相关部门, 县级有关单位, 市有关部门: a level's departments in general, as 县直有关部门 is;
// 区疫情防控指挥部成员单位, 县安委会成员单位: the members of a body, whichever they are
const GENERIC = /^(各|相关|有关|其他|其它|全[县市区]|[省市县区]直(各|有关|相关|部门|单位)|[省市县区]级(各|有关|相关)*(部门|单位|机关)|[省市县区](各|有关|相关)+(部门|单位))|范围内|^(部门|单位)|^[有相]关?(部门|单位)|成员单位$/;

/** Organisations whose name carries no jurisdiction in front and must not get one. */
const SELF_NAMED = /^(国家|中国|国网|人行|共青团|团[县市区]委|省|黑龙江|四川|甘肃|河北)/;

/** Suffixes of organisations that appear as units besides government departments. */
export const ORG_SUFFIX = /(局|委|委员会|办|办公室|厅|部|院|会|中心|政府|公司|银行|支行|分行|队|大队|站|所|处|室|社|联|团|行|署|馆|校|学校|集团|协会|街道|乡镇|管委会|办事处|支局|分局|总局|园|公寓|基地|医院|小学|中学|大学|幼儿园|合作社|村|社区|镇|乡)$/;

/**
 * The endings of ORG_SUFFIX and UNIT_SUFFIX as a set, looked up by the name's last one, two and three
 * characters: an alternation anchored at the end is tried from every position of the name, and every
 * mention asks.
 */
const ENDINGS = new Set([ORG_SUFFIX, UNIT_SUFFIX].flatMap((r) => /^\((.*)\)\$$/.exec(r.source)![1].split('|')));
const LONGEST_ENDING = Math.max(...[...ENDINGS].map((e) => e.length));

/**
 * Could the code unit be whitespace (\s) or a half-width bracket: the only things normaliseName changes.
 * A superset is fine (the replacement decides); a miss is not. Below U+0021 and the few spaces above.
 */
function mayChange(c: number): boolean {
  if (c < 0x21) return true;
  if (c < 0xa0) return c === 0x28 || c === 0x29;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Names repeat (县民政局 in every task) and almost never hold a space or a half-width bracket: look first, replace only then. */
export function normaliseName(s: string): string {
  let i = 0;
  while (i < s.length && !mayChange(s.charCodeAt(i))) i++;
  if (i === s.length) return s;
  return s.replace(/[\s\u3000]+/g, '').replace(/\(/g, '（').replace(/\)/g, '）');
}

export function isGeneric(name: string): boolean {
  return GENERIC.test(name);
}

/** Looks like the name of an organisation (ends like one, or the table knows it). */
export function looksLikeUnit(name: string): boolean {
  for (let k = 1; k <= LONGEST_ENDING && k <= name.length; k++) if (ENDINGS.has(name.slice(-k))) return true;
  return false;
}

export interface NameParts {
  /** the jurisdiction as written: 县, 北安市, 县委, '' when none */
  prefix: string;
  body: string;
  known?: KnownBody;
  /** the prefix looks like a place (黑河市 in 黑河市北安生态环境局) but names no department we know: never lent to the next name */
  guessed?: boolean;
}

/** What a units list needs to know about one (normalised) name, whatever comes before it. */
export interface NameFacts {
  /** carries its own jurisdiction or needs none */
  placed: boolean;
  /** the jurisdiction it lends to the names after it ('' when none): baseOf(name) when placed */
  base: string;
  generic: boolean;
}

/** A name read after a given jurisdiction: what a mention records. */
export interface NameReading {
  expanded: string;
  canonical: string;
  form: string;
}

/** Bounded: a pathological document must not grow a per-name cache without end. */
const NAME_CACHE = 20000;

/**
 * One Names per jurisdiction and alias configuration, shared by the analyses that use them: the
 * alias table (a copy of the built-in one when the user has aliases) and the per-name caches are
 * built once per configuration, not per analysis. Cleared with the other memos (cold runs).
 */
const namesMemo = new Memo<Names>('units/names', 64);

export function namesFor(jurisdiction: string | undefined, userAliases: Readonly<Record<string, string>> = {}): Names {
  // the key is the configuration itself: the order of the aliases matters (a later one overrides)
  return namesMemo.get(`${jurisdiction ?? ''}\u0000${JSON.stringify(userAliases)}`, () => new Names(jurisdiction, userAliases));
}

/**
 * Per-document knowledge: the jurisdiction (宝清县 → level 县) and the user's aliases. Its caches
 * only remember pure answers, so one instance serves every document of the same configuration.
 */
let namesMade = 0;

export class Names {
  /** tells this configuration's caches apart in memos shared by every configuration (the registry's templates) */
  readonly id = ++namesMade;
  readonly table: AliasTable;
  /** the document's own jurisdiction (宝清县), '' when unknown */
  readonly place: string;
  /** its level character (县), '' when unknown */
  readonly level: string;
  private cache = new Map<string, NameParts>();
  private factsCache = new Map<string, NameFacts>();
  /** by the jurisdiction lent, then by name: a joined key was a string built and hashed per mention */
  private readings = new Map<string, Map<string, NameReading>>();
  private readingCount = 0;

  constructor(jurisdiction: string | undefined, userAliases: Readonly<Record<string, string>> = {}) {
    this.table = aliasTable(userAliases);
    this.place = jurisdiction ?? '';
    const last = this.place.slice(-1);
    this.level = LEVELS.includes(last) ? last : '';
  }

  /** placed, base and generic of a normalised name, as listMentions asks for them once per item. */
  facts(name: string): NameFacts {
    let f = this.factsCache.get(name);
    if (f) return f;
    const placed = this.hasJurisdiction(name);
    f = { placed, base: placed ? this.baseOf(name) : '', generic: isGeneric(name) };
    if (this.factsCache.size >= NAME_CACHE) this.factsCache.clear();
    this.factsCache.set(name, f);
    return f;
  }

  /** expand, then canonical and form of the expanded name: a mention's spellings. */
  read(name: string, base: string): NameReading {
    let byName = this.readings.get(base);
    let r = byName?.get(name);
    if (r) return r;
    const expanded = this.expand(name, base);
    r = { expanded, canonical: this.canonical(expanded), form: this.form(expanded) };
    if (this.readingCount >= NAME_CACHE) {
      this.readings.clear();
      this.readingCount = 0;
      byName = undefined;
    }
    if (!byName) this.readings.set(base, (byName = new Map()));
    byName.set(name, r);
    this.readingCount++;
    return r;
  }

  /** Splits off the jurisdiction where the rest is a department the table knows. */
  parts(name: string): NameParts {
    const hit = this.cache.get(name);
    if (hit) return hit;
    const r = this.computeParts(name);
    if (this.cache.size >= NAME_CACHE) this.cache.clear();
    this.cache.set(name, r);
    return r;
  }

  private computeParts(name: string): NameParts {
    const whole = this.table.body(name);
    if (whole) {
      // a user alias written with its jurisdiction (县卫健局 → 县卫生健康委员会) names one department whole
      const placed = whole.user && (/^[省县区州旗盟]/.test(name) || (/^市/.test(name) && !/^市场/.test(name)) || (!!this.place && name.startsWith(this.place)));
      return { prefix: '', body: name, known: placed ? { ...whole, whole: true } : whole };
    }
    for (let k = 1; k <= Math.min(9, name.length - 1); k++) {
      if (!mayEndPlace(name, k)) continue;
      const prefix = name.slice(0, k);
      if (!PLACE_PREFIX.test(prefix)) continue;
      const body = name.slice(k);
      const known = this.table.body(body);
      if (!known || known.whole) continue;
      // 县办 is not 县委办: a one-character Party form needs the 委
      if (known.party && body.length === 1 && !prefix.endsWith('委')) continue;
      return { prefix, body, known };
    }
    // an unknown name: its jurisdiction is the document's own or a bare level character
    if (this.place && name.startsWith(this.place) && name.length > this.place.length) return { prefix: this.place, body: name.slice(this.place.length) };
    // 宝清金融监管支局 in 宝清县: the place without its level still names it
    const stem = this.place.slice(0, -1);
    if (this.level && stem.length >= 2 && name.startsWith(stem) && name.length > stem.length + 1) return { prefix: stem, body: name.slice(stem.length) };
    if (/^[市县区省]委/.test(name) && name.length > 2) return { prefix: name.slice(0, 2), body: name.slice(2) };
    if (/^[县区省]/.test(name) || (/^市/.test(name) && !/^市场/.test(name))) return { prefix: name[0], body: name.slice(1) };
    for (let k = 3; k <= Math.min(7, name.length - 3); k++) {
      if (mayEndPlace(name, k) && PLACE_PREFIX.test(name.slice(0, k)) && !name.slice(0, k).endsWith('委')) return { prefix: name.slice(0, k), body: name.slice(k), guessed: true };
    }
    return { prefix: '', body: name };
  }

  /** True when the name carries its own jurisdiction or needs none (国家…, 中国…, 团县委, 各乡镇…). */
  hasJurisdiction(name: string): boolean {
    const p = this.parts(name);
    return p.prefix !== '' || !!p.known?.whole || SELF_NAMED.test(name) || isGeneric(name);
  }

  /**
   * A name written without its jurisdiction after one that had it (县发改局、民政局) gets it back:
   * `base` is that jurisdiction without 委 (县); a Party organ gets 县委. Only department-like names
   * do: 城市社区管委会 or 农场管委会 stay as written.
   */
  expand(name: string, base: string): string {
    if (!base || !name || this.hasJurisdiction(name)) return name;
    const p = this.parts(name);
    if (!p.known && !/局$/.test(name)) return name;
    return base + (p.known?.party ? '委' : '') + name;
  }

  /** The jurisdiction a name carries, without 委 (县委宣传部 → 县), '' when none. */
  baseOf(name: string): string {
    const p = this.parts(name);
    return p.known?.whole || p.guessed ? '' : p.prefix.replace(/委$/, '');
  }

  /** The jurisdiction of an expanded name with the document's own place written as its level (北安市民政局 → 市). */
  private levelOf(prefix: string, party: boolean): string {
    const wei = prefix.endsWith('委');
    let bare = wei ? prefix.slice(0, -1) : prefix;
    if (bare && bare === this.place && this.level) bare = this.level;
    if (!bare) return '';
    return bare + (party || wei ? '委' : '');
  }

  /** The spelling used to compare mentions: the document's place written as its level (北安市民政局 → 市民政局). */
  form(expanded: string): string {
    const p = this.parts(expanded);
    if (!p.known) return expanded;
    return this.levelOf(p.prefix, false) + p.body;
  }

  /** The canonical name: jurisdiction + the full standard name (县发改局 → 县发展和改革局). */
  canonical(expanded: string): string {
    const p = this.parts(expanded);
    if (!p.known) return /政府$/.test(expanded) && !/人民政府$/.test(expanded) ? expanded.replace(/政府$/, '人民政府') : expanded;
    if (p.known.whole) return p.known.canonical;
    return this.levelOf(p.prefix, !!p.known.party) + p.known.canonical;
  }

  /** The remit family of a name (教育局 and 教体局 are both 教育), with its jurisdiction. */
  family(expanded: string): string | undefined {
    const p = this.parts(expanded);
    if (!p.known?.family) return undefined;
    return this.levelOf(p.prefix, !!p.known.party) + '|' + p.known.family;
  }

  isKnown(name: string): boolean {
    return !!this.parts(name).known;
  }
}

// ───────────────────────────── spelling distance ─────────────────────────────

export type EditKind = 'insert' | 'delete' | 'substitute' | 'swap' | 'truncate';

export interface Edit {
  kind: EditKind;
  /** the character(s) concerned: the extra one (insert), the missing one(s) (delete, truncate), the wrong one (substitute) */
  chars: string;
  /** for substitute: the expected character */
  expected?: string;
}

/**
 * How `rare` differs from `target` when it is one slip away: one character too many, one missing,
 * one wrong, two neighbours swapped, or the end cut off (up to two characters).
 */
export function oneSlip(rare: string, target: string): Edit | undefined {
  if (rare === target) return undefined;
  const a = [...rare];
  const b = [...target];
  const d = b.length - a.length;
  if (d === 1 || d === 2) {
    // a cut-off end or one missing character
    if (target.startsWith(rare)) return { kind: d === 1 ? 'delete' : 'truncate', chars: b.slice(a.length).join('') };
    if (d === 2) return undefined;
    let i = 0;
    while (i < a.length && a[i] === b[i]) i++;
    if (a.slice(i).join('') === b.slice(i + 1).join('')) return { kind: 'delete', chars: b[i] };
    return undefined;
  }
  if (d === -1) {
    let i = 0;
    while (i < b.length && a[i] === b[i]) i++;
    if (a.slice(i + 1).join('') === b.slice(i).join('')) return { kind: 'insert', chars: a[i] };
    return undefined;
  }
  if (d !== 0) return undefined;
  const diff: number[] = [];
  for (let i = 0; i < a.length && diff.length <= 2; i++) if (a[i] !== b[i]) diff.push(i);
  if (diff.length === 1) return { kind: 'substitute', chars: a[diff[0]], expected: b[diff[0]] };
  if (diff.length === 2 && diff[1] === diff[0] + 1 && a[diff[0]] === b[diff[1]] && a[diff[1]] === b[diff[0]]) {
    return { kind: 'swap', chars: a[diff[0]] + a[diff[1]] };
  }
  return undefined;
}

export function describeEdit(e: Edit): string {
  switch (e.kind) {
    case 'insert':
      return `多了“${e.chars}”字`;
    case 'delete':
      return `少了“${e.chars}”字`;
    case 'truncate':
      return `末尾少了“${e.chars}”`;
    case 'substitute':
      return `“${e.expected}”写成了“${e.chars}”`;
    case 'swap':
      return `“${[...e.chars].reverse().join('')}”两字顺序颠倒`;
  }
}

