// Numbers as drafters write them next to indicators: 57万人, 11.1953万, 1449个, 4.5个, 55%, 80%以上,
// 1/3以上, ≥90, 90（非约束性）, 1-2个, "达到 1600 张" (spaces around the digits), full-width digits.
import type { Comparison } from './types';
import { toAsciiDigits } from '../text/numerals';

/** What a unit measures: values of different classes cannot state the same indicator. */
export type UnitClass = 'percent' | 'count' | 'years' | 'money' | 'area' | 'none';

export const CMP_WORDS =
  '达到或超过|力争达到|要达到|应达到|需达到|提高到|提升到|提高至|提升至|增加到|增长到|保持在|稳定在|不低于|不少于|不超过|不高于|低于|高于|超过|达到|达|至少|≥|≤|＞|＜|>|<|=|＝|为|是|占|约|近';

const CMP_LIST = CMP_WORDS.split('|');
/** the comparison words by their first character, in CMP_WORDS order (达到或超过 before 达到 before 达) */
const CMP_BY_FIRST = new Map<number, string[]>();
for (const w of CMP_LIST) {
  const list = CMP_BY_FIRST.get(w.charCodeAt(0)) ?? [];
  list.push(w);
  CMP_BY_FIRST.set(w.charCodeAt(0), list);
}

/**
 * The comparison word written at `i` and ending by `end`, as `^(?:CMP_WORDS)` finds it (the first
 * alternative that matches); looked up by its first character because it is tried after every phrase.
 */
export function comparisonWordAt(text: string, i: number, end: number): string | undefined {
  if (i >= end) return undefined;
  const list = CMP_BY_FIRST.get(text.charCodeAt(i));
  return list && wordAt(text, i, end, list);
}

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

function num(s: string): number {
  return Number(toAsciiDigits(s).replace('．', '.'));
}

function decimals(s: string): number {
  const t = toAsciiDigits(s).replace('．', '.');
  const i = t.indexOf('.');
  return i < 0 ? 0 : t.length - i - 1;
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

export function isDigitCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19);
}

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
  if (j + 1 < end) {
    const dot = text.charCodeAt(j);
    if ((dot === 46 || dot === 0xff0e) && isDigitCode(text.charCodeAt(j + 1))) {
      j += 2;
      while (j < end && isDigitCode(text.charCodeAt(j))) j++;
    }
  }
  return j;
}

/** The first of `words` written at `i` that ends by `end`. */
function wordAt(text: string, i: number, end: number, words: readonly string[]): string | undefined {
  for (const w of words) if (i + w.length <= end && text.startsWith(w, i)) return w;
  return undefined;
}

/** Parses a value at offset `at` of `text`. */
export function parseValueAt(text: string, at: number): ParsedValue | undefined {
  const end = Math.min(text.length, at + VALUE_WINDOW);
  const aEnd = digitsEnd(text, at, end);
  if (aEnd === at) return undefined;
  let p = aEnd;
  let denom: string | undefined;
  let upper: string | undefined;
  let q = skipSp(text, p, end);
  let c = text.charCodeAt(q);
  if (q < end && (c === 47 || c === 0xff0f)) {
    const d = skipSp(text, q + 1, end);
    const e = digitsEnd(text, d, end);
    if (e > d) {
      denom = text.slice(d, e);
      p = e;
    }
  }
  q = skipSp(text, p, end);
  c = text.charCodeAt(q);
  if (q < end && (c === 45 || c === 0x2014 || c === 0x2013 || c === 126 || c === 0xff5e)) {
    const d = skipSp(text, q + 1, end);
    const e = digitsEnd(text, d, end);
    if (e > d) {
      upper = text.slice(d, e);
      p = e;
    }
  }
  p = skipSp(text, p, end);
  let scaleWord: string | undefined;
  c = text.charCodeAt(p);
  if (p < end && (c === 0x4e07 || c === 0x4ebf)) {
    scaleWord = c === 0x4e07 ? '万' : '亿';
    p = skipSp(text, p + 1, end);
  }
  const unitRaw = wordAt(text, p, end, UNIT_WORDS) ?? '';
  p += unitRaw.length;
  q = skipSp(text, p, end);
  const post = wordAt(text, q, end, POST_WORDS);
  if (post) p = q + post.length;
  // spaces read before a 万 or a unit that is not there are not part of the value
  while (isSpaceCode(text.charCodeAt(p - 1))) p--;
  const a = text.slice(at, aEnd);
  const raw = text.slice(at, p);
  const scale = scaleWord === '万' ? 10000 : scaleWord === '亿' ? 1e8 : 1;
  let value = num(a) * scale;
  let unit = normaliseUnit(unitRaw);
  let fraction: boolean | undefined;
  let resolution = Math.pow(10, -decimals(a)) * scale;
  if (denom) {
    const d = num(denom);
    if (!d) return undefined;
    // 1/3 is a share: read it as a percentage so it compares with 55%
    value = (num(a) / d) * 100;
    unit = '%';
    fraction = true;
    resolution = 0;
  }
  return {
    value,
    max: upper ? num(upper) * scale : undefined,
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
  const r = Number(n.toFixed(digits));
  return String(r);
}

/** 570000 → 57万, 1449 → 1449 (how a population reads in a message). */
export function fmtPeople(n: number): string {
  if (n >= 10000) return `${fmt(n / 10000, 2)}万`;
  return fmt(n, 0);
}
