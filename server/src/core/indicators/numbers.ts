// Numbers as drafters write them next to indicators: 57万人, 11.1953万, 1449个, 4.5个, 55%, 80%以上,
// 1/3以上, ≥90, 90（非约束性）, 1-2个, "达到 1600 张" (spaces around the digits), full-width digits.
import type { Comparison } from './types';
import { toAsciiDigits } from '../text/numerals';

/** What a unit measures: values of different classes cannot state the same indicator. */
export type UnitClass = 'percent' | 'count' | 'years' | 'money' | 'area' | 'none';

const SP = '[ \\u3000]*';
const DIGITS = '[0-9０-９]+(?:[.．][0-9０-９]+)?';
/** unit words, longest first (人次 before 人, 万元 is 万 + 元) */
const UNITS = '%|％|‰|人次|平方米|个|张|人|名|所|家|处|项|岁|床|户|元|次|班';
const POST = '及以上|以上|以下|左右|多|余';

export const CMP_WORDS =
  '达到或超过|力争达到|要达到|应达到|需达到|提高到|提升到|提高至|提升至|增加到|增长到|保持在|稳定在|不低于|不少于|不超过|不高于|低于|高于|超过|达到|达|至少|≥|≤|＞|＜|>|<|=|＝|为|是|占|约|近';

/** A value at the start of the text: number (or fraction or range), 万/亿, unit, 以上/左右. */
const VALUE = new RegExp(
  `^(${DIGITS})(?:${SP}[/／]${SP}(${DIGITS}))?(?:${SP}[-—–~～]${SP}(${DIGITS}))?${SP}(万|亿)?${SP}(${UNITS})?(?:${SP}(${POST}))?`,
);

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

/** Parses a value at offset `at` of `text`. */
export function parseValueAt(text: string, at: number): ParsedValue | undefined {
  const m = VALUE.exec(text.slice(at, at + 48));
  if (!m) return undefined;
  const [raw, a, denom, upper, scaleWord, unitRaw = '', post] = m;
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
    raw: raw.replace(/[ \u3000]+$/, ''),
    length: raw.replace(/[ \u3000]+$/, '').length,
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
