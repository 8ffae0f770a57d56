// text → DocumentModel. One pass over the lines to find the regions (版头, 通知, body,
// 附件说明, attachments, 版记), tables inside them, then paragraphs with hard wraps joined,
// headings, the headings tree and the tasks. Never throws: unknown text is a paragraph.
import type {
  Attachment, AttachmentNote, AttachmentNoteItem, Banji, Cell, DateNode, DocNumber, DocumentModel, Head, Heading,
  Notice, Paragraph, Position, Range, Region, Segment, Span, Table, TableRow, Task, UnitItem, UnitList,
} from '../model/types';
import { Memo, onClearMemos, ownCopy } from '../text/memo';
import { isSpaceCode } from '../text/lines';
import { pos, range, spanRange, subSpan } from '../text/span';
import { isDigitCode, toAsciiDigits } from '../text/numerals';
import {
  CONTINUATION_START, DOC_KIND, TERMINAL, matchAttachmentLabel, matchAttachmentNote, matchDate,
  matchDocNumber, matchDocNumberWithoutHao, matchMarker, matchMarkerIn, matchNoteItem, matchNoteLine, namesUnit, type MarkerMatch,
} from './patterns';
import { relativeSplitOf, LABEL, type RelativeSplit } from '../units/split';

interface Ctx {
  /** the text the lines are cut from */
  text: string;
  /** line count */
  n: number;
  /**
   * where each line starts in `text` and its length without the terminator: numbers, not a {n, text, offset}
   * object and a string per line (a fifth of what a parse of seed 003 allocated went to lines and their wrappers)
   */
  lineStart: Int32Array;
  lineLen: Int32Array;
  /** content bounds per line relative to its start (layout whitespace excluded): two typed arrays, not a pair per line */
  start: Int32Array;
  end: Int32Array;
  /**
   * each line's content, cut when first asked ('' for a blank line) and kept: every step reads it, some several
   * times, and the lines of a cached table are never asked
   */
  contents: (string | undefined)[];
  /** line → consumed by a structure other than paragraphs */
  used: Uint8Array;
  /** line → its marker reading (null: none), once asked: a heading line is asked up to three times */
  markers: (MarkerMatch | null | undefined)[];
  /** the last parse's readings, and for each line the last parse's line it is a copy of (-1: none) */
  previous?: (MarkerMatch | null | undefined)[];
  origin?: Int32Array;
  /** per line: STRUCTURAL_* and the FACTS bits as read (carried over from the last parse for the lines it copied) */
  kind: Uint8Array;
  depth: Int32Array;
  /** per line: 1 + the index of the paragraph starting on it, written at the end of this parse */
  paraAt: Int32Array;
  /** the same for the last parse's lines (origin's targets), when this table was made from it */
  oldParaAt?: Int32Array;
  /** the lines starting with a first-level marker, once 一。 asked (fullStopHeading) */
  firstLevel?: Int32Array;
}

/**
 * The per-line numbers of the last parse, reused by the next: a parse never runs inside another and the model
 * keeps none of them, so they are scratch space. Allocating them (four off-heap typed arrays per version) and
 * counting the lines first to size them cost as much as splitting the text.
 */
interface Scratch {
  lineStart: Int32Array;
  lineLen: Int32Array;
  start: Int32Array;
  end: Int32Array;
  used: Uint8Array;
  /**
   * what a line's content says about where paragraphs start (STRUCTURAL_*; 0: not asked yet): copied with the
   * line when the next version keeps it, so an unchanged line is never cut out and tried against the patterns again
   */
  kind: Uint8Array;
  /** the bracket depth a line's content adds, once its kind has FACTS (carried over like kind) */
  depth: Int32Array;
  /** line → 1 + the index of the paragraph starting on it (0: none), for the next parse to find what it can reuse */
  paraAt: Int32Array;
}

function newScratch(cap: number): Scratch {
  return { lineStart: new Int32Array(cap), lineLen: new Int32Array(cap), start: new Int32Array(cap), end: new Int32Array(cap), used: new Uint8Array(cap), kind: new Uint8Array(cap), depth: new Int32Array(cap), paraAt: new Int32Array(cap) };
}

let scratch: Scratch = newScratch(1024);
/** Past this many lines the scratch space is given back after the parse (a 100 000-line input keeps no 2 MB). */
const SCRATCH_KEPT = 65_536;

function grown(a: Int32Array, size: number): Int32Array {
  const b = new Int32Array(size);
  b.set(a);
  return b;
}

/** Makes room for `size` lines, keeping what the arrays hold. */
function reserve(size: number): void {
  let cap = scratch.lineStart.length;
  if (cap >= size) return;
  while (cap < size) cap *= 2;
  const used = new Uint8Array(cap);
  used.set(scratch.used);
  const kind = new Uint8Array(cap);
  kind.set(scratch.kind);
  scratch = { lineStart: grown(scratch.lineStart, cap), lineLen: grown(scratch.lineLen, cap), start: grown(scratch.start, cap), end: grown(scratch.end, cap), used, kind, depth: grown(scratch.depth, cap), paraAt: grown(scratch.paraAt, cap) };
}

/**
 * The text the scratch line table describes (the last parse's) and its line count: the next version differs
 * from it by a keystroke, and only the lines around the change are split again.
 */
let splitText: string | undefined;
let splitCount = 0;
onClearMemos(() => {
  splitText = undefined;
  lastMarkers = undefined;
  olderMarkers = undefined;
  lastContents = undefined;
});

/** Content bounds of lines [from, to), relative to their start. */
function lineBounds(text: string, from: number, to: number, into: Scratch = scratch): void {
  const { lineStart, lineLen, start, end } = into;
  for (let k = from; k < to; k++) {
    const ls = lineStart[k];
    const le = ls + lineLen[k];
    let a = ls;
    while (a < le && isSpaceCode(text.charCodeAt(a))) a++;
    let b = le;
    if (a === le) b = a;
    else while (b > a && isSpaceCode(text.charCodeAt(b - 1))) b--;
    start[k] = a - ls;
    end[k] = b - ls;
  }
}

/** Splits the whole text into the scratch table; returns the line count. */
function splitAll(text: string): number {
  let n: number;
  if (text.indexOf('\r') < 0) {
    let k = 0;
    let from = 0;
    // \n only (the usual case): indexOf finds each break far faster than a look at every character
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', from)) {
      if (k + 1 >= scratch.lineStart.length) reserve(k + 2);
      scratch.lineStart[k] = from;
      scratch.lineLen[k++] = i - from;
      from = i + 1;
    }
    if (k + 1 > scratch.lineStart.length) reserve(k + 1);
    scratch.lineStart[k] = from;
    scratch.lineLen[k] = text.length - from;
    n = k + 1;
  } else {
    const starts: number[] = [];
    const lens: number[] = [];
    splitSome(text, 0, text.length, starts, lens);
    n = starts.length;
    reserve(n);
    for (let k = 0; k < n; k++) {
      scratch.lineStart[k] = starts[k];
      scratch.lineLen[k] = lens[k];
    }
  }
  lineBounds(text, 0, n);
  scratch.kind.fill(0, 0, n);
  return n;
}

/** Splits text[from, to) on \n, \r\n and \r, `to` being where the last line ends: CR texts, a changed region. */
function splitSome(text: string, from: number, to: number, starts: number[], lens: number[]): void {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 10 && c !== 13) continue;
    starts.push(from);
    lens.push(i - from);
    if (c === 13 && i + 1 < to && text.charCodeAt(i + 1) === 10) i++;
    from = i + 1;
  }
  starts.push(from);
  lens.push(to - from);
}

