// Reading a list of responsible units: 〔县民政局、县财政局〕, （县发改局、民政局按职责分工负责，
// 各乡镇人民政府具体落实）, 〔责任单位：市民政局、市卫健局〕 and table cells such as
// 市民政局牵头，市财政局、市农业农村局等部门参加；相关乡镇（街道）人民政府负责。
// A role (牵头, 参加 …) belongs to the model, never to the name.
import type { Range, Span, UnitItem } from '../model/types';
import { comparePos, spanRange } from '../text/span';
import { Memo } from '../text/memo';
import { UNIT_SUFFIX, namesUnit } from '../parse/patterns';
import { DEPARTMENTS } from '../data/departments';

/** Role phrases at the end of a unit or a group: 牵头, 参加, 按职责分工负责, 按职责分工具体负责, 具体落实 … */
export const ROLE = /(按照?职责分工|按职能职责|按照?职责)?(共同|分别|具体|协同|牵头)?(负责|落实|参加|参与|配合|实施|牵头|协办|主办)$/;
export const ROLES = ['牵头', '参加', '参与', '负责', '配合', '落实', '实施', '按职责分工负责', '具体落实'];

/** Tails that generalise a list rather than name a unit: 等有关部门（单位）, 等部门, 等单位, 等. */
const GENERAL_TAIL = /等(?:[有相]关)?(?:部门|单位)?(?:[（(](?:部门|单位)[)）])?$/;

export const LABEL = /^(责任单位|牵头单位|责任部门|牵头部门|配合单位|配合部门|参与单位|参加单位|协办单位|实施单位|承办单位)[：:]/;
/**
 * A list's text with a ； before each label that follows a unit directly: the lines of a list written on lines of
 * their own (牵头单位：县卫健局 / 配合单位：县民政局) are joined without a mark, and a table cell made from it needs one.
 */
export function labelsApart(text: string): string {
  return text.replace(LABEL_INSIDE, '$1；');
}
const LABEL_INSIDE = new RegExp(`([^；;，,。、：:\\s])(?=${LABEL.source.slice(1)})`, 'g');
const LABEL_END_1 = '位'.charCodeAt(0);
const LABEL_END_2 = '门'.charCodeAt(0);

/** Always a separator between units. 。 inside a cell separates sentences (市民政局负责。各乡镇配合。). */
const SEPARATORS = new Set(['、', '，', ',', '；', ';', '。']);

/** After 和/及/与 a new unit starts only with one of these (县住房和城乡建设局 must stay whole). */
const UNIT_START = /^(各|相关|有关|县|市|区|省|州|乡|镇|街道|国家|中国|团[县市])/;
const CONJUNCTIONS = new Set(['和', '及', '与']);
/**
 * The characters the split loop acts on, flagged by code: the loop skips the rest without making a string of
 * each, nor a Set lookup (a table read per character of every list content).
 */
const ACTIVE_CODES = new Uint8Array(65536);
for (const c of [...SEPARATORS, ...CONJUNCTIONS]) ACTIVE_CODES[c.charCodeAt(0)] = 1;
/** Those characters as strings made once, by code: text[i] made a string of each CJK one the loop acts on. */
const ACTIVE_CHARS = new Map([...SEPARATORS, ...CONJUNCTIONS].map((c) => [c.charCodeAt(0), c]));

export interface Separator {
  /** offset of the separator character in the span's joined text */
  offset: number;
  char: string;
}

export interface SplitResult {
  label?: string;
  items: UnitItem[];
  /** every separator the split used, in order (a line break between one-unit lines is not listed) */
  separators: readonly Separator[];
  /** offset of each item's raw text start in the span's joined text (parallel to items; shared, never changed) */
  offsets: readonly number[];
  /** the separator just before each item (parallel to items; undefined at the start or after a line break; shared) */
  before: readonly (Separator | undefined)[];
}

interface Piece {
  from: number;
  to: number;
  /** index into separators of the separator before the piece, -1 for none */
  before: number;
}

export interface StrippedName {
  name: string;
  role?: string;
  /** the role is this unit's alone, in brackets after it (县民政局（牵头）), not its group's (县民政局、县财政局牵头) */
  own?: true;
  /** the 等… tail, as written */
  etc?: string;
}

/** The last characters ROLE can end on (…负责 落实 参加 参与 配合 实施 牵头 协办 主办) and GENERAL_TAIL can (等 有关 部门 单位 ) ）). */
const ROLE_ENDS = new Set([...'责实加与合施头办'].map((c) => c.charCodeAt(0)));
const TAIL_ENDS = new Set([...'等关门位)）'].map((c) => c.charCodeAt(0)));

