// Which year a stated value is for, and whether it is a target or the present state.
// Plans write 到2025年 (target), 截至2020年年末 (status), 自2022年起 (from), “十四五”期间 (to 2025),
// “十三五”时期 / 目前 / 现有 (status); a sentence without a year borrows the paragraph's 到20XX年.
// Each text is indexed once (sentence ends, year expressions, bracketed asides), so every lookup is a
// binary search: a paragraph with thousands of indicators stays linear.
import { Memo } from '../text/memo';
import { countBelow } from '../text/sorted';

export type YearKind = 'target' | 'status' | 'from';
export type YearSource = 'sentence' | 'paragraph' | 'context' | 'table';

export interface YearInfo {
  year?: number;
  kind: YearKind;
  /** offset where the year expression starts */
  at: number;
}

interface YearEntry extends YearInfo {
  end: number;
  /** 到/至 20XX年: a target later sentences inherit */
  explicitTarget: boolean;
  /** where the innermost bracketed aside around it closes (Infinity when it is in no aside) */
  closeBy: number;
}

export interface TextIndex {
  /** where sentences end, ascending: the first sentenceCount (a scratch index reuses its arrays from text to text) */
  readonly sentenceEnds: readonly number[];
  readonly sentenceCount: number;
  /** where clauses end (sentence ends and ；;), ascending: the first clauseCount */
  readonly clauseEnds: readonly number[];
  readonly clauseCount: number;
  readonly years: readonly YearEntry[];
  /** offsets of the explicit targets, with their years, in order */
  readonly targets: readonly YearEntry[];
  /**
   * The bracketed asides: where each （ or ( opens, in order, and where the ） or ) a stack pairs it with
   * closes (-1: never), the first openCount; the sums read them too (sums.ts), so the text is walked once for both.
   */
  readonly opens: readonly number[];
  readonly closes: readonly number[];
  readonly openCount: number;
}

const NO_YEARS: YearEntry[] = [];

// A year as the plans write it, with what makes it a target, a status or a start:
//   /(截至|截止到|截止|到|至|自|从|在|于)?[ \u3000]*((?:19|20)[0-9]{2})[ \u3000]*年(?:年?底|年?末|年?初|度)?[ \u3000]*(起|以来|前)?/g
// read by yearMatches below.
const PERIOD = /“?十([三四五])五”?(?:时期|期间|期末|末|以来)/g;
const STATUS = /目前|现有|已有|已建成|截至目前|现状|当前|现阶段|去年|上年|近年来/g;

/** Sentences longer than this are not prose: we look no further for their ends. */
const MAX_SENTENCE = 1500;

// keyed by the text itself, for the callers that do not keep what they found (the mentions and sums of a
// text are kept whole, and index it once without this memo)
const indexes = new Memo<TextIndex>('indicators/years', 20_000);

/** The year itself (2025 年): every YEAR match holds one, and an expression that starts with it is found fast. */
const YEAR_CORE = /(?:19|20)[0-9]{2}[ \u3000]*年/g;
/** YEAR's prefixes, longest first: the match starts at the longest one written before the year (and its spaces) */
const YEAR_PREFIXES = ['截止到', '截至', '截止', '到', '至', '自', '从', '在', '于'];

export interface YearMatch {
  index: number;
  end: number;
  prefix?: string;
  year: number;
  suffix?: string;
}

const isSpace = (c: number) => c === 32 || c === 0x3000;

/**
 * What text.matchAll(YEAR) finds, found from the year outwards. YEAR begins with an optional prefix and
 * spaces, so the expression tried a match at every character of the text; the year (19xx/20xx, spaces,
 * 年) is looked for instead, and the match grown around it as the expression grew it: leftwards over the
 * spaces and the longest prefix after the previous match, rightwards over 年底/末/初/度, spaces, 起/以来/前.
 */
export function yearMatches(text: string): YearMatch[] {
  return readYears(text, toMatch, []);
}

const toMatch = (index: number, end: number, prefix: string | undefined, year: number, suffix: string | undefined): YearMatch => ({ index, end, prefix, year, suffix });

