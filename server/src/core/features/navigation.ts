// Moving through a plan: from a body task to its 分工表 row and back (definition), every place a
// department is named (references), and renaming a department everywhere (body, 分工表, 专班 list).
// The units registry and the task↔row matching are computed by core/units; these functions only
// read them through the few fields they need.
import type { DocumentModel, Position, Range, TableRow } from '../model/types';
import type { TextEdit } from '../rules/types';
import { comparePos, containsPos } from '../text/span';
import { splitLines } from '../text/lines';
import { positionAt } from '../text/diff';

/** What navigation reads from core/units/registry's Mention. */
export interface MentionLike {
  name: string;
  expanded: string;
  canonical: string;
  range: Range;
  source: 'task' | 'table' | 'member' | 'duty';
  task?: number;
  table?: number;
  row?: number;
  generic: boolean;
}

export interface RegistryLike {
  mentions: readonly MentionLike[];
  mentionAt(pos: Position): MentionLike | undefined;
  resolve(name: string): string;
}

export interface PairLike {
  task: number;
  table: number;
  row: number;
  heading: number;
  paragraph: number;
}

export interface MatchLike {
  pairs: readonly PairLike[];
  tasksWithoutRow: readonly number[];
  rowsWithoutTask: readonly { table: number; row: number }[];
  divisionOf: readonly number[];
}

export interface Target {
  range: Range;
  /** the part to select: a row's task cell, a task's title */
  selection: Range;
}

function rowAt(model: DocumentModel, position: Position): { table: number; row: TableRow } | undefined {
  for (const t of model.tables) {
    if (!containsPos(t.range, position)) continue;
    const row = t.rows.find((r) => r.kind === 'row' && r.range.start.line <= position.line && position.line <= r.range.end.line);
    if (row) return { table: t.index, row };
  }
  return undefined;
}

/** The task under the cursor: its heading line, its wrapped text or its units bracket. */
export function taskAt(model: DocumentModel, position: Position): number | undefined {
  const t = model.tasks.find((x) => containsPos(x.range, position));
  return t?.index;
}

function rowTarget(model: DocumentModel, table: number, row: number): Target {
  const t = model.tables[table];
  const r = t.rows[row];
  const cell = r.cells.find((c) => c.column === t.taskColumn) ?? r.cells[0];
  return { range: r.range, selection: cell?.range ?? r.range };
}

function bodyTarget(model: DocumentModel, pair: PairLike): Target | undefined {
  if (pair.task >= 0) {
    const task = model.tasks[pair.task];
    return { range: task.range, selection: task.titleRange };
  }
  const h = model.headings[pair.heading];
  if (h) return { range: h.range, selection: { start: h.markerRange.start, end: h.titleRange.end } };
  const p = model.paragraphs[pair.paragraph];
  return p ? { range: p.range, selection: p.range } : undefined;
}

/** Go to definition: task → its row(s) in the 分工表; row → the body text it traces to. */
export function definition(model: DocumentModel, match: MatchLike, position: Position): Target[] {
  const row = rowAt(model, position);
  if (row) {
    return match.pairs
      .filter((p) => p.table === row.table && p.row === row.row.index)
      .map((p) => bodyTarget(model, p))
      .filter((t): t is Target => !!t);
  }
  const task = taskAt(model, position);
  if (task !== undefined) return match.pairs.filter((p) => p.task === task).map((p) => rowTarget(model, p.table, p.row));
  // a body heading without a units bracket that a row quotes (seed 002: （一）–（二十四）)
  const h = model.headings.find((x) => containsPos(x.range, position));
  if (h) return match.pairs.filter((p) => p.task < 0 && p.heading === h.index).map((p) => rowTarget(model, p.table, p.row));
  return [];
}

/** Every mention of the department under the cursor, in document order. */
export function references(registry: RegistryLike, position: Position): MentionLike[] {
  const m = registry.mentionAt(position);
  if (!m) return [];
  return registry.mentions.filter((x) => x.canonical === m.canonical).sort((a, b) => comparePos(a.range.start, b.range.start));
}

export class RenameError extends Error {}

export function prepareRename(registry: RegistryLike, position: Position): { range: Range; placeholder: string } {
  const m = registry.mentionAt(position);
  if (!m) throw new RenameError('此处不是单位名称。请把光标放在责任单位、分工表或工作专班名单中的单位名称上再重命名。');
  return { range: m.range, placeholder: m.name };
}

const BAD_NAME = /[、，,；;：:（）()〔〕[\]【】《》“”\s\u3000。]/;

/**
 * Places in running text (办公室副主任由县民政局、…兼任) that spell the department in full exactly as a
 * list does: a rename should reach them too. Only full spellings with a jurisdiction (4+ characters)
 * are searched, so 民政局 inside another name is never touched.
 */
function proseOccurrences(text: string, spellings: readonly string[], taken: readonly Range[]): Range[] {
  const offsets = splitLines(text).map((l) => l.offset);
  const out: Range[] = [];
  const overlaps = (r: Range) => [...taken, ...out].some((t) => comparePos(r.start, t.end) < 0 && comparePos(t.start, r.end) < 0);
  for (const sp of [...spellings].sort((a, b) => b.length - a.length)) {
    for (let i = text.indexOf(sp); i >= 0; i = text.indexOf(sp, i + sp.length)) {
      const r = { start: positionAt(offsets, i), end: positionAt(offsets, i + sp.length) };
      if (r.start.line === r.end.line && !overlaps(r)) out.push(r);
    }
  }
  return out;
}

/**
 * Renames the department under the cursor in every place it is named — the lists the registry knows
 * and, with `text`, the running text that spells it in full. Abbreviated mentions stay abbreviated
 * (民政局 after 县发改局、 becomes 民政和社会保障局 when 县民政局 becomes 县民政和社会保障局).
 */
export function rename(registry: RegistryLike, position: Position, newName: string, text?: string): TextEdit[] {
  const m = registry.mentionAt(position);
  if (!m) throw new RenameError('此处不是单位名称，无法重命名。');
  const name = newName.trim();
  if (!name) throw new RenameError('新名称不能为空。');
  if (BAD_NAME.test(name)) throw new RenameError(`新名称“${name}”含有顿号、逗号、括号、引号或空格，不是一个单位名称；一次只能改一个单位的名称。`);
  const all = registry.mentions.filter((x) => x.canonical === m.canonical);
  const target = registry.resolve(name);
  if (target !== m.canonical && registry.mentions.some((x) => x.canonical === target)) {
    const other = registry.mentions.find((x) => x.canonical === target)!;
    throw new RenameError(
      `“${name}”已是文档中的另一个单位（${other.name}，第${other.range.start.line + 1}行等），改名会把“${m.name}”与它合并。如确需合并，请逐处修改。`,
    );
  }
  const edits: TextEdit[] = [];
  for (const x of all) {
    let text = name;
    // an abbreviation keeps the jurisdiction the list already gave it
    const prefix = x.expanded.endsWith(x.name) ? x.expanded.slice(0, x.expanded.length - x.name.length) : '';
    if (prefix && x.name !== x.expanded && name.startsWith(prefix)) text = name.slice(prefix.length);
    if (text !== x.name) edits.push({ range: x.range, newText: text });
  }
  if (text && !m.generic) {
    const full = [...new Set(all.filter((x) => x.name === x.expanded && x.name.length >= 4).map((x) => x.name))];
    for (const r of proseOccurrences(text, full, all.map((x) => x.range))) if (!full.includes(name)) edits.push({ range: r, newText: name });
  }
  return edits.sort((a, b) => comparePos(a.range.start, b.range.start));
}