/** \s (JavaScript's whitespace and line terminators, U+3000 among them) by code. */
export function isSpaceCode(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** 县民政局（牵头）, 县民政局(牵头单位): a role in brackets after a name. */
const ROLE_IN_BRACKETS = /[（(](牵头|参加|参与|配合|负责|协办|主办)(?:单位|部门)?[）)]$/;
/** （列第一位的为牵头单位）, （排名第一的为牵头）: a note on who leads, closing a list; no part of a name. */
const LEAD_NOTE = /[（(][^（）()]{0,12}(牵头|为主)[^（）()]{0,6}[）)]$/;
/** 县民政局*: a mark a table explains below itself (标*的为牵头单位). */
const MARKS = /[*＊★☆※]+$/;

export function stripRole(s: string): StrippedName {
  let name = s;
  let role: string | undefined;
  const last = name.charCodeAt(name.length - 1);
  if (last === 0xff09 || last === 0x29) {
    const rb = ROLE_IN_BRACKETS.exec(name);
    if (rb) {
      role = rb[1];
      name = name.slice(0, rb.index);
    } else {
      const note = LEAD_NOTE.exec(name);
      if (note) name = name.slice(0, note.index);
    }
  } else if (MARKS.test(name)) name = name.replace(MARKS, '');
  const own = role !== undefined;
  // the patterns only when the last character can end them: most names end in 局, 委, 府 … and are tried by
  // neither (each is tried at every one of the last 14 or 12 positions)
  const rm = !own && ROLE_ENDS.has(name.charCodeAt(name.length - 1)) ? ROLE.exec(name.slice(-14)) : null;
  if (rm) {
    role = rm[0];
    name = name.slice(0, -rm[0].length);
  }
  // 市残联等部门参加: the general tail sits between the name and the role
  let etc: string | undefined;
  const g = TAIL_ENDS.has(name.charCodeAt(name.length - 1)) ? GENERAL_TAIL.exec(name.slice(-12)) : null;
  if (g) {
    etc = g[0];
    name = name.slice(0, -g[0].length);
  }
  // trailing whitespace off (/[\s\u3000]+$/), read by code
  let end = name.length;
  while (end > 0 && isSpaceCode(name.charCodeAt(end - 1))) end--;
  const out: StrippedName = { name: end === name.length ? name : name.slice(0, end), role, etc };
  if (own) out.own = true;
  return out;
}

function isLayout(c: string): boolean {
  return c === ' ' || c === '\u3000' || c === '\t';
}

/** What may follow a unit name after a space without starting another: its role, a 等… tail, a conjunction or a mark. */
const NOT_A_UNIT_START = /^(按照?职责|按职能|共同|分别|具体|协同|牵头|负责|落实|参加|参与|配合|实施|协办|主办|等|和|及|与|[、，,；;。：:（(）)])/;

/** The standard department names and their short forms, without a place: 民政局, 卫健局 (a unit alone on its line). */
const KNOWN_NAMES: ReadonlySet<string> = new Set(DEPARTMENTS.flatMap((d) => [d.name, ...d.short]));

/** A place and its level in front (宝清县…, 北安市…, 黑龙江省…), or a jurisdiction, group or national prefix. */
const STARTS_LIKE_UNIT = /^(各|相关|有关|国家|中国|国网|团[县市]|街道|乡镇|[\u4e00-\u9fff]{0,4}[省市县区州旗])/;

/**
 * Whether a line break after a unit-like name separates it from the next unit. A hard-wrapped paragraph breaks
 * anywhere, in a name too (县人力资源和社 / 会保障局, 县老干部 / 服务中心, 市人社 / 局); a cell lists one unit
 * per line (市卫健局 / 市民政局). What follows the break, up to the next separator or break, is a unit of its own
 * only when it names one (more than a bare ending) and starts as a unit does: with its place or level, a group,
 * or as a standard name (民政局).
 */
function breakSeparates(text: string, from: number, to: number, breaks: ReadonlySet<number>): boolean {
  // a label on the next line (配合单位：…, 完成时限：…) starts a group of its own
  if (labelAt(text, from, to) || otherLabelAt(text, from, to)) return true;
  // `from` is the break itself (a break at k falls before text[k])
  let j = from;
  while (j < to && !SEPARATORS.has(text[j]) && (j === from || !breaks.has(j))) j++;
  const { name } = stripRole(text.slice(from, j).trim());
  return namesUnit(name) && (STARTS_LIKE_UNIT.test(name) || KNOWN_NAMES.has(name));
}

/** A bare 县委 / 市委 (or 县社) at a line end is the start of a name that wraps (县委\n宣传部), not a unit. */
function endsLikeUnit(s: string): boolean {
  const name = stripRole(s.trim()).name;
  return UNIT_SUFFIX.test(name) && !/^[省市县区].$/.test(name);
}

/** A split with offsets relative to the content's start: what the memo holds, shared and never mutated. */
interface RelativeItem {
  name: string;
  raw: string;
  role?: string;
  etc?: string;
  /** offset of the raw text */
  at: number;
}

export interface RelativeSplit {
  /** this split's own number (a new one for each split made): the registry keys its templates by the splits they are made of */
  id: number;
  /** the content split and where its lines break (what the split is cached under): the registry compares a list with them */
  content: string;
  breaks: string;
  label?: string;
  items: readonly RelativeItem[];
  separators: readonly Separator[];
  /** index into separators of the separator before each item, -1 for none */
  before: readonly number[];
}

/**
 * The same bracket or cell text recurs (parse and the registry both split every task's bracket; a
 * keystroke leaves every other list as it was): the split depends only on the content and where its
 * lines break, so it is cached under those and rebased to the span on each use.
 */
const splits = new Memo<RelativeSplit>('units/split');

const NO_BREAKS: ReadonlySet<number> = new Set<number>();

/**
 * What a split depends on besides the content: where the span's lines break strictly inside [from, to),
 * relative to from (comma-separated; none on a one-line span, and most lists are one line).
 */
export function splitBreaks(span: Span, from: number, to: number): string {
  let key = '';
  if (span.segments.length > 1) {
    let acc = 0;
    for (const s of span.segments) {
      acc += s.end - s.start;
      if (acc > from && acc < to) key += (key ? ',' : '') + (acc - from);
    }
  }
  return key;
}

/** The cached split under `breaks|content`. */
export function relativeSplit(key: string): RelativeSplit {
  return splits.get(key, (k) => {
    const bar = k.indexOf('|');
    return splitContent(k.slice(bar + 1), k.slice(0, bar));
  });
}

/**
 * Lists without a line break inside their content (nearly all): cached under the content itself, so no key
 * string is built, and a content the parser already looked up (a bracket's) or a cell's text, hashed once,
 * is not hashed again.
 */
const plainSplits = new Memo<RelativeSplit>('units/splitPlain');

/** The cached split of a content whose lines break at `breaks` (splitBreaks of it). */
export function relativeSplitOf(content: string, breaks: string): RelativeSplit {
  if (!breaks) return plainSplits.get(content, (k) => splitContent(k, ''));
  return relativeSplit(breaks + '|' + content);
}

/**
 * Splits the content of a units bracket or a units cell. `from`/`to` delimit the content
 * inside `span`'s joined text. A break between the span's lines counts as a separator when
 * the text before it ends like a unit name (table cells put one unit per line).
 */
export function splitUnits(span: Span, from = 0, to = span.text.length, known?: readonly UnitItem[]): SplitResult {
  const content = from === 0 && to === span.text.length ? span.text : span.text.slice(from, to);
  return placeSplit(relativeSplitOf(content, splitBreaks(span, from, to)), span, from, known);
}

/** What placing a cached split at a content start gives whatever the span: shared by every list of that content and start. */
interface Placement {
  from: number;
  separators: readonly Separator[];
  offsets: number[];
  before: (Separator | undefined)[];
}

/** By cached split, the placement at the start last asked (a bracket's content starts at 1, a cell's at 0). */
const placements = new WeakMap<RelativeSplit, Placement>();

function placementOf(rel: RelativeSplit, from: number): Placement {
  const hit = placements.get(rel);
  if (hit && hit.from === from) return hit;
  // a cell's content starts at 0: its separators are the cached ones as they are (shared, never mutated)
  const separators = from === 0 ? rel.separators : rel.separators.map((sep) => ({ offset: sep.offset + from, char: sep.char }));
  const n = rel.items.length;
  const offsets: number[] = new Array(n);
  const before: (Separator | undefined)[] = new Array(n);
  for (let k = 0; k < n; k++) {
    offsets[k] = rel.items[k].at + from;
    before[k] = rel.before[k] >= 0 ? separators[rel.before[k]] : undefined;
  }
  const p: Placement = { from, separators, offsets, before };
  placements.set(rel, p);
  return p;
}

/**
 * A cached split placed in `span`, its content starting at `from`; items parse made from the same content
 * are taken over. Only the items' ranges depend on where the span is: the separators, offsets and the
 * separator before each item are the same for every list of this content and start, and shared (never mutated).
 */
export function placeSplit(rel: RelativeSplit, span: Span, from: number, known?: readonly UnitItem[]): SplitResult {
  const { separators, offsets, before } = placementOf(rel, from);
  const n = rel.items.length;
  const items: UnitItem[] = new Array(n);
  for (let k = 0; k < n; k++) {
    const r = rel.items[k];
    const p = r.at + from;
    const same = known?.length === n ? known[k] : undefined;
    items[k] = same && sameItem(same, r) && sameRange(span, p, p + r.name.length, same.range) ? same : unitItem(r, spanRange(span, p, p + r.name.length));
  }
  return { label: rel.label, items, separators, offsets, before };
}

/**
 * The range of item k of a cached split placed in `span` (what placeSplit gives it) without placing the split:
 * the item parse made of it when that one agrees (its range shared, not made again), else a new one.
 */
export function itemRange(rel: RelativeSplit, span: Span, from: number, known: readonly UnitItem[] | undefined, k: number): Range {
  const r = rel.items[k];
  const p = r.at + from;
  const same = known?.length === rel.items.length ? known[k] : undefined;
  return same && sameItem(same, r) && sameRange(span, p, p + r.name.length, same.range) ? same.range : spanRange(span, p, p + r.name.length);
}

function sameItem(u: UnitItem, r: RelativeItem): boolean {
  return u.name === r.name && u.raw === r.raw && u.role === r.role && u.etc === r.etc;
}

/** Whether [from, to) of the span is `range`; on one line without building the range. */
function sameRange(span: Span, from: number, to: number, range: Range): boolean {
  if (span.segments.length !== 1) {
    const r = spanRange(span, from, to);
    return comparePos(r.start, range.start) === 0 && comparePos(r.end, range.end) === 0;
  }
  const s = span.segments[0];
  // spanRange on one segment: the start at from, the end one past to - 1 (the start itself when empty)
  const end = to <= from ? from : to;
  return range.start.line === s.line && range.end.line === s.line && range.start.character === s.start + from && range.end.character === s.start + end;
}

/** An item with role and 等… only when it has them, each shape written out: properties added later were a second allocation. */
function unitItem(r: RelativeItem, range: UnitItem['range']): UnitItem {
  if (r.role) return r.etc ? { name: r.name, raw: r.raw, range, etc: r.etc, role: r.role } : { name: r.name, raw: r.raw, range, role: r.role };
  return r.etc ? { name: r.name, raw: r.raw, range, etc: r.etc } : { name: r.name, raw: r.raw, range };
}

let splitsMade = 0;

/** The role a label gives the units after it: 牵头单位：… lead, 配合单位：… assist; 责任单位：… none. */
function labelRole(label: string | undefined): string | undefined {
  if (label === '牵头单位' || label === '牵头部门') return '牵头';
  if (label === '配合单位' || label === '配合部门') return '配合';
  if (label === '参与单位' || label === '参加单位') return label.slice(0, 2);
  return label === '协办单位' ? '协办' : undefined;
}

/**
 * Whether text[p, q) starts with a label that is not a units label: a few Chinese characters and a colon that name
 * no unit (完成时限：, 牵头领导：, 责任人：). A units bracket often carries them after its units.
 */
function otherLabelAt(text: string, p: number, q: number): boolean {
  const end = Math.min(q, p + 7);
  for (let i = p + 2; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0xff1a && c !== 0x3a) continue;
    for (let j = p; j < i; j++) if (!isHanCode(text.charCodeAt(j))) return false;
    return !namesUnit(text.slice(p, i));
  }
  return false;
}

