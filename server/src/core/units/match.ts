// Which 分工表 row belongs to which body task. A row names its task by the task's title
// (统筹规划服务设施建设) or by quoting its sentences (seed 002: the rows quote the body items
// （一）–（二十四）, which carry no units themselves). Punctuation and whitespace are ignored.
import type { DocumentModel, Heading, Table, TableRow } from '../model/types';
import { Memo, onClearMemos } from '../text/memo';
import { holdsSorted } from '../text/sorted';
import { isSpaceCode } from '../text/lines';
import { matchMarkerIn } from '../parse/patterns';
import { nearPairs } from './nearTitle';

export interface TaskRowPair {
  /** index into model.tasks; -1 when the row traces to body text that carries no units bracket */
  task: number;
  table: number;
  /** index into table.rows */
  row: number;
  /** near: the row's task is written a little differently from the task's title (units/nearTitle) */
  how: 'title' | 'quote' | 'near';
  /** the body heading the row traces to (the task's own heading for a task), -1 when none */
  heading: number;
  /** the body paragraph the row traces to (the task's units paragraph for a task) */
  paragraph: number;
}

export interface TaskRowMatch {
  pairs: TaskRowPair[];
  /** tasks no row of any division table covers */
  tasksWithoutRow: number[];
  /** division-table rows that trace to no body text */
  rowsWithoutTask: { table: number; row: number }[];
  /**
   * the tables that divide this document's tasks (a 分工表): titled 分工…, or most of whose rows trace
   * to the body. An annual list (2022年任务清单) or a project list is a division table in form but
   * not the document's 分工表: rows of its own are no defect.
   */
  divisionOf: number[];
}

export const MATCH_KEY = 'units/match';

/**
 * A row quotes body text when it copies one passage of at least QUOTED_RUN characters word for word
 * and at least QUOTE_SHARE of its three-character runs occur there (a row may add a sentence of its own).
 */
const QUOTED_RUN = 12;
const QUOTE_SHARE = 0.3;
/** Shorter rows are titles: 发展养老护理员队伍 shares words with any paragraph. */
const MIN_QUOTE = 12;

/** Tables that pair a task column with a units column. */
export function divisionTables(model: DocumentModel): Table[] {
  return model.tables.filter((t) => t.taskColumn >= 0 && t.unitsColumn >= 0 && t.taskColumn !== t.unitsColumn);
}

