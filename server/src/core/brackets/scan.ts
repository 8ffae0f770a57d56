// One pass over every piece of text (paragraphs joined across hard wraps, table cells, titles)
// pairing brackets, quotation marks and book-title marks. The four bracket checks read its result.
//
// Each piece's scan depends on its text (and where scanning starts) alone, so it is cached by that
// text with offsets relative to it: after a keystroke only the edited paragraph is scanned again.
// What the checks report (mismatches, lone halves, nesting …) is rare and is turned into Half
// objects per version; the many well-formed pairs stay in the cached arrays, which the
// half-width check reads as they are.
import type { DocumentModel, Paragraph, Range, Span, TableRow } from '../model/types';
import { onClearMemos } from '../text/memo';
import { sameSegments, spanRange } from '../text/span';
import { holdsSorted } from '../text/sorted';

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

/**
 * One piece of text's scan, offsets relative to its text. Cached by the text and shared between
 * versions and documents: never written to. Flat number arrays, not an object per half (a line
 * can hold 100 000 halves).
 */
export interface LocalScan {
  /** opening offsets of the well-formed （） pairs, ascending (half-width counts them) */
  fullRound: readonly number[];
  /** the well-formed ( ) pairs with Chinese text inside, as open, close, open, close … */
  halfHan: readonly number[];
  /** pairs whose halves differ in kind or width: open, close, … */
  mismatched: readonly number[];
  /** opening halves left open, ascending */
  unclosed: readonly number[];
  /** closing halves without an opener, in order */
  stray: readonly number[];
  /** a 《》 in a 《》 or a “” in a “”: outer, open, close, … */
  nested: readonly number[];
  /** 〈〉 not inside 《》: open, close, … */
  angleOutside: readonly number[];
  /** a pair cut by another: open, close, cut-by open, cut-by close, … */
  crossings: readonly number[];
}

/** A piece of text that holds marks, with its cached scan. */
export interface ScannedSource {
  source: Source;
  local: LocalScan;
}

/**
 * The well-formed pairs one paragraph's unclosed halves make with the next one's stray halves, as offsets
 * (open in `open`'s text, close in `close`'s, open, close, …): a Pair object is made only for the few a
 * check reports (two lines of 50 000 （ and ）made 150 000 objects).
 */
export interface WrapPairs {
  open: Source;
  close: Source;
  offsets: number[];
}

export interface Scan {
  /** every piece of text that holds a mark, in scan order (paragraphs first, by index) */
  sources: ScannedSource[];
  /** well-formed pairs across a hard wrap the parser did not join (the halves are in no list above) */
  wrapPairs: WrapPairs[];
  crossings: Crossing[];
  mismatched: Pair[];
  unclosed: Half[];
  stray: Half[];
  nested: Nested[];
  /** 〈…〉 not inside 《…》 */
  angleOutside: Pair[];
}

/** One shared string per mark: t[i] would allocate a new string for every CJK half. */
const MARK_STRINGS: string[] = [];
for (const c of [...OPEN_SET, ...CLOSE_SET]) MARK_STRINGS[c.charCodeAt(0)] = c;

/** Every half as a character code: the scan skips other characters without making a string of each. */
const MARK_CODES = new Uint8Array(65536);
for (const c of [...OPEN_SET, ...CLOSE_SET]) MARK_CODES[c.charCodeAt(0)] = 1;

const OPEN_CODES = new Uint8Array(65536);
for (const c of OPEN_SET) OPEN_CODES[c.charCodeAt(0)] = 1;

/** The partner of each half, by code: opener → closer and closer → opener. */
const PARTNER = new Int32Array(65536);
for (const [o, c] of Object.entries(PAIR)) {
  PARTNER[o.charCodeAt(0)] = c.charCodeAt(0);
  PARTNER[c.charCodeAt(0)] = o.charCodeAt(0);
}

/** category() by code: 1 bracket, 2 book, 3 quote. */
const CATEGORY = new Uint8Array(65536);
for (const c of [...OPEN_SET, ...CLOSE_SET]) CATEGORY[c.charCodeAt(0)] = category(c) === 'book' ? 2 : category(c) === 'quote' ? 3 : 1;

