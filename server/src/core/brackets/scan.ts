// One pass over every piece of text (paragraphs joined across hard wraps, table cells, titles)
// pairing brackets, quotation marks and book-title marks. The four bracket checks read its result.
import type { DocumentModel, Range, Span } from '../model/types';
import { spanRange } from '../text/span';

export const PAIR: Record<string, string> = {
  '（': '）', '(': ')', '〔': '〕', '[': ']', '［': '］', '【': '】',
  '《': '》', '〈': '〉', '“': '”', '‘': '’', '「': '」', '『': '』',
};
const CLOSERS: Record<string, string> = Object.fromEntries(Object.entries(PAIR).map(([o, c]) => [c, o]));

/** Halves that can be confused with one another: a （ closed by ) or 〕 is a mismatched pair. */
function category(ch: string): 'bracket' | 'book' | 'quote' {
  if ('《》〈〉'.includes(ch)) return 'book';
  if ('“”‘’'.includes(ch)) return 'quote';
  return 'bracket';
}

export function isOpener(ch: string): boolean {
  return ch in PAIR;
}

export function isCloser(ch: string): boolean {
  return ch in CLOSERS;
}

export interface Source {
  span: Span;
  /** where scanning starts (after a heading marker, which numbering/mixed-style checks) */
  from: number;
  kind: 'paragraph' | 'cell' | 'title';
  /** paragraph index for paragraphs, so an unjoined hard wrap can still pair */
  paragraph?: number;
}

export interface Half {
  ch: string;
  offset: number;
  source: Source;
}

/** Document range of one half (computed when reported: a long line can hold many halves). */
export function halfRange(h: Half): Range {
  return spanRange(h.source.span, h.offset, h.offset + 1);
}

export interface Pair {
  open: Half;
  close: Half;
}

export interface Nested {
  kind: 'book' | 'quote';
  outer: Half;
  pair: Pair;
}

export interface Scan {
  pairs: Pair[];
  mismatched: Pair[];
  unclosed: Half[];
  stray: Half[];
  nested: Nested[];
  /** 〈…〉 not inside 《…》 */
  angleOutside: Pair[];
}

function half(source: Source, offset: number): Half {
  return { ch: source.span.text[offset], offset, source };
}

interface SourceResult {
  pairs: Pair[];
  mismatched: Pair[];
  unclosed: Half[];
  stray: Half[];
  nested: Nested[];
  angleOutside: Pair[];
}

export function scanSource(source: Source): SourceResult {
  const r: SourceResult = { pairs: [], mismatched: [], unclosed: [], stray: [], nested: [], angleOutside: [] };
  const stack: Half[] = [];
  // open halves by character, each with its depth in `stack`, so no lookup walks the stack
  const open = new Map<string, { half: Half; depth: number }[]>();
  const openOf = (ch: string) => open.get(ch) ?? open.set(ch, []).get(ch)!;
  const pop = (): Half => {
    const h = stack.pop()!;
    openOf(h.ch).pop();
    return h;
  };
  const t = source.span.text;
  const finish = (o: Half, close: Half, exact: boolean) => {
    const pair = { open: o, close };
    (exact ? r.pairs : r.mismatched).push(pair);
    if (o.ch === '《' || o.ch === '“') {
      const outer = openOf(o.ch)[0];
      if (outer) r.nested.push({ kind: o.ch === '《' ? 'book' : 'quote', outer: outer.half, pair });
    }
    if (o.ch === '〈' && !openOf('《').length) r.angleOutside.push(pair);
  };
  for (let i = source.from; i < t.length; i++) {
    const ch = t[i];
    if (isOpener(ch)) {
      const h = half(source, i);
      openOf(ch).push({ half: h, depth: stack.length });
      stack.push(h);
      continue;
    }
    if (!isCloser(ch)) continue;
    const close = half(source, i);
    const top = stack[stack.length - 1];
    if (top && PAIR[top.ch] === ch) {
      finish(pop(), close, true);
      continue;
    }
    const partners = openOf(CLOSERS[ch]);
    if (partners.length) {
      // the openers above the partner were never closed
      const depth = partners[partners.length - 1].depth;
      while (stack.length - 1 > depth) r.unclosed.push(pop());
      finish(pop(), close, true);
      continue;
    }
    if (top && category(top.ch) === category(ch)) {
      finish(pop(), close, false);
      continue;
    }
    r.stray.push(close);
  }
  r.unclosed.push(...stack);
  r.unclosed.sort((a, b) => a.offset - b.offset);
  return r;
}