const PUNCT = /[\s\u3000，。、；：！？“”‘’（）()《》〔〕【】「」『』,.;:!?"'\-—–…·／/]/;

/**
 * Per UTF-16 code unit: 0 not yet asked, 1 ignored (PUNCT), 2 kept. PUNCT has no u flag, so it
 * judges code units one by one and this table answers exactly as it does; filled on first sight,
 * it spares a regular expression per character of every candidate text.
 */
const kind = new Uint8Array(65536);

function ignored(code: number): boolean {
  let k = kind[code];
  if (k === 0) k = kind[code] = PUNCT.test(String.fromCharCode(code)) ? 1 : 2;
  return k === 1;
}

/**
 * A text this module reads (a title, a row's task, a piece of a candidate), with an id of its own: the
 * same object, and so the same id, for as long as its memo keeps it. The ids of a version's texts say
 * exactly what the match read (two different texts never share an id), which is how a whole match is
 * kept from one version to the next.
 */
let textIds = 0;

interface Normalised {
  text: string;
  id: number;
}

/** Titles and row texts recur from one version of a document to the next. */
const normalisedTexts = new Memo<Normalised>('units/normaliseText');

function normalised(s: string): Normalised {
  return normalisedTexts.get(s, (key) => ({ text: normaliseText(key), id: ++textIds }));
}

/**
 * The texts computeMatch normalised last time, in the order it asked (rows, then titles), and what each
 * gave: a text equal to the one asked at the same turn last time (the same object when the parser handed
 * it over unchanged) is not hashed again. Module state, compared on use, forgotten by clearMemos.
 */
let askedBefore: string[] = [];
let gotBefore: Normalised[] = [];
let asked: string[] = [];
let got: Normalised[] = [];
onClearMemos(() => (askedBefore = gotBefore = asked = got = []));

function normalisedAgain(s: string): Normalised {
  const k = asked.length;
  const n = k < askedBefore.length && askedBefore[k] === s ? gotBefore[k] : normalised(s);
  asked.push(s);
  got.push(n);
  return n;
}

/** The pieces read by the last full match (any slot), as read and as the memo gave them. */
let rawsBefore: readonly string[] = [];
let piecesBefore: readonly PieceText[] = [];
onClearMemos(() => {
  rawsBefore = [];
  piecesBefore = [];
});

/**
 * The pieces' memo entries, a piece equal to the one at the same place in the last full match (the same
 * object when the parser handed it over unchanged) taken from there without hashing it again.
 */
function piecesAgain(raws: readonly string[]): PieceText[] {
  const out: PieceText[] = new Array(raws.length);
  // aligned from the start, and from the end when a paragraph came or went
  const shift = raws.length - rawsBefore.length;
  for (let p = 0; p < raws.length; p++) {
    const s = raws[p];
    if (p < rawsBefore.length && rawsBefore[p] === s) out[p] = piecesBefore[p];
    else if (p - shift >= 0 && p - shift < rawsBefore.length && rawsBefore[p - shift] === s) out[p] = piecesBefore[p - shift];
    else out[p] = pieceText(s);
  }
  rawsBefore = raws;
  piecesBefore = out;
  return out;
}

/** A new version's turn: what this one asks is compared with what the last one asked. */
function askAfresh(): void {
  askedBefore = asked;
  gotBefore = got;
  asked = [];
  got = [];
}

export function normaliseText(s: string): string {
  let out = '';
  let a = 0;
  for (let i = 0; i < s.length; i++) {
    if (!ignored(s.charCodeAt(i))) continue;
    if (i > a) out += s.slice(a, i);
    a = i + 1;
  }
  return a === 0 ? s : a < s.length ? out + s.slice(a) : out;
}

/**
 * Three UTF-16 code units as one number (c0·2³² + c1·2¹⁶ + c2, below 2⁴⁸, exact in a double):
 * the same identity as the three-character string without allocating one per position.
 */
function gram(s: string, i: number): number {
  return s.charCodeAt(i) * 4294967296 + s.charCodeAt(i + 1) * 65536 + s.charCodeAt(i + 2);
}

/** Length of the longest passage of `s` whose every three-character run occurs in `g`. */
function longestQuoted(s: string, has: (at: number) => boolean): number {
  let best = 0;
  let run = 0;
  for (let i = 0; i + 3 <= s.length; i++) {
    run = has(i) ? run + 1 : 0;
    if (run > best) best = run;
  }
  return best ? best + 2 : 0;
}

interface Candidate {
  task: number;
  heading: number;
  paragraph: number;
  title: string;
  titleId: number;
  /**
   * the raw texts whose trigrams (PUNCT ignored, as normaliseText would) are compared, in order: pieces
   * [from, to) of the version's list of pieces; none when no row can quote
   */
  from: number;
  to: number;
}

/** c0·2³² + c1·2¹⁶ + c2 split back into a high and low 32-bit half (both exact) and mixed into a hash. */
function mix(g: number): number {
  const h = Math.imul((g / 4294967296) | 0, 0x9e3779b1) ^ Math.imul(g >>> 0, 0x85ebca77);
  return h ^ (h >>> 15);
}

/**
 * The trigrams table rows can share, each with a small id (its insertion order): an open-addressing
 * table over typed arrays. Numbers above 2³¹ in a Set or a Map were each a heap allocation, and
 * sorting them was slower still.
 */
class GramTable {
  private keys: Float64Array;
  private ids: Int32Array;
  private mask: number;
  size = 0;

  constructor(capacity: number) {
    let cap = 16;
    while (cap < capacity * 2) cap *= 2;
    this.keys = new Float64Array(cap);
    this.ids = new Int32Array(cap).fill(-1);
    this.mask = cap - 1;
  }

  /** id of the trigram at s[i], -1 when absent */
  get(s: string, i: number): number {
    return this.getGram(gram(s, i));
  }

  /** id of the trigram whose gram() number is g, -1 when absent */
  getGram(g: number): number {
    for (let k = mix(g) & this.mask; this.ids[k] !== -1; k = (k + 1) & this.mask) if (this.keys[k] === g) return this.ids[k];
    return -1;
  }

  /** id of the trigram at s[i], added when new */
  add(s: string, i: number): number {
    const g = gram(s, i);
    let k = mix(g) & this.mask;
    for (; this.ids[k] !== -1; k = (k + 1) & this.mask) if (this.keys[k] === g) return this.ids[k];
    this.keys[k] = g;
    this.ids[k] = this.size;
    return this.size++;
  }
}

export function headingBlock(model: DocumentModel, h: Heading): string {
  let text = '';
  for (let q = h.paragraph; q < model.paragraphs.length; q++) {
    const p = model.paragraphs[q];
    if (q > h.paragraph && (p.heading || p.region !== h.region)) break;
    text += p.text;
    if (text.length > 4000) break;
  }
  return text;
}

/** The paragraphs headingBlock joins, unjoined: the trigrams are read across them without building the text. */
function blockPieces(model: DocumentModel, h: Heading, pieces: string[]): void {
  let length = 0;
  for (let q = h.paragraph; q < model.paragraphs.length; q++) {
    const p = model.paragraphs[q];
    if (q > h.paragraph && (p.heading || p.region !== h.region)) break;
    pieces.push(p.text);
    length += p.text.length;
    if (length > 4000) break;
  }
}

/** Every task and every body heading without one (their texts are listed by piecesOf, when a row quotes). */
function candidates(model: DocumentModel): Candidate[] {
  const out: Candidate[] = [];
  // by heading index: whether a task has it (a flag per heading, not a Set entry)
  const withTask = new Uint8Array(model.headings.length);
  for (let i = 0; i < model.tasks.length; i++) {
    const t = model.tasks[i];
    if (t.heading >= 0) withTask[t.heading] = 1;
    const title = normalisedAgain(t.title);
    out.push({ task: t.index, heading: t.heading, paragraph: t.paragraph, title: title.text, titleId: title.id, from: 0, to: 0 });
  }
  for (let i = 0; i < model.headings.length; i++) {
    const h = model.headings[i];
    if ((h.region !== 'body' && h.region !== 'attachment') || withTask[h.index]) continue;
    const title = normalisedAgain(h.title);
    out.push({ task: -1, heading: h.index, paragraph: h.paragraph, title: title.text, titleId: title.id, from: 0, to: 0 });
  }
  // 1.统筹规划服务设施建设：严格执行…。 — the row may name the task by the words before the first ：，；, which
  // the title (up to the first 。) runs past. After every whole title, so that one written out wins
  for (let i = 0; i < model.tasks.length; i++) {
    const t = model.tasks[i];
    const cut = headEnd(t.title);
    if (cut < 0) continue;
    const head = normalisedAgain(t.title.slice(0, cut));
    if (head.text.length >= 6) out.push({ task: t.index, heading: t.heading, paragraph: t.paragraph, title: head.text, titleId: head.id, from: 0, to: 0 });
  }
  return out;
}

/** Where the first ：，； (or : , ;) of a title is, -1 when it has none. */
export function headEnd(title: string): number {
  for (let i = 0; i < title.length; i++) {
    const c = title.charCodeAt(i);
    if (c === 0xff1a || c === 0xff0c || c === 0xff1b || c === 0x3a || c === 0x2c || c === 0x3b) return i;
  }
  return -1;
}

/** The candidates' texts in order, each candidate's [from, to) among them set. */
function piecesOf(model: DocumentModel, cands: Candidate[]): string[] {
  const pieces: string[] = [];
  for (const c of cands) {
    c.from = pieces.length;
    if (c.task >= 0) pieces.push(model.tasks[c.task].text);
    else blockPieces(model, model.headings[c.heading], pieces);
    c.to = pieces.length;
  }
  return pieces;
}

/**
 * The quoting rows' trigrams: the table of the trigrams some row holds, and each row's distinct ids.
 * Keyed by the rows' heads, which a keystroke in the body leaves alone.
 */
interface RowGrams {
  table: GramTable;
  ids: Int32Array[];
}

/** normaliseText leaves no whitespace in a head, so a line break separates heads in the key. */
const rowGramMemo = new Memo<RowGrams>('units/matchRowGrams', 64);

function rowGrams(key: string): RowGrams {
  const heads = key ? key.split('\n') : [];
  let total = 0;
  for (const h of heads) total += Math.max(0, h.length - 2);
  const table = new GramTable(total);
  const seenIn = new Int32Array(total).fill(-1);
  const ids = heads.map((h, row) => {
    const mine: number[] = [];
    for (let i = 0; i + 3 <= h.length; i++) {
      const id = table.add(h, i);
      // each distinct trigram of the row once
      if (seenIn[id] !== row) {
        seenIn[id] = row;
        mine.push(id);
      }
    }
    return Int32Array.from(mine);
  });
  return { table, ids };
}

/**
 * One piece of a candidate (a task's text, a paragraph of a heading's block) as normaliseText would
 * leave it: its first and last two kept code units, through which trigrams run from one piece to the
 * next, and the ids of the trigrams inside it that the rows' table holds. Memoised by the piece's
 * text, so after a keystroke in the body only the edited paragraph is read again.
 */
interface PieceScan {
  /** how many code units normaliseText keeps (only 0, 1 and ≥ 2 matter) */
  kept: number;
  first0: number;
  first1: number;
  last0: number;
  last1: number;
  /** ids (table order, repeats allowed) of the trigrams the rows' table holds */
  ids: number[];
}

/**
 * A piece as the memo holds it: its own copy of the text and an id; its scan against the rows' table is
 * a one-entry cache of a pure function of the table and the text, refilled when the rows change (not
 * part of the memoised value's meaning).
 */
interface PieceText {
  text: string;
  id: number;
  rows: RowGrams | undefined;
  scan: PieceScan | undefined;
  /** the scan against the rows' table before that: a keystroke in a quoting row and one elsewhere alternate two tables */
  rows2: RowGrams | undefined;
  scan2: PieceScan | undefined;
  /** the trigram sets of the last two candidates that began with this piece (candidateSet's), with what each was made from */
  group: Group | undefined;
  group2: Group | undefined;
}

interface Group {
  rows: RowGrams;
  pieces: readonly PieceText[];
  set: Int32Array;
}

const pieceTexts = new Memo<PieceText>('units/matchPieces');

function pieceText(s: string): PieceText {
  return pieceTexts.get(s, (key) => ({ text: key, id: ++textIds, rows: undefined, scan: undefined, rows2: undefined, scan2: undefined, group: undefined, group2: undefined }));
}

function scanPiece(text: string, rows: RowGrams): PieceScan {
  const ps: PieceScan = { kept: 0, first0: -1, first1: -1, last0: -1, last1: -1, ids: [] };
  let kept = 0;
  let c0 = -1;
  let c1 = -1;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (ignored(code)) continue;
    if (kept === 0) ps.first0 = code;
    else if (kept === 1) ps.first1 = code;
    kept++;
    if (c0 >= 0) {
      const id = rows.table.getGram(c0 * 4294967296 + c1 * 65536 + code);
      if (id >= 0) ps.ids.push(id);
    }
    c0 = c1;
    c1 = code;
  }
  ps.kept = kept;
  ps.last0 = c0;
  ps.last1 = c1;
  return ps;
}

