// The smallest single edit that turns one text into another: common prefix and suffix kept,
// the middle replaced. Used when several fix passes compose into one change.
import type { Position } from '../model/types';
import type { TextEdit } from '../rules/types';
import { splitLines } from './lines';

export function positionAt(lineOffsets: readonly number[], offset: number): Position {
  let lo = 0;
  let hi = lineOffsets.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineOffsets[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo, character: offset - lineOffsets[lo] };
}

export function minimalEdit(before: string, after: string): TextEdit | undefined {
  if (before === after) return undefined;
  let p = 0;
  const max = Math.min(before.length, after.length);
  while (p < max && before.charCodeAt(p) === after.charCodeAt(p)) p++;
  // never split a surrogate pair or a \r\n
  if (p > 0 && (/[\ud800-\udbff]/.test(before[p - 1]) || (before[p - 1] === '\r' && before[p] === '\n'))) p--;
  let s = 0;
  while (s < max - p && before.charCodeAt(before.length - 1 - s) === after.charCodeAt(after.length - 1 - s)) s++;
  if (s > 0 && (/[\udc00-\udfff]/.test(before[before.length - s]) || (before[before.length - s] === '\n' && before[before.length - s - 1] === '\r'))) s--;
  const offsets = splitLines(before).map((l) => l.offset);
  return {
    range: { start: positionAt(offsets, p), end: positionAt(offsets, before.length - s) },
    newText: after.slice(p, after.length - s),
  };
}
