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

const OPEN_SET = new Set(Object.keys(PAIR));
const CLOSE_SET = new Set(Object.keys(CLOSERS));

export function isOpener(ch: string): boolean {
  return OPEN_SET.has(ch);
}

export function isCloser(ch: string): boolean {
  return CLOSE_SET.has(ch);
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

/** A pair cut by another: 《关于“一老一小》” — the “” opens inside 《》 and closes after it. */
export interface Crossing {
  pair: Pair;
  /** the pair that closed in between */
  cutBy: Pair;
}

export interface Scan {
  crossings: Crossing[];
  pairs: Pair[];
  mismatched: Pair[];
  unclosed: Half[];
  stray: Half[];
  nested: Nested[];
  /** 〈…〉 not inside 《…》 */
  angleOutside: Pair[];
}

/** push(...src) overflows the call stack on a line with 200 000 brackets */
function append<T>(dst: T[], src: readonly T[]): void {
  for (const x of src) dst.push(x);
}

/** One shared string per mark: t[i] would allocate a new string for every CJK half. */
const MARK_STRINGS = new Map<number, string>([...OPEN_SET, ...CLOSE_SET].map((c) => [c.charCodeAt(0), c]));

function half(source: Source, offset: number, ch: string): Half {
  return { ch, offset, source };
}

/** one source's findings have the same shape as the whole scan */
type SourceResult = Scan;

/** Every half as a character code: the scan skips other characters without making a string of each. */
const MARK_CODES = new Uint8Array(65536);
for (const c of [...OPEN_SET, ...CLOSE_SET]) MARK_CODES[c.charCodeAt(0)] = 1;

const OPEN_CODES = new Uint8Array(65536);
for (const c of OPEN_SET) OPEN_CODES[c.charCodeAt(0)] = 1;


/** 1) 2) a) — a list marker closed by a lone half-width parenthesis, not half of a pair. */
function enumerator(t: string, i: number): boolean {
  let k = i;
  while (k > 0 && i - k < 3 && /[0-9a-zA-Z]/.test(t[k - 1])) k--;
  return k < i && (k === 0 || /[\s\u3000，。；：、,;:]/.test(t[k - 1]));
}

/** The result for text without a single mark: shared, never written to. */
const EMPTY: SourceResult = Object.freeze({ crossings: [], pairs: [], mismatched: [], unclosed: [], stray: [], nested: [], angleOutside: [] }) as SourceResult;

/** Offset of the first mark at or after `from`, -1 if none. */
function firstMark(t: string, from: number): number {
  for (let i = from; i < t.length; i++) if (MARK_CODES[t.charCodeAt(i)]) return i;
  return -1;
}

export function scanSource(source: Source): SourceResult {
  // one pass over the characters: most paragraphs of a long document hold no bracket at all, and
  // those return here without a test of their whole text beforehand
  const first = firstMark(source.span.text, source.from);
  return first < 0 ? EMPTY : scanFrom(source, first);
}

/** The scan of `source` from its first mark, at `first`. */
function scanFrom(source: Source, first: number): SourceResult {
  const t = source.span.text;
  const r: SourceResult = { crossings: [], pairs: [], mismatched: [], unclosed: [], stray: [], nested: [], angleOutside: [] };
  const stack: Half[] = [];
  // halves left open when an outer pair closed over them, with the pair that did
  const cut: { half: Half; by: Pair }[] = [];
  // open halves by character, with their depths in `stack` alongside, so no lookup walks the stack
  // (two arrays per character, not an object per half: a line can hold 100 000 halves)
  const open = new Map<string, { halves: Half[]; depths: number[] }>();
  const openOf = (ch: string) => {
    let o = open.get(ch);
    if (!o) open.set(ch, (o = { halves: [], depths: [] }));
    return o;
  };
  const pop = (): Half => {
    const h = stack.pop()!;
    const o = openOf(h.ch);
    o.halves.pop();
    o.depths.pop();
    return h;
  };
  // where each half occurs, built on the first mismatch (most texts have none): a binary search
  // answers “what comes next” without rescanning, so a line of many mismatches stays linear
  let positions: Map<string, number[]> | undefined;
  const nextAfter = (ch: string, i: number): number => {
    if (!positions) {
      positions = new Map();
      for (let k = source.from; k < t.length; k++) {
        if (!MARK_CODES[t.charCodeAt(k)]) continue;
        const list = positions.get(t[k]);
        if (list) list.push(k);
        else positions.set(t[k], [k]);
      }
    }
    const list = positions.get(ch);
    if (!list) return Infinity;
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid] <= i) lo = mid + 1;
      else hi = mid;
    }
    return lo < list.length ? list[lo] : Infinity;
  };
  const finish = (o: Half, close: Half, exact: boolean) => {
    const pair = { open: o, close };
    (exact ? r.pairs : r.mismatched).push(pair);
    if (o.ch === '《' || o.ch === '“') {
      const outer = openOf(o.ch).halves[0];
      if (outer) r.nested.push({ kind: o.ch === '《' ? 'book' : 'quote', outer, pair });
    }
    if (o.ch === '〈' && !openOf('《').halves.length) r.angleOutside.push(pair);
  };
  for (let i = first; i < t.length; i++) {
    const code = t.charCodeAt(i);
    if (!MARK_CODES[code]) continue;
    const ch = MARK_STRINGS.get(code)!;
    if (OPEN_CODES[code]) {
      const h = half(source, i, ch);
      const o = openOf(ch);
      o.halves.push(h);
      o.depths.push(stack.length);
      stack.push(h);
      continue;
    }
    if (ch === ')' && !openOf('(').halves.length && enumerator(t, i)) continue;
    const close = half(source, i, ch);
    const top = stack[stack.length - 1];
    if (top && PAIR[top.ch] === ch) {
      finish(pop(), close, true);
      continue;
    }
    const partners = openOf(CLOSERS[ch]).depths;
    if (partners.length) {
      // the openers above the partner were never closed
      const depth = partners[partners.length - 1];
      const above: Half[] = [];
      while (stack.length - 1 > depth) above.push(pop());
      const o = pop();
      finish(o, close, true);
      for (const h of above) cut.push({ half: h, by: { open: o, close } });
      continue;
    }
    const crossed = cut.length ? cut[cut.length - 1] : undefined;
    if (crossed && PAIR[crossed.half.ch] === ch && (!top || top.offset < crossed.half.offset)) {
      cut.pop();
      r.crossings.push({ pair: { open: crossed.half, close }, cutBy: crossed.by });
      continue;
    }
    if (top && category(top.ch) === category(ch)) {
      // 〔)县民政局、…〕: the opener still closes with its own half later, so this half is stray —
      // pairing them would offer a fix that turns the units bracket into 〔〕
      if (nextAfter(PAIR[top.ch], i) < nextAfter(top.ch, i)) {
        r.stray.push(close);
        continue;
      }
      finish(pop(), close, false);
      continue;
    }
    r.stray.push(close);
  }
  append(r.unclosed, stack);
  append(r.unclosed, cut.map((c) => c.half));
  r.unclosed.sort((a, b) => a.offset - b.offset);
  return r;
}

