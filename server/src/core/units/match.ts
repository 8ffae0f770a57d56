// Which 分工表 row belongs to which body task. A row names its task by the task's title
// (统筹规划服务设施建设) or by quoting its sentences (seed 002: the rows quote the body items
// （一）–（二十四）, which carry no units themselves). Punctuation and whitespace are ignored.
import type { DocumentModel, Heading, Table, TableRow } from '../model/types';

export interface TaskRowPair {
  /** index into model.tasks; -1 when the row traces to body text that carries no units bracket */
  task: number;
  table: number;
  /** index into table.rows */
  row: number;
  how: 'title' | 'quote';
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

const PUNCT = /[\s\u3000，。、；：！？“”‘’（）()《》〔〕【】「」『』,.;:!?"'\-—–…·／/]/g;

export function normaliseText(s: string): string {
  return s.replace(PUNCT, '');
}

/**
 * Three UTF-16 code units as one number (c0·2³² + c1·2¹⁶ + c2, below 2⁴⁸, exact in a double):
 * the same identity as the three-character string without allocating one per position.
 */
function gram(s: string, i: number): number {
  return s.charCodeAt(i) * 4294967296 + s.charCodeAt(i + 1) * 65536 + s.charCodeAt(i + 2);
}

function grams(s: string): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i + 3 <= s.length; i++) out.add(gram(s, i));
  return out;
}

/** Length of the longest passage of `s` whose every three-character run occurs in `g`. */
function longestQuoted(s: string, has: (gram: number) => boolean): number {
  let best = 0;
  let run = 0;
  for (let i = 0; i + 3 <= s.length; i++) {
    run = has(gram(s, i)) ? run + 1 : 0;
    if (run > best) best = run;
  }
  return best ? best + 2 : 0;
}

interface Candidate {
  task: number;
  heading: number;
  paragraph: number;
  title: string;
  /** the normalised text whose trigrams are compared: computed when a row first needs it */
  source: () => string;
}

/** Lazily computed once. */
function once(f: () => string): () => string {
  let v: string | undefined;
  return () => (v ??= f());
}

/** A 16-bit hash of the trigram at i: a cheap first test before the exact set lookup. */
function gramHash(s: string, i: number): number {
  return (s.charCodeAt(i) * 961 + s.charCodeAt(i + 1) * 31 + s.charCodeAt(i + 2)) & 0xffff;
}

function headingBlock(model: DocumentModel, h: Heading): string {
  let text = '';
  for (let q = h.paragraph; q < model.paragraphs.length; q++) {
    const p = model.paragraphs[q];
    if (q > h.paragraph && (p.heading || p.region !== h.region)) break;
    text += p.text;
    if (text.length > 4000) break;
  }
  return text;
}

function candidates(model: DocumentModel): Candidate[] {
  const out: Candidate[] = [];
  const withTask = new Set<number>();
  for (const t of model.tasks) {
    if (t.heading >= 0) withTask.add(t.heading);
    out.push({ task: t.index, heading: t.heading, paragraph: t.paragraph, title: normaliseText(t.title), source: once(() => normaliseText(t.text)) });
  }
  for (const h of model.headings) {
    if (h.region !== 'body' || withTask.has(h.index)) continue;
    out.push({ task: -1, heading: h.index, paragraph: h.paragraph, title: normaliseText(h.title), source: once(() => normaliseText(headingBlock(model, h))) });
  }
  return out;
}

function titleMatch(row: string, c: Candidate): boolean {
  // a short title (“兜底线”) pairs only when it is a task's own title, written identically
  if (c.title.length < 4) return c.task >= 0 && row === c.title && row.length >= 2;
  if (row === c.title) return true;
  // a title and a row that differ only by a word at the end (…建设 / …建设工作)
  const [short, long] = row.length < c.title.length ? [row, c.title] : [c.title, row];
  return short.length >= 6 && long.startsWith(short) && long.length - short.length <= 2;
}

interface RowText {
  text: string;
  byTitle?: Candidate;
  /** for rows matched by quotation: the head of the row and its trigrams */
  head?: string;
  rg?: Set<number>;
}

