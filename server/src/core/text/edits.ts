// Applying text edits given in LSP positions: used by fixAll, `gongwen check --fix` and tests.
import type { Position } from '../model/types';
import type { TextEdit } from '../rules/types';
import { splitLines } from './lines';

export function offsetAt(lineOffsets: number[], text: string, p: Position): number {
  if (p.line >= lineOffsets.length) return text.length;
  const start = lineOffsets[p.line];
  const next = p.line + 1 < lineOffsets.length ? lineOffsets[p.line + 1] : text.length;
  return Math.min(start + p.character, next);
}

/** Applies non-overlapping edits; throws on overlap (a bug in a fix, never silently merged). */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const offsets = splitLines(text).map((l) => l.offset);
  const spans = edits
    .map((e) => ({ from: offsetAt(offsets, text, e.range.start), to: offsetAt(offsets, text, e.range.end), text: e.newText }))
    .sort((a, b) => a.from - b.from || a.to - b.to);
  let out = '';
  let at = 0;
  for (const s of spans) {
    if (s.from < at) throw new Error(`overlapping edits at offset ${s.from}`);
    out += text.slice(at, s.from) + s.text;
    at = s.to;
  }
  return out + text.slice(at);
}

/** Picks edits that do not overlap earlier ones (first come, first served). */
export function nonOverlapping<T extends { edits: readonly TextEdit[] }>(fixes: readonly T[], text: string): T[] {
  const offsets = splitLines(text).map((l) => l.offset);
  const taken: [number, number][] = [];
  const out: T[] = [];
  for (const f of fixes) {
    const spans = f.edits.map((e) => [offsetAt(offsets, text, e.range.start), offsetAt(offsets, text, e.range.end)] as [number, number]);
    const clash = spans.some(([a, b]) => taken.some(([x, y]) => a < y && x < b || (a === b && a >= x && a < y) || (x === y && x >= a && x < b) || (a === x && b === y)));
    if (clash) continue;
    taken.push(...spans);
    out.push(f);
  }
  return out;
}
