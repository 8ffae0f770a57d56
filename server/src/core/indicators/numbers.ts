// Numbers as drafters write them next to indicators: 57万人, 11.1953万, 1449个, 4.5个, 55%, 80%以上,
// 1/3以上, ≥90, 90（非约束性）, 1-2个, "达到 1600 张" (spaces around the digits), full-width digits.
import type { Comparison } from './types';
import { isDigitCode, toAsciiDigits } from '../text/numerals';
import { ownCopy } from '../text/memo';

/** What a unit measures: values of different classes cannot state the same indicator. */
export type UnitClass = 'percent' | 'count' | 'years' | 'money' | 'area' | 'none';

export const CMP_WORDS =
  '达到或超过|力争达到|要达到|应达到|需达到|提高到|提升到|提高至|提升至|增加到|增长到|保持在|稳定在|不低于|不少于|不超过|不高于|低于|高于|超过|达到|达|至少|≥|≤|＞|＜|>|<|=|＝|为|是|占|约|近';

export interface ParsedValue {
  /** in plain units: 57万 → 570000, 55% → 55, 1/3 → 33.33 (a percentage) */
  value: number;
  /** upper end of a range (1-2个 → 2) */
  max?: number;
  /** the characters matched, as written */
  raw: string;
  length: number;
  /** normalised unit: % 个 张 人 人次 岁 … ('' when none) */
  unit: string;
  unitRaw: string;
  /** 万 → 10000, 亿 → 1e8, else 1 */
  scale: number;
  /** the smallest step the number is written to, in plain units (57万 → 10000; 11.1953万 → 1) */
  resolution: number;
  /** 以上 / 以下 / 左右 as written */
  post?: string;
  /** true for 1/3 */
  fraction?: boolean;
  /** the digits as written, for fixes that replace them */
  digits: string;
  digitsLength: number;
}

/** The value of DIGITS as written (ASCII or full-width digits, . or ．, 1,449 with thousands separators). */
function num(s: string): number {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 127) return Number(toAsciiDigits(s).replace('．', '.').replace(/,/g, ''));
    if (c === 44) return Number(s.replace(/,/g, ''));
  }
  return Number(s);
}

/** Digits after the decimal point of DIGITS as written. */
function decimals(s: string): number {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 46 || c === 0xff0e) return s.length - i - 1;
  }
  return 0;
}

export function normaliseUnit(u: string): string {
  if (u === '％') return '%';
  if (u === '名') return '人';
  return u;
}

export function unitClass(unit: string): UnitClass {
  if (!unit) return 'none';
  if (unit === '%' || unit === '‰' || unit === '％') return 'percent';
  if (unit === '岁') return 'years';
  if (unit === '元') return 'money';
  if (unit === '平方米') return 'area';
  return 'count';
}

// The value grammar, read by hand rather than by a regular expression: values are looked for after every
// indicator phrase and at every number in every paragraph, and a regular expression needed a slice of
// the text per try. It reads what this expression read on text.slice(at, at + VALUE_WINDOW):
//   ^(DIGITS)(?:SP[/／]SP(DIGITS))?(?:SP[-—–~～]SP(DIGITS))?SP(万|亿)?SP(UNITS)?(?:SP(POSTS))?
// with SP = [ \u3000]*, DIGITS = [0-9０-９]+(?:[.．][0-9０-９]+)?. Every part after the first number is
// optional, so the expression never backtracked into an earlier part: a part either matches at once
// or is left out, which is what the reader below does.
const VALUE_WINDOW = 48;
/** unit words in the order they are tried (人次 before 人; 万元 is 万 + 元) */
const UNIT_WORDS = ['%', '％', '‰', '人次', '平方米', '个', '张', '人', '名', '所', '家', '处', '项', '岁', '床', '户', '元', '次', '班'];
const POST_WORDS = ['及以上', '以上', '以下', '左右', '多', '余'];

export { isDigitCode };

function isSpaceCode(c: number): boolean {
  return c === 32 || c === 0x3000;
}