const FULL_OPEN = 0xff08; // （
const HALF_OPEN = 0x28; // (
const HALF_CLOSE = 0x29; // )
const FULL_CLOSE = 0xff09; // ）
const BOOK_OPEN = 0x300a; // 《
const QUOTE_OPEN = 0x201c; // “
const ANGLE_OPEN = 0x3008; // 〈

/** 1) 2) a) 1） — a list marker closed by a lone parenthesis, not half of a pair. */
function enumerator(t: string, i: number): boolean {
  let k = i;
  while (k > 0 && i - k < 3 && /[0-9a-zA-Z０-９]/.test(t[k - 1])) k--;
  return k < i && (k === 0 || /[\s\u3000，。；：、,;:]/.test(t[k - 1]));
}

/** Offset of the first mark at or after `from`, -1 if none. */
function firstMark(t: string, from: number): number {
  for (let i = from; i < t.length; i++) if (MARK_CODES[t.charCodeAt(i)]) return i;
  return -1;
}

/** Each mark's slot (0 …) in the per-character lists below, -1 for other characters. */
const SLOT = new Int8Array(65536).fill(-1);
let slots = 0;
for (const c of [...OPEN_SET, ...CLOSE_SET]) SLOT[c.charCodeAt(0)] = slots++;

/**
 * Working state of scanText, reused by every call (a scan never runs inside another), kept with
 * counts rather than array lengths (setting a length to 0 drops an array's storage): a text's scan
 * then allocates only what it keeps, and most of its lists are empty, so they are one shared array.
 * On a first reading of 1 MB a fresh set of lists per text was most of what the scan allocated.
 */
class List {
  items: number[] = [];
  n = 0;
  push(a: number): void {
    this.items[this.n++] = a;
  }
  push2(a: number, b: number): void {
    this.items[this.n++] = a;
    this.items[this.n++] = b;
  }
  /** What a scan keeps of it: a copy, or the shared empty list. */
  kept(): readonly number[] {
    return this.n ? this.items.slice(0, this.n) : NONE;
  }
}

const NONE: readonly number[] = Object.freeze([]);

const fullRound = new List();
const halfHan = new List();
const mismatched = new List();
const stray = new List();
const nested = new List();
const angleOutside = new List();
const crossings = new List();
// halves left open when an outer pair closed over them, with the pair that did: half, open, close, …
const cut = new List();
/**
 * The open halves, innermost last (`depth` of them), each with the position below it of the
 * nearest open half of the same mark; per mark, the innermost and the outermost one's position
 * (-1: none open). So “is one open, where, at what depth” is answered without walking the stack.
 */
let stack = new Int32Array(64);
let belowSame = new Int32Array(64);
let depth = 0;
const innermost = new Int32Array(slots).fill(-1);
const outermost = new Int32Array(slots).fill(-1);

function pushOpen(i: number, slot: number): void {
  if (depth === stack.length) {
    const grown = new Int32Array(depth * 2);
    grown.set(stack);
    stack = grown;
    const below = new Int32Array(depth * 2);
    below.set(belowSame);
    belowSame = below;
  }
  stack[depth] = i;
  belowSame[depth] = innermost[slot];
  if (innermost[slot] < 0) outermost[slot] = depth;
  innermost[slot] = depth;
  depth++;
}

function popOpen(t: string): number {
  depth--;
  const h = stack[depth];
  const slot = SLOT[t.charCodeAt(h)];
  innermost[slot] = belowSame[depth];
  if (innermost[slot] < 0) outermost[slot] = -1;
  return h;
}

/** Whether t[from, to) holds a Chinese character (no slice made to test it). */
export function hasHan(t: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = t.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff) return true;
  }
  return false;
}

function finish(t: string, o: number, close: number, exact: boolean): void {
  const oc = t.charCodeAt(o);
  if (!exact) mismatched.push2(o, close);
  else if (oc === FULL_OPEN) fullRound.push(o);
  else if (oc === HALF_OPEN && hasHan(t, o + 1, close)) halfHan.push2(o, close);
  if (oc === BOOK_OPEN || oc === QUOTE_OPEN) {
    const outer = outermost[SLOT[oc]];
    if (outer >= 0) {
      nested.push2(stack[outer], o);
      nested.push(close);
    }
  }
  if (oc === ANGLE_OPEN && innermost[SLOT[BOOK_OPEN]] < 0) angleOutside.push2(o, close);
}

