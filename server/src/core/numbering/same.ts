// What the numbering checks read of the headings, compared between two versions of a document, so
// their last findings can stand (engine/lastResult.ts KeptResult).
import type { Heading, Range, Span, Table } from '../model/types';
import { sameSegments } from '../text/span';

function sameRange(a: Range, b: Range): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}

/** Same text, lying in the same place: what a finding's message and range are made from. */
export function sameSpan(a: Span | undefined, b: Span | undefined): boolean {
  if (a === b) return true;
  return !!a && !!b && a.text === b.text && sameSegments(a.segments, b.segments);
}

/**
 * Every heading in the same place in the hierarchy, with the same ordinal and marker written the
 * same way at the same place: all that the numbering checks (sequence, style, level) read of them.
 */
export function sameHeadings(a: readonly Heading[], b: readonly Heading[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (x === y) continue;
    if (x.level !== y.level || x.ordinal !== y.ordinal || x.parent !== y.parent || x.paragraph !== y.paragraph || x.region !== y.region || x.attachment !== y.attachment) return false;
    if (x.marker !== y.marker || x.line !== y.line || x.range.start.line !== y.range.start.line || !sameRange(x.markerRange, y.markerRange)) return false;
    const s = x.style;
    const t = y.style;
    if (s.parens !== t.parens || s.separator !== t.separator || s.fullWidthDigits !== t.fullWidthDigits || s.spaceAfter !== t.spaceAfter) return false;
  }
  return true;
}

/** A table's 序号 column as the numbering checks read it: the 序号 cells, where they lie, and the title. */
export function sameSeqColumn(a: Table, b: Table): boolean {
  if (a.seqColumn !== b.seqColumn || a.title?.text !== b.title?.text) return false;
  // the parser hands over an unchanged table's rows as the same array
  if (a.rows === b.rows || a.seqColumn !== 0) return true;
  if (a.rows.length !== b.rows.length) return false;
  for (let i = 0; i < a.rows.length; i++) {
    const r = a.rows[i];
    const q = b.rows[i];
    if (r.kind !== q.kind || r.seq !== q.seq || !sameSpan(r.cells[0], q.cells[0])) return false;
  }
  return true;
}