function pieceFor(pt: PieceText, rows: RowGrams): PieceScan {
  if (pt.rows === rows && pt.scan) return pt.scan;
  if (pt.rows2 === rows && pt.scan2) {
    [pt.rows, pt.scan, pt.rows2, pt.scan2] = [pt.rows2, pt.scan2, pt.rows, pt.scan];
    return pt.scan!;
  }
  [pt.rows2, pt.scan2] = [pt.rows, pt.scan];
  pt.scan = scanPiece(pt.text, rows);
  pt.rows = rows;
  return pt.scan;
}

/**
 * The trigrams of candidate `c`'s normalised text that the rows' table holds, as ids, ascending and each
 * once: those inside each piece from the piece memo, those that run across two pieces from the pieces'
 * first and last kept code units. `seen` (one slot per id) is stamped with `stamp`, new for each call.
 */
function candidateSet(c: Candidate, pieces: readonly PieceText[], rows: RowGrams, seen: Int32Array, stamp: number): Int32Array {
  if (c.from === c.to) return NO_IDS;
  // a candidate whose pieces are the ones it had (the memo gives an unchanged text the same PieceText) holds
  // the trigrams it held: kept on its first piece, and compared piece by piece before use
  const first = pieces[c.from];
  if (sameGroup(first.group, c, pieces, rows)) return first.group!.set;
  if (sameGroup(first.group2, c, pieces, rows)) {
    [first.group, first.group2] = [first.group2, first.group];
    return first.group!.set;
  }
  const set = readSet(c, pieces, rows, seen, stamp);
  first.group2 = first.group;
  first.group = { rows, pieces: pieces.slice(c.from, c.to), set };
  return set;
}