function skipSp(text: string, i: number, end: number): number {
  while (i < end && isSpaceCode(text.charCodeAt(i))) i++;
  return i;
}

/** End of the DIGITS written at `i` (i itself when none). */
function digitsEnd(text: string, i: number, end: number): number {
  if (i >= end || !isDigitCode(text.charCodeAt(i))) return i;
  let j = i + 1;
  while (j < end && isDigitCode(text.charCodeAt(j))) j++;
  if (j - i <= 3) j = thousandsEnd(text, j, end);
  if (j + 1 < end) {
    const dot = text.charCodeAt(j);
    if ((dot === 46 || dot === 0xff0e) && isDigitCode(text.charCodeAt(j + 1))) {
      j += 2;
      while (j < end && isDigitCode(text.charCodeAt(j))) j++;
    }
  }
  return j;
}

/**
 * End of the groups of three digits after `j` that a thousands separator starts (1,449; 1,200,000): a
 * drafter's or a spreadsheet's way of writing a count. A comma followed by other than exactly three digits
 * separates two numbers (1,2), and is left alone.
 */
function thousandsEnd(text: string, j: number, end: number): number {
  while (j + 3 < end && text.charCodeAt(j) === 44 && isDigitCode(text.charCodeAt(j + 1)) && isDigitCode(text.charCodeAt(j + 2)) && isDigitCode(text.charCodeAt(j + 3)) && !(j + 4 < text.length && isDigitCode(text.charCodeAt(j + 4)))) j += 4;
  return j;
}

/** Whether the character at `i` sits inside a number written before it (the 025 of 2025, the 5 of 4.5, the 449 of 1,449). */
export function insideNumber(text: string, i: number): boolean {
  if (i <= 0) return false;
  const prev = text.charCodeAt(i - 1);
  if (isDigitCode(prev) || prev === 46 || prev === 0xff0e) return true;
  return prev === 44 && i > 1 && isDigitCode(text.charCodeAt(i - 2));
}

/**
 * Words by their first character, each list in the order given (the order an alternation tries them),
 * and a bit set of those first characters: most places start none, and say so without a Map lookup.
 */
interface WordsByFirst {
  lists: Map<number, string[]>;
  firsts: Uint32Array;
}

function byFirst(words: readonly string[]): WordsByFirst {
  const lists = new Map<number, string[]>();
  const firsts = new Uint32Array(2048);
  for (const w of words) {
    const c = w.charCodeAt(0);
    const list = lists.get(c) ?? [];
    list.push(w);
    lists.set(c, list);
    firsts[c >>> 5] |= 1 << (c & 31);
  }
  return { lists, firsts };
}

/**
 * 1 at the characters that can follow the digits of a value and still be part of it (a decimal point,
 * a fraction or range mark, a space, 万/亿, the first character of a unit or of 以上/左右 …): after any
 * other character the value has ended with its digits, which a caller can see without reading it.
 */
export const VALUE_GOES_ON = new Uint8Array(65536);
for (const w of [...UNIT_WORDS, ...POST_WORDS, ',', '.', '．', '/', '／', '-', '—', '–', '~', '～', ' ', '\u3000', '万', '亿']) VALUE_GOES_ON[w.charCodeAt(0)] = 1;
// the digits isDigitCode accepts, by range: a 65,536-step loop at module load got the optimising compiler
// to run before the server had read a document (3.5 MB of RSS for an idle server)
VALUE_GOES_ON.fill(1, 0x30, 0x3a);
VALUE_GOES_ON.fill(1, 0xff10, 0xff1a);

/**
 * The characters a value may be written with (what valueEnd reads: digits, marks, spaces, 万/亿 and every
 * character of a unit or of 以上/左右 …), in a bit set: where the first other character after a number
 * is, the value and the spaces after it have ended at the latest (see valueCharsEnd).
 */