function computeMatch(model: DocumentModel): TaskRowMatch {
  const cands = candidates(model);
  const tables = divisionTables(model);
  // first the rows' own text and title matches, so the trigram index below holds only the
  // trigrams some row can share: indexing every trigram of the document was most of the cost
  const rowText = new Map<TableRow, RowText>();
  const wanted = new Set<number>();
  const maybeWanted = new Uint8Array(1 << 16);
  for (const t of tables)
    for (const r of t.rows) {
      if (r.kind !== 'row') continue;
      const cell = r.cells.find((c) => c.column === t.taskColumn);
      const text = cell ? normaliseText(cell.text) : '';
      const rt: RowText = { text };
      rowText.set(r, rt);
      if (!text) continue;
      rt.byTitle = cands.find((c) => titleMatch(text, c));
      if (rt.byTitle || text.length < MIN_QUOTE) continue;
      rt.head = text.slice(0, 400);
      rt.rg = grams(rt.head);
      for (const g of rt.rg) wanted.add(g);
      for (let i = 0; i + 3 <= rt.head.length; i++) maybeWanted[gramHash(rt.head, i)] = 1;
    }
  // candidates holding each wanted trigram, in candidate order, each once
  const index = new Map<number, number[]>();
  if (wanted.size) {
    cands.forEach((c, ci) => {
      const s = c.source();
      for (let i = 0; i + 3 <= s.length; i++) {
        if (!maybeWanted[gramHash(s, i)]) continue;
        const g = gram(s, i);
        if (!wanted.has(g)) continue;
        const list = index.get(g);
        if (!list) index.set(g, [ci]);
        else if (list[list.length - 1] !== ci) list.push(ci);
      }
    });
  }
  const counts = new Int32Array(cands.length);
  const pairs: TaskRowPair[] = [];
  const rowsWithoutTask: { table: number; row: number }[] = [];
  const divisionOf: number[] = [];
  for (const t of tables) {
    let rows = 0;
    let matched = 0;
    for (const r of t.rows) {
      if (r.kind !== 'row') continue;
      const { text, byTitle, head, rg } = rowText.get(r)!;
      if (!text) continue;
      rows++;
      let hit: { c: Candidate; how: 'title' | 'quote' } | undefined;
      if (byTitle) hit = { c: byTitle, how: 'title' };
      else if (head !== undefined && rg) {
        // shared trigrams per candidate
        counts.fill(0);
        for (const g of rg) {
          const list = index.get(g);
          if (list) for (let k = 0; k < list.length; k++) counts[list[k]]++;
        }
        // the most shared; on a tie the earliest candidate
        let best = -1;
        let bestCount = 0;
        for (let i = 0; i < counts.length; i++) if (counts[i] > bestCount) [best, bestCount] = [i, counts[i]];
        const share = best >= 0 ? bestCount / rg.size : 0;
        // a quote copies at least one passage word for word; sharing vocabulary is not quoting
        // every trigram of the row is in the index: a trigram is in the candidate when its list holds it
        const verbatim = best >= 0 && longestQuoted(head, (g) => index.get(g)?.includes(best) ?? false) >= QUOTED_RUN;
        if (verbatim && share >= QUOTE_SHARE) hit = { c: cands[best], how: 'quote' };
      }
      if (hit) {
        matched++;
        pairs.push({ task: hit.c.task, table: t.index, row: r.index, how: hit.how, heading: hit.c.heading, paragraph: hit.c.paragraph });
      } else rowsWithoutTask.push({ table: t.index, row: r.index });
    }
    const titled = /分工/.test(t.title?.text ?? '');
    if (rows > 0 && (titled || matched * 2 > rows)) divisionOf.push(t.index);
  }
  const covered = new Set(pairs.map((p) => p.task));
  const tasksWithoutRow = model.tasks.filter((t) => !covered.has(t.index)).map((t) => t.index);
  return { pairs, tasksWithoutRow, rowsWithoutTask, divisionOf };
}

export function matchTasksToRows(model: DocumentModel, shared?: Map<string, unknown>): TaskRowMatch {
  const hit = shared?.get(MATCH_KEY) as TaskRowMatch | undefined;
  if (hit) return hit;
  const m = computeMatch(model);
  shared?.set(MATCH_KEY, m);
  return m;
}