/** The YEAR matches of `text`, each made by `make` into `out` (one object per year, not a match and then an entry). */
function readYears<T>(text: string, make: (index: number, end: number, prefix: string | undefined, year: number, suffix: string | undefined) => T, out: T[]): T[] {
  let last = 0;
  YEAR_CORE.lastIndex = 0;
  // test, not exec: where the core starts is read back from its 年 (spaces, then the four digits), no match array per year
  while (YEAR_CORE.test(text)) {
    const coreEnd = YEAR_CORE.lastIndex;
    let e = coreEnd - 1;
    while (isSpace(text.charCodeAt(e - 1))) e--;
    const d = e - 4;
    let s = d;
    while (s > last && isSpace(text.charCodeAt(s - 1))) s--;
    let index = s;
    let prefix: string | undefined;
    for (let k = 0; k < YEAR_PREFIXES.length; k++) {
      const w = YEAR_PREFIXES[k];
      if (s - w.length >= last && text.startsWith(w, s - w.length)) {
        prefix = w;
        index = s - w.length;
        break;
      }
    }
    let q = coreEnd;
    const c = text.charCodeAt(q);
    const next = text.charCodeAt(q + 1);
    // (?:年?底|年?末|年?初|度)?
    if (c === 0x5e74 && (next === 0x5e95 || next === 0x672b || next === 0x521d)) q += 2;
    else if (c === 0x5e95 || c === 0x672b || c === 0x521d || c === 0x5ea6) q += 1;
    while (isSpace(text.charCodeAt(q))) q++;
    let suffix: string | undefined;
    if (text.charCodeAt(q) === 0x8d77) suffix = '起';
    else if (text.startsWith('以来', q)) suffix = '以来';
    else if (text.charCodeAt(q) === 0x524d) suffix = '前';
    if (suffix) q += suffix.length;
    const year = (text.charCodeAt(d) - 48) * 1000 + (text.charCodeAt(d + 1) - 48) * 100 + (text.charCodeAt(d + 2) - 48) * 10 + (text.charCodeAt(d + 3) - 48);
    out.push(make(index, q, prefix, year, suffix));
    last = q;
    YEAR_CORE.lastIndex = q;
  }
  return out;
}

function toEntry(index: number, end: number, prefix: string | undefined, year: number, suffix: string | undefined): YearEntry {
  const kind: YearKind = prefix === '截至' || prefix === '截止' || prefix === '截止到' || suffix === '以来'
    ? 'status'
    : (prefix === '自' || prefix === '从') && suffix === '起' ? 'from' : 'target';
  return { year, kind, at: index, end, explicitTarget: prefix === '到' || prefix === '至', closeBy: Infinity };
}

/** 比, 较, 与, 同 before a year: the year a change is measured from (比2020年增加540张), not the year of what follows */
const BASE_YEAR_BEFORE = new Set([0x6bd4, 0x8f83, 0x4e0e, 0x540c]);

function isBaseYear(text: string, y: YearEntry): boolean {
  let k = y.at - 1;
  while (k >= 0 && isSpace(text.charCodeAt(k))) k--;
  return k >= 0 && y.kind === 'target' && !y.explicitTarget && BASE_YEAR_BEFORE.has(text.charCodeAt(k));
}

function yearEntries(text: string): YearEntry[] {
  // most texts have no year at all (老年人 has its 年, but no digits before it)
  let years = text.includes('年') ? readYears<YearEntry>(text, toEntry, []) : [];
  // most texts have no base year: the filter (an array per text) only when one is there
  if (years.some((y) => isBaseYear(text, y))) years = years.filter((y) => !isBaseYear(text, y));
  let sorted = true;
  // each expression needs a character most paragraphs lack: looking for it first skips the expression
  if (text.includes('五')) {
    PERIOD.lastIndex = 0;
    for (let m = PERIOD.exec(text); m; m = PERIOD.exec(text)) {
      // 十三五 ended in 2020 (a status when read in a 十四五 plan); 十四五 ends in 2025, 十五五 in 2030
      if (years.length && m.index < years[years.length - 1].at) sorted = false;
      // “十四五”以来 is the period so far: what was reached, not the target at its end
      const since = m[0].endsWith('以来');
      years.push({ year: m[1] === '三' ? 2020 : m[1] === '四' ? 2025 : 2030, kind: m[1] === '三' || since ? 'status' : 'target', at: m.index, end: m.index + m[0].length, explicitTarget: false, closeBy: Infinity });
    }
  }
  // the alternation alone: a test for its characters first walked every text that has one twice
  // (1 MB: 0.40 ms a pass without, 0.68 with)
  STATUS.lastIndex = 0;
  for (let m = STATUS.exec(text); m; m = STATUS.exec(text)) {
    if (years.length && m.index < years[years.length - 1].at) sorted = false;
    years.push({ year: undefined, kind: 'status', at: m.index, end: m.index + m[0].length, explicitTarget: false, closeBy: Infinity });
  }
  // entries pushed in order (the years alone, or what came after them): a sort allocates its work space even then
  return sorted ? years : byStart(years);
}