/** Length of the common prefix of a[ai…] and b[bi…] (at most max): halves compared as slices (=== is native). */
function commonPrefix(a: string, ai: number, b: string, bi: number, max: number): number {
  let lo = 0;
  let hi = max;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (a.slice(ai + lo, ai + mid) === b.slice(bi + lo, bi + mid)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The last line of the scratch table (of `count` lines) starting at or before offset `off`. */
function lineAt(off: number, count: number): number {
  const ls = scratch.lineStart;
  let lo = 0;
  let hi = count - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (ls[mid] <= off) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Whether a line starts at offset q (a \n right after a \r is the same break). */
function isLineStart(text: string, q: number): boolean {
  if (q === 0) return true;
  const c = text.charCodeAt(q - 1);
  return c === 10 || (c === 13 && text.charCodeAt(q) !== 10);
}

/** `t` with room for `size` lines, what it holds kept. */
function roomy(t: Scratch, size: number): Scratch {
  let cap = t.lineStart.length;
  if (cap >= size) return t;
  while (cap < size) cap *= 2;
  const kind = new Uint8Array(cap);
  kind.set(t.kind);
  return { lineStart: grown(t.lineStart, cap), lineLen: grown(t.lineLen, cap), start: grown(t.start, cap), end: grown(t.end, cap), used: new Uint8Array(cap), kind, depth: grown(t.depth, cap), paraAt: new Int32Array(cap) };
}

/**
 * For each line of the table resplit builds, the line of the last table it was copied from (-1: split again):
 * what the last parse learnt about an unchanged line (its marker reading) holds for it still.
 */
let origin: Int32Array = new Int32Array(1024);
/** Whether the last makeCtx built its table with resplit (origin then says where each line came from). */
let copied = false;
/** The last parse's marker readings by line, for the lines resplit copies. */
let lastMarkers: (MarkerMatch | null | undefined)[] | undefined;
/** The markers array of the parse before the last, and the last parse's contents array: free for the next parse to fill. */
let olderMarkers: (MarkerMatch | null | undefined)[] | undefined;
let lastContents: (string | undefined)[] | undefined;

function originRoom(size: number): void {
  if (origin.length < size) origin = grown(origin, Math.max(size, origin.length * 2));
}

/** The other table: resplit writes the next version's table here from the last one, then they swap. */
let spare: Scratch = newScratch(1024);

/** Lines [a, b) of the last table, at `out` of the next, their starts moved by `shift`. */
function keepLines(into: Scratch, a: number, b: number, out: number, shift: number): Scratch {
  if (b <= a) return into;
  const t = roomy(into, out + (b - a));
  t.lineStart.set(scratch.lineStart.subarray(a, b), out);
  t.lineLen.set(scratch.lineLen.subarray(a, b), out);
  t.start.set(scratch.start.subarray(a, b), out);
  t.end.set(scratch.end.subarray(a, b), out);
  t.kind.set(scratch.kind.subarray(a, b), out);
  t.depth.set(scratch.depth.subarray(a, b), out);
  if (shift !== 0) for (let k = out; k < out + (b - a); k++) t.lineStart[k] += shift;
  originRoom(out + (b - a));
  for (let k = 0; k < b - a; k++) origin[out + k] = a + k;
  return t;
}

/**
 * text[from, to) split into lines at `out` of the next table, in place of the last table's lines [oa, ob) of
 * `old`; returns [table, line count written].
 */
function splitLinesInto(text: string, from: number, to: number, into: Scratch, out: number, old: string, oa: number, ob: number): [Scratch, number] {
  const starts: number[] = [];
  const lens: number[] = [];
  splitSome(text, from, to, starts, lens);
  const m = starts.length;
  const t = roomy(into, out + m);
  for (let k = 0; k < m; k++) {
    t.lineStart[out + k] = starts[k];
    t.lineLen[out + k] = lens[k];
  }
  lineBounds(text, out, out + m, t);
  t.kind.fill(0, out, out + m);
  originRoom(out + m);
  origin.fill(-1, out, out + m);
  sameLinesAtEnds(text, t, out, m, old, oa, ob);
  return [t, m];
}

/**
 * The lines split again around a change are mostly as they were (a keystroke changes one; its neighbours are
 * split again only to see a line break made or broken at its edge): those whose text is the same are marked as
 * copies of theirs, from both ends, so that what was read from them (markers, paragraphs and their text) is
 * handed over too.
 */
function sameLinesAtEnds(text: string, t: Scratch, out: number, m: number, old: string, oa: number, ob: number): void {
  let head = 0;
  while (head < m && oa + head < ob && sameLine(text, t, out + head, old, oa + head)) {
    origin[out + head] = oa + head;
    t.kind[out + head] = scratch.kind[oa + head];
    t.depth[out + head] = scratch.depth[oa + head];
    head++;
  }
  for (let tail = 1; m - tail >= head && ob - tail >= oa + head && sameLine(text, t, out + m - tail, old, ob - tail); tail++) {
    origin[out + m - tail] = ob - tail;
    t.kind[out + m - tail] = scratch.kind[ob - tail];
    t.depth[out + m - tail] = scratch.depth[ob - tail];
  }
}

/** Whether line j of the next table (of `text`) reads as line o of the last one (of `old`). */
function sameLine(text: string, t: Scratch, j: number, old: string, o: number): boolean {
  const len = t.lineLen[j];
  if (len !== scratch.lineLen[o]) return false;
  const a = t.lineStart[j];
  const b = scratch.lineStart[o];
  return len === 0 || text.slice(a, a + len) === old.slice(b, b + len);
}

/**
 * The table of `text` made from the last parse's (of `old`, `count` lines): the lines that did not change are
 * copied (moved by the change in length before them), the lines around each change — one more on each side,
 * so that a \r\n made or broken at its edge is seen — split again. A change is found as the end of the
 * common prefix from where the text last agreed; the old text picks up again where a line two after the
 * change is found near where it was. A keystroke is one change; the benchmark's edits of one original are
 * two. Too many changes, or a change over many lines: everything is split.
 */
function resplit(text: string, old: string, count: number): number {
  copied = false;
  let next = spare;
  let out = 0;
  let line = 0;
  let shift = 0;
  for (let round = 0; ; round++) {
    const oFrom = scratch.lineStart[line];
    const wFrom = oFrom + shift;
    const oRest = old.length - oFrom;
    const wRest = text.length - wFrom;
    const p = commonPrefix(old, oFrom, text, wFrom, Math.min(oRest, wRest));
    if (p === oRest && p === wRest) {
      next = keepLines(next, line, count, out, shift);
      out += count - line;
      break;
    }
    const changed = lineAt(oFrom + p, count);
    const keepEnd = Math.max(line, changed - 1);
    next = keepLines(next, line, keepEnd, out, shift);
    out += keepEnd - line;
    const region = scratch.lineStart[keepEnd] + shift;
    // where the old text picks up again: a line two after the change, found near where it was
    const again = changed + 2;
    let q = -1;
    if (round < 8 && again < count) {
      const at = scratch.lineStart[again];
      const expect = at + shift;
      const found = text.indexOf(old.slice(at, Math.min(old.length, at + 48)), Math.max(region + 1, expect - 256));
      if (found > region && found - expect <= 256 && isLineStart(text, found)) q = found;
    }
    if (q < 0) {
      if (text.length - region > text.length >> 2) return splitAll(text);
      const [t, m] = splitLinesInto(text, region, text.length, next, out, old, keepEnd, count);
      next = t;
      out += m;
      break;
    }
    const term = text.charCodeAt(q - 1) === 10 && q >= 2 && text.charCodeAt(q - 2) === 13 ? 2 : 1;
    if (q - term < region) return splitAll(text);
    const [t, m] = splitLinesInto(text, region, q - term, next, out, old, keepEnd, again);
    next = t;
    out += m;
    line = again;
    shift = q - scratch.lineStart[again];
  }
  spare = scratch;
  scratch = next;
  copied = true;
  return out;
}


/** Lines and their content bounds (the three terminators LSP recognises: \r\n, \n, \r). */
function makeCtx(text: string): Ctx {
  copied = false;
  const n = splitText !== undefined && splitCount > 0 ? resplit(text, splitText, splitCount) : splitAll(text);
  const previous = copied ? lastMarkers : undefined;
  // resplit left the last parse's table in `spare`: where its paragraphs started
  const oldParaAt = copied && lastModel ? spare.paraAt : undefined;
  const { lineStart, lineLen, start, end, kind, depth, paraAt } = scratch;
  const used = scratch.used;
  used.fill(0, 0, n);
  if (lineStart.length <= SCRATCH_KEPT) {
    splitText = text;
    splitCount = n;
  } else {
    // a huge input's table is not kept for the next one (this parse keeps its arrays)
    spare = newScratch(1024);
    scratch = newScratch(1024);
    splitText = undefined;
  }
  // holes read as undefined ("not yet"): sized up front (V8 from Node 20 on makes new Array(n) a fast holey
  // array at any size; 200 000 pushes of undefined cost 2-5 ms in a parse that runs once). Below 50 000 lines
  // both are taken over from a parse before when long enough: the contents array from the last one (only a
  // parse reads it), the markers array from the one before (the last one's readings are this parse's
  // `previous`), emptied over this parse's lines only (a parse reads no line past its count)
  let contents: (string | undefined)[];
  let markers: (MarkerMatch | null | undefined)[];
  if (n < 50_000) {
    const spareContents = lastContents;
    const spareMarkers = olderMarkers;
    contents = spareContents && spareContents.length >= n ? spareContents.fill(undefined, 0, n) : new Array<string | undefined>(n);
    markers = spareMarkers && spareMarkers.length >= n && spareMarkers !== previous ? spareMarkers.fill(undefined, 0, n) : new Array<MarkerMatch | null | undefined>(n);
    lastContents = contents;
    olderMarkers = lastMarkers;
  } else {
    lastContents = undefined;
    olderMarkers = undefined;
    contents = new Array<string | undefined>(n);
    markers = new Array<MarkerMatch | null | undefined>(n);
  }
  // the next parse starts from these readings only if it starts from this line table
  lastMarkers = splitText === text ? markers : undefined;
  return { text, n, lineStart, lineLen, start, end, contents, used, markers, previous, origin: previous ? origin : undefined, kind, depth, paraAt, oldParaAt };
}

/** The text of [from, to) on line `line`: the stored content when that is what is asked (most spans). */
function lineSlice(ctx: Ctx, line: number, from: number, to: number): string {
  if (from === ctx.start[line] && to === ctx.end[line]) return content(ctx, line);
  const ls = ctx.lineStart[line];
  return ctx.text.slice(ls + from, ls + to);
}

/** makeSpan over the context's lines. */
function spanOf(ctx: Ctx, segments: Segment[]): Span {
  let text = '';
  for (const s of segments) text += lineSlice(ctx, s.line, s.start, s.end);
  const first = segments[0];
  const last = segments[segments.length - 1];
  return { text, segments, range: range(first.line, first.start, last.line, last.end) };
}

/** The marker a line's content starts with. */
function lineMarker(ctx: Ctx, n: number): MarkerMatch | undefined {
  const m = rawLineMarker(ctx, n);
  return m && m.style.separator === '。' && !fullStopHeading(ctx, n, m) ? undefined : m;
}

/**
 * Whether 二。 at the start of line n (a full stop typed for 、) is the first-level heading it looks like. The
 * full stop ends sentences, so the line must be where a heading can be: after a blank line, a line that ends a
 * sentence or a heading or title line without a sentence; its title short (up to its first 。, at most
 * MAX_STOP_TITLE characters); and its ordinal in the sequence of the first-level markers around it (一。 before
 * a 二, 二。 after a 一). Read from the document around the line, never cached with the line's own reading.
 */
function fullStopHeading(ctx: Ctx, n: number, m: MarkerMatch): boolean {
  const c = content(ctx, n);
  const stop = c.indexOf('。', m.marker.length);
  if ((stop < 0 ? c.length : stop) - m.length > MAX_STOP_TITLE) return false;
  let p = n - 1;
  while (p >= 0 && blank(ctx, p)) p--;
  if (p === n - 1 && p >= 0 && !ctx.used[p] && !lineEndsTerminal(ctx, p)) {
    // 坚持标准统 / 一。各乡镇要…: a hard wrap inside a word; a title line (一、总体要求) holds no sentence mark
    const pc = content(ctx, p);
    if (!rawLineMarker(ctx, p) || /[，。；,;]/.test(pc)) return false;
  }
  const lines = firstLevelLines(ctx);
  // the nearest first-level marker before the line and after it
  let lo = 0;
  let hi = lines.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (lines[mid] < n) lo = mid + 1;
    else hi = mid;
  }
  if (m.ordinal === 1) {
    const after = lines[lo] === n ? lines[lo + 1] : lines[lo];
    return after !== undefined && rawLineMarker(ctx, after)!.ordinal === 2;
  }
  return lo > 0 && rawLineMarker(ctx, lines[lo - 1])!.ordinal === m.ordinal - 1;
}

/** The longest title read after 二。 (up to its first 。): a heading's title is short, a sentence runs on. */
const MAX_STOP_TITLE = 30;

/** The lines whose content starts with a first-level marker, in order: found once per parse, when 一。 asks. */
function firstLevelLines(ctx: Ctx): Int32Array {
  if (ctx.firstLevel) return ctx.firstLevel;
  const out: number[] = [];
  for (let k = 0; k < ctx.n; k++) if (rawLineMarker(ctx, k)?.level === 1) out.push(k);
  return (ctx.firstLevel = Int32Array.from(out));
}

/** The marker line n starts with, as the line alone reads (lineMarker asks more of 一。). */
function rawLineMarker(ctx: Ctx, n: number): MarkerMatch | undefined {
  let m = ctx.markers[n];
  if (m === undefined) {
    // an unchanged line reads as it did: no cut, no hash
    const o = ctx.origin ? ctx.origin[n] : -1;
    if (o >= 0) m = ctx.previous![o];
    if (m === undefined) {
      // read in place unless the line is already cut out (a line that is its marker alone never is: its
      // paragraph's text is the marker's string)
      const c = ctx.contents[n];
      m = (c !== undefined ? matchMarker(c) : matchMarkerIn(ctx.text, ctx.lineStart[n] + ctx.start[n], ctx.end[n] - ctx.start[n])) ?? null;
    }
    ctx.markers[n] = m;
  }
  return m ?? undefined;
}

function content(ctx: Ctx, n: number): string {
  let c = ctx.contents[n];
  if (c === undefined) {
    const ls = ctx.lineStart[n];
    const a = ctx.start[n];
    const b = ctx.end[n];
    c = ctx.contents[n] = a === b ? '' : ctx.text.slice(ls + a, ls + b);
  }
  return c;
}

/** Whether line n's content starts with 附 (附件, 附件说明), by code: most lines are asked, few are. */
function startsFu(ctx: Ctx, n: number): boolean {
  return ctx.start[n] < ctx.end[n] && ctx.text.charCodeAt(ctx.lineStart[n] + ctx.start[n]) === 0x9644;
}

function lineSpan(ctx: Ctx, n: number, skip = 0): Span {
  const a = ctx.start[n];
  const b = ctx.end[n];
  return spanOf(ctx, [{ line: n, start: Math.min(a + skip, b), end: b }]);
}

function blank(ctx: Ctx, n: number): boolean {
  const a = ctx.start[n];
  const b = ctx.end[n];
  return a === b;
}

function nextNonBlank(ctx: Ctx, n: number, limit: number): number {
  for (let i = n; i < limit; i++) if (!blank(ctx, i)) return i;
  return -1;
}

function isTabCell(ctx: Ctx, n: number): boolean {
  // by code: t[0] makes a string of a CJK character
  return ctx.lineLen[n] > 0 && ctx.text.charCodeAt(ctx.lineStart[n]) === 0x09;
}

function dateNode(ctx: Ctx, n: number): DateNode | undefined {
  const c = content(ctx, n);
  const m = matchDate(c);
  if (!m) return undefined;
  const a = ctx.start[n];
  const span = spanOf(ctx, [{ line: n, start: a, end: a + m.length }]);
  return { text: span.text, segments: span.segments, range: span.range, year: m.year, month: m.month, day: m.day, arabic: m.arabic };
}

/** A date in Arabic numerals without its 日 (2021年2月22): year, month and day as groups. */
const DAY_CUT = '([0-9]{4})[ \\u3000]*年[ \\u3000]*([0-9]{1,2})[ \\u3000]*月[ \\u3000]*([0-9]{1,2})';
const DAY_CUT_LINE = new RegExp(`^${DAY_CUT}$`);

/**
 * Line n, a date in Arabic numerals without its 日 (2021年2月22, as a published 通知 had under its 署名): the
 * 成文日期 all the same, which structure/date says is incomplete.
 */
function dayCutDateNode(ctx: Ctx, n: number): DateNode | undefined {
  const m = DAY_CUT_LINE.exec(content(ctx, n));
  if (!m) return undefined;
  const sp = lineSpan(ctx, n);
  return { text: sp.text, segments: sp.segments, range: sp.range, year: Number(m[1]), month: Number(m[2]), day: Number(m[3]), arabic: true };
}

const PLACEHOLDER = '[xX×Ｘｘ]';
const UNFILLED_DATE = new RegExp(
  `^([0-9]{4}|[0-9]{0,2}${PLACEHOLDER}{1,4})[ \\u3000]*年[ \\u3000]*([0-9]{1,2}|${PLACEHOLDER}{1,2})?[ \\u3000]*月[ \\u3000]*([0-9]{1,2}|${PLACEHOLDER}{1,2})?[ \\u3000]*日$`,
);

/**
 * Line n, a 成文日期 left to fill in: blank (2024年 月 日, as a draft has it until it is signed) or written
 * with placeholders (20××年×月×日, 20xx年12月28日, as a model text has it). The date is there; structure/date
 * notes that it is not filled in.
 */
function unfilledDateNode(ctx: Ctx, n: number): DateNode | undefined {
  const m = UNFILLED_DATE.exec(content(ctx, n));
  if (!m) return undefined;
  const num = (s: string | undefined) => (s && /^[0-9]+$/.test(s) ? Number(s) : undefined);
  const sp = lineSpan(ctx, n);
  return { text: sp.text, segments: sp.segments, range: sp.range, year: m[1].length === 4 ? num(m[1]) : undefined, month: num(m[2]), day: num(m[3]), arabic: true };
}

/** A line that is a date alone (2024年5月6日, 2024年5月6日印发): the 印发日期 on a line of its own. */
function isDateLine(s: string): boolean {
  const m = s.length <= 24 ? matchDate(s) : undefined;
  return m !== undefined && /^[ \u3000]*(印发)?[ \u3000]*$/.test(s.slice(m.length));
}

/**
 * The 印发机关 on a line of its own at the end of the 抄送 lines `segs` (text taken from a PDF has 抄送：…。 /
 * 宝清县人民政府办公室 / 2024年5月6日印发): an organ's name alone on the last line, right before the 印发日期
 * (`next`), or closing the 版记 after a 抄送 list that ends with 。. Undefined when the last line is the list's.
 */
function printerLineAfterCopy(ctx: Ctx, segs: readonly Segment[], next: Paragraph | undefined): Span | undefined {
  if (segs.length < 2) return undefined;
  const line = spanOf(ctx, [segs[segs.length - 1]]);
  if (!looksLikeOrgLine(line.text)) return undefined;
  if (next) return isDateLine(next.text) ? line : undefined;
  const before = segs[segs.length - 2];
  return lineSlice(ctx, before.line, before.start, before.end).trimEnd().endsWith('。') ? line : undefined;
}

/** An organisation name on a line of its own: 宝清县人民政府办公室. */
function looksLikeOrgLine(s: string): boolean {
  return nameLine(s, ORG_END);
}

const ORG_END = /(人民政府办公室|人民政府|办公室|办公厅|委员会|政府|局|委|厅|部|院|会|中心|公司|文件)$/;
/** A body set up for a task (某县优化营商环境工作领导小组, …工作组, …工作专班, …指挥部). */
const TASK_BODY_END = /(小组|工作组|专班|指挥部)$/;

/** A line holding one name and nothing else: short, no sentence mark, ending (spaces aside) as `ends` says. */
function nameLine(s: string, ends: RegExp): boolean {
  return s.length >= 4 && s.length <= 40 && !/[。，；：:,]/.test(s) && ends.test(s.replace(/[ \u3000]/g, ''));
}

/**
 * The 署名 right above a 成文日期: an organ's name, or a body set up for a task (某县优化营商环境工作领导小组,
 * …工作组, …工作专班, …指挥部), which signs its own notices. Such a name is read as a 署名 only with the date under
 * it: alone, 成立领导小组 is a line of a body.
 */
function looksLikeSignatureLine(s: string): boolean {
  return looksLikeOrgLine(s) || nameLine(s, TASK_BODY_END);
}

/**
 * The 印发日期 without its 日 (2024年9月29印发), as the 成文日期 under a 署名 can lose it (dayCutDateNode): the date
 * all the same, which structure/date says is incomplete. Arabic numerals only, read whole up to 印发.
 */
const DAY_CUT_PRINTED = new RegExp(`^(.*?)[ \\u3000]*(${DAY_CUT})[ \\u3000]*印发[ \\u3000]*$`);
const BANJI_COPY = /^抄[ \u3000]*送[：:]/;
/** The 印发 line of the 版记 (/印发[ \u3000]*$/), read from the end: the expression looked for 印发 along the whole line. */
function endsPrinted(s: string): boolean {
  let e = s.length;
  while (e > 0 && (s.charCodeAt(e - 1) === 0x20 || s.charCodeAt(e - 1) === 0x3000)) e--;
  return e >= 2 && s.charCodeAt(e - 2) === 0x5370 && s.charCodeAt(e - 1) === 0x53d1; // 印发
}

// ───────────────────────────── head and notice ─────────────────────────────

interface HeadResult {
  head: Head;
  notice?: Notice;
  planTitle?: Span;
  bodyStart: number;
  startsMidway: boolean;
}

/**
 * The last parse's reading of the 版头 and 通知 (the lines before `limit`), and the lines it claimed: it depends
 * on those lines only, so when they are all where they were it is this one's (shared with the last model).
 */
let lastHead: { result: HeadResult; limit: number; claimed: number[] } | undefined;
onClearMemos(() => {
  lastHead = undefined;
});

function headAndNotice(ctx: Ctx, limit: number): HeadResult {
  if (lastHead && lastHead.limit === limit && ctx.origin && copiedInPlace(ctx, 0, limit - 1)) {
    for (const k of lastHead.claimed) ctx.used[k] = 1;
    return lastHead.result;
  }
  const result = parseHeadAndNotice(ctx, limit);
  const claimed: number[] = [];
  for (let k = 0; k < limit; k++) if (ctx.used[k]) claimed.push(k);
  lastHead = { result, limit, claimed };
  return result;
}

/** Line n, a 发文字号, as the model holds it. */
function docNumberNode(ctx: Ctx, n: number, m: NonNullable<ReturnType<typeof matchDocNumber>>, missingHao = false): DocNumber {
  const sp = lineSpan(ctx, n);
  const node: DocNumber = { text: sp.text, segments: sp.segments, range: sp.range, prefix: m.prefix, year: m.year, open: m.open, close: m.close, serial: m.serial };
  if (missingHao) node.missingHao = true;
  return node;
}

/** Line n's content as a 发文字号, with its 号 or without it (the check says it is missing). */
function docNumberAt(ctx: Ctx, n: number): DocNumber | undefined {
  const c = content(ctx, n);
  const m = matchDocNumber(c);
  if (m) return docNumberNode(ctx, n, m);
  const cut = matchDocNumberWithoutHao(c);
  return cut && docNumberNode(ctx, n, cut, true);
}

/** The same 发文字号 written twice (above and below the title), whatever the brackets around its year. */
function sameDocNumber(a: DocNumber, b: DocNumber): boolean {
  return a.prefix === b.prefix && a.year === b.year && a.serial === b.serial;
}

function parseHeadAndNotice(ctx: Ctx, limit: number): HeadResult {
  const head: Head = {};
  const n = ctx.n;
  const scanEnd = Math.min(limit, n);
  const i = nextNonBlank(ctx, 0, scanEnd);
  let cursor = i < 0 ? scanEnd : i;
  // 版头: 份号, 密级, 发文机关标志, 发文字号 (in any order in the first lines)
  let titleLine = -1;
  let addresseeLine = -1;
  let number: DocNumber | undefined;
  for (let k = 0; k < 8 && cursor >= 0 && cursor < scanEnd; k++) {
    const c = content(ctx, cursor);
    if (!head.copyNumber && /^[0-9０-９]{6}$/.test(c)) head.copyNumber = lineSpan(ctx, cursor);
    else if (!head.secrecy && /^(绝密|机密|秘密)/.test(c)) head.secrecy = lineSpan(ctx, cursor);
    else if (!head.docNumber && (number = docNumberAt(ctx, cursor))) head.docNumber = number;
    else if (!head.issuer && looksLikeOrgLine(c) && !c.includes('关于')) {
      // the 发文机关标志 comes before the title; a name after the addressee is a signature
      head.issuer = lineSpan(ctx, cursor);
    } else if (c === '附件' || c === '（代拟稿）') {
      // an extracted plan that was itself an attachment
    } else break;
    ctx.used[cursor] = 1;
    const nx = nextNonBlank(ctx, cursor + 1, scanEnd);
    cursor = nx < 0 ? scanEnd : nx;
  }
  let notice: Notice | undefined;
  let noticeEnd = -1;
  // 标题: a line with 关于 that ends (possibly a few lines later) with a 文种
  if (cursor < scanEnd) {
    const c = content(ctx, cursor);
    if (c.includes('关于') && !/[：:]$/.test(c) && c.length < 120) titleLine = cursor;
    else if (looksLikeOrgLine(c)) {
      // 宝清县人民政府办公室 / 关于印发…的通知: a title broken after the issuing organ's name, below the 版头
      const nx = nextNonBlank(ctx, cursor + 1, scanEnd);
      const next = nx < 0 ? '' : content(ctx, nx);
      if (next.startsWith('关于') && !/[：:]$/.test(next) && next.length < 120) titleLine = cursor;
    }
  }
  let title: Span | undefined;
  if (titleLine >= 0) {
    const segs: Segment[] = [];
    let k = titleLine;
    let joined = '';
    for (let parts = 0; parts < 5 && k >= 0 && k < scanEnd; parts++) {
      const a = ctx.start[k];
      const b = ctx.end[k];
      segs.push({ line: k, start: a, end: b });
      joined += content(ctx, k);
      ctx.used[k] = 1;
      if (DOC_KIND.test(joined) && balanced(joined)) break;
      const nx = nextNonBlank(ctx, k + 1, scanEnd);
      if (nx < 0 || /[：:]$/.test(content(ctx, nx)) || matchMarker(content(ctx, nx))) break;
      k = nx;
    }
    if (/[。；！？][ \u3000]*$/.test(joined)) {
      // a title never ends a sentence: 根据《…关于…的意见》要求。 is an extract's first sentence
      for (const sg of segs) ctx.used[sg.line] = 0;
    } else {
      title = spanOf(ctx, segs);
      const nx = nextNonBlank(ctx, segs[segs.length - 1].line + 1, scanEnd);
      cursor = nx < 0 ? scanEnd : nx;
    }
  }
  // 发文字号 below the title (web copies put it there, some above the title as well): the 主送机关 follows it
  if (title && cursor < scanEnd) {
    const m = docNumberAt(ctx, cursor);
    const above = head.docNumber;
    if (m && (!above || sameDocNumber(above, m))) {
      head.docNumber ??= m;
      ctx.used[cursor] = 1;
      const nx = nextNonBlank(ctx, cursor + 1, scanEnd);
      cursor = nx < 0 ? scanEnd : nx;
    } else if (m) {
      // a different number below the title is the forwarded document's (×民发〔2022〕12号 under 关于转发县民政局…
      // 的通知): the 主送机关 may follow it. It stays text of the 通知 (a cited number, checked as one); the
      // number above remains the 通知's own
      const nx = nextNonBlank(ctx, cursor + 1, scanEnd);
      if (nx >= 0 && /[：:]$/.test(content(ctx, nx))) cursor = nx;
    }
  }
  // a 发文字号 the step above cannot read, right before the 主送机关: in brackets, as a collection of regulations
  // prints it under the title (（国办发〔2020〕52号）), or cut short (某政发〔2019〕1): the addressee still follows it
  if (title && cursor < scanEnd && !addresseeShaped(content(ctx, cursor)) && docNumberLike(content(ctx, cursor))) {
    const nx = nextNonBlank(ctx, cursor + 1, scanEnd);
    if (nx >= 0 && addresseeShaped(content(ctx, nx))) {
      ctx.used[cursor] = 1;
      cursor = nx;
    }
  }
  // 题注: （2018年5月23日）
  let titleNote: Span | undefined;
  if (title && cursor < scanEnd && TITLE_NOTE.test(content(ctx, cursor)) && matchDate(content(ctx, cursor).slice(1).trimStart())) {
    titleNote = lineSpan(ctx, cursor);
    ctx.used[cursor] = 1;
    const nx = nextNonBlank(ctx, cursor + 1, scanEnd);
    cursor = nx < 0 ? scanEnd : nx;
  }
  // 主送机关
  if (cursor < scanEnd && addresseeShaped(content(ctx, cursor))) {
    addresseeLine = cursor;
    ctx.used[cursor] = 1;
  }
  const hasNotice = title !== undefined || addresseeLine >= 0;
  let bodyStart = cursor;
  let planTitle: Span | undefined;
  if (hasNotice) {
    // the notice ends at its 成文日期 (after the 署名), or where the forwarded plan's title appears
    const quoted = title ? /《([^《》]{2,80})》/.exec(title.text)?.[1] : undefined;
    let signature: Span | undefined;
    let date: DateNode | undefined;
    let remarks: number[] = [];
    const from = (addresseeLine >= 0 ? addresseeLine : cursor) + 1;
    const end = Math.min(scanEnd, from + 60);
    for (let k = from; k < end; k++) {
      if (blank(ctx, k)) continue;
      const c = content(ctx, k);
      if (matchAttachmentNote(c)) {
        k = collectNote(ctx, k, end).end;
        continue;
      }
      if (quoted && c === quoted) {
        noticeEnd = k - 1;
        planTitle = lineSpan(ctx, k);
        ctx.used[k] = 1;
        bodyStart = k + 1;
        // no date before the plan: the organisation line just above is the 署名
        for (let b = k - 1; b >= from && k - b <= 3; b--) {
          if (blank(ctx, b)) continue;
          if (looksLikeOrgLine(content(ctx, b))) {
            signature = lineSpan(ctx, b);
            ctx.used[b] = 1;
          }
          break;
        }
        break;
      }
      const d = dateNode(ctx, k) ?? dayCutDateNode(ctx, k) ?? unfilledDateNode(ctx, k);
      if (d && d.text.length >= c.length - 1) {
        date = d;
        ctx.used[k] = 1;
        // the signature is the organisation line just above
        for (let b = k - 1; b >= from && k - b <= 3; b--) {
          if (blank(ctx, b)) continue;
          if (looksLikeSignatureLine(content(ctx, b))) {
            signature = lineSpan(ctx, b);
            ctx.used[b] = 1;
          }
          break;
        }
        noticeEnd = k;
        // the 附注 under the date is the 通知's: the plan's title follows it
        remarks = remarksAfter(ctx, k, scanEnd);
        if (remarks.length) noticeEnd = remarks[remarks.length - 1];
        bodyStart = noticeEnd + 1;
        break;
      }
      if (matchMarker(c) && !quoted) break;
    }
    if (!date && !signature && noticeEnd < 0) {
      // no date: a signature line followed by the plan title, or nothing we can tell
      for (let k = from; k < end; k++) {
        if (blank(ctx, k)) continue;
        const c = content(ctx, k);
        if (matchAttachmentNote(c)) {
          k = collectNote(ctx, k, end).end;
          continue;
        }
        if (matchMarker(c)) break;
        if (looksLikeOrgLine(c) && k > from) {
          signature = lineSpan(ctx, k);
          ctx.used[k] = 1;
          noticeEnd = k;
          bodyStart = k + 1;
          break;
        }
      }
    }
    const first = title ?? lineSpan(ctx, addresseeLine);
    const lastLine = noticeEnd >= 0 ? noticeEnd : first.range.end.line;
    notice = {
      title,
      addressee: addresseeLine >= 0 ? lineSpan(ctx, addresseeLine) : undefined,
      signature,
      date,
      ...(remarks.length ? { remarks: remarks.map((r) => lineSpan(ctx, r)) } : {}),
      ...(titleNote ? { titleNote } : {}),
      range: range(first.range.start.line, first.range.start.character, lastLine, ctx.lineLen[lastLine]),
    };
    if (noticeEnd < 0) bodyStart = (titleNote ?? first).range.end.line + 1;
  }
  if (!planTitle) {
    const k = nextNonBlank(ctx, bodyStart, scanEnd);
    if (k >= 0) {
      const c = content(ctx, k);
      if (c.length <= 60 && !/[。，；：:]/.test(c) && !matchMarker(c) && !isTabCell(ctx, k) && !matchAttachmentNote(c) && !matchAttachmentLabel(c) && !matchDate(c)) {
        planTitle = lineSpan(ctx, k);
        ctx.used[k] = 1;
        bodyStart = k + 1;
      }
    }
  }
  const startsMidway = !head.docNumber && !title;
  return { head, notice, planTitle, bodyStart, startsMidway };
}

/** How the name of an attachment ends besides a 文种: a list, a table, a book. */
const NAME_END = /(表|单|册|录|目|细|明|南|准|点|况|编|账|划|度|图|书|稿)$/;

/** A 题注 line: a date in brackets, with what adopted the text after it (（2019年1月4日县政府第三次全体会议通过）). */
const TITLE_NOTE = /^[（(][^（）()。，；]{6,40}[）)]$/;

/** A line that can be the 主送机关: it ends with a colon and is no sentence, heading or 附件说明. */
function addresseeShaped(c: string): boolean {
  return /[：:]$/.test(c) && !c.includes('。') && c.length < 200 && !matchMarker(c) && !matchAttachmentNote(c);
}

const DOC_NUMBER_CUT = /^[^\s、。，；：！？]{1,20}?[ \u3000]*[〔[（(【［][ \u3000]*[0-9０-９]{4}[ \u3000]*[〕\]）)】］][ \u3000]*[0-9０-９]{0,5}[ \u3000]*$/;

/** A 发文字号 matchDocNumber does not take: wrapped in brackets (（国办发〔2020〕52号）) or without its 号 (某政发〔2019〕1). */
function docNumberLike(c: string): boolean {
  if (c.length > 42) return false;
  const inner = /^[（(](.+)[）)]$/.exec(c)?.[1];
  return (inner !== undefined && matchDocNumber(inner) !== undefined) || DOC_NUMBER_CUT.test(c);
}

/**
 * A 附注 (GB/T 9704-2012 7.3.7): a line in parentheses under the 成文日期 — （此件公开发布）, （此件主动公开）,
 * （此件依申请公开）, （联系人：张三，联系电话：1234567）. Never a title: a plan's own title is not in parentheses.
 */
const REMARK = /^[（(][^（）()]{1,40}[）)]$/;

/** The 附注 lines right under the date on line `date` (a blank line or two between), two at most. */
function remarksAfter(ctx: Ctx, date: number, limit: number): number[] {
  const out: number[] = [];
  for (let k = date; out.length < 2; ) {
    const nx = nextNonBlank(ctx, k + 1, limit);
    if (nx < 0 || nx - k > 3 || !REMARK.test(content(ctx, nx))) break;
    ctx.used[nx] = 1;
    out.push(nx);
    k = nx;
  }
  return out;
}

const OPENERS = '（(〔《“【[［「『';
const CLOSERS = '）)〕》”】]］」』';

function balanced(s: string): boolean {
  let depth = 0;
  for (const ch of s) {
    if (OPENERS.includes(ch)) depth++;
    else if (CLOSERS.includes(ch)) depth--;
  }
  return depth <= 0;
}

// ───────────────────────────── regions ─────────────────────────────

interface Regions {
  bodyEnd: number;
  note?: NoteLines;
  labels: { line: number; number?: number; labelLength: number; rest: string }[];
  banjiStart: number;
}

function findBanji(ctx: Ctx, from: number): number {
  const n = ctx.n;
  // the 版记 sits at the very end: look back from the last line for 印发 and 抄送
  let printed = -1;
  for (let k = n - 1; k >= from && n - k <= 40; k--) {
    if (blank(ctx, k)) continue;
    if (ctx.end[k] - ctx.start[k] <= 60 && lineEndsPrinted(ctx, k)) {
      printed = k;
      break;
    }
  }
  let copy = -1;
  const lookFrom = printed >= 0 ? printed : n - 1;
  for (let k = lookFrom; k >= from && lookFrom - k <= 12; k--) {
    if (!blank(ctx, k) && lineStartsCopyTo(ctx, k)) {
      copy = k;
      break;
    }
  }
  if (copy >= 0) return copy;
  return printed;
}

// Read in place, by code: asked of the last lines at every version, which are then not cut out.

/** endsPrinted on line n's content. */
function lineEndsPrinted(ctx: Ctx, n: number): boolean {
  const ls = ctx.lineStart[n];
  const e = ls + ctx.end[n];
  return e - (ls + ctx.start[n]) >= 2 && ctx.text.charCodeAt(e - 2) === 0x5370 && ctx.text.charCodeAt(e - 1) === 0x53d1; // 印发
}

/** BANJI_COPY on line n's content: 抄, spaces, 送, a colon. */
function lineStartsCopyTo(ctx: Ctx, n: number): boolean {
  const t = ctx.text;
  const ls = ctx.lineStart[n];
  const e = ls + ctx.end[n];
  let i = ls + ctx.start[n];
  if (t.charCodeAt(i) !== 0x6284) return false; // 抄
  i++;
  while (i < e && isGap(t.charCodeAt(i))) i++;
  if (i + 1 >= e || t.charCodeAt(i) !== 0x9001) return false; // 送
  const c = t.charCodeAt(i + 1);
  return c === 0xff1a || c === 0x3a;
}

/** The lines of a 附件说明; `perLine`: written one line per attachment, 附件1.××表 / 附件2.××表. */
interface NoteLines {
  start: number;
  end: number;
  perLine?: boolean;
}

/**
 * A 附件说明 written one line per attachment from line `k`: 附件1.××表, then 附件2.××表 … numbered on from 1, two
 * lines at least (a lone 附件1.××表 is not told from a label written with a dot), a blank line between at most.
 */
function collectNoteLines(ctx: Ctx, k: number, limit: number): NoteLines | undefined {
  if (matchNoteLine(content(ctx, k))?.number !== 1) return undefined;
  let end = k;
  for (let want = 2; ; want++) {
    const nx = nextNonBlank(ctx, end + 1, limit);
    if (nx < 0 || nx - end > 2 || matchNoteLine(content(ctx, nx))?.number !== want) break;
    end = nx;
  }
  return end > k ? { start: k, end, perLine: true } : undefined;
}

/** The 附件说明 starting on line `k`: its label line and the numbered item lines that follow. */
function collectNote(ctx: Ctx, k: number, limit: number): NoteLines {
  let end = k;
  let j = k + 1;
  // the number of the last item (0: one item without a number, on the label's line), and whether the line
  // before is an item's own (a name wraps once)
  const onLabel = content(ctx, k).slice(matchAttachmentNote(content(ctx, k))?.labelLength ?? 0).trimStart();
  let last = onLabel ? (matchNoteItem(onLabel)?.number ?? 0) : undefined;
  let onItem = true;
  for (;;) {
    const nx = nextNonBlank(ctx, j, limit);
    if (nx < 0 || nx - end > 2) break;
    const item = matchNoteItem(content(ctx, nx));
    if (item) last = item.number;
    else if (!onItem || last === undefined || !wrapsNoteItem(ctx, k, nx, limit, last)) break;
    onItem = item !== undefined;
    end = nx;
    j = nx + 1;
  }
  return { start: k, end };
}

/**
 * Whether line `n` of the 附件说明 labelled on line `label` goes on with the name of item `last` (GB/T 9704
 * 7.3.4: a long name wraps onto the next line, under its first character): a short piece of a name, right before
 * item last+1, or, right before the 署名 or the date, one indented a little deeper than the label (under the
 * name, not out to the right as a 署名 is) that ends as a document's name does (…名单, …分工表, …方案): a 署名
 * such as 某县优化营商环境工作领导小组 is not read as one.
 */
function wrapsNoteItem(ctx: Ctx, label: number, n: number, limit: number, last: number): boolean {
  const c = content(ctx, n);
  if (c.length > 40 || /[。，；：:,;]/.test(c) || looksLikeOrgLine(c) || matchDate(c) || startsFu(ctx, n) || isTabCell(ctx, n) || lineMarker(ctx, n)) return false;
  const nx = nextNonBlank(ctx, n + 1, limit);
  if (nx >= 0 && nx - n <= 2 && matchNoteItem(content(ctx, nx))?.number === last + 1) return true;
  const deeper = ctx.start[n] - ctx.start[label];
  if (deeper <= 0 || deeper > 12 || !(DOC_KIND.test(c) || NAME_END.test(c))) return false;
  if (nx < 0) return true;
  const after = content(ctx, nx);
  return looksLikeOrgLine(after) || matchDate(after) !== undefined;
}

/**
 * GB/T 9704 places the 附件说明 of a 通知 between its 正文 and the 署名; the seeds put it after the
 * forwarded plan. Used only when the body has none.
 */
function findNoteInNotice(ctx: Ctx, notice: Notice | undefined, bodyStart: number): NoteLines | undefined {
  if (!notice) return undefined;
  const from = (notice.addressee ?? notice.title)?.range.end.line ?? notice.range.start.line;
  const to = Math.min(bodyStart, notice.signature?.range.start.line ?? bodyStart);
  for (let k = from + 1; k < to; k++) {
    if (blank(ctx, k) || ctx.used[k] || !startsFu(ctx, k)) continue;
    if (matchAttachmentNote(content(ctx, k))) return collectNote(ctx, k, to);
    const lines = collectNoteLines(ctx, k, to);
    if (lines) return lines;
  }
  return undefined;
}

/**
 * A 通知 that is itself the text (一、工作目标 … 三、有关要求) has its 署名 and 成文日期 after its sections, where the
 * head's scan, which stops at the first heading, does not look: the last lines before the attachments or the 版记
 * (past the 附件说明 and the 附注 under the date, such as （此件公开发布）, which are the 通知's). A new Notice: the
 * head's is kept for the next version unchanged.
 */
function withClosingAfterBody(ctx: Ctx, notice: Notice | undefined, bodyStart: number, regions: Regions): Notice | undefined {
  if (!notice || notice.date || notice.signature) return notice;
  const end = regions.labels.length ? regions.labels[0].line : regions.banjiStart >= 0 ? regions.banjiStart : ctx.n;
  let k = end - 1;
  const remarks: number[] = [];
  for (; k >= bodyStart && remarks.length < 4; k--) {
    if (blank(ctx, k) || (regions.note && k >= regions.note.start && k <= regions.note.end)) continue;
    if (!REMARK.test(content(ctx, k))) break;
    remarks.unshift(k);
  }
  if (k < bodyStart || ctx.used[k]) return notice;
  const date = dateNode(ctx, k);
  if (!date || date.text.length < content(ctx, k).length - 1) return notice;
  let b = k - 1;
  while (b >= bodyStart && blank(ctx, b)) b--;
  if (b < bodyStart || ctx.used[b] || !looksLikeOrgLine(content(ctx, b))) return notice;
  ctx.used[k] = 1;
  ctx.used[b] = 1;
  for (const r of remarks) ctx.used[r] = 1;
  const start = notice.range.start;
  const last = remarks.length ? remarks[remarks.length - 1] : k;
  return {
    ...notice,
    signature: lineSpan(ctx, b),
    date,
    ...(remarks.length ? { remarks: remarks.map((r) => lineSpan(ctx, r)) } : {}),
    range: range(start.line, start.character, last, ctx.lineLen[last]),
  };
}

/** `announced`: the 通知 holds a 附件说明 of its own (before its 署名), which announces the attachments too. */
function findRegions(ctx: Ctx, bodyStart: number, announced: boolean): Regions {
  const n = ctx.n;
  const banji = findBanji(ctx, bodyStart);
  const limit = banji >= 0 ? banji : n;
  const labels: Regions['labels'] = [];
  let note: Regions['note'];
  for (let k = bodyStart; k < limit; k++) {
    // both the 附件说明 and a label start with 附: other lines are not cut out
    if (!startsFu(ctx, k)) continue;
    const c = content(ctx, k);
    if (!note && !labels.length) {
      if (matchAttachmentNote(c)) {
        note = collectNote(ctx, k, limit);
        k = note.end;
        continue;
      }
      const lines = collectNoteLines(ctx, k, limit);
      if (lines) {
        note = lines;
        k = note.end;
        continue;
      }
    }
    if (c.startsWith('附件')) {
      const lm = matchAttachmentLabel(c);
      // a bare 附件 is a label only once the 附件说明 has announced attachments
      if (lm && (lm.number !== undefined || note || announced)) labels.push({ line: k, ...lm });
    }
  }
  let bodyEnd = limit;
  if (note) bodyEnd = note.start;
  else if (labels.length) bodyEnd = labels[0].line;
  return { bodyEnd, note, labels, banjiStart: banji };
}

// ───────────────────────────── tables ─────────────────────────────

interface RawCell {
  segs: Segment[];
  afterBlank: boolean;
  /** the cell's text (cut from the table's cache key) and its text without spaces */
  text: string;
  compact?: string;
  /** the last parse's cell on the same lines with the same text, when re-reading a table typed in */
  old?: Cell;
}

function compactText(raw: RawCell): string {
  if (raw.compact === undefined) raw.compact = withoutSpaces(raw.text);
  return raw.compact;
}

function withoutSpaces(t: string): string {
  // most cells hold no space: no replace, no new string
  return t.includes(' ') || t.includes('\u3000') ? t.replace(/[ \u3000]/g, '') : t;
}

/** 1 to 4 digits, ASCII or full-width (`s` has no spaces). */
function isIntegerCell(s: string): boolean {
  if (s.length < 1 || s.length > 4) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!isDigitCode(c)) return false;
  }
  return true;
}

