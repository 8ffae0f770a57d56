// “重新编号”: rewrites the ordinals of one level in order — the sibling group at the cursor, or the
// whole level when the document numbers it continuously across parents — or a table's 序号
// column. Only the numerals change: each marker keeps its brackets, separator and digit width.
import type { DocumentModel, Heading, Position, Table } from '../model/types';
import type { TextEdit } from '../rules/types';
import { levelName, markerWithOrdinal, ordinalEdit } from '../numbering/markers';
import { levelRuns, numberedTable, scopeOf, tableSegments, type LevelRun } from '../numbering/sequence';
import { comparePos, containsPos, spanRange } from '../text/span';
import { toAsciiDigits } from '../text/numerals';

export interface RenumberResult {
  title: string;
  edits: TextEdit[];
}

/** The heading whose level the cursor is on: the heading paragraph under it, or the last heading above it in the same part. */
function headingAt(model: DocumentModel, position: Position): Heading | undefined {
  let best: Heading | undefined;
  for (const h of model.headings) {
    if (comparePos(h.range.start, position) > 0) break;
    best = h;
  }
  if (!best) return undefined;
  if (containsPos(best.range, position)) return best;
  // below the heading's own paragraph: still its block, unless a region boundary lies between
  return comparePos(position, best.blockEnd) <= 0 ? best : undefined;
}

/** The headings `h`'s renumbering rewrites (the whole run, or `h`'s group) and the ordinal of the first. */
function scopeOfRenumber(run: LevelRun, h: Heading): { groups: Heading[][]; start: number } {
  if (run.scheme === 'continuous') return { groups: run.groups, start: 1 };
  const gi = run.groups.findIndex((g) => g.includes(h));
  const g = run.groups[gi];
  let start = 1;
  if (run.scheme === 'unknown' && gi > 0) {
    // keep the written choice where the document has not settled on one
    const prev = run.groups[gi - 1];
    const prevLast = prev[prev.length - 1].ordinal;
    if (g[0].ordinal === prevLast + 1) start = prevLast + 1;
  }
  return { groups: [g], start };
}

/** Target ordinals for every heading of the run that `h` belongs to, as the scheme wants them. */
function targets(run: LevelRun, h: Heading): Map<Heading, number> {
  const out = new Map<Heading, number>();
  const { groups, start } = scopeOfRenumber(run, h);
  let n = start;
  for (const g of groups) for (const x of g) out.set(x, n++);
  return out;
}

/** How many markers the renumbering changes, counted without building it (up to one past `max`: enough to refuse it). */
function changedCount(run: LevelRun, h: Heading, max: number): number {
  const { groups, start } = scopeOfRenumber(run, h);
  let n = start;
  let changed = 0;
  for (let gi = 0; gi < groups.length; gi++) {
    const g = groups[gi];
    for (let i = 0; i < g.length; i++) if (g[i].ordinal !== n++ && ++changed > max) return changed;
  }
  return changed;
}

/**
 * `run`: the heading's level run when the caller has it (working it out again walks every heading).
 * `maxEdits`: past this many changed markers no result (the numbering checks offer none then), and
 * no edit is built for a level of 100 000 headings.
 */
export function renumberHeading(model: DocumentModel, h: Heading, run?: LevelRun, maxEdits = Infinity): RenumberResult | undefined {
  run ??= levelRuns(model).find((r) => r.scope === scopeOf(h) && r.level === h.level);
  if (!run) return undefined;
  if (maxEdits !== Infinity && changedCount(run, h, maxEdits) > maxEdits) return undefined;
  const want = targets(run, h);
  const edits: TextEdit[] = [];
  let first: Heading | undefined;
  let last: Heading | undefined;
  for (const [x, n] of want) {
    if (!first) first = x;
    last = x;
    if (x.ordinal !== n) edits.push(ordinalEdit(x, n, model.paragraphs));
  }
  if (!edits.length || !first || !last) return undefined;
  const span = `${markerWithOrdinal(first, want.get(first)!)}—${markerWithOrdinal(last, want.get(last)!)}`;
  const title = run.scheme === 'continuous'
    ? `重新编号：${levelName(h.level)}序号全文连续编为 ${span}`
    : `重新编号：本组${levelName(h.level)}序号依次编为 ${span}`;
  return { title, edits };
}

function seqEdit(row: Table['rows'][number], n: number): TextEdit | undefined {
  const cell = row.cells[0];
  const m = /[0-9０-９]+/.exec(cell.text);
  if (!m) return undefined;
  const fullWidth = /[０-９]/.test(m[0]);
  const digits = fullWidth ? String(n).replace(/[0-9]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 48 + 0xff10)) : String(n);
  return { range: spanRange(cell, m.index, m.index + m[0].length), newText: digits };
}

export function renumberTable(table: Table): RenumberResult | undefined {
  if (!numberedTable(table)) return undefined;
  const edits: TextEdit[] = [];
  for (const seg of tableSegments(table)) {
    seg.forEach((row, i) => {
      if (Number(toAsciiDigits(String(row.seq))) === i + 1) return;
      const e = seqEdit(row, i + 1);
      if (e) edits.push(e);
    });
  }
  if (!edits.length) return undefined;
  return { title: `重新编号：表格“${table.title?.text ?? '序号'}”的序号依次编为 1、2、3……`, edits };
}

/**
 * The renumber command at `position`: a table's 序号 column when the cursor is in a numbered
 * table, otherwise the heading level the cursor is on. undefined when there is nothing to number
 * or the numbers are already in order.
 */
export function renumber(model: DocumentModel, position: Position): RenumberResult | undefined {
  const table = model.tables.find((t) => containsPos(t.range, position));
  if (table) return renumberTable(table);
  const h = headingAt(model, position);
  return h ? renumberHeading(model, h) : undefined;
}