function isHanCode(c: number): boolean {
  return c >= 0x4e00 && c <= 0x9fff;
}

/** A LABEL at text[p, q), if there is one (every LABEL is four characters ending in 位 or 门: most are not tried). */
function labelAt(text: string, p: number, q: number): RegExpExecArray | null {
  const c3 = text.charCodeAt(p + 3);
  return p + 4 < q && (c3 === LABEL_END_1 || c3 === LABEL_END_2) ? LABEL.exec(text.slice(p, Math.min(q, p + 8))) : null;
}

function splitContent(text: string, breakList: string): RelativeSplit {
  const to = text.length;
  let start = 0;
  let label: string | undefined;
  while (start < to && isLayout(text[start])) start++;
  const lm = labelAt(text, start, to);
  if (lm) {
    label = lm[1];
    start += lm[0].length;
  }
  let breaks: ReadonlySet<number> = NO_BREAKS;
  if (breakList) {
    const found = new Set<number>();
    for (const b of breakList.split(',')) if (+b > start) found.add(+b);
    breaks = found;
  }
  const pieces: Piece[] = [];
  const separators: Separator[] = [];
  let a = start;
  let sepBefore = -1;
  let depth = 0;
  for (let i = start; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code === 0xff08 || code === 0x28) depth++;
    else if ((code === 0xff09 || code === 0x29) && depth > 0) depth--;
    if (depth > 0) continue;
    if ((code === 0x20 || code === 0x3000 || code === 0x09) && i > a) {
      // 县民政局  县财政局: a cell copied from a word processor separates units by spaces
      let j = i + 1;
      while (j < to && isLayout(text[j])) j++;
      // 牵头单位：县民政局 配合单位：县财政局 (spaces between, often full-width): a label after the spaces starts a group of its own
      if (j < to && endsLikeUnit(text.slice(a, i)) && (labelAt(text, j, to) || otherLabelAt(text, j, to) || !NOT_A_UNIT_START.test(text.slice(j, j + 6)))) {
        pieces.push({ from: a, to: i, before: sepBefore });
        sepBefore = -1;
        a = j;
        i = j - 1;
        continue;
      }
    }
    if (!ACTIVE_CODES[code] && (breaks === NO_BREAKS || !breaks.has(i + 1))) continue;
    const c = ACTIVE_CHARS.get(code) ?? text[i];
    if (SEPARATORS.has(c)) {
      // a final 。 closes the list; it does not open an empty item
      if (c === '。' && text.slice(i + 1, to).trim() === '') continue;
      pieces.push({ from: a, to: i, before: sepBefore });
      sepBefore = separators.push({ offset: i, char: c }) - 1;
      a = i + 1;
    } else if (CONJUNCTIONS.has(c) && endsLikeUnit(text.slice(a, i)) && UNIT_START.test(text.slice(i + 1, Math.min(to, i + 5)))) {
      pieces.push({ from: a, to: i, before: sepBefore });
      sepBefore = separators.push({ offset: i, char: c }) - 1;
      a = i + 1;
    } else if (breaks.has(i + 1) && i + 1 < to && endsLikeUnit(text.slice(a, i + 1)) && breakSeparates(text, i + 1, to, breaks)) {
      pieces.push({ from: a, to: i + 1, before: sepBefore });
      sepBefore = -1;
      a = i + 1;
    }
  }
  pieces.push({ from: a, to, before: sepBefore });
  const items: RelativeItem[] = [];
  const before: number[] = [];
  let pending: RelativeItem[] = [];
  // 牵头单位：县民政局；配合单位：县财政局、县卫健局: each label gives the units after it their role, up to the next
  let given = labelRole(label);
  let aside = false;
  for (let k = 0; k < pieces.length; k++) {
    let { from: p, to: q } = pieces[k];
    // by code: a string of one CJK character made per test was most of the split's garbage
    while (p < q && isSpaceCode(text.charCodeAt(p))) p++;
    while (q > p && (isSpaceCode(text.charCodeAt(q - 1)) || text.charCodeAt(q - 1) === 0x3002 || text.charCodeAt(q - 1) === 0x2e)) q--;
    const inner = k > 0 ? labelAt(text, p, q) : null;
    if (inner) {
      // a role word after the label is its group's, not the units' before it
      pending = [];
      given = labelRole(inner[1]);
      aside = false;
      p += inner[0].length;
      while (p < q && isSpaceCode(text.charCodeAt(p))) p++;
    } else if (otherLabelAt(text, p, q)) {
      // 完成时限：2024年底, 牵头领导：张三 — not units, up to the next units label
      aside = true;
      pending = [];
    }
    if (aside) continue;
    const raw = text.slice(p, q);
    // an empty piece (、、, a trailing 、, a 、 right before 按职责分工负责) is kept: units/malformed reports it
    const { name, role, etc, own } = stripRole(raw);
    const item: RelativeItem = { name, raw, at: p };
    if (etc) item.etc = etc;
    if (role) {
      item.role = role;
      if (!own) for (const prev of pending) prev.role = role;
      pending = [];
    } else if (given && name) item.role = given;
    else pending.push(item);
    items.push(item);
    before.push(pieces[k].before);
  }
  return { id: ++splitsMade, content: text, breaks: breakList, label, items, separators, before };
}