/**
 * The entries sorted by where they start (all start apart). A few (status words before a year, most
 * texts that need it) are sorted in place, where Array.sort allocated its work space; many, by sort.
 */
function byStart(years: YearEntry[]): YearEntry[] {
  if (years.length > 32) return years.sort((a, b) => a.at - b.at);
  for (let i = 1; i < years.length; i++) {
    const y = years[i];
    let k = i;
    for (; k > 0 && years[k - 1].at > y.at; k--) years[k] = years[k - 1];
    years[k] = y;
  }
  return years;
}

/** 。！？!?；;（(）): the characters the index records (codes, in a bit set of the 65,536). */
const MARKS = new Uint32Array(2048);
for (const c of '。！？!?；;（(）)') MARKS[c.charCodeAt(0) >>> 5] |= 1 << (c.charCodeAt(0) & 31);

export function isIndexMark(c: number): boolean {
  return (MARKS[c >>> 5] & (1 << (c & 31))) !== 0;
}

/**
 * Builds a text's index from its marks, given in order (mark), then its years (finish): the phrase
 * scan (mentions.ts) hands it the marks it passes, so a text with mentions is walked once, not twice.
 * The index is the builder itself. One builder can index text after text (start): its arrays are
 * written over, not allocated again, for a caller that is done with one text's index before the next
 * (the facts of a text keep none of it); their lengths may exceed the counts.
 */
export class IndexBuilder implements TextIndex {
  readonly sentenceEnds: number[] = [];
  sentenceCount = 0;
  readonly clauseEnds: number[] = [];
  clauseCount = 0;
  readonly opens: number[] = [];
  /** where each open aside closes (-1: not yet, or never) */
  readonly closes: number[] = [];
  openCount = 0;
  /** the asides open at the mark just given (indexes in `opens`), innermost at depth - 1 */
  private readonly stack: number[] = [];
  private depth = 0;
  years: YearEntry[] = NO_YEARS;
  targets: YearEntry[] = NO_YEARS;
  /** per year, the aside open where it starts (its index in `opens`), -1 for none */
  private readonly openAt: number[] = [];
  /** the years whose start the marks have passed */
  private j = 0;

  constructor(text?: string) {
    if (text !== undefined) this.start(text);
  }

  /** Begins the index of `text` (the index of the text before is gone). */
  start(text: string): this {
    this.sentenceCount = this.clauseCount = this.openCount = this.depth = this.j = 0;
    this.years = yearEntries(text);
    this.targets = NO_YEARS;
    return this;
  }

  /** The mark `c` at `i` (isIndexMark(c)); after every mark before `i`. */
  mark(i: number, c: number): void {
    // the years that start before this mark: the aside open there is the innermost one around them
    this.passYears(i);
    // 。！？!? end a sentence; they and ；; end a clause
    if (c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 33 || c === 63) {
      this.sentenceEnds[this.sentenceCount++] = i;
      this.clauseEnds[this.clauseCount++] = i;
    } else if (c === 0xff1b || c === 59) this.clauseEnds[this.clauseCount++] = i;
    else if (c === 0xff08 || c === 40) {
      this.stack[this.depth++] = this.openCount;
      this.opens[this.openCount] = i;
      this.closes[this.openCount++] = -1;
    } else if (this.depth) this.closes[this.stack[--this.depth]] = i;
  }

  private passYears(i: number): void {
    const { years, stack, openAt } = this;
    for (; this.j < years.length && years[this.j].at <= i; this.j++) openAt[this.j] = this.depth ? stack[this.depth - 1] : -1;
  }