/**
 * Drops the nested pairs whose outer half never closes: in 按照《关于…意见和《国务院…意见》《…规划》 the first 《
 * lacks its 》 (brackets/unbalanced says so), and the titles after it are not inside a title — read as nested,
 * their safe fix would turn every one of them into 〈〉. `unclosed` is ascending: searched by halves, since a
 * text can hold thousands of unclosed halves and of nested pairs at once.
 */
function keepNestedInClosed(unclosed: readonly number[]): void {
  const items = nested.items;
  let w = 0;
  for (let k = 0; k < nested.n; k += 3) {
    if (holdsSorted(unclosed, items[k])) continue;
    items[w] = items[k];
    items[w + 1] = items[k + 1];
    items[w + 2] = items[k + 2];
    w += 3;
  }
  nested.n = w;
}

function ascending(list: readonly number[]): boolean {
  for (let i = 1; i < list.length; i++) if (list[i - 1] > list[i]) return false;
  return true;
}

/**
 * Where each half occurs in the text being scanned (from `from`), built on its first mismatch (most texts have
 * none): a binary search answers “what comes next” without rescanning, so a line of many mismatches stays
 * linear. Module state reset by each scan, not a closure made per text.
 */
let positions: Map<number, number[]> | undefined;

function nextAfter(t: string, from: number, code: number, i: number): number {
  if (!positions) {
    positions = new Map();
    for (let k = from; k < t.length; k++) {
      const c = t.charCodeAt(k);
      if (!MARK_CODES[c]) continue;
      const list = positions.get(c);
      if (list) list.push(k);
      else positions.set(c, [k]);
    }
  }
  const list = positions.get(code);
  if (!list) return Infinity;
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid] <= i) lo = mid + 1;
    else hi = mid;
  }
  return lo < list.length ? list[lo] : Infinity;
}

/**
 * The scan of a text whose marks all pair up with nothing to count (〔…〕, 《…》, “…”: half the texts that hold a
 * mark): one object for all of them (not frozen: one shape with every other scan), which makes no source.
 */
const EMPTY: LocalScan = { fullRound: NONE, halfHan: NONE, mismatched: NONE, unclosed: NONE, stray: NONE, nested: NONE, angleOutside: NONE, crossings: NONE };

/** The scan of `t` from its first mark, at `first` (`from`: where scanning starts). */
function scanText(t: string, from: number, first: number): LocalScan {
  fullRound.n = halfHan.n = mismatched.n = stray.n = nested.n = angleOutside.n = crossings.n = cut.n = 0;
  depth = 0;
  innermost.fill(-1);
  outermost.fill(-1);
  positions = undefined;
  const c = cut.items;
  for (let i = first; i < t.length; i++) {
    const code = t.charCodeAt(i);
    if (!MARK_CODES[code]) continue;
    if (OPEN_CODES[code]) {
      pushOpen(i, SLOT[code]);
      continue;
    }
    if (code === HALF_CLOSE && innermost[SLOT[HALF_OPEN]] < 0 && enumerator(t, i)) continue;
    // 1）完善设施；2）提升质量: drafters close list markers with the full-width mark too
    if (code === FULL_CLOSE && innermost[SLOT[FULL_OPEN]] < 0 && enumerator(t, i)) continue;
    const top = depth ? stack[depth - 1] : -1;
    const topCode = top >= 0 ? t.charCodeAt(top) : 0;
    if (top >= 0 && PARTNER[topCode] === code) {
      finish(t, popOpen(t), i, true);
      continue;
    }
    const partner = innermost[SLOT[PARTNER[code]]];
    if (partner >= 0) {
      // the openers above the partner were never closed
      const above: number[] = [];
      while (depth - 1 > partner) above.push(popOpen(t));
      const o = popOpen(t);
      finish(t, o, i, true);
      for (const h of above) {
        cut.push2(h, o);
        cut.push(i);
      }
      continue;
    }
    if (cut.n) {
      const crossed = c[cut.n - 3];
      if (PARTNER[t.charCodeAt(crossed)] === code && (top < 0 || top < crossed)) {
        crossings.push2(crossed, i);
        crossings.push2(c[cut.n - 2], c[cut.n - 1]);
        cut.n -= 3;
        continue;
      }
    }
    if (top >= 0 && CATEGORY[topCode] === CATEGORY[code]) {
      // 〔)县民政局、…〕: the opener still closes with its own half later, so this half is stray —
      // pairing them would offer a fix that turns the units bracket into 〔〕
      if (nextAfter(t, from, PARTNER[topCode], i) < nextAfter(t, from, topCode, i)) {
        stray.push(i);
        continue;
      }
      finish(t, popOpen(t), i, false);
      continue;
    }
    stray.push(i);
  }
  let unclosed: readonly number[] = NONE;
  if (depth || cut.n) {
    const u: number[] = [];
    for (let k = 0; k < depth; k++) u.push(stack[k]);
    for (let k = 0; k < cut.n; k += 3) u.push(c[k]);
    if (cut.n) u.sort((a, b) => a - b);
    unclosed = u;
    if (nested.n) keepNestedInClosed(u);
  }
  if (unclosed === NONE && !fullRound.n && !halfHan.n && !mismatched.n && !stray.n && !nested.n && !angleOutside.n && !crossings.n) return EMPTY;
  const round = fullRound.kept();
  // pairs are recorded as they close, so only nested ones come out of order: sorting allocates, checking does not
  if (!ascending(round)) (round as number[]).sort((a, b) => a - b);
  return {
    fullRound: round,
    halfHan: halfHan.kept(),
    mismatched: mismatched.kept(),
    unclosed,
    stray: stray.kept(),
    nested: nested.kept(),
    angleOutside: angleOutside.kept(),
    crossings: crossings.kept(),
  };
}