/** A blank line that is a lone tab (spaces aside): an empty cell. */
function loneTab(ctx: Ctx, j: number): boolean {
  return lineSlice(ctx, j, 0, ctx.lineLen[j]).replace(/[ \u3000]/g, '') === '\t';
}

/**
 * The last line of the table starting on line `k` (a tab cell). With `cells`, also its cells, segments
 * holding document lines: the same walk finds where the table ends (every version, allocating nothing) and
 * reads its cells (only when the table's text is new).
 */
function scanTable(ctx: Ctx, k: number, to: number, cells?: RawCell[], resume?: number): number {
  walkEnded = false;
  let blankRun = 0;
  // resumed after a table's last line: the state the walk has there (a cell read, no blank line since)
  let count = resume === undefined ? 0 : 1;
  let last = resume === undefined ? k : resume - 1;
  // the first line of the cell being read (-1 when resumed: looked up when asked)
  let cellLine = resume === undefined ? k : -1;
  for (let j = resume ?? k; j < to; j++) {
    if (blank(ctx, j)) {
      blankRun++;
      if (!isTabCell(ctx, j)) continue;
      // an empty cell written as a lone tab
      if (blankRun === 1 && count && loneTab(ctx, j)) {
        const a = ctx.lineLen[j];
        cells?.push({ segs: [{ line: j, start: a, end: a }], afterBlank: false, text: '', compact: undefined });
        count++;
        blankRun = 0;
        last = j;
        cellLine = j;
      }
      continue;
    }
    if (isTabCell(ctx, j)) {
      // a label (附件2) ends the table; the line is cut out only when it could be one
      if (startsFu(ctx, j) && matchAttachmentLabel(content(ctx, j))) {
        walkEnded = true;
        break;
      }
      cells?.push({ segs: [{ line: j, start: ctx.start[j], end: ctx.end[j] }], afterBlank: blankRun > 0, text: '', compact: undefined });
      count++;
      cellLine = j;
    } else {
      const c = content(ctx, j);
      let ends = blankRun >= 2 || !!matchAttachmentLabel(c) || BANJI_COPY.test(c) || endsPrinted(c);
      if (!ends) {
        const mk = lineMarker(ctx, j);
        ends = !!mk && mk.level === 1 && blankRun >= 1;
      }
      if (!ends && blankRun === 1) {
        if (cellLine < 0) cellLine = cellStart(ctx, k, j);
        ends = paragraphAfterCell(ctx, j, cellLine);
      }
      if (ends) {
        walkEnded = true;
        break;
      }
      if (cells) {
        // a walk resumed between cells (spliceTable) meets a continuation line only at the edit: it reads the table whole
        if (!cells.length) return -1;
        cells[cells.length - 1].segs.push({ line: j, start: ctx.start[j], end: ctx.end[j] });
      }
    }
    blankRun = 0;
    last = j;
  }
  return last;
}