const VALUE_CHARS = new Uint32Array(2048);
for (const w of [...UNIT_WORDS, ...POST_WORDS, ',.．/／-—–~～ \u3000万亿']) for (let k = 0; k < w.length; k++) VALUE_CHARS[w.charCodeAt(k) >>> 5] |= 1 << (w.charCodeAt(k) & 31);
for (let c = 0x30; c <= 0x39; c++) VALUE_CHARS[c >>> 5] |= 1 << (c & 31);
for (let c = 0xff10; c <= 0xff19; c++) VALUE_CHARS[c >>> 5] |= 1 << (c & 31);

export function isValueChar(c: number): boolean {
  return (VALUE_CHARS[c >>> 5] & (1 << (c & 31))) !== 0;
}

/**
 * The first offset from `i` whose character no value is written with (text.length at most): a value
 * read from a number before `i` (valueEnd), and the spaces after it, end there or before.
 */
export function valueCharsEnd(text: string, i: number): number {
  const n = text.length;
  while (i < n && isValueChar(text.charCodeAt(i))) i++;
  return i;
}

const UNITS_BY_FIRST = byFirst(UNIT_WORDS);
const POSTS_BY_FIRST = byFirst(POST_WORDS);
/** 达到或超过 before 达到 before 达, as CMP_WORDS lists them */
const CMP_BY_FIRST = byFirst(CMP_WORDS.split('|'));

/** The first of the words (grouped by first character) written at `i` that ends by `end`. */
function wordAt(text: string, i: number, end: number, words: WordsByFirst): string | undefined {
  if (i >= end) return undefined;
  const c = text.charCodeAt(i);
  if ((words.firsts[c >>> 5] & (1 << (c & 31))) === 0) return undefined;
  const list = words.lists.get(c);
  if (list) for (const w of list) if (i + w.length <= end && text.startsWith(w, i)) return w;
  return undefined;
}

/**
 * The comparison word written at `i` and ending by `end`, as `^(?:CMP_WORDS)` finds it (the first
 * alternative that matches); looked up by its first character because it is tried after every phrase.
 */
export function comparisonWordAt(text: string, i: number, end: number): string | undefined {
  return wordAt(text, i, end, CMP_BY_FIRST);
}

// Where the parts of the value read last lie: valueEnd fills them without building anything, so a
// caller that only needs to know where a value ends (to look at what follows) allocates nothing.
let aEnd = 0;
let denomFrom = -1;
let denomTo = -1;
let upperFrom = -1;
let upperTo = -1;
let scaleCode = 0;
let unitWord: string | undefined;
let postWord: string | undefined;

const isSlash = (c: number) => c === 47 || c === 0xff0f;
const isRangeDash = (c: number) => c === 45 || c === 0x2014 || c === 0x2013 || c === 126 || c === 0xff5e;
let partFrom = -1;
let partTo = -1;

/** The “/denominator” or “-upper” part after `p`: a mark, then digits (spaces allowed around the mark); sets partFrom/partTo. */
function markedDigits(text: string, p: number, end: number, isMark: (c: number) => boolean): boolean {
  const q = skipSp(text, p, end);
  if (q >= end || !isMark(text.charCodeAt(q))) return false;
  partFrom = skipSp(text, q + 1, end);
  partTo = digitsEnd(text, partFrom, end);
  return partTo > partFrom;
}

/** End of the value written at `at` (trailing spaces not included), or -1 when no number starts there. */
export function valueEnd(text: string, at: number): number {
  const end = Math.min(text.length, at + VALUE_WINDOW);
  aEnd = digitsEnd(text, at, end);
  if (aEnd === at) return -1;
  let p = aEnd;
  denomFrom = denomTo = upperFrom = upperTo = -1;
  if (markedDigits(text, p, end, isSlash)) {
    [denomFrom, denomTo] = [partFrom, partTo];
    p = partTo;
  }
  if (markedDigits(text, p, end, isRangeDash)) {
    [upperFrom, upperTo] = [partFrom, partTo];
    p = partTo;
  }
  p = skipSp(text, p, end);
  const c = text.charCodeAt(p);
  scaleCode = 0;
  if (p < end && (c === 0x4e07 || c === 0x4ebf)) {
    scaleCode = c;
    p = skipSp(text, p + 1, end);
  }
  unitWord = wordAt(text, p, end, UNITS_BY_FIRST);
  if (unitWord) p += unitWord.length;
  const q = skipSp(text, p, end);
  postWord = wordAt(text, q, end, POSTS_BY_FIRST);
  if (postWord) p = q + postWord.length;
  // spaces read before a 万 or a unit that is not there are not part of the value
  while (isSpaceCode(text.charCodeAt(p - 1))) p--;
  return p;
}