/**
 * The scan of `text` from `from`, or null when no mark follows `from` (most text: nothing to pair).
 * Not cached by text: looking a text up costs a hash of all of it, as much as the scan, and storing it a
 * copy of it; what is worth keeping, a paragraph or cell that did not change, is found at its place in
 * the last version's readings (scanParagraphs, scanCells) without either.
 */
function localScan(text: string, from: number): LocalScan | null {
  const first = firstMark(text, from);
  return first < 0 ? null : scanText(text, from, first);
}

/**
 * The last version's paragraphs as read here, by index: after a keystroke every other paragraph has
 * the same text, and comparing it with the one read at its place (by identity when the parser hands
 * over the same string; else the characters, which still beats finding its first mark and hashing it)
 * settles it without the memo. Two sets of arrays, swapped at each version, so none is allocated.
 */
interface ParagraphReadings {
  count: number;
  texts: string[];
  froms: number[];
  locals: (LocalScan | null)[];
  /** the source made for it, reused while its text lies where it did */
  scanned: (ScannedSource | undefined)[];
}

const emptyReadings = (): ParagraphReadings => ({ count: 0, texts: [], froms: [], locals: [], scanned: [] });
let lastParagraphs = emptyReadings();
let nextParagraphs = emptyReadings();

/**
 * A table's cells, read once per rows array: the parser hands over an unchanged table's rows as the same
 * array (cells, positions and all), so its sources, made once, serve every later version as they are. A
 * table typed in is read again, each cell compared with the one at its place in the table's last reading.
 */
interface TableReadings {
  rows: readonly TableRow[];
  /** per cell in row order: its text, its scan (null: no mark) and its source when it holds a mark */
  texts: string[];
  locals: (LocalScan | null)[];
  scanned: (ScannedSource | null)[];
}

let lastTables: TableReadings[] = [];

onClearMemos(() => {
  // forgotten by their count: the arrays are kept, so a cold analysis does not grow them again
  lastParagraphs.count = 0;
  nextParagraphs.count = 0;
  lastTables = [];
});

/**
 * Start positions seen this version (one piece of text per start position is scanned): the first by
 * line in an array (one source per line is the rule), the others, rare, in a map by line. Reused.
 */
let firstByLine = new Int32Array(0);
let moreByLine: Map<number, number[]> | undefined;