/** The first line of the cell whose lines (its first, then continuation lines and blanks) run up to line `j`. */
function cellStart(ctx: Ctx, k: number, j: number): number {
  let q = j - 1;
  while (q > k && !isTabCell(ctx, q)) q--;
  return q;
}

/**
 * Whether line `j`, untabbed after one blank line, is a paragraph after the table rather than more of the cell
 * starting on line `cell`: it reads as a sentence (。，；！？) or starts with a heading marker (（二）创新供给体系), and
 * does not carry on a numbered list of the cell (seed 003's policy cells: 1.…。 ⏎⏎ 2.…。). A cell's wrapped words
 * (通北镇, （万元）, 市发改局) have neither.
 */
function paragraphAfterCell(ctx: Ctx, j: number, cell: number): boolean {
  const m = lineMarker(ctx, j);
  if (!m && !(lineFacts(ctx, j) & HAS_COMMA_OR_STOP) && !SENTENCE_END_CODE[ctx.text.charCodeAt(ctx.lineStart[j] + ctx.end[j] - 1)]) return false;
  if (!m || m.level === 1 || m.ordinal < 2) return true;
  // from the line above: the item before is usually the last one read (a walk from the cell's first line was
  // quadratic in a cell of thousands of items); a miss ends the table, so it walks the cell once
  for (let q = j - 1; q >= cell; q--) {
    if (blank(ctx, q)) continue;
    const p = lineMarker(ctx, q);
    if (p && p.level === m.level && p.ordinal === m.ordinal - 1) return false;
  }
  return true;
}

/** ； ！ ？ ending a line: a sentence's end (beside 。, which lineFacts finds anywhere). */
const SENTENCE_END_CODE = new Uint8Array(65536);
for (const c of '；！？;!?') SENTENCE_END_CODE[c.charCodeAt(0)] = 1;

/** Whether the last scanTable stopped at a line that ends the table (rather than at `to`). */
let walkEnded = false;

/** What a table's own lines determine: everything but its index, title (the line above) and attachment. */
interface TableBody extends Pick<Table, 'header' | 'columns' | 'seqColumn' | 'taskColumn' | 'unitsColumn' | 'partnerColumn' | 'rows' | 'range'> {
  /** the line it starts on: its positions are the document's */
  line: number;
  /** the table's lines as read (the cache key's copy, or cut from it) */
  source: string;
  /** its last line */
  lastLine: number;
  /** read from rows written one per line, the cells between tabs (tabRowsEnd): not a table scanTable walks */
  tabbed?: boolean;
}

/**
 * Keyed by the table's lines' text: after a keystroke elsewhere the 分工表 — hundreds of cells, half of what
 * a parse allocated — is taken as it is. Cells hold document positions, so a body is used only on the line
 * it was read on; a table moved by a line added above is kept a second time, under its line and its text
 * (a key built by concatenation, which costs a copy of the table's text: the common case hashes a slice).
 * Few entries (one holds a whole table, and the one being typed in is replaced at every keystroke): two
 * generations of 8 keep up to 16 tables.
 */
const tableBodies = new Memo<TableBody | null>('parse/table', 8);
const movedTables = new Memo<TableBody | null>('parse/table-moved', 8);

/**
 * The last parse's tables in order: the next version of a document usually has them on the same lines with
 * the same text, and comparing a table's text with the one read last costs less than hashing it for the memo.
 */
let lastTables: TableBody[] = [];
let theseTables: TableBody[] = [];
/**
 * The tables of the parse before: a benchmark's versions are edits of one original, so a table typed in
 * last time is usually back as it was read then, which its text, compared in place, says without a hash.
 */
let olderTables: TableBody[] = [];
onClearMemos(() => {
  lastTables = [];
  theseTables = [];
  olderTables = [];
});

function findTables(ctx: Ctx, from: number, to: number, attachment: number | undefined, tables: Table[]): void {
  let k = from;
  // the first tab at or after the line looked at (-1: none left): one indexOf sweep over the region finds the lines holding one
  let nextTab = -2;
  while (k < to) {
    if (!isTabCell(ctx, k) || blank(ctx, k) || ctx.used[k]) {
      if (nextTab !== -1 && !blank(ctx, k) && !ctx.used[k] && !isTabCell(ctx, k)) {
        const ls = ctx.lineStart[k];
        if (nextTab < ls) nextTab = ctx.text.indexOf('\t', ls);
        if (nextTab >= 0 && nextTab < ls + ctx.lineLen[k]) {
          const end = tabRowsEnd(ctx, k, to);
          if (end > k) {
            pushTable(ctx, k, tabRowsBody(ctx, k, end), attachment, tables);
            for (let u = k; u <= end; u++) ctx.used[u] = 1;
            k = end + 1;
            continue;
          }
        }
      }
      k++;
      continue;
    }
    // a table needs at least two cells close together
    const nx = nextNonBlank(ctx, k + 1, Math.min(to, k + 3));
    if (nx < 0 || !isTabCell(ctx, nx)) {
      k++;
      continue;
    }
    const at = ctx.lineStart[k];
    let previous = lastTables[tables.length] as TableBody | undefined;
    let older = olderTables[tables.length] as TableBody | undefined;
    if (previous?.tabbed) previous = undefined;
    if (older?.tabbed) older = undefined;
    let body: TableBody | null;
    let last: number;
    if (previous && previous.line === k && unchanged(ctx, previous, at, to, true)) {
      body = previous;
      last = previous.lastLine;
    } else if (older && older !== previous && older.line === k && unchanged(ctx, older, at, to, false)) {
      body = older;
      last = older.lastLine;
    } else if (previous && ctx.origin) {
      // typed in: most cells are as they were
      [body, last] = rereadTable(ctx, k, to, previous);
    } else {
      last = scanTable(ctx, k, to);
      const slice = ctx.text.slice(at, ctx.lineStart[last] + ctx.lineLen[last]);
      const first = k;
      const end = last;
      body = tableBodies.get(slice, (own) => readTable(ctx, first, end, own, at));
      if (body && body.line !== k) {
        const head = String(k) + '\n';
        body = movedTables.get(head + slice, (own) => readTable(ctx, first, end, own, at - head.length));
      }
    }
    for (let u = k; u <= last; u++) ctx.used[u] = 1;
    if (body) pushTable(ctx, k, body, attachment, tables);
    k = last + 1;
  }
}

/** The table of `body`, starting on line k, with its title (the line above): the last model's when nothing of it changed. */
function pushTable(ctx: Ctx, k: number, body: TableBody, attachment: number | undefined, tables: Table[]): void {
  theseTables.push(body);
  const index = tables.length;
  const title = tableTitle(ctx, k);
  const was = lastModel?.tables[index];
  if (was && was.rows === body.rows && was.attachment === attachment && sameTitle(was.title, title)) tables.push(was);
  else {
    // handed over to the next versions: a title of its own, not a slice keeping this whole version alive
    if (title && ctx.origin) title.text = ownCopy(title.text);
    tables.push({ index, title, header: body.header, columns: body.columns, seqColumn: body.seqColumn, taskColumn: body.taskColumn, unitsColumn: body.unitsColumn, partnerColumn: body.partnerColumn, rows: body.rows, range: body.range, attachment });
  }
}

// A table as Word's 另存为纯文本 writes it: a row per line, its cells between tabs (序号⇥重点任务⇥责任单位, then
// 1⇥统筹规划服务设施建设⇥县民政局). Read only when it cannot be prose: a header line (each cell short, none a number,
// one naming a column: 序号, 任务, 单位 …) and at least one line after it with as many cells, two of them filled.

/** A header cell that names a column. */
const TAB_HEADER = /序号|任务|措施|内容|名称|指标|单位|部门|主体|时限|时间|目标|备注|类型|地点|规模|投资/;

/** The cells of line n between its tabs, as [start, end) pairs relative to the line's start (spaces trimmed). */
function tabFields(ctx: Ctx, n: number): number[] {
  const t = ctx.text;
  const ls = ctx.lineStart[n];
  const le = ls + ctx.lineLen[n];
  const out: number[] = [];
  let a = ls;
  for (;;) {
    let e = t.indexOf('\t', a);
    if (e < 0 || e > le) e = le;
    let x = a;
    let y = e;
    while (x < y && isSpaceCode(t.charCodeAt(x))) x++;
    while (y > x && isSpaceCode(t.charCodeAt(y - 1))) y--;
    out.push(x - ls, y - ls);
    if (e === le) break;
    a = e + 1;
  }
  return out;
}

function filledFields(f: number[]): number {
  let c = 0;
  for (let i = 0; i < f.length; i += 2) if (f[i + 1] > f[i]) c++;
  return c;
}

/** The last line of the table of tab rows whose header is line k, or -1. */
function tabRowsEnd(ctx: Ctx, k: number, to: number): number {
  // most lines with a tab are prose naming no column: one test of the line's text (read for its paragraph anyway)
  if (!TAB_HEADER.test(content(ctx, k))) return -1;
  const header = tabFields(ctx, k);
  const columns = header.length / 2;
  if (columns < 2 || filledFields(header) !== columns) return -1;
  const ls = ctx.lineStart[k];
  let named = false;
  for (let i = 0; i < header.length; i += 2) {
    const cell = ctx.text.slice(ls + header[i], ls + header[i + 1]);
    if (cell.length > 20 || isIntegerCell(withoutSpaces(cell)) || /[。；，]$/.test(cell)) return -1;
    if (TAB_HEADER.test(cell)) named = true;
  }
  if (!named) return -1;
  let last = -1;
  let full = false;
  for (let j = k + 1; j < to; j++) {
    // rows one per line, now and then a blank line between
    if (blank(ctx, j) && j + 1 < to && !blank(ctx, j + 1)) j++;
    if (blank(ctx, j) || ctx.used[j] || isTabCell(ctx, j)) break;
    const f = tabFields(ctx, j);
    if (f.length === 2 && sectionBetweenTabRows(ctx, j, to, header.length)) {
      last = j;
      continue;
    }
    if (f.length !== header.length) break;
    const filled = filledFields(f);
    if (filled === 0) break;
    if (filled >= 2) full = true;
    last = j;
  }
  return full ? last : -1;
}

/**
 * Whether line j, without a tab, is a section row of a table of tab rows (a row of merged cells, which 纯文本 writes
 * as its one text): a short title, not a sentence nor an attachment label, with a row numbered like a 序号 and as
 * many cells as the header on the next line (or the one after a blank line).
 */
function sectionBetweenTabRows(ctx: Ctx, j: number, to: number, fields: number): boolean {
  const c = content(ctx, j);
  if (c.length > 40 || /[。；，]$/.test(c) || matchAttachmentLabel(c) || BANJI_COPY.test(c)) return false;
  const nx = nextNonBlank(ctx, j + 1, Math.min(to, j + 3));
  if (nx < 0 || ctx.used[nx] || isTabCell(ctx, nx)) return false;
  const g = tabFields(ctx, nx);
  if (g.length !== fields || filledFields(g) < 2) return false;
  const ls = ctx.lineStart[nx];
  return isIntegerCell(withoutSpaces(ctx.text.slice(ls + g[0], ls + g[1])));
}

const tabRowBodies = new Memo<TableBody>('parse/tab-rows', 8);

/** The table of tab rows on lines [k, last]: positions the document's, texts cut from the cache key. */
function tabRowsBody(ctx: Ctx, k: number, last: number): TableBody {
  const at = ctx.lineStart[k];
  const slice = ctx.text.slice(at, ctx.lineStart[last] + ctx.lineLen[last]);
  const body = tabRowBodies.get(slice, (own) => readTabRows(ctx, k, last, own, at));
  return body.line === k ? body : readTabRows(ctx, k, last, ownCopy(slice), at);
}