/**
 * Every piece of text to scan, once per start position, handed to `visit` as its parts: the Source
 * object is made only for text that holds a mark (100 000 paragraphs without one make none).
 */
function sources(model: DocumentModel, visit: (span: Span, from: number, kind: Source['kind'], paragraph?: number) => void): void {
  // start positions seen: the first by line in an array (one source per line is the rule), the
  // others, rare, in a map by line
  const first = new Int32Array(model.lineCount).fill(-1);
  const more = new Map<number, number[]>();
  const add = (span: Span, from: number, kind: Source['kind'], paragraph?: number) => {
    const { line, character } = span.range.start;
    const f = first[line];
    if (f < 0) first[line] = character;
    else if (f === character) return;
    else {
      const chars = more.get(line);
      if (!chars) more.set(line, [character]);
      else if (chars.includes(character)) return;
      else chars.push(character);
    }
    visit(span, from, kind, paragraph);
  };
  for (const p of model.paragraphs) add(p, p.heading ? p.heading.marker.length : 0, 'paragraph', p.index);
  for (const t of model.tables) for (const row of t.rows) for (const c of row.cells) add(c, 0, 'cell');
  const titleSpans = [model.notice?.title, model.notice?.addressee, model.notice?.signature, model.planTitle, ...model.attachments.map((a) => a.title), ...model.tables.map((t) => t.title)];
  for (const s of titleSpans) if (s) add(s, 0, 'title');
  if (model.attachmentNote) {
    for (const it of model.attachmentNote.items) {
      const r = it.titleRange;
      if (r.start.line !== r.end.line) continue;
      const span: Span = { text: it.title, segments: [{ line: r.start.line, start: r.start.character, end: r.end.character }], range: r };
      add(span, 0, 'title');
    }
  }
}

/**
 * A paragraph the parser did not join to the next one (a hard wrap with a blank line and no
 * clue) may open a bracket the next paragraph closes: pair the halves left over at the end of
 * one paragraph with those left over at the start of the next.
 */
function pairAcrossWraps(model: DocumentModel, results: readonly (SourceResult | undefined)[], scan: Scan): void {
  for (let index = 0; index + 1 < results.length; index++) {
    const r = results[index];
    const next = results[index + 1];
    if (!r || !next || !r.unclosed.length || !next.stray.length) continue;
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
  const scan: Scan = { crossings: [], pairs: [], mismatched: [], unclosed: [], stray: [], nested: [], angleOutside: [] };
  // by paragraph index (paragraphs come first among the sources, in order), then the others
  const byParagraph: (SourceResult | undefined)[] = new Array(model.paragraphs.length);
  const rest: SourceResult[] = [];
  sources(model, (span, from, kind, paragraph) => {
    const first = firstMark(span.text, from);
    if (first < 0) return; // nothing to pair: the result would be EMPTY
    const r = scanFrom({ span, from, kind, paragraph }, first);
    if (paragraph !== undefined) byParagraph[paragraph] = r;
    else rest.push(r);
  });
  pairAcrossWraps(model, byParagraph, scan);
  // a source's lists are its own (made by scanFrom, read by nothing after this): the first non-empty
  // one of each kind is taken over as it is, not copied (a line of 100 000 pairs is one such list)
  const take = <T>(dst: T[], src: T[]): T[] => {
    if (!dst.length) return src;
    append(dst, src);
    return dst;
  };
  const add = (r: SourceResult) => {
    if (r === EMPTY) return;
    scan.crossings = take(scan.crossings, r.crossings);
    scan.pairs = take(scan.pairs, r.pairs);
    scan.mismatched = take(scan.mismatched, r.mismatched);
    scan.unclosed = take(scan.unclosed, r.unclosed);
    scan.stray = take(scan.stray, r.stray);
    scan.nested = take(scan.nested, r.nested);
    scan.angleOutside = take(scan.angleOutside, r.angleOutside);
  };
  for (const r of byParagraph) if (r) add(r);
  for (const r of rest) add(r);
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