function resetSeen(lineCount: number): void {
  if (firstByLine.length < lineCount) firstByLine = new Int32Array(Math.max(lineCount, firstByLine.length * 2));
  firstByLine.fill(-1, 0, lineCount);
  moreByLine = undefined;
}

/**
 * Whether no earlier piece of text this version started where `span` does (and remembers it). A paragraph
 * without a mark is not remembered (most are, and reading each one's position cost as much as the rest of
 * its reading): a cell or title with a mark asks paragraphAt as well.
 */
function fresh(span: Span): boolean {
  const { line, character } = span.range.start;
  const f = firstByLine[line];
  if (f < 0) {
    firstByLine[line] = character;
    return true;
  }
  if (f === character) return false;
  const chars = (moreByLine ??= new Map()).get(line);
  if (!chars) moreByLine.set(line, [character]);
  else if (chars.includes(character)) return false;
  else chars.push(character);
  return true;
}

/** Whether a paragraph starts where `span` does (paragraphs lie in document order: searched by halves). */
function paragraphAt(paragraphs: readonly Paragraph[], span: Span): boolean {
  const { line, character } = span.range.start;
  let lo = 0;
  let hi = paragraphs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const s = paragraphs[mid].range.start;
    if (s.line < line || (s.line === line && s.character < character)) lo = mid + 1;
    else hi = mid;
  }
  if (lo === paragraphs.length) return false;
  const s = paragraphs[lo].range.start;
  return s.line === line && s.character === character;
}

/** Where a paragraph's scan starts: after its heading marker. */
function startOf(p: Paragraph): number {
  return p.heading ? p.heading.marker.length : 0;
}

/** Where the paragraph at `i` with `text` was read last version (at `i`, or at the index shifted by `shift`), -1 if neither. */
function lastIndex(last: ParagraphReadings, i: number, shift: number, text: string): number {
  if (i < last.count && last.texts[i] === text) return i;
  const j = i - shift;
  return shift !== 0 && j >= 0 && j < last.count && last.texts[j] === text ? j : -1;
}

function scanParagraphs(model: DocumentModel, scan: Scan): void {
  const paragraphs = model.paragraphs;
  const next = nextParagraphs;
  const last = lastParagraphs;
  // a paragraph added or removed above shifts the rest by one: they are looked for there too
  const shift = paragraphs.length - last.count;
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i];
    const text = p.text;
    // where the scan starts (after a heading marker) is read only for a text that holds a mark, most hold
    // none: -1 then, for a text that reads the same from anywhere
    let from = -1;
    let local: LocalScan | null = null;
    const j = lastIndex(last, i, shift, text);
    if (j >= 0 && (last.froms[j] < 0 || last.froms[j] === startOf(p))) {
      from = last.froms[j];
      local = last.locals[j];
    } else {
      const any = firstMark(text, 0);
      if (any >= 0) {
        from = startOf(p);
        const first = any >= from ? any : firstMark(text, from);
        if (first >= 0) local = scanText(text, from, first);
      }
    }
    next.texts[i] = text;
    next.froms[i] = from;
    next.locals[i] = local;
    next.scanned[i] = undefined;
    // a text with a mark is where it is (a cell or title there is not read again) even when nothing in it counts
    if (!local || !fresh(p) || local === EMPTY) continue;
    // last version's source for the same text where it was (its span an equal paragraph: the same text
    // on the same segments), so an unchanged paragraph makes no new objects
    const old = i < last.count && last.locals[i] === local ? last.scanned[i] : undefined;
    const s = old && old.source.from === from && old.source.span.text === text && sameSegments(old.source.span.segments, p.segments) ? old : { source: { span: p, from, kind: 'paragraph' as const, paragraph: p.index }, local };
    next.scanned[i] = s;
    scan.sources.push(s);
  }
  // the arrays past the count keep old entries: drop them so no old document stays reachable
  if (next.texts.length > paragraphs.length) {
    next.texts.length = next.froms.length = next.locals.length = next.scanned.length = paragraphs.length;
  }
  next.count = paragraphs.length;
  nextParagraphs = last;
  lastParagraphs = next;
}

