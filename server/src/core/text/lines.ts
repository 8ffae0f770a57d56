// Splitting text into physical lines, keeping the exact offsets so every range
// the model reports points at the characters the editor shows.

export interface Line {
  /** 0-based line number */
  n: number;
  /** content without the line terminator */
  text: string;
  /** offset of the line start in the whole text */
  offset: number;
}

/** Splits on \r\n, \n and \r (the three terminators LSP recognises). Never throws. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  let n = 0;
  const len = text.length;
  if (text.indexOf('\r') < 0) {
    // \n only (the usual case): indexOf finds each break far faster than a look at every character
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', start)) {
      lines.push({ n: n++, text: text.slice(start, i), offset: start });
      start = i + 1;
    }
    lines.push({ n, text: text.slice(start), offset: start });
    return lines;
  }
  for (let i = 0; i < len; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      lines.push({ n: n++, text: text.slice(start, i), offset: start });
      if (c === 13 && i + 1 < len && text.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
    }
  }
  lines.push({ n, text: text.slice(start), offset: start });
  return lines;
}

/** Whitespace a drafter uses for layout: ASCII, full-width space (U+3000), NBSP, BOM, tabs. */
export function isSpaceChar(ch: string): boolean {
  return isSpaceCode(ch.charCodeAt(0));
}

/** isSpaceChar by character code: s[i] would allocate a string per CJK character. */
export function isSpaceCode(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x3000 || c === 0xa0 || c === 0xfeff || c === 0x2002 || c === 0x2003;
}

export function leadingSpace(s: string): number {
  let i = 0;
  while (i < s.length && isSpaceCode(s.charCodeAt(i))) i++;
  return i;
}

export function trailingSpaceStart(s: string): number {
  let i = s.length;
  while (i > 0 && isSpaceCode(s.charCodeAt(i - 1))) i--;
  return i;
}

export function isBlank(s: string): boolean {
  return leadingSpace(s) === s.length;
}

/** Content bounds of a line, layout whitespace excluded. */
export function contentBounds(s: string): [number, number] {
  const a = leadingSpace(s);
  if (a === s.length) return [a, a];
  return [a, trailingSpaceStart(s)];
}