function sources(model: DocumentModel): Source[] {
  const out: Source[] = [];
  const seen = new Set<string>();
  const add = (s: Source) => {
    const k = `${s.span.range.start.line}:${s.span.range.start.character}`;
    if (seen.has(k)) return;
    seen.add(k);
    out.push(s);
  };
  for (const p of model.paragraphs) {
    const from = p.heading ? p.heading.marker.length : 0;
    add({ span: p, from, kind: 'paragraph', paragraph: p.index });
  }
  for (const t of model.tables) for (const row of t.rows) for (const c of row.cells) add({ span: c, from: 0, kind: 'cell' });
  const titleSpans = [model.notice?.title, model.notice?.addressee, model.notice?.signature, model.planTitle, ...model.attachments.map((a) => a.title), ...model.tables.map((t) => t.title)];
  for (const s of titleSpans) if (s) add({ span: s, from: 0, kind: 'title' });
  if (model.attachmentNote) {
    for (const it of model.attachmentNote.items) {
      const r = it.titleRange;
      if (r.start.line !== r.end.line) continue;
      const span: Span = { text: it.title, segments: [{ line: r.start.line, start: r.start.character, end: r.end.character }], range: r };
      add({ span, from: 0, kind: 'title' });
    }
  }
  return out;
}

/**
 * A paragraph the parser did not join to the next one (a hard wrap with a blank line and no
 * clue) may open a bracket the next paragraph closes: pair the halves left over at the end of
 * one paragraph with those left over at the start of the next.
 */
function pairAcrossWraps(model: DocumentModel, results: Map<number, SourceResult>, scan: Scan): void {
  for (const [index, r] of results) {
    const next = results.get(index + 1);
    if (!next || !r.unclosed.length || !next.stray.length) continue;
    const p = model.paragraphs[index];
    const q = model.paragraphs[index + 1];
    if (p.region !== q.region || q.heading) continue;
    while (r.unclosed.length && next.stray.length) {
      const open = r.unclosed[r.unclosed.length - 1];
      const close = next.stray[0];
      if (PAIR[open.ch] === close.ch) scan.pairs.push({ open, close });
      else if (category(open.ch) === category(close.ch)) scan.mismatched.push({ open, close });
      else break;
      r.unclosed.pop();
      next.stray.shift();
    }
  }
}

export function scanDocument(model: DocumentModel): Scan {
  const scan: Scan = { pairs: [], mismatched: [], unclosed: [], stray: [], nested: [], angleOutside: [] };
  const byParagraph = new Map<number, SourceResult>();
  const rest: SourceResult[] = [];
  for (const s of sources(model)) {
    const r = scanSource(s);
    if (s.paragraph !== undefined) byParagraph.set(s.paragraph, r);
    else rest.push(r);
  }
  pairAcrossWraps(model, byParagraph, scan);
  for (const r of [...byParagraph.values(), ...rest]) {
    scan.pairs.push(...r.pairs);
    scan.mismatched.push(...r.mismatched);
    scan.unclosed.push(...r.unclosed);
    scan.stray.push(...r.stray);
    scan.nested.push(...r.nested);
    scan.angleOutside.push(...r.angleOutside);
  }
  return scan;
}

export function sharedScan(model: DocumentModel, shared: Map<string, unknown>): Scan {
  const key = 'brackets/scan';
  let v = shared.get(key) as Scan | undefined;
  if (!v) {
    v = scanDocument(model);
    shared.set(key, v);
  }
  return v;
}