  /** The index, once every mark of the text was given. */
  finish(): TextIndex {
    this.passYears(Infinity);
    const { years, openAt, closes } = this;
    for (let k = 0; k < years.length; k++) {
      const y = years[k];
      // where the aside around the year closes masks it for what follows
      const close = openAt[k] >= 0 ? closes[openAt[k]] : -1;
      if (close >= 0 && close >= y.end) y.closeBy = close;
      if (y.explicitTarget) (this.targets === NO_YEARS ? (this.targets = []) : this.targets).push(y);
    }
    return this;
  }
}

/** Gives `b` the marks of `text` and finishes its index. */
function indexWith(b: IndexBuilder, text: string): TextIndex {
  // codes, not text[i]: that would make a string of every CJK character
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isIndexMark(c)) b.mark(i, c);
  }
  return b.finish();
}

/** The index of a text, built now (no memo: for a caller that reads the text once, or keeps what it found). */
export function indexText(text: string): TextIndex {
  return indexWith(new IndexBuilder(text), text);
}

/** The index of a text in `b`'s arrays, valid until `b` indexes another text. */
export function indexInto(b: IndexBuilder, text: string): TextIndex {
  return indexWith(b.start(text), text);
}

/** The index of a text, from the memo (built from the memo's own copy of the text). */
export function textIndex(text: string): TextIndex {
  return indexes.get(text, indexText);
}

/** lastTargetYear over a whole text, read without indexing it: the year of its last 到/至 20XX年. */
export function finalTargetYear(text: string): number | undefined {
  let year: number | undefined;
  if (text.includes('年')) for (const m of yearMatches(text)) if (m.prefix === '到' || m.prefix === '至') year = m.year;
  return year;
}

/** Index of the last element of `xs` (sorted by `key`) with key < bound, or -1. */
function lastBelow<T>(xs: readonly T[], bound: number, key: (x: T) => number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(xs[mid]) < bound) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/**
 * [start, end) of the sentence around offset `at` (end includes the closing mark). With `clause`,
 * a ； ends it too: a value never reaches past one, but a year (截至2020年年末，…；…) does.
 */
export function sentenceAt(text: string, at: number, clause = false, index = textIndex(text)): [number, number] {
  const ends = clause ? index.clauseEnds : index.sentenceEnds;
  const count = clause ? index.clauseCount : index.sentenceCount;
  const k = countBelow(ends, at, count) - 1;
  const start = Math.max(k >= 0 ? ends[k] + 1 : 0, at - MAX_SENTENCE);
  return [start, sentenceEnd(text, at, ends, count, k)];
}

/** Where the clause around `at` ends (sentenceAt(…, true)[1]), without the pair. */
export function clauseEndAt(text: string, at: number, index: TextIndex): number {
  const ends = index.clauseEnds;
  return sentenceEnd(text, at, ends, index.clauseCount, countBelow(ends, at, index.clauseCount) - 1);
}

function sentenceEnd(text: string, at: number, ends: readonly number[], count: number, k: number): number {
  const next = k + 1 < count ? ends[k + 1] + 1 : text.length;
  return Math.min(next, at + MAX_SENTENCE, text.length);
}

/**
 * The last year written in text[from, to) that is not inside an aside closed before `to`:
 * 目标为4.5个（2020年每千人0.2个），应配备… — the 2020 in the aside is not the year of what follows.
 */
export function yearBefore(text: string, from: number, to: number, index = textIndex(text)): YearInfo | undefined {
  const { years } = index;
  for (let k = lastBelow(years, to, (y) => y.at); k >= 0 && years[k].at >= from; k--) {
    const y = years[k];
    if (y.end > to || y.closeBy < to) continue;
    return { year: y.year, kind: y.kind, at: y.at };
  }
  return undefined;
}

/** The last explicit target year (到2025年, 至2025年) in text[from, to): what later sentences inherit. */
export function lastTargetYear(text: string, from: number, to: number, index = textIndex(text)): number | undefined {
  const { targets } = index;
  const k = lastBelow(targets, to, (y) => y.at);
  return k >= 0 && targets[k].at >= from && targets[k].end <= to ? targets[k].year : undefined;
}
