// Chinese numerals as used in 结构层次序数 (一 … 九十九, 一百 …) and full-width digits.

const DIGITS: Record<string, number> = {
  〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

export const CN_NUMERAL_CHARS = '〇零一二两三四五六七八九十百千';

/**
 * Value of a Chinese numeral (一, 十, 十二, 二十, 二十四, 九十九, 一百零一). NaN when the
 * string is not a well-formed numeral. Positional forms such as 二〇二四 are read digit by digit.
 */
export function parseChineseNumeral(s: string): number {
  if (!s) return NaN;
  // by character code: asked of every heading's 序数 on a first reading, where a regex literal (a new RegExp
  // object per call) and for…of over the string (an iterator and a string per character) allocated
  if (!hasUnit(s)) {
    // positional: 二〇二四 → 2024, 三 → 3
    let v = 0;
    for (let i = 0; i < s.length; i++) {
      const d = DIGIT_OF[s.charCodeAt(i)];
      if (d < 0) return NaN;
      v = v * 10 + d;
    }
    return v;
  }
  let total = 0;
  let cur = -1;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const d = DIGIT_OF[c];
    if (d >= 0) {
      if (cur >= 0 && d !== 0) return NaN; // 二三十
      if (d !== 0) cur = d;
      continue;
    }
    const unit = c === TEN ? 10 : c === HUNDRED ? 100 : c === THOUSAND ? 1000 : 0;
    if (!unit) return NaN;
    total += (cur < 0 ? 1 : cur) * unit;
    cur = -1;
  }
  if (cur > 0) total += cur;
  return total;
}

/** DIGITS by character code (-1: not a digit). */
const DIGIT_OF = new Int8Array(65536).fill(-1);
for (const [ch, d] of Object.entries(DIGITS)) DIGIT_OF[ch.charCodeAt(0)] = d;
const TEN = 0x5341; // 十
const HUNDRED = 0x767e; // 百
const THOUSAND = 0x5343; // 千

/** Whether `s` holds 十, 百 or 千. */
function hasUnit(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === TEN || c === HUNDRED || c === THOUSAND) return true;
  }
  return false;
}

const CN = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 24 → 二十四, 99 → 九十九, 101 → 一百零一. */
export function toChineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 0) return String(n);
  if (n < 10) return CN[n];
  if (n < 20) return '十' + (n % 10 ? CN[n % 10] : '');
  if (n < 100) return CN[Math.floor(n / 10)] + '十' + (n % 10 ? CN[n % 10] : '');
  if (n < 1000) {
    const h = Math.floor(n / 100);
    const r = n % 100;
    if (r === 0) return CN[h] + '百';
    if (r < 10) return CN[h] + '百零' + CN[r];
    return CN[h] + '百' + (r < 20 ? '一' : '') + toChineseNumeral(r);
  }
  return String(n);
}

/** Full-width digits (０-９) to ASCII. */
export function toAsciiDigits(s: string): string {
  if (!hasFullWidthDigits(s)) return s;
  return s.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xff10 + 48));
}

/** An ASCII or full-width digit (0–9, ０–９), by character code. */
export function isDigitCode(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19);
}

export function hasFullWidthDigits(s: string): boolean {
  // by code, not /[０-９]/.test: a regex literal is a new RegExp object at every call (every heading, every 序号 cell)
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xff10 && c <= 0xff19) return true;
  }
  return false;
}