/**
 * Whether the value valueEnd read last is a plain count: written with a unit that is not a share
 * (个, 张, 万元 …; not %, ‰), no fraction (1/3), no range (1-2个). Read from what valueEnd left, so a
 * caller skips most numbers (2025年, 90%) without building their value.
 */
export function lastValueCounts(): boolean {
  return unitWord !== undefined && unitWord !== '%' && unitWord !== '％' && unitWord !== '‰' && denomFrom < 0 && upperFrom < 0;
}

/** Whether the value valueEnd read last has a denominator (1/3): parseValueAt may refuse it (1/0). */
export function lastValueIsFraction(): boolean {
  return denomFrom >= 0;
}

/** Parses a value at offset `at` of `text`. */
export function parseValueAt(text: string, at: number): ParsedValue | undefined {
  const p = valueEnd(text, at);
  if (p < 0) return undefined;
  const a = text.slice(at, aEnd);
  // the facts of a text hold it, and may be kept for a text that is a slice of the document: a long one is copied
  const raw = ownCopy(text.slice(at, p));
  const unitRaw = unitWord ?? '';
  const post = postWord;
  const scale = scaleCode === 0x4e07 ? 10000 : scaleCode === 0x4ebf ? 1e8 : 1;
  let value = num(a) * scale;
  let unit = normaliseUnit(unitRaw);
  let fraction: boolean | undefined;
  let resolution = Math.pow(10, -decimals(a)) * scale;
  if (denomFrom >= 0) {
    const d = num(text.slice(denomFrom, denomTo));
    if (!d) return undefined;
    // 1/3 is a share: read it as a percentage so it compares with 55%
    value = (num(a) / d) * 100;
    unit = '%';
    fraction = true;
    resolution = 0;
  }
  return {
    value,
    max: upperFrom >= 0 ? num(text.slice(upperFrom, upperTo)) * scale : undefined,
    raw,
    length: raw.length,
    unit,
    unitRaw,
    scale,
    resolution,
    post,
    fraction,
    digits: a,
    digitsLength: a.length,
  };
}

const CMP_MAP: Record<string, Comparison> = {
  达到或超过: '>=', 不低于: '>=', 不少于: '>=', 至少: '>=', '≥': '>=',
  超过: '>', 高于: '>', '>': '>', '＞': '>',
  不超过: '<=', 不高于: '<=', '≤': '<=',
  低于: '<', '<': '<', '＜': '<',
  约: '≈', 近: '≈',
};

/**
 * The comparison a value is stated with. 达到 / 为 / 占 state the target itself ('='); 不低于, ≥,
 * 以上 make it a bound ('>='); 约, 左右 make it approximate.
 */
export function comparisonOf(word: string | undefined, post: string | undefined): Comparison {
  if (post === '以上' || post === '及以上') return '>=';
  if (post === '以下') return '<=';
  if (post === '左右' || post === '多' || post === '余') return '≈';
  return (word && CMP_MAP[word]) || '=';
}

/** Formats a number for messages: 2565, 57.96, 0.5 (no trailing zeros, at most `digits` decimals). */
export function fmt(n: number, digits = 2): string {
  if (!Number.isFinite(n)) return String(n);
  // a whole number reads as it is (toFixed, Number and String again gave the same)
  if (Number.isInteger(n) && Math.abs(n) < 1e21) return String(n);
  const r = Number(n.toFixed(digits));
  return String(r);
}

/** 570000 → 57万, 1449 → 1449 (how a population reads in a message). */
export function fmtPeople(n: number): string {
  if (n >= 10000) return `${fmt(n / 10000, 2)}万`;
  return fmt(n, 0);
}
