// Which 分工表 row belongs to which body task. A row names its task by the task's title
// (统筹规划服务设施建设) or by quoting its sentences (seed 002: the rows quote the body items
// （一）–（二十四）, which carry no units themselves). Punctuation and whitespace are ignored.
import type { DocumentModel, Heading, Table } from '../model/types';

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

function grams(s: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 3 <= s.length; i++) out.add(s.slice(i, i + 3));
  return out;
}

/** Length of the longest passage of `s` whose every three-character run occurs in `g`. */
function longestQuoted(s: string, g: Set<string>): number {
  let best = 0;
  let run = 0;
  for (let i = 0; i + 3 <= s.length; i++) {
    run = g.has(s.slice(i, i + 3)) ? run + 1 : 0;
    if (run > best) best = run;
  }
  return best ? best + 2 : 0;
}

interface Candidate {
  task: number;
  heading: number;
  paragraph: number;
  title: string;
  grams: Set<string>;
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
    out.push({ task: t.index, heading: t.heading, paragraph: t.paragraph, title: normaliseText(t.title), grams: grams(normaliseText(t.text)) });
  }
  for (const h of model.headings) {
    if (h.region !== 'body' || withTask.has(h.index)) continue;
    out.push({ task: -1, heading: h.index, paragraph: h.paragraph, title: normaliseText(h.title), grams: grams(normaliseText(headingBlock(model, h))) });
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

function computeMatch(model: DocumentModel): TaskRowMatch {
  const cands = candidates(model);
  const index = new Map<string, number[]>();
  cands.forEach((c, i) => {
    for (const g of c.grams) {
      const list = index.get(g);
      if (list) list.push(i);
      else index.set(g, [i]);
    }
  });
  const pairs: TaskRowPair[] = [];
  const rowsWithoutTask: { table: number; row: number }[] = [];
  const divisionOf: number[] = [];
  for (const t of divisionTables(model)) {
    let rows = 0;
    let matched = 0;
    for (const r of t.rows) {
      if (r.kind !== 'row') continue;
      const cell = r.cells.find((c) => c.column === t.taskColumn);
      const text = cell ? normaliseText(cell.text) : '';
      if (!text) continue;
      rows++;
      let hit: { c: Candidate; how: 'title' | 'quote' } | undefined;
      const byTitle = cands.find((c) => titleMatch(text, c));
      if (byTitle) hit = { c: byTitle, how: 'title' };
      else if (text.length >= MIN_QUOTE) {
        const head = text.slice(0, 400);
        const rg = grams(head);
        const counts = new Map<number, number>();
        for (const g of rg) for (const i of index.get(g) ?? []) counts.set(i, (counts.get(i) ?? 0) + 1);
        let best = -1;
        let bestCount = 0;
        for (const [i, n] of counts) if (n > bestCount || (n === bestCount && i < best)) [best, bestCount] = [i, n];
        const share = best >= 0 ? bestCount / rg.size : 0;
        // a quote copies at least one passage word for word; sharing vocabulary is not quoting
        const verbatim = best >= 0 && longestQuoted(head, cands[best].grams) >= QUOTED_RUN;
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