function scanCells(model: DocumentModel, scan: Scan): void {
  const tables: TableReadings[] = [];
  for (let t = 0; t < model.tables.length; t++) {
    const rows = model.tables[t].rows;
    let readings = lastTables[t];
    if (!readings || readings.rows !== rows) {
      // the table's last reading is updated in place, each cell compared with the one at its place
      // before it is overwritten: no array is grown again for a table of hundreds of cells
      if (!readings) {
        // a table not read before (a first reading): its arrays made at their size, not grown cell by cell
        let cells = 0;
        // an index loop: this runs once per table, unoptimised, where for…of made a result object per row
        for (let ri = 0; ri < rows.length; ri++) cells += rows[ri].cells.length;
        readings = { rows, texts: new Array<string>(cells), locals: new Array<LocalScan | null>(cells), scanned: new Array<ScannedSource | null>(cells) };
      }
      const r = readings;
      // a new reading holds holes: texts[k] is then undefined, equal to no cell's text
      const before = r.texts.length;
      r.rows = rows;
      let k = 0;
      for (let ri = 0; ri < rows.length; ri++) {
        const cells = rows[ri].cells;
        for (let ci = 0; ci < cells.length; ci++) {
          const c = cells[ci];
          const text = c.text;
          const same = k < before && r.texts[k] === text;
          const local = same ? r.locals[k] : localScan(text, 0);
          // the cell's last source where it lies as it did (its span an equal cell), else a new one
          const old = same ? r.scanned[k] : null;
          r.texts[k] = text;
          r.locals[k] = local;
          r.scanned[k] = !local || local === EMPTY ? null : old && sameSegments(old.source.span.segments, c.segments) ? old : { source: { span: c, from: 0, kind: 'cell' }, local };
          k++;
        }
      }
      if (k < before) r.texts.length = r.locals.length = r.scanned.length = k;
    }
    tables.push(readings);
    let k = 0;
    for (let ri = 0; ri < rows.length; ri++) {
      const cells = rows[ri].cells;
      for (let ci = 0; ci < cells.length; ci++) {
        const c = cells[ci];
        const s = readings.scanned[k++];
        if (fresh(c) && s && !paragraphAt(model.paragraphs, c)) scan.sources.push(s);
      }
    }
  }
  lastTables = tables;
}

/** Titles and 附件说明 items: few, short, read every version. */
function scanTitles(model: DocumentModel, scan: Scan): void {
  const add = (span: Span | undefined) => {
    if (!span || !fresh(span)) return;
    const local = localScan(span.text, 0);
    if (local && local !== EMPTY && !paragraphAt(model.paragraphs, span)) scan.sources.push({ source: { span, from: 0, kind: 'title' }, local });
  };
  add(model.notice?.title);
  add(model.notice?.addressee);
  add(model.notice?.signature);
  // a 附注 is its own brackets: （此件公开发布) mixes their widths
  for (const r of model.notice?.remarks ?? []) add(r);
  add(model.planTitle);
  for (const a of model.attachments) add(a.title);
  for (const t of model.tables) add(t.title);
  if (model.attachmentNote) {
    for (const it of model.attachmentNote.items) {
      const r = it.titleRange;
      if (r.start.line !== r.end.line) continue;
      add({ text: it.title, segments: [{ line: r.start.line, start: r.start.character, end: r.end.character }], range: r });
    }
  }
}

function half(source: Source, offset: number): Half {
  return { ch: MARK_STRINGS[source.span.text.charCodeAt(offset)], offset, source };
}

/**
 * A paragraph the parser did not join to the next one (a hard wrap with a blank line and no
 * clue) may open a bracket the next paragraph closes: pair the halves left over at the end of
 * one paragraph with those left over at the start of the next. Returns, per scanned source, how
 * many of its unclosed halves (from the end) and stray halves (from the start) were paired so.
 */
