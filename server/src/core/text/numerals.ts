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
  if (!/[十百千]/.test(s)) {
    // positional: 二〇二四 → 2024, 三 → 3
    let v = 0;
    for (const ch of s) {
      const d = DIGITS[ch];
      if (d === undefined) return NaN;
      v = v * 10 + d;
    }
    return v;
  }
  let total = 0;
  let cur = -1;
  for (const ch of s) {
    const d = DIGITS[ch];
    if (d !== undefined) {
      if (cur >= 0 && d !== 0) return NaN; // 二三十
      if (d !== 0) cur = d;
      continue;
    }
    const unit = ch === '十' ? 10 : ch === '百' ? 100 : ch === '千' ? 1000 : 0;
    if (!unit) return NaN;
    total += (cur < 0 ? 1 : cur) * unit;
    cur = -1;
  }
  if (cur > 0) total += cur;
  return total;
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

export function hasFullWidthDigits(s: string): boolean {
  return /[０-９]/.test(s);
}