function readTabRows(ctx: Ctx, k: number, last: number, own: string, shift: number): TableBody {
  const rows: TableRow[] = [];
  let section = -1;
  let columns = 0;
  for (let j = k; j <= last; j++) {
    if (blank(ctx, j)) continue;
    const f = tabFields(ctx, j);
    const ls = ctx.lineStart[j] - shift;
    const cells: Cell[] = [];
    for (let i = 0; i < f.length; i += 2) cells.push({ text: own.slice(ls + f[i], ls + f[i + 1]), segments: [{ line: j, start: f[i], end: f[i + 1] }], range: range(j, f[i], j, f[i + 1]), column: i / 2 });
    const index = rows.length;
    if (j === k) {
      columns = cells.length;
      rows.push({ kind: 'header', cells, range: rowRange(cells), section: -1, index });
      continue;
    }
    const first = withoutSpaces(cells[0].text);
    let rest = false;
    for (let c = 1; c < cells.length; c++) if (cells[c].text) rest = true;
    if (isIntegerCell(first)) rows.push({ kind: 'row', cells, range: rowRange(cells), seq: Number(toAsciiDigits(first)), section, index });
    else if (rest) rows.push({ kind: 'row', cells, range: rowRange(cells), seq: undefined, section, index });
    else {
      section = index;
      rows.push({ kind: 'section', cells, range: rowRange(cells), section: -1, index });
    }
  }
  const header = rows[0];
  const roles = columnRoles(header.cells);
  const size = ctx.lineStart[last] + ctx.lineLen[last] - ctx.lineStart[k];
  return { line: k, source: own.length === size ? own : own.slice(own.length - size), lastLine: last, header, columns, ...roles, rows, range: { start: header.range.start, end: rows[rows.length - 1].range.end }, tabbed: true };
}

/**
 * Whether the last parse's table at this ordinal is still there as it was, on its line: its text where it
 * starts, ending at a line break, and the walk that would go on after its last line stops at once. Compared
 * in place (no slice, no hash, no walk over its lines): the usual version after a keystroke elsewhere.
 */
function unchanged(ctx: Ctx, previous: TableBody, at: number, to: number, recent: boolean): boolean {
  if (previous.lastLine >= to) return false;
  // the last parse's table on lines this table copied, in place: the same text, nothing to compare
  if (recent && copiedInPlace(ctx, previous.line, previous.lastLine)) return scanTable(ctx, previous.line, to, undefined, previous.lastLine + 1) === previous.lastLine;
  const endAt = at + previous.source.length;
  const after = ctx.text.charCodeAt(endAt);
  if (endAt !== ctx.text.length && after !== 10 && after !== 13) return false;
  // a slice compared with ===: startsWith(source, at) walked the text a character at a time, four times slower
  if (previous.lastLine >= to || ctx.text.slice(at, endAt) !== previous.source) return false;
  return scanTable(ctx, previous.line, to, undefined, previous.lastLine + 1) === previous.lastLine;
}

/** Whether lines [a, b] are the last parse's lines [a, b] (same text, not moved). */
function copiedInPlace(ctx: Ctx, a: number, b: number): boolean {
  const origin = ctx.origin;
  if (!origin) return false;
  for (let j = a; j <= b; j++) if (origin[j] !== j) return false;
  return true;
}

/** A table title is read every version from the line above: the same text at the same place. */
function sameTitle(a: Span | undefined, b: Span | undefined): boolean {
  if (!a || !b) return a === b;
  return a.text === b.text && a.segments.length === 1 && b.segments.length === 1 && sameRange(a.range, b.range) && a.segments[0].start === b.segments[0].start;
}

/**
 * The table on lines [k, last]. Positions come from the document's lines; the cells' text is cut from
 * `own` (the cache key, whose offset `shift` is the document's), so a cached table keeps no document alive.
 */
/**
 * The table on lines [k, last] read again after an edit in it (or near it), from the last parse's table at its
 * ordinal: a cell whose lines are copies of one of that table's has its text (the same string), and on the same
 * lines, is that cell; rows made of such cells are those rows.
 */
function rereadTable(ctx: Ctx, k: number, to: number, previous: TableBody): [TableBody | null, number] {
  const spliced = spliceTable(ctx, k, to, previous);
  if (spliced) return spliced;
  const raw: RawCell[] = [];
  const last = scanTable(ctx, k, to, raw);
  if (raw.length < 2) return [null, last];
  const at = ctx.lineStart[k];
  // what the next version compares: a copy of the table's text only
  const source = ownCopy(ctx.text.slice(at, ctx.lineStart[last] + ctx.lineLen[last]));
  cellTexts(ctx, raw, previous.rows);
  return [buildTable(raw, source, last, { rows: previous.rows, at: 0 }), last];
}

/**
 * Each raw cell's text: a cell whose lines are copies of those of one of the last parse's `rows` (from `fromRow`
 * on) has its text (the same string), and on the same lines is that cell; the others are cut from the document
 * as copies of their own (the next versions take them over).
 */
function cellTexts(ctx: Ctx, raw: RawCell[], rows: readonly TableRow[], fromRow = 0): void {
  const origin = ctx.origin!;
  // both in line order (copies keep theirs): one walk along the old cells
  let r = fromRow;
  let c = 0;
  for (const cell of raw) {
    const segs = cell.segs;
    const o = origin[segs[0].line];
    let was: Cell | undefined;
    if (o >= 0) {
      for (; r < rows.length; r++, c = 0) {
        const cells = rows[r].cells;
        while (c < cells.length && cells[c].segments[0].line < o) c++;
        if (c < cells.length) break;
      }
      if (r < rows.length && rows[r].cells[c].segments[0].line === o) was = rows[r].cells[c];
    }
    const copy = was ? copiedSegments(ctx, segs, was.segments) : NOT_COPIED;
    if (copy !== NOT_COPIED) {
      cell.text = was!.text;
      if (copy === IN_PLACE) cell.old = was;
      continue;
    }
    let t = '';
    for (const sg of segs) t += lineSlice(ctx, sg.line, sg.start, sg.end);
    cell.text = ownCopy(t);
  }
}

/** The first line of a row. */
function rowLine(row: TableRow): number {
  return row.cells[0].segments[0].line;
}

/**
 * A table typed in on lines that did not move: the last parse's rows before the edit and after it, as they are,
 * and only the rows between read again. Rows before the edit are the same when every line up to the next row's
 * first cell is; rows after it when they start on lines that did not change, the grouping reaches them in the
 * same state (as many rows before, the same section and 序号, the row before not short of cells) and the walk
 * ends where it did. Otherwise undefined: the table is read whole.
 */
function spliceTable(ctx: Ctx, k: number, to: number, previous: TableBody): [TableBody, number] | undefined {
  const origin = ctx.origin!;
  const old = previous.rows;
  const oldLast = previous.lastLine;
  if (previous.line !== k || oldLast >= to) return undefined;
  let first = k;
  while (first <= oldLast && origin[first] === first) first++;
  let lastBad = oldLast;
  while (lastBad >= first && origin[lastBad] === lastBad) lastBad--;
  if (first > oldLast) return undefined;
  // rows [0, keep) stay: the next row starts before the edit
  let keep = 0;
  while (keep + 1 < old.length && rowLine(old[keep + 1]) < first) keep++;
  if (keep < 1) return undefined;
  // rows [from, …) stay, when the grouping agrees
  let from = keep;
  while (from < old.length && rowLine(old[from]) <= lastBad) from++;
  const stopAt = from < old.length ? rowLine(old[from]) : to;
  const lastCells = old[keep - 1].cells;
  const lastSegs = lastCells[lastCells.length - 1].segments;
  let raw: RawCell[] = [];
  let last = scanTable(ctx, k, stopAt, raw, lastSegs[lastSegs.length - 1].line + 1);
  if (last < 0 || raw.length === 0) return undefined;
  const ended = walkEnded;
  cellTexts(ctx, raw, old, keep);
  let rows = old.slice(0, keep);
  const g: Grouping = { section: -1, lastSeq: 0, short: false, seqBefore: 0 };
  stateBefore(old, keep, g);
  groupRows(raw, 0, previous.columns, rows, g, { rows: old, at: keep });
  if (from < old.length && !ended) {
    if (rejoins(ctx, k, to, old, from, oldLast, raw, rows, g, stopAt)) {
      for (let r = from; r < old.length; r++) rows.push(old[r]);
      last = oldLast;
    } else {
      // the rest of the table read as well (its cells still the last parse's where they are the same)
      const segs = raw[raw.length - 1].segs;
      const more: RawCell[] = [];
      last = scanTable(ctx, k, to, more, segs[segs.length - 1].line + 1);
      if (last < 0) return undefined;
      if (more.length) {
        cellTexts(ctx, more, old, from);
        raw = raw.concat(more);
      }
      rows = old.slice(0, keep);
      stateBefore(old, keep, g);
      groupRows(raw, 0, previous.columns, rows, g, { rows: old, at: keep });
    }
  }
  const at = ctx.lineStart[k];
  // what the next version compares: a copy of the table's text only
  const source = ownCopy(ctx.text.slice(at, ctx.lineStart[last] + ctx.lineLen[last]));
  const header = rows[0];
  const range = { start: header.range.start, end: rows[rows.length - 1].range.end };
  const body: TableBody = { line: k, source, lastLine: last, header, columns: previous.columns, seqColumn: previous.seqColumn, taskColumn: previous.taskColumn, unitsColumn: previous.unitsColumn, partnerColumn: previous.partnerColumn, rows, range };
  return [body, last];
}

/**
 * Whether the rows read again end where the last parse's row `from` starts, as they did: the walk goes on to it
 * (a cell whatever the lines before: not a lone tab) and, after the last row, ends where it did; the grouping
 * reaches it in the same state (as many rows before, the same section and 序号), and a last row short of cells
 * does not take its first cell (groupRows: after a blank line, the 序号 that follows starts the next row; a row
 * without a 序号, or a section row, ends at a blank line).
 */
function rejoins(ctx: Ctx, k: number, to: number, old: readonly TableRow[], from: number, oldLast: number, raw: RawCell[], rows: TableRow[], g: Grouping, stopAt: number): boolean {
  if (blank(ctx, stopAt) || scanTable(ctx, k, to, undefined, oldLast + 1) !== oldLast) return false;
  const want: Grouping = { section: -1, lastSeq: 0, short: false, seqBefore: 0 };
  stateBefore(old, from, want);
  if (rows.length !== from || g.section !== want.section || g.lastSeq !== want.lastSeq) return false;
  if (!g.short) return true;
  const next = withoutSpaces(old[from].cells[0].text);
  const segs = raw[raw.length - 1].segs;
  const afterBlank = segs[segs.length - 1].line < stopAt - 1;
  const lastRow = rows[rows.length - 1];
  // a row without a 序号, or a section row, short of cells takes the cells written on the next lines without a blank one
  if (lastRow.kind !== 'row' || lastRow.seq === undefined) return afterBlank;
  return afterBlank && isIntegerCell(next) && Number(toAsciiDigits(next)) === g.seqBefore + 2 - (g.seqBefore === 0 ? 1 : 0) && lastRow.cells.length > 1;
}

/** The grouping's state before old row `r`: its section row and the last 序号 before it. */
function stateBefore(rows: readonly TableRow[], r: number, g: Grouping): void {
  g.section = -1;
  g.lastSeq = 0;
  let seqFound = false;
  for (let q = r - 1; q >= 1; q--) {
    const row = rows[q];
    if (!seqFound && row.kind === 'row' && row.seq !== undefined) {
      g.lastSeq = row.seq!;
      seqFound = true;
    }
    if (row.kind === 'section') {
      g.section = q;
      break;
    }
  }
  if (!seqFound) {
    for (let q = g.section - 1; q >= 1; q--) {
      if (rows[q].kind === 'row' && rows[q].seq !== undefined) {
        g.lastSeq = rows[q].seq!;
        break;
      }
    }
  }
  g.short = false;
}

const NOT_COPIED = 0;
const COPIED = 1;
const IN_PLACE = 2;

/**
 * Whether each of `segs` is on a copy of the line of the segment of `old` at its place, with the same bounds
 * (COPIED: the same text), and on that very line (IN_PLACE: the same segments).
 */
function copiedSegments(ctx: Ctx, segs: readonly Segment[], old: readonly Segment[]): number {
  if (segs.length !== old.length) return NOT_COPIED;
  const origin = ctx.origin!;
  let moved = false;
  for (let i = 0; i < segs.length; i++) {
    const a = segs[i];
    const b = old[i];
    if (origin[a.line] !== b.line || a.start !== b.start || a.end !== b.end) return NOT_COPIED;
    if (a.line !== b.line) moved = true;
  }
  return moved ? COPIED : IN_PLACE;
}

function readTable(ctx: Ctx, k: number, last: number, own: string, shift: number): TableBody | null {
  const raw: RawCell[] = [];
  scanTable(ctx, k, last + 1, raw);
  if (raw.length < 2) return null;
  for (let c = 0; c < raw.length; c++) {
    const cell = raw[c];
    const segs = cell.segs;
    // an index loop: readTable runs once per table, unoptimised, where for…of made an iterator and a result per cell
    let t = '';
    for (let q = 0; q < segs.length; q++) {
      const sg = segs[q];
      const ls = ctx.lineStart[sg.line] - shift;
      t += own.slice(ls + sg.start, ls + sg.end);
    }
    cell.text = t;
  }
  const size = ctx.lineStart[last] + ctx.lineLen[last] - ctx.lineStart[k];
  return buildTable(raw, own.length === size ? own : own.slice(own.length - size), last);
}

function toCell(raw: RawCell, column: number): Cell {
  if (raw.old && raw.old.column === column) return raw.old;
  const segs = raw.segs;
  const first = segs[0];
  const last = segs[segs.length - 1];
  // the span makeSpan would build, without the intermediate object (a 10 000-row table has 30 000 cells)
  return { text: raw.text, segments: segs, range: range(first.line, first.start, last.line, last.end), column };
}

function rowRange(cells: Cell[]) {
  const a = cells[0].range.start;
  const b = cells[cells.length - 1].range.end;
  return { start: a, end: b };
}

/** The last parse's rows of a table typed in, and how far buildTable has walked them. */
interface OldRows {
  rows: readonly TableRow[];
  at: number;
}

/**
 * The table of the raw cells. With `rowOf` (the last parse's rows, when re-reading a table typed in), a row
 * made of the last parse's cells, as it was, is that row.
 */
function buildTable(raw: RawCell[], source: string, lastLine: number, rowOf?: OldRows): TableBody {
  // header: the cells before the first one that follows a blank line
  let h = 1;
  while (h < raw.length && !raw[h].afterBlank) h++;
  const headerCells = raw.slice(0, h).map((c, i) => toCell(c, i));
  const columns = headerCells.length;
  const header: TableRow = keptRow(rowOf, headerCells, 'header', undefined, -1, 0) ?? { kind: 'header', cells: headerCells, range: rowRange(headerCells), section: -1, index: 0 };
  const rows: TableRow[] = [header];
  const roles = columnRoles(headerCells);
  groupRows(raw, h, columns, rows, { section: -1, lastSeq: 0, short: false, seqBefore: 0 }, rowOf);
  const rangeAll = { start: header.range.start, end: rows[rows.length - 1].range.end };
  return { line: header.range.start.line, source, lastLine, header, columns, ...roles, rows, range: rangeAll };
}

/** The columns a table's header names: 序号, the task, the units and the assisting units (-1: none). */
function columnRoles(headerCells: readonly Cell[]): Pick<Table, 'seqColumn' | 'taskColumn' | 'unitsColumn' | 'partnerColumn'> {
  const norm = (s: string) => s.replace(/[ \u3000]/g, '');
  const find = (re: RegExp) => headerCells.findIndex((c) => re.test(norm(c.text)));
  const seqColumn = find(/^序号$/);
  let taskColumn = find(/重点任务|任务重点|任务|工作内容/);
  if (taskColumn < 0) taskColumn = find(/工作措施|主要措施|具体措施/);
  if (taskColumn < 0) taskColumn = find(/项目名称|政策名称|产业名称|要素名称|主要指标|名称/);
  const unitsColumn = find(/责任单位|实施单位|牵头单位|责任部门|承办单位|牵头部门|主责单位|责任主体/);
  // 牵头单位 | 配合单位, or 牵头单位 | 责任单位: the assisting units are units of the task too
  let partner = unitsColumn < 0 ? -1 : find(/配合单位|协办单位|参与单位|参加单位|协助单位|配合部门|协同单位/);
  if (partner < 0 && unitsColumn >= 0 && /牵头/.test(headerCells[unitsColumn].text)) {
    partner = headerCells.findIndex((c, i) => i !== unitsColumn && /责任单位|责任部门|实施单位/.test(norm(c.text)));
  }
  const partnerColumn = partner === unitsColumn ? -1 : partner;
  return { seqColumn, taskColumn, unitsColumn, partnerColumn };
}

/** Where the grouping of cells into rows stands: the section row data rows are under, the last 序号, whether the last row is short of cells. */
interface Grouping {
  section: number;
  lastSeq: number;
  short: boolean;
  /** the last 序号 before the last row (what its early end compared with) */
  seqBefore: number;
}

