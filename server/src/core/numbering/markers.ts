// Rewriting a heading marker: another ordinal in the same written style, or the same ordinal
// in another style. Edits touch the numeral (or the marker) only, never the title after it.
import type { Heading, HeadingLevel, MarkerStyle, Paragraph } from '../model/types';
import { spanRange } from '../text/span';
import type { TextEdit } from '../rules/types';
import { toChineseNumeral } from '../text/numerals';

const LEVEL_NAMES: Record<HeadingLevel, string> = { 1: '第一层', 2: '第二层', 3: '第三层', 4: '第四层' };
const CANONICAL: Record<HeadingLevel, (n: string) => string> = {
  1: (n) => `${n}、`,
  2: (n) => `（${n}）`,
  3: (n) => `${n}.`,
  4: (n) => `（${n}）`,
};

export function levelName(level: HeadingLevel): string {
  return LEVEL_NAMES[level];
}

/** [from, to) of the numeral inside the written marker: 一 in 一、, 三 in （ 三）, 12 in 12. */
export function numeralOffsets(marker: string): [number, number] {
  const m = /[一二三四五六七八九十百〇零两0-9０-９]+/.exec(marker);
  return m ? [m.index, m.index + m[0].length] : [0, 0];
}

function toFullWidthDigits(s: string): string {
  return s.replace(/[0-9]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 48 + 0xff10));
}

/** The numeral for `n` as this heading writes numerals (Chinese, ASCII or full-width digits). */
export function numeralFor(level: HeadingLevel, style: Pick<MarkerStyle, 'fullWidthDigits'>, n: number): string {
  if (level <= 2) return toChineseNumeral(n);
  return style.fullWidthDigits ? toFullWidthDigits(String(n)) : String(n);
}

/** The marker `h` would have with ordinal `n`, written exactly as `h` is written. */
export function markerWithOrdinal(h: Pick<Heading, 'marker' | 'level' | 'style'>, n: number): string {
  const [a, b] = numeralOffsets(h.marker);
  return h.marker.slice(0, a) + numeralFor(h.level, h.style, n) + h.marker.slice(b);
}

/**
 * Replaces only the numeral of `h`'s marker. A marker broken over two lines (（ at a line's end, 2) on the next,
 * joined as one hard-wrapped paragraph) is placed through its paragraph's segments, which start with it.
 */
export function ordinalEdit(h: Heading, n: number, paragraphs: readonly Paragraph[]): TextEdit {
  const [a, b] = numeralOffsets(h.marker);
  const { line, character } = h.markerRange.start;
  const range = h.markerRange.end.line === line ? { start: { line, character: character + a }, end: { line, character: character + b } } : spanRange(paragraphs[h.paragraph], a, b);
  return { range, newText: numeralFor(h.level, h.style, n) };
}

/** The style parts that must agree among the markers of one level. */
export interface LevelStyle {
  parens?: 'full' | 'half';
  separator?: string;
  fullWidthDigits?: boolean;
}

export function styleOf(h: Pick<Heading, 'level' | 'style'>): LevelStyle | undefined {
  const s = h.style;
  if (h.level === 2) return s.parens === 'mixed' ? undefined : { parens: s.parens };
  if (h.level === 3) return { separator: s.separator, fullWidthDigits: !!s.fullWidthDigits };
  if (h.level === 4) return s.parens === 'mixed' ? undefined : { parens: s.parens, fullWidthDigits: !!s.fullWidthDigits };
  return { separator: s.separator };
}

export function styleKey(st: LevelStyle): string {
  return `${st.parens ?? ''}|${st.separator ?? ''}|${st.fullWidthDigits ? 'fw' : ''}`;
}

/** The marker for ordinal `n` at `level` in style `st`. */
export function markerInStyle(level: HeadingLevel, n: number, st: LevelStyle): string {
  const num = numeralFor(level, st, n);
  if (level === 2 || level === 4) return st.parens === 'half' ? `(${num})` : `（${num}）`;
  if (level === 3) return num + (st.separator ?? '.');
  return num + (st.separator ?? '、');
}

/** The standard (GB/T 9704-2012) marker for ordinal `n` at `level`: 一、 （一） 1. （1）. */
export function canonicalMarker(level: HeadingLevel, n: number): string {
  return CANONICAL[level](level <= 2 ? toChineseNumeral(n) : String(n));
}
