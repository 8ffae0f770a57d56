// Where a part of the document ends: a heading's section (the heading and everything under it),
// an attachment, the plan body. Outline and folding need the same answer, so it lives here once.
import type { DocumentModel, Heading, Position, Range } from '../model/types';
import { comparePos } from '../text/span';
import { splitLines } from '../text/lines';

/** Ranges of the content that occupies lines: paragraphs and tables, in document order. */
function contentRanges(model: DocumentModel): Range[] {
  const out = [...model.paragraphs.map((p) => p.range), ...model.tables.map((t) => (t.title ? { start: t.title.range.start, end: t.range.end } : t.range))];
  return out.sort((a, b) => comparePos(a.start, b.start));
}

/** The last content position at or after `from` and strictly before line `boundary`. */
function lastContentEnd(model: DocumentModel, from: Position, boundary: number, cache = contentRanges(model)): Position | undefined {
  let end: Position | undefined;
  for (const r of cache) {
    if (r.start.line >= boundary) break;
    if (comparePos(r.start, from) < 0) continue;
    const e = r.end.line >= boundary ? { line: boundary - 1, character: Number.MAX_SAFE_INTEGER } : r.end;
    if (!end || comparePos(e, end) > 0) end = e;
  }
  return end;
}

/** Lines where a part of the document starts: a new scope for headings. */
function partStarts(model: DocumentModel): number[] {
  const out: number[] = [];
  if (model.attachmentNote) out.push(model.attachmentNote.range.start.line);
  for (const a of model.attachments) out.push(a.labelRange.start.line);
  if (model.banji) out.push(model.banji.range.start.line);
  return out.sort((a, b) => a - b);
}


export interface Sections {
  /** heading index → the range from its marker to the end of its last descendant's content */
  heading: Range[];
  /** attachment number → the range from its label to its last content */
  attachment: Map<number, Range>;
  /** the plan body: from the plan title (or the first body paragraph) to the last body content */
  body?: Range;
}

/** The line just after the heading's subtree: the next heading that is not a descendant, or a new part. */
function boundaryLine(model: DocumentModel, h: Heading, parts: number[]): number {
  let boundary = model.lineCount;
  for (let i = h.index + 1; i < model.headings.length; i++) {
    const x = model.headings[i];
    if (x.region !== h.region || x.attachment !== h.attachment || x.level <= h.level) {
      boundary = x.line;
      break;
    }
  }
  for (const p of parts) if (p > h.line && p < boundary) boundary = p;
  return boundary;
}

export function computeSections(model: DocumentModel): Sections {
  const lineLengths = splitLines(model.text).map((l) => l.text.length);
  // a table that runs into the next part is cut at the line before it
  const clampToLine = (_m: DocumentModel, p: Position): Position =>
    p.character === Number.MAX_SAFE_INTEGER ? { line: p.line, character: lineLengths[p.line] ?? 0 } : p;
  const ranges = contentRanges(model);
  const parts = partStarts(model);
  const heading = model.headings.map((h) => {
    const end = lastContentEnd(model, h.range.start, boundaryLine(model, h, parts), ranges) ?? h.range.end;
    const e = clampToLine(model, end);
    return { start: h.markerRange.start, end: comparePos(e, h.range.end) < 0 ? h.range.end : e };
  });
  const attachment = new Map<number, Range>();
  model.attachments.forEach((a, i) => {
    const next = model.attachments[i + 1]?.labelRange.start.line ?? model.banji?.range.start.line ?? model.lineCount;
    const end = lastContentEnd(model, a.labelRange.start, next, ranges) ?? a.labelRange.end;
    const e = clampToLine(model, end);
    attachment.set(a.number, { start: a.labelRange.start, end: comparePos(e, a.labelRange.end) < 0 ? a.labelRange.end : e });
  });
  let body: Range | undefined;
  const bodyParas = model.paragraphs.filter((p) => p.region === 'body');
  const bodyTables = model.tables.filter((t) => t.attachment === undefined);
  const start = model.planTitle?.range.start ?? bodyParas[0]?.range.start ?? bodyTables[0]?.range.start;
  if (start) {
    const stop = parts.find((p) => p > start.line) ?? model.lineCount;
    const end = lastContentEnd(model, start, stop, ranges);
    if (end) body = { start, end: clampToLine(model, end) };
  }
  return { heading, attachment, body };
}
