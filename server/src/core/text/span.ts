// Spans: logical text assembled from pieces of physical lines, with the way back
// from an offset in the joined text to a document position.
import type { Position, Range, Segment, Span } from '../model/types';

export function pos(line: number, character: number): Position {
  return { line, character };
}

export function range(sl: number, sc: number, el: number, ec: number): Range {
  return { start: { line: sl, character: sc }, end: { line: el, character: ec } };
}

export function makeSpan(lines: readonly { text: string }[], segments: Segment[]): Span {
  let text = '';
  for (const s of segments) text += lines[s.line].text.slice(s.start, s.end);
  const first = segments[0];
  const last = segments[segments.length - 1];
  return { text, segments, range: range(first.line, first.start, last.line, last.end) };
}

/** Where each segment starts in the joined text (plus the total), for spans of many segments. */
const starts = new WeakMap<readonly Segment[], Int32Array>();

function segmentStarts(segs: readonly Segment[]): Int32Array {
  let p = starts.get(segs);
  // rebuilt if segments were added since (the length says so)
  if (!p || p.length !== segs.length + 1) {
    p = new Int32Array(segs.length + 1);
    for (let i = 0; i < segs.length; i++) p[i + 1] = p[i] + (segs[i].end - segs[i].start);
    starts.set(segs, p);
  }
  return p;
}

/** Position of offset `off` (0..text.length) of the span's joined text. */
export function spanPos(span: Pick<Span, 'segments'>, off: number): Position {
  const segs = span.segments;
  if (segs.length > 16) {
    // a paragraph wrapped over thousands of lines: binary search, not a walk per position
    const p = segmentStarts(segs);
    let lo = 0;
    let hi = segs.length - 1;
    // the first segment that ends after `off`
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (off < p[mid + 1]) hi = mid;
      else lo = mid + 1;
    }
    if (off < p[lo + 1]) return pos(segs[lo].line, segs[lo].start + (off - p[lo]));
    const last = segs[segs.length - 1];
    return pos(last.line, last.end);
  }
  let acc = 0;
  for (let i = 0; i < segs.length; i++) {
    const s = segs[i];
    const len = s.end - s.start;
    // an offset at a boundary belongs to the end of the earlier segment only when it is the very end
    if (off < acc + len || (off === acc + len && i === segs.length - 1)) {
      return pos(s.line, s.start + (off - acc));
    }
    acc += len;
  }
  const last = segs[segs.length - 1];
  return pos(last.line, last.end);
}

/** Range of [from, to) in the span's joined text. An end offset at a line break stays on the earlier line. */
export function spanRange(span: Pick<Span, 'segments'>, from: number, to: number): Range {
  const segs = span.segments;
  if (segs.length === 1) {
    // most spans are one line: the same positions spanPos works out, without the intermediate one
    const s = segs[0];
    const len = s.end - s.start;
    const start = pos(s.line, from <= len ? s.start + from : s.end);
    if (to <= from) return { start, end: start };
    return { start, end: pos(s.line, to - 1 <= len ? s.start + to : s.end + 1) };
  }
  const start = spanPos(span, from);
  let end: Position;
  if (to <= from) end = start;
  else {
    const p = spanPos(span, to - 1);
    end = pos(p.line, p.character + 1);
  }
  return { start, end };
}

/** Sub-span of [from, to) keeping its own segments (so it can be sliced again). */
export function subSpan(span: Span, from: number, to: number): Span {
  const segments: Segment[] = [];
  let acc = 0;
  for (const s of span.segments) {
    const len = s.end - s.start;
    const a = Math.max(from, acc);
    const b = Math.min(to, acc + len);
    if (a < b) segments.push({ line: s.line, start: s.start + (a - acc), end: s.start + (b - acc) });
    acc += len;
  }
  if (segments.length === 0) {
    const p = spanPos(span, from);
    segments.push({ line: p.line, start: p.character, end: p.character });
  }
  return { text: span.text.slice(from, to), segments, range: spanRange(span, from, to) };
}

export function comparePos(a: Position, b: Position): number {
  return a.line - b.line || a.character - b.character;
}

export function containsPos(r: Range, p: Position): boolean {
  return comparePos(r.start, p) <= 0 && comparePos(p, r.end) <= 0;
}

/** The same lines and columns, segment by segment (two versions of a text that did not move). */
export function sameSegments(a: readonly Segment[], b: readonly Segment[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const s = a[i];
    const t = b[i];
    if (s.line !== t.line || s.start !== t.start || s.end !== t.end) return false;
  }
  return true;
}