/** Cells raw[i…] grouped into rows, pushed onto `rows`; `g` is the state before and after. */
function groupRows(raw: RawCell[], i: number, columns: number, rows: TableRow[], g: Grouping, rowOf?: OldRows): void {
  let { section, lastSeq } = g;
  let short = false;
  while (i < raw.length) {
    const first = raw[i];
    const text = compactText(first);
    if (isIntegerCell(text) || columns === 1) {
      // where the row ends first, then its cells in an array of that size (one grown by push reserves room for 17)
      let j = i + 1;
      while (j < raw.length && j - i < columns) {
        const t = compactText(raw[j]);
        // a new row begins early when a row is missing cells
        if (raw[j].afterBlank && isIntegerCell(t) && Number(toAsciiDigits(t)) === lastSeq + 2 - (lastSeq === 0 ? 1 : 0) && j - i > 1) break;
        j++;
      }
      const cells = new Array<Cell>(j - i);
      for (let c = 0; c < j - i; c++) cells[c] = toCell(raw[i + c], c);
      const seq = Number(toAsciiDigits(text));
      g.seqBefore = lastSeq;
      lastSeq = seq;
      short = cells.length < columns;
      rows.push(keptRow(rowOf, cells, 'row', seq, section, rows.length) ?? { kind: 'row', cells, range: rowRange(cells), seq, section, index: rows.length });
      i = j;
    } else {
      // the cells written on the next lines without a blank one between (an empty one as a lone tab) are the row's:
      // a 合计 row (合计, an empty cell, its figure) is a row of figures without a 序号; a title with only empty
      // cells beside it is still a section
      let j = i + 1;
      let filled = false;
      while (j < raw.length && j - i < columns && !raw[j].afterBlank) {
        if (compactText(raw[j])) filled = true;
        j++;
      }
      const cells = new Array<Cell>(j - i);
      for (let c = 0; c < j - i; c++) cells[c] = toCell(raw[i + c], c);
      short = cells.length < columns;
      // a part's ordinal in the 序号 column (一, 二、, （三）) with its title in the next cell is a section all the same
      if (filled && !SECTION_ORDINAL.test(text)) rows.push(keptRow(rowOf, cells, 'row', undefined, section, rows.length) ?? { kind: 'row', cells, range: rowRange(cells), seq: undefined, section, index: rows.length });
      else {
        section = rows.length;
        rows.push(keptRow(rowOf, cells, 'section', undefined, -1, rows.length) ?? { kind: 'section', cells, range: rowRange(cells), section: -1, index: rows.length });
      }
      i = j;
    }
  }
  g.section = section;
  g.lastSeq = lastSeq;
  g.short = short;
}

/** A section's ordinal alone in the 序号 column: 一, 二、, 十一, （三）, (四). */
const SECTION_ORDINAL = /^[（(]?[一二三四五六七八九十百〇]{1,4}[)）]?[、．.]?$/;

/** The last parse's row that is this one in every field. */
function keptRow(rowOf: OldRows | undefined, cells: Cell[], kind: TableRow['kind'], seq: number | undefined, section: number, index: number): TableRow | undefined {
  if (!rowOf) return undefined;
  // rows come in line order: the one starting where this one does, if any
  const line = cells[0].segments[0].line;
  const rows = rowOf.rows;
  while (rowOf.at < rows.length && rows[rowOf.at].cells[0].segments[0].line < line) rowOf.at++;
  const row = rows[rowOf.at] as TableRow | undefined;
  if (!row || row.cells[0] !== cells[0] || row.kind !== kind || row.seq !== seq || row.section !== section || row.index !== index || row.cells.length !== cells.length) return undefined;
  for (let c = 1; c < cells.length; c++) if (row.cells[c] !== cells[c]) return undefined;
  return row;
}

/** The short line just above the table starting on line `top`, read every version (it is not the table's). */
function tableTitle(ctx: Ctx, top: number): Span | undefined {
  for (let b = top - 1; b >= 0 && top - b <= 2; b--) {
    if (blank(ctx, b)) continue;
    const c = content(ctx, b);
    if (!ctx.used[b] && c.length <= 80 && !/[。；]$/.test(c) && !matchMarker(c)) return lineSpan(ctx, b);
    if (ctx.used[b] && c.length <= 80 && !matchAttachmentLabel(c)) return lineSpan(ctx, b);
    return undefined;
  }
  return undefined;
}

// ───────────────────────────── paragraphs ─────────────────────────────

/** TERMINAL and CONTINUATION_START (single UTF-16 units) by code: s[i] made a string per line asked. */
const TERMINAL_CODE = new Uint8Array(65536);
for (const c of TERMINAL) TERMINAL_CODE[c.charCodeAt(0)] = 1;
const CONTINUATION_CODE = new Uint8Array(65536);
for (const c of CONTINUATION_START) CONTINUATION_CODE[c.charCodeAt(0)] = 1;

/** +1 for （ ( 〔 《 “ 【, -1 for ） ) 〕 》 ” 】, by character code: one load per character, no string per character. */
const DEPTH_DELTA = new Int8Array(65536);
for (const c of '（(〔《“【') DEPTH_DELTA[c.charCodeAt(0)] = 1;
for (const c of '）)〕》”】') DEPTH_DELTA[c.charCodeAt(0)] = -1;

/**
 * Line kinds cached in ctx.kind: what a line's content alone says about starting a paragraph (bits 0–1), and
 * what the join decisions read from it (FACTS: known; its bracket depth is in ctx.depth).
 */
const STRUCTURAL = 3;
const STRUCTURAL_NO = 1;
const STRUCTURAL_YES = 2;
const FACTS = 4;
const HAS_STOP = 8;
const HAS_COMMA_OR_STOP = 16;
const LAYOUT_GAP = 32;

function structuralStart(ctx: Ctx, n: number): boolean {
  if (ctx.used[n] === 1 || isTabCell(ctx, n) || lineMarker(ctx, n)) return true;
  let kind = ctx.kind[n] & STRUCTURAL;
  if (kind === 0) {
    const c = content(ctx, n);
    const yes =
      !!matchAttachmentNote(c) ||
      !!matchAttachmentLabel(c) ||
      BANJI_COPY.test(c) ||
      // the 印发 line of the 版记 never continues a paragraph (a 抄送 line missing its 。 would swallow it)
      (c.length <= 60 && endsPrinted(c)) ||
      (c.length <= 16 && !!matchDate(c));
    kind = yes ? STRUCTURAL_YES : STRUCTURAL_NO;
    ctx.kind[n] |= kind;
  }
  return kind === STRUCTURAL_YES;
}

/** Line n's kind with its FACTS read: one pass over its content, once for as long as the line is unchanged. */
function lineFacts(ctx: Ctx, n: number): number {
  let kind = ctx.kind[n];
  if (kind & FACTS) return kind;
  const t = ctx.text;
  const ls = ctx.lineStart[n];
  const a = ls + ctx.start[n];
  const e = ls + ctx.end[n];
  let depth = 0;
  let facts = FACTS;
  for (let i = a; i < e; i++) {
    const c = t.charCodeAt(i);
    depth += DEPTH_DELTA[c];
    if (c === STOP) facts |= HAS_STOP | HAS_COMMA_OR_STOP;
    else if (c === COMMA) facts |= HAS_COMMA_OR_STOP;
    else if (isGap(c) && i > a && !isGap(t.charCodeAt(i - 1))) {
      // /[^ \u3000][ \u3000]{2,}[^ \u3000]/: a run of two or more with something on both sides
      let j = i + 1;
      while (j < e && isGap(t.charCodeAt(j))) j++;
      if (j - i >= 2 && j < e) facts |= LAYOUT_GAP;
    }
  }
  ctx.depth[n] = depth;
  kind |= facts;
  ctx.kind[n] = kind;
  return kind;
}

// The join decisions read a line's content by code where it lies in the text (lineFacts): a line that belongs to
// a paragraph handed over from the last parse is never cut out.

function isGap(c: number): boolean {
  return c === 0x20 || c === 0x3000;
}

function lineEndsTerminal(ctx: Ctx, n: number): boolean {
  return ctx.end[n] > ctx.start[n] && TERMINAL_CODE[ctx.text.charCodeAt(ctx.lineStart[n] + ctx.end[n] - 1)] === 1;
}

/** 每千人口4. / 5个托位数: a decimal number hard-wrapped after its point, not a sentence ending in a full stop. */
function decimalWrapped(ctx: Ctx, last: number, next: number): boolean {
  const e = ctx.lineStart[last] + ctx.end[last];
  const point = ctx.text.charCodeAt(e - 1);
  return (point === 0x2e || point === 0xff0e) && ctx.end[last] - ctx.start[last] >= 2 && isDigitCode(ctx.text.charCodeAt(e - 2)) &&
    isDigitCode(ctx.text.charCodeAt(ctx.lineStart[next] + ctx.start[next]));
}

const STOP = 0x3002; // 。
const COMMA = 0xff0c; // ，

/**
 * The last parse's paragraph that lines [k, last] (`count` of them not blank) are a copy of: it started on the
 * line k was copied from and ended on the one `last` was, and every line between is a copy in the same order.
 * Its text is this one's, the same string.
 */
function previousParagraph(ctx: Ctx, k: number, last: number, count: number): Paragraph | undefined {
  const origin = ctx.origin;
  if (!origin || !ctx.oldParaAt || !lastModel) return undefined;
  const o = origin[k];
  if (o < 0) return undefined;
  const i = ctx.oldParaAt[o] - 1;
  if (i < 0) return undefined;
  const p = lastModel.paragraphs[i];
  const segs = p.segments;
  if (segs.length !== count || segs[count - 1].line !== o + (last - k)) return undefined;
  for (let j = k + 1; j <= last; j++) if (origin[j] !== o + (j - k)) return undefined;
  return p;
}

/**
 * Paragraphs of lines [from, to), pushed onto `out`; `olds` gets, for each, the last parse's paragraph it is a
 * copy of (same text; same segments when its lines did not move), or undefined.
 */
function buildParagraphs(ctx: Ctx, from: number, to: number, region: Region, attachment: number | undefined, out: Paragraph[], olds: (Paragraph | undefined)[]): void {
  let k = from;
  while (k < to) {
    if (blank(ctx, k) || ctx.used[k]) {
      k++;
      continue;
    }
    const marker = lineMarker(ctx, k);
    let last = k;
    let count = 1;
    let unbalancedJoins = 0;
    // kept up to date line by line: rescanning the joined text for every line it gains is
    // quadratic in a paragraph hard-wrapped over thousands of lines. Worked out only when a join
    // asks: a paragraph followed by a heading or a blank gap never needs it.
    let depth = 0;
    let depthKnown = false;
    let hasStop = false;
    let hasCommaOrStop = false;
    let stopsKnown = false;
    for (;;) {
      const nx = nextNonBlank(ctx, last + 1, Math.min(to, last + 3));
      if (nx < 0 || structuralStart(ctx, nx)) break;
      let join = false;
      if (CONTINUATION_CODE[ctx.text.charCodeAt(ctx.lineStart[nx] + ctx.start[nx])] === 1) join = true;
      else {
        if (!depthKnown) {
          for (let j = k; j <= last; j++) {
            lineFacts(ctx, j);
            depth += ctx.depth[j];
          }
          depthKnown = true;
        }
        const gap = (lineFacts(ctx, last) & LAYOUT_GAP) !== 0;
        if (depth > 0 && unbalancedJoins < 8 && !gap) {
          join = true;
          unbalancedJoins++;
        } else if ((!lineEndsTerminal(ctx, last) || decimalWrapped(ctx, last, nx)) && !gap) {
          if (!stopsKnown) {
            for (let j = k; j <= last; j++) {
              const f = lineFacts(ctx, j);
              if (f & HAS_STOP) hasStop = true;
              if (f & HAS_COMMA_OR_STOP) hasCommaOrStop = true;
            }
            stopsKnown = true;
          }
          // prose wraps; a title-only heading (一、指导思想) or a title line does not
          join = marker ? hasStop : hasCommaOrStop;
        }
      }
      if (!join) break;
      if (depthKnown || stopsKnown) {
        const f = lineFacts(ctx, nx);
        if (depthKnown) depth += ctx.depth[nx];
        if (f & HAS_STOP) hasStop = true;
        if (f & HAS_COMMA_OR_STOP) hasCommaOrStop = true;
      }
      last = nx;
      count++;
    }
    const old = previousParagraph(ctx, k, last, count);
    let text: string | undefined;
    let segments: Segment[] | undefined;
    let where: Range | undefined;
    if (old) {
      text = old.text;
      if (ctx.origin![k] === k) {
        // not moved: its positions are these
        segments = old.segments;
        where = old.range;
      }
    }
    if (!segments) {
      // a literal, not push() onto []: the first push reserves room for 17 segments, and most paragraphs have one
      segments = [{ line: k, start: ctx.start[k], end: ctx.end[k] }];
      for (let j = k + 1; j <= last; j++) if (!blank(ctx, j)) segments.push({ line: j, start: ctx.start[j], end: ctx.end[j] });
      const lastSeg = segments[segments.length - 1];
      where = range(k, ctx.start[k], lastSeg.line, lastSeg.end);
    }
    if (text === undefined && segments.length === 1 && marker && marker.marker.length === ctx.end[k] - ctx.start[k]) {
      // a line that is its marker alone (一、) reads as the marker's own string, shared: no string per line
      text = marker.marker;
    }
    if (text === undefined) {
      text = content(ctx, k);
      for (let s = 1; s < segments.length; s++) text += content(ctx, segments[s].line);
      // handed over to the next versions: its own copy, not a slice keeping this whole version alive
      if (ctx.origin) text = ownCopy(text);
    }
    // heading written now (undefined until buildHeadings sets it): one added later gave every heading's paragraph
    // a second shape and an out-of-object property store (40 bytes each, 100 000 of them in a document of headings)
    ctx.paraAt[k] = out.length + 1;
    setParaFlags(ctx, out.length, region, segments, marker);
    out.push({ kind: 'paragraph', index: out.length, region, attachment, text, segments, range: where!, heading: undefined });
    pushAt(olds, out.length - 1, old);
    k = last + 1;
  }
}

/**
 * Per paragraph index, what buildTasks needs to know without reading the paragraph (in a document of 100 000
 * paragraphs, reading each one again is a cache miss each): whether it is in the body, and whether its text
 * ends with a closing bracket (trailingUnits' first test: no other paragraph holds a units list). And per
 * paragraph, 1 + the index of its heading (0: none), written by buildHeadings. Scratch space, reused.
 */
let paraFlags = new Uint8Array(1024);
let headingAt = new Int32Array(1024);
/** in the body or an attachment's text (not the 版头, 版记 or a signature): where tasks are */
const IN_BODY = 1;
const CLOSES = 2;
/** may start with a heading marker: one line that has one, or several lines (read joined), outside the 版记 */
const MAY_HEAD = 4;

function paraRoom(size: number): void {
  if (paraFlags.length >= size) return;
  const cap = Math.max(size, paraFlags.length * 2);
  const f = new Uint8Array(cap);
  f.set(paraFlags);
  paraFlags = f;
  headingAt = new Int32Array(cap);
}

function setParaFlags(ctx: Ctx, i: number, region: Region, segments: readonly Segment[], marker: MarkerMatch | undefined): void {
  paraRoom(i + 1);
  // an attachment's text holds tasks too: 附件1 is often the plan a 通知 forwards, 附件2 its 分工表
  let f = region === 'body' || region === 'attachment' ? IN_BODY | (closesWithBracket(ctx, segments) ? CLOSES : 0) : 0;
  if (region !== 'banji' && region !== 'head' && (marker !== undefined || segments.length > 1)) f |= MAY_HEAD;
  paraFlags[i] = f;
}

/** Whether the text of `segments` ends, past spaces and 。；;, with 〕 ] ］ ） ) (read in place, line by line). */
function closesWithBracket(ctx: Ctx, segments: readonly Segment[]): boolean {
  const t = ctx.text;
  for (let s = segments.length - 1; s >= 0; s--) {
    const sg = segments[s];
    const ls = ctx.lineStart[sg.line];
    for (let i = ls + sg.end - 1; i >= ls + sg.start; i--) {
      const c = t.charCodeAt(i);
      if (c === 0x20 || c === 0x3000 || c === 0x3002 || c === 0xff1b || c === 0x3b) continue;
      return c === 0x3015 || c === 0x5d || c === 0xff3d || c === 0xff09 || c === 0x29;
    }
  }
  return false;
}

/**
 * `a[i] = v` for the arrays of what the last parse hands over (olds, pieces), which hold nothing past their
 * length: only what is handed over is written (after the holes before it), so a first reading, which hands
 * over nothing, fills no array of 100 000 undefineds.
 */
function pushAt<T>(a: (T | undefined)[], i: number, v: T | undefined): void {
  if (v === undefined) return;
  while (a.length < i) a.push(undefined);
  a.push(v);
}

// ───────────────────────────── headings ─────────────────────────────

/** Where a heading's block ends: the paragraph before the next heading of its scope, or its scope's last paragraph. */
function blockEnd(paragraphs: Paragraph[], h: Heading, next: Heading | undefined): Position {
  let endPara = paragraphs.length - 1;
  if (next && next.region === h.region && next.attachment === h.attachment) endPara = next.paragraph - 1;
  else {
    for (let q = h.paragraph; q < paragraphs.length; q++) {
      if (paragraphs[q].region !== h.region || paragraphs[q].attachment !== h.attachment) break;
      endPara = q;
    }
  }
  return paragraphs[Math.max(h.paragraph, endPara)].range.end;
}

/** Character `c` of the one-line paragraph of segment `s` and range `pr`: its end position when it is there. */
function posOn(s: Segment, pr: Range, c: number): Position {
  return c === s.end ? pr.end : pos(s.line, c);
}