function sameGroup(g: Group | undefined, c: Candidate, pieces: readonly PieceText[], rows: RowGrams): boolean {
  if (!g || g.rows !== rows || g.pieces.length !== c.to - c.from) return false;
  for (let k = 0; k < g.pieces.length; k++) if (g.pieces[k] !== pieces[c.from + k]) return false;
  return true;
}

function readSet(c: Candidate, pieces: readonly PieceText[], rows: RowGrams, seen: Int32Array, stamp: number): Int32Array {
  const out: number[] = [];
  const table = rows.table;
  let c0 = -1;
  let c1 = -1;
  for (let p = c.from; p < c.to; p++) {
    const ps = pieceFor(pieces[p], rows);
    if (ps.kept === 0) continue;
    // the trigrams that end in this piece's first two kept code units start in the pieces before
    if (c0 >= 0) {
      const id = table.getGram(c0 * 4294967296 + c1 * 65536 + ps.first0);
      if (id >= 0 && seen[id] !== stamp) out.push((seen[id] = stamp, id));
    }
    c0 = c1;
    c1 = ps.first0;
    if (ps.kept === 1) continue;
    if (c0 >= 0) {
      const id = table.getGram(c0 * 4294967296 + c1 * 65536 + ps.first1);
      if (id >= 0 && seen[id] !== stamp) out.push((seen[id] = stamp, id));
    }
    const ids = ps.ids;
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i];
      if (seen[id] !== stamp) out.push((seen[id] = stamp, id));
    }
    c0 = ps.last0;
    c1 = ps.last1;
  }
  return out.length ? Int32Array.from(out).sort() : NO_IDS;
}