function pairAcrossWraps(model: DocumentModel, scan: Scan): { unclosedUsed: Map<ScannedSource, number>; strayUsed: Map<ScannedSource, number> } {
  const unclosedUsed = new Map<ScannedSource, number>();
  const strayUsed = new Map<ScannedSource, number>();
  // the paragraphs' sources come first, by index: a paragraph's successor, when it holds a mark, is the next one
  const sources = scan.sources;
  for (let k = 0; k + 1 < sources.length; k++) {
    const r = sources[k];
    const next = sources[k + 1];
    if (next.source.kind !== 'paragraph') break;
    const index = r.source.paragraph!;
    if (next.source.paragraph !== index + 1 || !r.local.unclosed.length || !next.local.stray.length) continue;
    const p = model.paragraphs[index];
    const q = model.paragraphs[index + 1];
    if (p.region !== q.region || q.heading) continue;
    const unclosed = r.local.unclosed;
    const stray = next.local.stray;
    let u = unclosed.length; // halves left: unclosed[0, u)
    let s = 0; // stray[s, …)
    let pairs: WrapPairs | undefined;
    while (u > 0 && s < stray.length) {
      const o = unclosed[u - 1];
      const c = stray[s];
      const oc = r.source.span.text.charCodeAt(o);
      const cc = next.source.span.text.charCodeAt(c);
      if (PARTNER[oc] === cc) {
        if (!pairs) scan.wrapPairs.push((pairs = { open: r.source, close: next.source, offsets: [] }));
        pairs.offsets.push(o, c);
      } else if (CATEGORY[oc] === CATEGORY[cc]) scan.mismatched.push({ open: half(r.source, o), close: half(next.source, c) });
      else break;
      u--;
      s++;
    }
    if (u < unclosed.length) unclosedUsed.set(r, unclosed.length - u);
    if (s > 0) strayUsed.set(next, s);
  }
  return { unclosedUsed, strayUsed };
}

export function scanDocument(model: DocumentModel): Scan {
  const scan: Scan = { sources: [], wrapPairs: [], crossings: [], mismatched: [], unclosed: [], stray: [], nested: [], angleOutside: [] };
  resetSeen(model.lineCount);
  scanParagraphs(model, scan);
  scanCells(model, scan);
  scanTitles(model, scan);
  const { unclosedUsed, strayUsed } = pairAcrossWraps(model, scan);
  // the rare findings as Half objects, in scan order (the well-formed pairs stay in the cache)
  // indexed loops here and above: a scan runs once per version, often not yet optimised, and for…of then
  // makes an iterator result per source and per cell
  for (let si = 0; si < scan.sources.length; si++) {
    const s = scan.sources[si];
    const { source, local } = s;
    const l = local;
    for (let k = 0; k < l.crossings.length; k += 4) {
      scan.crossings.push({
        pair: { open: half(source, l.crossings[k]), close: half(source, l.crossings[k + 1]) },
        cutBy: { open: half(source, l.crossings[k + 2]), close: half(source, l.crossings[k + 3]) },
      });
    }
    for (let k = 0; k < l.mismatched.length; k += 2) scan.mismatched.push({ open: half(source, l.mismatched[k]), close: half(source, l.mismatched[k + 1]) });
    const u = l.unclosed.length - (unclosedUsed.get(s) ?? 0);
    for (let k = 0; k < u; k++) scan.unclosed.push(half(source, l.unclosed[k]));
    for (let k = strayUsed.get(s) ?? 0; k < l.stray.length; k++) scan.stray.push(half(source, l.stray[k]));
    // one outer mark can hold thousands of nested pairs, 《 and “ ones in turn: its Half is made once per kind
    let outerBook: Half | undefined;
    let outerQuote: Half | undefined;
    for (let k = 0; k < l.nested.length; k += 3) {
      const book = source.span.text.charCodeAt(l.nested[k + 1]) === BOOK_OPEN;
      let outer = book ? outerBook : outerQuote;
      if (!outer || outer.offset !== l.nested[k]) {
        outer = half(source, l.nested[k]);
        if (book) outerBook = outer;
        else outerQuote = outer;
      }
      scan.nested.push({ kind: book ? 'book' : 'quote', outer, pair: { open: half(source, l.nested[k + 1]), close: half(source, l.nested[k + 2]) } });
    }
    for (let k = 0; k < l.angleOutside.length; k += 2) scan.angleOutside.push({ open: half(source, l.angleOutside[k]), close: half(source, l.angleOutside[k + 1]) });
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

/** A pair of `source` (or, across a wrap, with its closing half in `closeSource`) as Half objects, for reporting it. */
export function pairAt(source: Source, open: number, close: number, closeSource = source): Pair {
  return { open: half(source, open), close: half(closeSource, close) };
}