/** Shared by every heading without children (most of them): frozen, replaced by an array at the first child. */
const NO_CHILDREN = Object.freeze([]) as unknown as number[];

/**
 * The headings of the paragraphs, linked (parent, children, blockEnd) and set on their paragraphs. A paragraph
 * that is a copy of one of the last parse's (`olds`) has that one's heading's title; and its ranges when the
 * lines did not move, in which case `pieces` gets the old heading, to be handed over whole if its links are the same.
 */
function buildHeadings(ctx: Ctx, paragraphs: Paragraph[], olds: readonly (Paragraph | undefined)[], pieces: (Heading | undefined)[]): Heading[] {
  const headings: Heading[] = [];
  // tree: per scope (notice, body, each attachment), parent = nearest earlier heading of a lower level.
  // Built in the same pass as the headings, and each block closed when the next heading appears: one
  // walk over a document of 100 000 headings, not three.
  const stack: Heading[] = [];
  headingAt.fill(0, 0, paragraphs.length);
  let scopeRegion: Region | undefined;
  let scopeAttachment: number | undefined;
  let prev: Heading | undefined;
  for (let pi = 0; pi < paragraphs.length; pi++) {
    // decided by the flags buildParagraphs wrote, without reading the paragraph
    if ((paraFlags[pi] & MAY_HEAD) === 0) continue;
    const p = paragraphs[pi];
    const segs = p.segments;
    // a one-line paragraph's text is its line's content, whose reading buildParagraphs already has
    const m = segs.length === 1 ? lineMarker(ctx, segs[0].line) : matchMarker(p.text);
    if (!m) continue;
    const old = olds[p.index];
    const was = old?.heading;
    let title: string | undefined;
    let markerRange: Range | undefined;
    let titleRange: Range | undefined;
    if (was) {
      // read from the same text
      title = was.title;
      if (old!.segments === p.segments) {
        markerRange = was.markerRange;
        titleRange = was.titleRange;
      }
    }
    pushAt(pieces, headings.length, markerRange ? was : undefined);
    // the first 。 after the marker, as an offset past it (no copy of the rest of the paragraph)
    const stop = markerRange ? -1 : p.text.indexOf('。', m.length);
    const dot = stop < 0 ? -1 : stop - m.length;
    const firstLineLen = p.segments[0].end - p.segments[0].start;
    // the title stops before the first 。 (so it compares with a 分工表 cell)
    let titleEnd = dot >= 0 ? m.length + dot : Math.min(p.text.length, Math.max(firstLineLen, m.length));
    if (dot < 0 && p.segments.length > 1) titleEnd = p.text.length;
    if (markerRange) {
      // handed over
    } else if (segs.length === 1) {
      // the positions spanRange gives, with those that coincide made once and shared (plain data either
      // way): 100 000 one-line headings made five positions and ranges each
      // A marker alone on its line (一、 with no title) ends where its paragraph does: its range is the paragraph's.
      const s = segs[0];
      const pr = p.range;
      const me = posOn(s, pr, s.start + m.marker.length);
      const ts = m.length === m.marker.length ? me : posOn(s, pr, s.start + m.length);
      const te = titleEnd <= m.length ? ts : posOn(s, pr, s.start + titleEnd);
      markerRange = me === pr.end ? pr : { start: pr.start, end: me };
      titleRange = { start: ts, end: te };
    } else {
      markerRange = spanRange(p, 0, m.marker.length);
      titleRange = spanRange(p, m.length, titleEnd);
    }
    const h: Heading = {
      kind: 'heading',
      level: m.level,
      ordinal: m.ordinal,
      marker: m.marker,
      markerRange: markerRange!,
      style: m.style,
      title: title ?? p.text.slice(m.length, titleEnd),
      titleRange: titleRange!,
      line: p.segments[0].line,
      range: p.range,
      region: p.region,
      attachment: p.attachment,
      index: headings.length,
      parent: -1,
      children: NO_CHILDREN,
      paragraph: p.index,
      blockEnd: p.range.end,
    };
    p.heading = h;
    headingAt[p.index] = h.index + 1;
    headings.push(h);
    if (prev) prev.blockEnd = blockEnd(paragraphs, prev, h);
    prev = h;
    // the scope is (region, attachment): compared as they are, not as a string built per heading
    if (h.region !== scopeRegion || h.attachment !== scopeAttachment) {
      stack.length = 0;
      scopeRegion = h.region;
      scopeAttachment = h.attachment;
    }
    while (stack.length && stack[stack.length - 1].level >= h.level) stack.pop();
    if (stack.length) {
      h.parent = stack[stack.length - 1].index;
      const parent = headings[h.parent];
      if (parent.children === NO_CHILDREN) parent.children = [h.index];
      else parent.children.push(h.index);
    }
    stack.push(h);
  }
  if (prev) prev.blockEnd = blockEnd(paragraphs, prev, undefined);
  return headings;
}

// ───────────────────────────── tasks ─────────────────────────────

const UNIT_HINT = /责任单位|牵头|负责|落实|参加|配合/;

/** The units bracket closing a paragraph, if there is one. */
export function trailingUnits(p: Span): UnitList | undefined {
  const t = p.text;
  let end = t.length;
  for (let c = t.charCodeAt(end - 1); end > 0 && (c === 0x20 || c === 0x3000 || c === 0x3002 || c === 0xff1b || c === 0x3b); c = t.charCodeAt(end - 1)) end--;
  if (end === 0) return undefined;
  // decided by code first: every paragraph is asked, and t[end - 1] makes a string of its last character
  const last = t.charCodeAt(end - 1);
  // codes of the openers: 〔 [ ［ or （ (
  let o1: number;
  let o2: number;
  let o3: number;
  let round: boolean;
  if (last === 0x3015 || last === 0x5d || last === 0xff3d) {
    o1 = 0x3014;
    o2 = 0x5b;
    o3 = 0xff3b;
    round = false;
  } else if (last === 0xff09 || last === 0x29) {
    o1 = 0xff08;
    o2 = 0x28;
    o3 = -1;
    round = true;
  } else return undefined;
  const close = BRACKET_CHAR.get(last)!;
  let depth = 0;
  let start = -1;
  // the walk passes every character of the content: it notes a 。 (no units list holds one) on the way
  let stop = false;
  for (let i = end - 2; i >= 0 && end - i < 800; i--) {
    const c = t.charCodeAt(i);
    if (c === last || (round && (c === 0xff09 || c === 0x29))) depth++;
    else if (c === o1 || c === o2 || c === o3) {
      if (depth === 0) {
        start = i;
        break;
      }
      depth--;
    } else if (c === 0x3002) stop = true;
  }
  if (start < 0 || stop || end - start - 2 > 600) return undefined;
  const inner = t.slice(start + 1, end - 1);
  if (!inner.trim()) return undefined;
  // where the paragraph's lines break inside the brackets (a break after a unit name separates units)
  let breaks: number[] | undefined;
  if (p.segments.length > 1) {
    let acc = 0;
    for (const seg of p.segments) {
      acc += seg.end - seg.start;
      if (acc > start + 1 && acc < end - 1 && acc - (start + 1) !== breaks?.[breaks.length - 1]) (breaks ??= []).push(acc - (start + 1));
    }
  }
  const shape = breaks ? brokenUnitsShapes.get(breaks.join(',') + '|' + inner, readBrokenUnits) : unitsShapes.get(inner, readPlainUnits);
  if (!shape) return undefined;
  const base = start + 1;
  const segs = p.segments;
  let text: string;
  let segments: Segment[];
  let where: Range;
  let contentRange: Range;
  if (segs.length === 1) {
    // one line (most tasks): the segment and ranges subSpan and spanRange give, without the segment list grown
    // by push nor the positions made twice (the content's start and end are one character in from the list's)
    const s = segs[0];
    const line = s.line;
    const a = s.start + start;
    const b = s.start + end;
    text = t.slice(start, end);
    segments = [{ line, start: a, end: b }];
    // a list that ends its paragraph (most tasks) ends where the paragraph does: that position, shared (the
    // model is plain data never modified)
    const pe = p.range.end;
    where = { start: pos(line, a), end: pe.line === line && pe.character === b ? pe : pos(line, b) };
    contentRange = { start: pos(line, a + 1), end: pos(line, b - 1) };
  } else {
    const sub = subSpan(p as Span, start, end);
    text = sub.text;
    segments = sub.segments;
    where = sub.range;
    contentRange = spanRange(p, start + 1, end - 1);
  }
  // sized once: a units list holds up to dozens of items, and an array grown by push reserves room for 17
  const items = new Array<UnitItem>(shape.items.length);
  for (let k = 0; k < items.length; k++) {
    const it = shape.items[k];
    const at = base + it.at;
    const range = segs.length === 1 ? oneLineRange(segs[0], at, at + it.name.length, contentRange) : spanRange(p, at, at + it.name.length);
    // properties spelled out per shape: one added later was a second allocation
    items[k] = it.role
      ? it.etc ? { name: it.name, raw: it.raw, range, etc: it.etc, role: it.role } : { name: it.name, raw: it.raw, range, role: it.role }
      : it.etc ? { name: it.name, raw: it.raw, range, etc: it.etc } : { name: it.name, raw: it.raw, range };
  }
  // properties spelled out: a spread followed by more properties built a slow object (a tenth of the parse)
  return {
    text,
    segments,
    range: where,
    open: BRACKET_CHAR.get(t.charCodeAt(start))!,
    close,
    label: shape.label,
    items,
    content: inner,
    contentRange,
  };
}

/**
 * spanRange over one segment of [from, to) (inside it), its positions those of `content` where they fall on
 * them: a list's first item usually starts where its content does and its last ends where it ends (and a
 * task's title starts where its paragraph does), and the model is plain data never modified, so one
 * position object serves both (up to three fewer per task).
 */
function oneLineRange(seg: Segment, from: number, to: number, content: Range): Range {
  const a = seg.start + from;
  const start = a === content.start.character && seg.line === content.start.line ? content.start : pos(seg.line, a);
  if (to <= from) return { start, end: start };
  const b = seg.start + to;
  return { start, end: b === content.end.character && seg.line === content.end.line ? content.end : pos(seg.line, b) };
}

/** The bracket characters as strings made once: t[i] made a string of each CJK one, for every task, at every version. */
const BRACKET_CHAR = new Map<number, string>([...'〔[［（(〕]］）)'].map((c) => [c.charCodeAt(0), c]));

/**
 * A units bracket's reading: the cached split's items as they are (offsets relative to the content), shared by
 * every bracket with the same content and line breaks.
 */
interface UnitsShape {
  label?: string;
  items: RelativeSplit['items'];
}

/**
 * Keyed by the bracket's content (and, in the second, where lines break inside it, before a |): the same
 * 〔县民政局、县财政局〕 closes many tasks, and after a keystroke every other task's bracket is read again unchanged.
 */
const unitsShapes = new Memo<UnitsShape | null>('parse/units', 20_000);
const brokenUnitsShapes = new Memo<UnitsShape | null>('parse/units-broken', 2_000);

function readPlainUnits(inner: string): UnitsShape | null {
  return readUnits(inner, '');
}

/** `key`: the breaks (digits and commas), a |, the content. */
function readBrokenUnits(key: string): UnitsShape | null {
  const bar = key.indexOf('|');
  return readUnits(key.slice(bar + 1), key.slice(0, bar));
}

/**
 * Whether `inner` (the content of a closing bracket, whose lines break at `breaks`) lists units, and how it
 * splits. Reads the cached split itself: splitUnits would also place every item in a span made for the
 * purpose, ranges this reading never uses.
 */
function readUnits(inner: string, breaks: string): UnitsShape | null {
  const split = relativeSplitOf(inner, breaks);
  const labelled = LABEL.test(inner);
  let named = 0;
  const items = split.items;
  for (let k = 0; k < items.length; k++) if (namesUnit(items[k].name)) named++;
  if (!labelled && !UNIT_HINT.test(inner) && named < Math.max(1, Math.ceil(split.items.length / 2))) return null;
  if (!labelled && named === 0) return null;
  return { label: split.label, items: split.items };
}

/** Where the first 。 ： or : within 200 characters is (/[。：:]/ on a slice), else 40 at most. */
function firstSentence(s: string): number {
  const n = Math.min(s.length, 200);
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x3002 || c === 0xff1a || c === 0x3a) return i;
  }
  return Math.min(s.length, 40);
}

/**
 * The tasks; `units` gets each body paragraph's units bracket (null: none). A paragraph with the text and
 * segments of one of the last parse's (`olds`) has its bracket, and a task equal to the last parse's at its
 * index is that one.
 */
function buildTasks(paragraphs: Paragraph[], headings: readonly Heading[], olds: readonly (Paragraph | undefined)[], units: (UnitList | null | undefined)[]): Task[] {
  const tasks: Task[] = [];
  const lastUnits = lastModel?.units;
  const lastTasks = lastModel?.tasks;
  // the heading in force (index into headings, -1: none), read from the flags: a paragraph is read only when
  // it may close with a units list
  let currentAt = -1;
  let usedHeading = false;
  for (let pi = 0; pi < paragraphs.length; pi++) {
    const flags = paraFlags[pi];
    if ((flags & IN_BODY) === 0) {
      currentAt = -1;
      continue;
    }
    if (headingAt[pi] !== 0) {
      currentAt = headingAt[pi] - 1;
      usedHeading = false;
    }
    const p = paragraphs[pi];
    // a task whose units stand on lines of their own after its text (责任单位：…, no bracket) is read only under a
    // heading whose task has none yet: such a line elsewhere (under a plain paragraph) names no task
    const unread = currentAt >= 0 && !usedHeading;
    // where such a list starts (-1: none); asked of a paragraph that closes with a bracket only when that is no units list
    let labelAt = (flags & CLOSES) === 0 && unread ? unitsLabelStart(p.text) : -1;
    if ((flags & CLOSES) === 0 && labelAt < 0) {
      units[pi] = null;
      continue;
    }
    let current = currentAt >= 0 ? headings[currentAt] : undefined;
    // the body's last heading is not in force in an attachment, nor one attachment's in the next
    if (current && (current.region !== p.region || current.attachment !== p.attachment)) current = undefined;
    let found: UnitList | null | undefined;
    let labelLines = 0;
    if (flags & CLOSES) {
      const old = olds[p.index];
      if (old && old.segments === p.segments && lastUnits) found = lastUnits[old.index];
      if (found === undefined) found = trailingUnits(p) ?? null;
      if (!found && unread) labelAt = unitsLabelStart(p.text);
    }
    if (labelAt >= 0 && current) {
      const lab = labelledUnits(paragraphs, pi, labelAt);
      if (lab) {
        found = lab.list;
        labelLines = lab.count;
      }
    }
    // a labelled list is read afresh every time (it spans the lines after this one, which may change alone)
    units[p.index] = labelLines ? null : (found ?? null);
    if (!found) continue;
    let title: string;
    let titleRange;
    let start = p.range.start;
    let text = p.text;
    if (current && !usedHeading) {
      title = current.title;
      titleRange = current.titleRange;
      start = current.range.start;
      if (current.paragraph !== p.index) {
        text = '';
        for (let q = current.paragraph; q <= p.index; q++) text += paragraphs[q].text;
      }
      usedHeading = true;
    } else {
      const e = firstSentence(p.text);
      title = p.text.slice(0, e);
      titleRange = p.segments.length === 1 ? oneLineRange(p.segments[0], 0, e, p.range) : spanRange(p, 0, e);
    }
    const heading = current ? current.index : -1;
    const was = lastTasks?.[tasks.length];
    if (
      was && was.units === found && was.paragraph === p.index && was.heading === heading && was.title === title &&
      sameRange(was.titleRange, titleRange) && samePos(was.range.start, start) && was.text === text
    ) {
      tasks.push(was);
      continue;
    }
    tasks.push({ index: tasks.length, heading, title, titleRange, paragraph: p.index, range: { start, end: found.range.end }, units: found, text });
    // the other lines of a labelled list (配合单位：… after 牵头单位：…) are read with it
    for (let k = 1; k < labelLines; k++) units[pi + k] = null;
    if (labelLines > 1) pi += labelLines - 1;
  }
  return tasks;
}

/** Whether a paragraph opens with a units label (责任单位： 牵头单位： …), after its indent. */
function startsWithUnitsLabel(text: string): boolean {
  return unitsLabelFrom(text, 0);
}

/** Whether a units label starts at `i` of `text`, after spaces. */
function unitsLabelFrom(text: string, i: number): boolean {
  while (i < text.length && isSpaceCode(text.charCodeAt(i))) i++;
  const c = text.charCodeAt(i);
  // the labels' first characters, asked before the expression: most paragraphs start otherwise
  if (c !== 0x8d23 && c !== 0x7275 && c !== 0x914d && c !== 0x53c2 && c !== 0x534f && c !== 0x5b9e && c !== 0x627f) return false;
  return LABEL.test(text.slice(i, i + 6));
}

/**
 * Where a paragraph's units label starts, -1 when it has none: the paragraph's last sentence starts with one, the
 * paragraph being only that (责任单位：县民政局) or a task's text ending with it (…严格执行建设标准。责任单位：县民政局、
 * 县财政局。). Only the last sentence: a label inside the text (…由责任单位：…) names no task's units.
 */