const NO_IDS = new Int32Array(0);

/** The candidates holding each trigram (by id), ascending, from each candidate's set. */
function listsOf(sets: readonly Int32Array[], size: number): (number[] | undefined)[] {
  const lists: (number[] | undefined)[] = new Array(size);
  for (let ci = 0; ci < sets.length; ci++) {
    const set = sets[ci];
    for (let k = 0; k < set.length; k++) {
      const list = lists[set[k]];
      if (list) list.push(ci);
      else lists[set[k]] = [ci];
    }
  }
  return lists;
}

function sameSet(a: Int32Array, b: Int32Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

export function titleMatch(row: string, c: Pick<Candidate, 'title' | 'task'>): boolean {
  // a short title (“兜底线”) pairs only when it is a task's own title, written identically
  if (c.title.length < 4) return c.task >= 0 && row === c.title && row.length >= 2;
  if (row === c.title) return true;
  // a title and a row that differ only by a word at the end (…建设 / …建设工作)
  const [short, long] = row.length < c.title.length ? [row, c.title] : [c.title, row];
  return short.length >= 6 && long.startsWith(short) && long.length - short.length <= 2;
}

/**
 * The candidates a row could match by title, found by lookup instead of a titleMatch against every
 * candidate for every row (quadratic on a long 分工表). titleMatch pairs a row with a title equal to it,
 * a title it extends by one or two characters, or a title that extends it by one or two: so a title
 * is filed under itself and under itself cut by one and by two, and a row is looked up as itself and
 * cut by one and by two. titleMatch still decides; the earliest candidate it accepts wins, as with find.
 */
class TitleIndex {
  // keyed by a hash of the text (a small integer), not the text: no cut copy of every title and row is made
  // or hashed. Texts that share a hash only add candidates to a list, and titleMatch rejects them
  private whole = new Map<number, number[]>();
  private cut = new Map<number, number[]>();

  constructor(private readonly cands: readonly Candidate[]) {
    const h = [0, 0, 0];
    for (let i = 0; i < cands.length; i++) {
      const title = cands[i].title;
      endHashes(title, h);
      file(this.whole, h[0], i);
      if (title.length > 1) file(this.cut, h[1], i);
      if (title.length > 2) file(this.cut, h[2], i);
    }
  }

  /** index of the candidate, -1 for none */
  find(row: string): number {
    // a 分工表 with no body tasks or headings (a bare table): nothing to look up for each of its rows
    if (!this.cands.length) return -1;
    const h = ROW_HASHES;
    endHashes(row, h);
    let best = this.consider(row, this.whole.get(h[0]), -1);
    if (row.length > 1) best = this.consider(row, this.whole.get(h[1]), best);
    if (row.length > 2) best = this.consider(row, this.whole.get(h[2]), best);
    return this.consider(row, this.cut.get(h[0]), best);
  }

  /** `best`, or an earlier candidate of the list that titleMatch accepts */
  private consider(row: string, list: number[] | undefined, best: number): number {
    if (!list) return best;
    // in candidate order: the first one titleMatch accepts is this list's earliest
    for (let k = 0; k < list.length; k++) {
      const i = list[k];
      if (best >= 0 && i >= best) return best;
      if (titleMatch(row, this.cands[i])) return i;
    }
    return best;
  }
}

/** endHashes' output for the row looked up (one array for every lookup, read before the next). */
const ROW_HASHES = [0, 0, 0];

/** Hashes of s, of s without its last character and without its last two (FNV-1a, as small integers), in one pass. */
function endHashes(s: string, out: number[]): void {
  let h = 0x811c9dc5;
  const n = s.length;
  for (let i = 0; i < n - 2; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  out[2] = h & 0x3fffffff;
  if (n >= 2) h = Math.imul(h ^ s.charCodeAt(n - 2), 16777619);
  out[1] = h & 0x3fffffff;
  if (n >= 1) h = Math.imul(h ^ s.charCodeAt(n - 1), 16777619);
  out[0] = h & 0x3fffffff;
}

function file(m: Map<number, number[]>, key: number, i: number): void {
  const list = m.get(key);
  if (!list) m.set(key, [i]);
  else if (list[list.length - 1] !== i) list.push(i);
}

interface RowText {
  text: string;
  /** the candidate the row names by its title, -1 for none */
  byTitle: number;
  /** for rows matched by quotation: the head of the row and the ids of its distinct trigrams */
  head: string | undefined;
  ids: Int32Array | undefined;
}

/** What the match reads from the rows and the titles: the same for every version that reads the same (KeptMatch.read). */
interface RowsRead {
  /** in the order the rows are visited */
  rowText: readonly RowText[];
  /** the trigrams of the rows that quote */
  rows: RowGrams;
}

function taskCellText(r: TableRow, column: number): string {
  const cells = r.cells;
  for (let i = 0; i < cells.length; i++) if (cells[i].column === column) return withoutMarker(cells[i].text);
  return '';
}

/**
 * A task cell numbered as the body numbers it (1.统筹规划服务设施建设, （一）…) names the task by what follows: the
 * body's titles are read without their markers. A number that goes on (1.5万张床位) is no marker (matchMarker says so).
 */
function withoutMarker(text: string): string {
  return text.slice(markerEnd(text));
}

/** Where a task cell's name starts after its number (its spaces and 1. / （二）), 0 when it has no number. */
export function markerEnd(text: string): number {
  let from = 0;
  while (from < text.length && isSpaceCode(text.charCodeAt(from))) from++;
  const m = matchMarkerIn(text, from, text.length - from);
  return m ? from + m.length : 0;
}

/**
 * A whole match and exactly what it was made from: the ids of the titles and rows read, the indices and
 * counts; when a row quotes, the pieces (their memo entries, each with its own copy of the text), how many each
 * candidate has, and the trigrams each candidate holds.
 */
interface KeptMatch {
  read: readonly number[];
  rowsRead: RowsRead;
  quotes: boolean;
  pieces: readonly PieceText[];
  counts: readonly number[];
  sets: readonly Int32Array[];
  match: TaskRowMatch;
}

/**
 * The last match made from a document of this shape (the same tables, rows, titles and candidates): a
 * keystroke in a paragraph no row quotes or in a units cell leaves it as it was. A slot, not a value:
 * a version whose pieces differ puts its own match there; every use compares what the match was made
 * from with this version's, in full, so what the slot holds never decides a result it was not made from.
 */
interface Slot {
  last: KeptMatch | undefined;
}

const kept = new Memo<Slot>('units/match', 16);

/**
 * The texts (as the model handed them over) the last match was brought to, and its slot: compared with the
 * next version's by identity first. One version's, not one per slot: a paragraph's text keeps the whole
 * document text it was cut from alive, and sixteen slots would keep sixteen versions.
 */
let rawsSlot: Slot | undefined;
let slotRaws: readonly string[] = [];
onClearMemos(() => {
  rawsSlot = undefined;
  slotRaws = [];
});

function sameNumbers(a: readonly number[], b: readonly number[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function countsOf(cands: readonly Candidate[]): number[] {
  return cands.map((c) => c.to - c.from);
}

/** Each candidate's trigram set, from its pieces. */
function setsOf(cands: readonly Candidate[], pieces: readonly PieceText[], rows: RowGrams): Int32Array[] {
  const seen = new Int32Array(rows.table.size).fill(-1);
  return cands.map((c, ci) => candidateSet(c, pieces, rows, seen, ci));
}

/**
 * The kept match brought to this version's pieces when only pieces changed: a piece is compared in place
 * with the one read last time (the same string object when the parser handed it over unchanged), and only
 * the candidates with a changed piece are read again. When every candidate holds the trigrams it held, the
 * match is the same; otherwise only the scoring of the rows is done again.
 */
function updatePieces(model: DocumentModel, tables: readonly Table[], cands: readonly Candidate[], last: KeptMatch, raws: readonly string[], before: readonly string[] | undefined): KeptMatch {
  let pieces: PieceText[] | undefined;
  let sets: Int32Array[] | undefined;
  let seen: Int32Array | undefined;
  const rows = last.rowsRead.rows;
  for (let ci = 0; ci < cands.length; ci++) {
    const c = cands[ci];
    let same = true;
    for (let p = c.from; p < c.to && same; p++) same = raws[p] === (before ? before[p] : last.pieces[p].text);
    if (same) continue;
    pieces ??= last.pieces.slice();
    for (let p = c.from; p < c.to; p++) if (raws[p] !== pieces[p].text) pieces[p] = pieceText(raws[p]);
    seen ??= new Int32Array(rows.table.size).fill(-1);
    const set = candidateSet(c, pieces, rows, seen, ci);
    if (sameSet(set, last.sets[ci])) continue;
    sets ??= last.sets.slice();
    sets[ci] = set;
  }
  if (!pieces) return last;
  if (!sets) return { ...last, pieces };
  const match = score(model, tables, cands, last.rowsRead, listsOf(sets, rows.table.size));
  return { ...last, pieces, sets, match };
}

function computeMatch(model: DocumentModel): TaskRowMatch {
  const tables = divisionTables(model);
  // no 分工表: nothing to pair, and no candidate texts to build
  if (!tables.length) return { pairs: [], tasksWithoutRow: model.tasks.map((t) => t.index), rowsWithoutTask: [], divisionOf: [] };
  // what the match reads, as numbers: per table its index, whether its title says 分工 and its rows' texts;
  // per candidate its indices and its title; counts before each run of them. Which rows quote follows from these.
  askAfresh();
  const read: number[] = [model.tasks.length, tables.length];
  const rowTexts: Normalised[] = [];
  for (let ti = 0; ti < tables.length; ti++) {
    const t = tables[ti];
    read.push(t.index, /分工/.test(t.title?.text ?? '') ? 1 : 0);
    const at = read.push(0) - 1;
    for (let ri = 0; ri < t.rows.length; ri++) {
      const r = t.rows[ri];
      if (r.kind !== 'row') continue;
      const n = normalisedAgain(taskCellText(r, t.taskColumn));
      rowTexts.push(n);
      read.push(r.index, n.id);
      read[at]++;
    }
  }
  const cands = candidates(model);
  read.push(cands.length);
  for (let i = 0; i < cands.length; i++) read.push(cands[i].task, cands[i].heading, cands[i].paragraph, cands[i].titleId);
  let h = 0x811c9dc5;
  for (let i = 0; i < read.length; i++) h = Math.imul(h ^ read[i], 16777619);
  const slot = kept.get(`${(h >>> 0).toString(36)}:${read.length}`, () => ({ last: undefined }));
  const last = slot.last && sameNumbers(slot.last.read, read) ? slot.last : undefined;
  let raws: string[] | undefined;
  if (last) {
    // no row quotes: the texts of the body do not matter
    if (!last.quotes) return last.match;
    raws = piecesOf(model, cands);
    if (sameNumbers(last.counts, countsOf(cands))) {
      slot.last = updatePieces(model, tables, cands, last, raws, rawsSlot === slot ? slotRaws : undefined);
      [rawsSlot, slotRaws] = [slot, raws];
      return slot.last.match;
    }
  }
  // first the rows' own text and title matches, so the trigram index holds only the trigrams some row can
  // share: indexing every trigram of the document was most of the cost
  const rowsRead = last ? last.rowsRead : readRows(tables, cands, rowTexts);
  const rows = rowsRead.rows;
  const quotes = rows.table.size > 0;
  let pieces: PieceText[] = [];
  let sets: Int32Array[] = [];
  if (quotes) {
    raws ??= piecesOf(model, cands);
    pieces = piecesAgain(raws);
    sets = setsOf(cands, pieces, rows);
  }
  const match = score(model, tables, cands, rowsRead, quotes ? listsOf(sets, rows.table.size) : []);
  slot.last = { read, rowsRead, quotes, pieces, counts: quotes ? countsOf(cands) : [], sets, match };
  [rawsSlot, slotRaws] = [slot, raws ?? []];
  return match;
}

function readRows(tables: readonly Table[], cands: readonly Candidate[], rowTexts: readonly Normalised[]): RowsRead {
  const titles = new TitleIndex(cands);
  // in the order the scoring visits the rows (an array, not a map keyed by row objects)
  const rowText: RowText[] = [];
  const quoting: RowText[] = [];
  let visited = 0;
  for (let ti = 0; ti < tables.length; ti++)
    for (let ri = 0; ri < tables[ti].rows.length; ri++) {
      const r = tables[ti].rows[ri];
      if (r.kind !== 'row') continue;
      const text = rowTexts[visited++].text;
      // every field from the start: one object shape, whatever the row turns out to be
      const rt: RowText = { text, byTitle: -1, head: undefined, ids: undefined };
      rowText.push(rt);
      if (!text) continue;
      rt.byTitle = titles.find(text);
      if (rt.byTitle >= 0 || text.length < MIN_QUOTE) continue;
      rt.head = text.slice(0, 400);
      quoting.push(rt);
    }
  const rows = rowGramMemo.get(quoting.map((rt) => rt.head!).join('\n'), rowGrams);
  quoting.forEach((rt, k) => (rt.ids = rows.ids[k]));
  return { rowText, rows };
}

/** The pairs, given the rows read and, for the rows that quote, the candidates holding each of their trigrams. */
function score(model: DocumentModel, tables: readonly Table[], cands: readonly Candidate[], rowsRead: RowsRead, lists: readonly (number[] | undefined)[]): TaskRowMatch {
  const { rowText } = rowsRead;
  const table = rowsRead.rows.table;
  const counts = new Int32Array(cands.length);
  const touched: number[] = [];
  const pairs: TaskRowPair[] = [];
  let rowsWithoutTask: { table: number; row: number }[] = [];
  // the rows that traced to nothing, for the near-title pass; per table (in visiting order) its rows and matches
  const left: { text: string; at: number; ti: number }[] = [];
  const rowCount: number[] = [];
  const matchedCount: number[] = [];
  let next = 0;
  for (let ti = 0; ti < tables.length; ti++) {
    const t = tables[ti];
    let rows = 0;
    let matched = 0;
    for (let ri = 0; ri < t.rows.length; ri++) {
      const r = t.rows[ri];
      if (r.kind !== 'row') continue;
      const { text, byTitle, head, ids } = rowText[next++];
      if (!text) continue;
      rows++;
      // the candidate the row traces to, -1 for none, and how
      let hit = -1;
      let how: 'title' | 'quote' = 'title';
      if (byTitle >= 0) hit = byTitle;
      else if (head !== undefined && ids) {
        // shared trigrams per candidate; only the candidates touched are visited and reset
        // (clearing and scanning every candidate for every row was quadratic)
        touched.length = 0;
        for (let q = 0; q < ids.length; q++) {
          const list = lists[ids[q]];
          if (list)
            for (let x = 0; x < list.length; x++) {
              if (counts[list[x]]++ === 0) touched.push(list[x]);
            }
        }
        // the most shared; on a tie the earliest candidate
        let best = -1;
        let bestCount = 0;
        for (let k = 0; k < touched.length; k++) {
          const i = touched[k];
          if (counts[i] > bestCount || (counts[i] === bestCount && i < best)) {
            best = i;
            bestCount = counts[i];
          }
          counts[i] = 0;
        }
        const share = best >= 0 ? bestCount / ids.length : 0;
        // a quote copies at least one passage word for word; sharing vocabulary is not quoting.
        // Every trigram of the row has an id: it is in the candidate when the candidate's list
        // (ascending) holds it
        const verbatim = best >= 0 && longestQuoted(head, (at) => {
          const rows = lists[table.get(head, at)];
          return rows !== undefined && holdsSorted(rows, best);
        }) >= QUOTED_RUN;
        if (verbatim && share >= QUOTE_SHARE) {
          hit = best;
          how = 'quote';
        }
      }
      if (hit >= 0) {
        matched++;
        const c = cands[hit];
        pairs.push({ task: c.task, table: t.index, row: r.index, how, heading: c.heading, paragraph: c.paragraph });
      } else {
        left.push({ text, at: rowsWithoutTask.length, ti });
        rowsWithoutTask.push({ table: t.index, row: r.index });
      }
    }
    rowCount.push(rows);
    matchedCount.push(matched);
  }
  // by task index (a flag per task, not a Set entry); a pair's task is -1 when it traces to body text without units
  const covered = new Uint8Array(model.tasks.length);
  for (let k = 0; k < pairs.length; k++) if (pairs[k].task >= 0) covered[pairs[k].task] = 1;
  if (left.length) {
    const open: Candidate[] = [];
    for (let i = 0; i < cands.length; i++) if (cands[i].task >= 0 && !covered[cands[i].task]) open.push(cands[i]);
    const near = nearPairs(left, open);
    if (near.length) {
      const paired = new Uint8Array(rowsWithoutTask.length);
      for (const [lr, ci] of near) {
        const row = rowsWithoutTask[left[lr].at];
        const c = open[ci];
        pairs.push({ task: c.task, table: row.table, row: row.row, how: 'near', heading: c.heading, paragraph: c.paragraph });
        covered[c.task] = 1;
        matchedCount[left[lr].ti]++;
        paired[left[lr].at] = 1;
      }
      rowsWithoutTask = rowsWithoutTask.filter((_, k) => !paired[k]);
      // in table and row order, as the other pairs are (a stable sort)
      pairs.sort((a, b) => a.table - b.table || a.row - b.row);
    }
  }
  const divisionOf: number[] = [];
  for (let ti = 0; ti < tables.length; ti++) {
    const titled = /分工/.test(tables[ti].title?.text ?? '');
    if (rowCount[ti] > 0 && (titled || matchedCount[ti] * 2 > rowCount[ti])) divisionOf.push(tables[ti].index);
  }
  const tasksWithoutRow: number[] = [];
  for (let i = 0; i < model.tasks.length; i++) if (!covered[model.tasks[i].index]) tasksWithoutRow.push(model.tasks[i].index);
  return { pairs, tasksWithoutRow, rowsWithoutTask, divisionOf };
}

export function matchTasksToRows(model: DocumentModel, shared?: Map<string, unknown>): TaskRowMatch {
  const hit = shared?.get(MATCH_KEY) as TaskRowMatch | undefined;
  if (hit) return hit;
  const m = computeMatch(model);
  shared?.set(MATCH_KEY, m);
  return m;
}