function unitsLabelStart(text: string): number {
  let end = text.length;
  while (end > 0 && (isSpaceCode(text.charCodeAt(end - 1)) || text.charCodeAt(end - 1) === 0x3002 || text.charCodeAt(end - 1) === 0xff1b)) end--;
  const dot = text.lastIndexOf('。', end - 1);
  let i = dot + 1;
  if (end - i > 600 || !unitsLabelFrom(text, i)) return -1;
  while (isSpaceCode(text.charCodeAt(i))) i++;
  return i;
}

/** At most this many labelled lines make one list (牵头单位：… / 配合单位：… / 参与单位：…). */
const MAX_LABEL_LINES = 3;

/**
 * A task's units written on lines of their own after its text, with no bracket: 责任单位：县民政局、县财政局, or
 * 牵头单位：县民政局 / 配合单位：县财政局 on consecutive lines, read as one list from `labelAt` in paragraph `pi`
 * (where its last sentence starts with a label: the whole paragraph, or the end of the task's own text) with the
 * labelled paragraphs right after it. Its open and close are '' (no bracket); its
 * text and content are the lines from the label on, without a closing 。 or ；. Undefined when the lines list
 * no units (完成时限：…, or a label followed by a sentence).
 */
/** A character a unit's name is written with: a Chinese character or a Latin letter. */
const NAME_CHAR = /[\u4e00-\u9fffA-Za-z]/;

function labelledUnits(paragraphs: readonly Paragraph[], pi: number, labelAt: number): { list: UnitList; count: number } | undefined {
  const parts: Span[] = [];
  for (let q = pi; q < paragraphs.length && parts.length < MAX_LABEL_LINES; q++) {
    const p = paragraphs[q];
    if (q > pi && (headingAt[q] !== 0 || (paraFlags[q] & IN_BODY) === 0 || !startsWithUnitsLabel(p.text))) break;
    // one list: the lines follow each other (one blank line between them at most)
    if (q > pi && p.segments[0].line - parts[parts.length - 1].segments[parts[parts.length - 1].segments.length - 1].line > 2) break;
    let from = q === pi ? labelAt : 0;
    while (from < p.text.length && isSpaceCode(p.text.charCodeAt(from))) from++;
    let to = p.text.length;
    for (let c = p.text.charCodeAt(to - 1); to > from && (isSpaceCode(c) || c === 0x3002 || c === 0xff1b || c === 0x3b); c = p.text.charCodeAt(to - 1)) to--;
    if (to - from > 600) break;
    parts.push(subSpan(p, from, to));
  }
  if (!parts.length) return undefined;
  // the lines as one span; where one ends, the next label starts, and a hard wrap inside one breaks too (a break
  // separates units)
  let text = '';
  const segments: Segment[] = [];
  const breaks: number[] = [];
  for (let k = 0; k < parts.length; k++) {
    if (k > 0) breaks.push(text.length);
    let acc = text.length;
    const segs = parts[k].segments;
    for (let s = 0; s < segs.length; s++) {
      if (s > 0) breaks.push(acc);
      acc += segs[s].end - segs[s].start;
      segments.push(segs[s]);
    }
    text += parts[k].text;
  }
  const shape = breaks.length ? brokenUnitsShapes.get(breaks.join(',') + '|' + text, readBrokenUnits) : unitsShapes.get(text, readPlainUnits);
  if (!shape || !shape.label || !shape.items.length) return undefined;
  // an item without a letter (a stray ） on the next line) is no unit: the lines are not a units list
  if (shape.items.some((it) => !NAME_CHAR.test(it.name))) return undefined;
  const span: Span = { text, segments, range: spanRange({ segments }, 0, text.length) };
  const items = shape.items.map((it): UnitItem => {
    const r = spanRange(span, it.at, it.at + it.name.length);
    const item: UnitItem = { name: it.name, raw: it.raw, range: r };
    if (it.etc) item.etc = it.etc;
    if (it.role) item.role = it.role;
    return item;
  });
  // one part per paragraph, from pi on
  return { list: { ...span, open: '', close: '', label: shape.label, items, content: text, contentRange: span.range }, count: parts.length };
}

function samePos(a: Position, b: Position): boolean {
  return a === b || (a.line === b.line && a.character === b.character);
}

function sameRange(a: Range, b: Range): boolean {
  return a === b || (samePos(a.start, b.start) && samePos(a.end, b.end));
}

function sameNumbers(a: readonly number[], b: readonly number[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

// ───────────────────────────── handing over the last parse's objects ─────────────────────────────

/**
 * What the last parse returned, for the next to hand over what did not change: the same objects, so that every
 * cache downstream finds the same strings (V8 compares an object with itself at once, and keeps its hash).
 * Objects of a returned model are never modified afterwards: the parse builds new ones and replaces them
 * with the last parse's only when every field is the same.
 */
interface LastModel {
  paragraphs: Paragraph[];
  headings: Heading[];
  tasks: Task[];
  tables: Table[];
  /** per paragraph: its units bracket (null: none; undefined: not read, outside the body) */
  units: (UnitList | null | undefined)[];
}
let lastModel: LastModel | undefined;
onClearMemos(() => {
  lastModel = undefined;
});

/** Each heading built from the last parse's (`pieces`) that is linked as it was: that one, set on its paragraph. */
function handOverHeadings(headings: Heading[], paragraphs: Paragraph[], pieces: readonly (Heading | undefined)[]): void {
  const was = lastModel?.headings;
  if (!was) return;
  for (let i = 0; i < headings.length; i++) {
    const o = pieces[i];
    if (!o || was[i] !== o) continue;
    const h = headings[i];
    if (o.paragraph !== h.paragraph || o.parent !== h.parent || o.region !== h.region || o.attachment !== h.attachment) continue;
    if (!samePos(o.blockEnd, h.blockEnd) || !sameNumbers(o.children, h.children)) continue;
    headings[i] = o;
    paragraphs[h.paragraph].heading = o;
  }
}

/** Each paragraph that is the last parse's in every field (its heading the same object): that one. */
function handOverParagraphs(paragraphs: Paragraph[], olds: (Paragraph | undefined)[]): void {
  const was = lastModel?.paragraphs;
  if (!was) return;
  for (let i = 0; i < paragraphs.length; i++) {
    const o = olds[i];
    const p = paragraphs[i];
    if (!o || was[i] !== o || o.segments !== p.segments || o.region !== p.region || o.attachment !== p.attachment || o.heading !== p.heading) continue;
    paragraphs[i] = o;
    olds[i] = o;
  }
}

// ───────────────────────────── attachments ─────────────────────────────

function buildNote(ctx: Ctx, note: NoteLines): AttachmentNote {
  const items: AttachmentNoteItem[] = [];
  const first = content(ctx, note.start);
  // one line per attachment: the 附件 of the first line is the label, each line's item follows its 附件
  const labelOf = (c: string) => (note.perLine ? matchNoteLine(c)!.labelLength : matchAttachmentNote(c)!.labelLength);
  const a = ctx.start[note.start];
  const labelRange = range(note.start, a, note.start, a + labelOf(first));
  const addItem = (line: number, skip: number) => {
    const c = content(ctx, line).slice(skip);
    const base = ctx.start[line] + skip;
    const lead = c.length - c.replace(/^[ \u3000]+/, '').length;
    const body = c.slice(lead);
    const it = matchNoteItem(body);
    if (it) {
      const ms = base + lead;
      const ts = ms + it.marker.length + it.gap;
      items.push({
        number: it.number,
        marker: it.marker,
        markerRange: range(line, ms, line, ms + it.marker.length),
        title: body.slice(it.marker.length + it.gap),
        titleRange: range(line, ts, line, base + c.length),
        range: range(line, ms, line, base + c.length),
      });
    } else if (body) {
      items.push({ marker: '', title: body, titleRange: range(line, base + lead, line, base + c.length), range: range(line, base + lead, line, base + c.length) });
    }
  };
  addItem(note.start, labelOf(first));
  for (let k = note.start + 1; k <= note.end; k++) {
    if (blank(ctx, k)) continue;
    const prev = items[items.length - 1];
    if (!note.perLine && prev && !matchNoteItem(content(ctx, k))) {
      // a name wrapped onto this line (collectNote took the line for that only): the item's title goes on
      prev.title += content(ctx, k);
      prev.titleRange = range(prev.titleRange.start.line, prev.titleRange.start.character, k, ctx.end[k]);
      prev.range = range(prev.range.start.line, prev.range.start.character, k, ctx.end[k]);
      continue;
    }
    addItem(k, note.perLine ? labelOf(content(ctx, k)) : 0);
  }
  for (let k = note.start; k <= note.end; k++) ctx.used[k] = 1;
  return { range: range(note.start, a, note.end, ctx.end[note.end]), labelRange, items };
}

// ───────────────────────────── main ─────────────────────────────

export function parse(text: string): DocumentModel {
  const ctx = makeCtx(text);
  const n = ctx.n;
  const headResult = headAndNotice(ctx, Math.min(n, 80));
  const noteInNotice = findNoteInNotice(ctx, headResult.notice, headResult.bodyStart);
  const regions = findRegions(ctx, headResult.bodyStart, noteInNotice !== undefined);
  regions.note ??= noteInNotice;
  const notice = withClosingAfterBody(ctx, headResult.notice, headResult.bodyStart, regions);
  const paragraphs: Paragraph[] = [];
  const tables: Table[] = [];

  // attachments
  const attachments: Attachment[] = [];
  const attachmentEnd = regions.banjiStart >= 0 ? regions.banjiStart : n;
  regions.labels.forEach((lb, i) => {
    const a = ctx.start[lb.line];
    const end = i + 1 < regions.labels.length ? regions.labels[i + 1].line - 1 : attachmentEnd - 1;
    const number = lb.number ?? 1;
    let title: Span | undefined;
    ctx.used[lb.line] = 1;
    if (lb.rest.trim()) title = lineSpan(ctx, lb.line, lb.labelLength + (lb.rest.length - lb.rest.trimStart().length));
    else {
      const t = nextNonBlank(ctx, lb.line + 1, Math.max(lb.line + 1, end + 1));
      if (t >= 0 && t - lb.line <= 3 && !isTabCell(ctx, t) && !matchMarker(content(ctx, t))) {
        title = lineSpan(ctx, t);
        ctx.used[t] = 1;
      }
    }
    const lastLine = Math.max(lb.line, end);
    attachments.push({
      number,
      label: content(ctx, lb.line).slice(0, lb.labelLength).replace(/[：:\s\u3000]+$/, ''),
      labelRange: range(lb.line, a, lb.line, a + lb.labelLength),
      title,
      range: range(lb.line, a, lastLine, ctx.lineLen[lastLine]),
    });
  });
  const attachmentNote = regions.note ? buildNote(ctx, regions.note) : undefined;

  // tables first (they claim their lines), then paragraphs, region by region in document order
  const body: [number, number, Region, number | undefined][] = [];
  body.push([0, headResult.bodyStart, 'notice', undefined]);
  const bodyEnd = regions.labels.length ? regions.labels[0].line : regions.banjiStart >= 0 ? regions.banjiStart : n;
  body.push([headResult.bodyStart, bodyEnd, 'body', undefined]);
  for (const at of attachments) body.push([at.labelRange.start.line, at.range.end.line + 1, 'attachment', at.number]);
  if (regions.banjiStart >= 0) body.push([regions.banjiStart, n, 'banji', undefined]);
  theseTables = [];
  const olds: (Paragraph | undefined)[] = [];
  // buildParagraphs writes where each paragraph starts as it goes
  ctx.paraAt.fill(0, 0, n);
  // regions come in document order but the notice's can follow the body's lines; sort only then. Within a
  // region lines only grow: a region's first paragraph compared with the one before it says (a walk over
  // every paragraph is a cache miss per paragraph in a document of 100 000)
  let sorted = true;
  let lastStart = -1;
  for (const [from, to, region, att] of body) {
    if (region === 'body' || region === 'attachment') findTables(ctx, from, to, att, tables);
    const before = paragraphs.length;
    buildParagraphs(ctx, from, to, region, att, paragraphs, olds);
    if (paragraphs.length > before) {
      if (paragraphs[before].range.start.line < lastStart) sorted = false;
      lastStart = paragraphs[paragraphs.length - 1].range.start.line;
    }
  }
  olderTables = lastTables;
  lastTables = theseTables;
  if (!sorted) {
    paragraphs.sort((x, y) => x.range.start.line - y.range.start.line);
    // in order, every paragraph already has its index (it was pushed with it)
    paragraphs.forEach((p, i) => (p.index = i));
    // nothing is handed over whole (the texts were)
    olds.length = 0;
    ctx.paraAt.fill(0, 0, n);
    for (let i = 0; i < paragraphs.length; i++) {
      ctx.paraAt[paragraphs[i].segments[0].line] = i + 1;
      setParaFlags(ctx, i, paragraphs[i].region, paragraphs[i].segments, lineMarker(ctx, paragraphs[i].segments[0].line));
    }
  }

  const pieces: (Heading | undefined)[] = [];
  const headings = buildHeadings(ctx, paragraphs, olds, pieces);
  // mark paragraphs of the 版头/通知 region (after the headings: theirs keep the region 'notice')
  if (!headResult.notice) {
    // in line order: those before the body come first
    for (let i = 0; i < paragraphs.length; i++) {
      const p = paragraphs[i];
      if (p.range.start.line >= headResult.bodyStart) break;
      if (p.region === 'notice') p.region = 'head';
    }
  }
  handOverHeadings(headings, paragraphs, pieces);
  handOverParagraphs(paragraphs, olds);
  const units: (UnitList | null | undefined)[] = new Array<UnitList | null | undefined>(paragraphs.length);
  const tasks = buildTasks(paragraphs, headings, olds, units);

  // 版记
  let banji: Banji | undefined;
  if (regions.banjiStart >= 0) {
    const b: Banji = { range: range(regions.banjiStart, 0, n - 1, ctx.lineLen[n - 1]) };
    for (let i = 0; i < paragraphs.length; i++) {
      const p = paragraphs[i];
      if (p.region !== 'banji') continue;
      if (BANJI_COPY.test(p.text) && !b.copyTo) {
        // 抄送 may continue on the next lines (县人大办，县政协办。)
        const segs = [...p.segments];
        let last = p;
        let q = p.index + 1;
        for (; q < paragraphs.length && paragraphs[q].region === 'banji'; q++) {
          const t = paragraphs[q].text;
          if (endsPrinted(t) || /[：:]/.test(t) || isDateLine(t)) break;
          segs.push(...paragraphs[q].segments);
          last = paragraphs[q];
        }
        const printer = printerLineAfterCopy(ctx, segs, q < paragraphs.length && paragraphs[q].region === 'banji' ? paragraphs[q] : undefined);
        if (printer) {
          segs.pop();
          // its own paragraph, or the last line of one (抄送 line ending with ， joined to it)
          b.printer = last.segments.length === 1 ? last : printer;
        }
        b.copyTo = spanOf(ctx, segs);
      } else if (endsPrinted(p.text)) {
        const t = p.text;
        let m = /^(.*?)[ \u3000]*([0-9０-９]{4}[ \u3000]*年.*?日)[ \u3000]*印发[ \u3000]*$/.exec(t);
        if (m) {
          if (m[1].trim()) b.printer = subSpan(p, 0, m[1].length);
          const off = t.indexOf(m[2], m[1].length);
          const dm = matchDate(m[2]);
          const sp = subSpan(p, off, off + m[2].length);
          b.printDate = { ...sp, year: dm?.year, month: dm?.month, day: dm?.day, arabic: dm?.arabic ?? true };
        } else if ((m = DAY_CUT_PRINTED.exec(t))) {
          if (m[1].trim()) b.printer = subSpan(p, 0, m[1].length);
          const off = t.indexOf(m[2], m[1].length);
          b.printDate = { ...subSpan(p, off, off + m[2].length), year: Number(m[3]), month: Number(m[4]), day: Number(m[5]), arabic: true };
        } else {
          const orgEnd = t.replace(/印发[ \u3000]*$/, '').length;
          b.printer = subSpan(p, 0, orgEnd);
        }
      } else if (!b.printer && looksLikeOrgLine(p.text)) {
        b.printer = p;
      } else if (!b.printDate) {
        const dm = matchDate(p.text);
        if (dm && /印发/.test(p.text)) b.printDate = { ...subSpan(p, 0, dm.length), ...dm };
      }
    }
    banji = b;
  }

  // a huge input's line table is not kept (makeCtx): nor is its model
  lastModel = splitText === text ? { paragraphs, headings, tasks, tables, units } : undefined;

  const jurisdiction = findJurisdiction(headResult.planTitle?.text ?? headResult.notice?.title?.text ?? headResult.head.issuer?.text ?? headResult.notice?.signature?.text);

  return {
    text,
    lineCount: n,
    head: headResult.head,
    notice,
    planTitle: headResult.planTitle,
    startsMidway: headResult.startsMidway,
    paragraphs,
    headings,
    tasks,
    attachmentNote,
    attachments,
    tables,
    banji,
    jurisdiction,
  };
}

function findJurisdiction(s: string | undefined): string | undefined {
  if (!s) return undefined;
  const t = s.replace(/^关于印发《?/, '').replace(/[ \u3000]/g, '');
  const m = /^(.{1,8}?(?:自治县|自治州|自治区|县|市|区|旗|盟|州|省))/.exec(t);
  return m ? m[1] : undefined;
}

