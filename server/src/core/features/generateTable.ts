// 根据正文生成分工表: the 重点任务分工表 built from the body tasks and their units. When the
// document has none, a new attachment is added (with its line in the 附件说明); when it has one,
// rows are updated in place — a row whose units differ from its task's bracket gets the task's
// units, a task without a row gets a row in its section — and a row that traces to no task is
// kept and reported, never dropped.
import type { DocumentModel, Heading, Position, Table, TableRow, Task } from '../model/types';
import type { TextEdit } from '../rules/types';
import { toChineseNumeral } from '../text/numerals';
import { comparePos } from '../text/span';
import { LABEL, labelsApart } from '../units/split';
import { splitLines } from '../text/lines';
import { nestQuotes } from '../text/quotes';
import { computeSections } from './sections';
import type { MatchLike } from './navigation';

/**
 * A name in a task's bracket that the units checks take for a slip of a name the document uses many
 * times (units/near-miss): the table is written with the intended spelling, so generating it never
 * copies the slip into the 分工表, nor overwrites a correct cell with it.
 */
export interface SpellingFix {
  task: number;
  /** as written in the bracket */
  from: string;
  /** as the document writes it elsewhere */
  to: string;
}

export interface GenerateResult {
  edits: TextEdit[];
  message: string;
  created: boolean;
  updated: number;
  added: number;
  /** rows of the 分工表 that trace to no body task: kept as they are */
  kept: { row: number; line: number; text: string }[];
}

const HEADER = ['序号', '重点任务', '责任单位'];

export function unitsText(t: Task, fixes: readonly SpellingFix[] = []): string {
  let text = labelsApart(t.units.content).replace(LABEL, '').replace(/\s+/g, '').replace(/。$/, '');
  for (const f of fixes) if (f.task === t.index) text = replaceName(text, f.from, f.to);
  return text;
}

/** Replaces `from` where it stands as a whole list item (bounded by the list's separators or its ends), never inside a longer name. */
function replaceName(text: string, from: string, to: string): string {
  const edge = (c: string | undefined) => c === undefined || /[、，,；;：:。\s]/.test(c);
  for (let at = text.indexOf(from); at >= 0; at = text.indexOf(from, at + 1)) {
    if (edge(text[at - 1]) && (edge(text[at + from.length]) || /^(牵头|参加|配合|负责|按职责|具体|等)/.test(text.slice(at + from.length)))) {
      return text.slice(0, at) + to + text.slice(at + from.length);
    }
  }
  return text;
}

/** What the drafter is told about the slips the generated rows corrected: the body still carries them. */
function fixesNote(fixes: readonly SpellingFix[], used: ReadonlySet<SpellingFix>): string {
  const seen = new Set<string>();
  const parts: string[] = [];
  for (const f of fixes) {
    const key = `${f.from}→${f.to}`;
    if (!used.has(f) || seen.has(key)) continue;
    seen.add(key);
    parts.push(`“${f.from}”按本文多处的写法作“${f.to}”`);
  }
  return parts.length ? `分工表中${parts.join('，')}；正文中的写法请一并核改。` : '';
}

function normalise(s: string): string {
  return s.replace(/[\s\u3000。]/g, '');
}

/** The heading a task's row is grouped under: the parent of its own heading (（一）健全服务体系 for 1.…). */
function sectionOf(model: DocumentModel, t: Task): Heading | undefined {
  const h = model.headings[t.heading];
  if (!h) return undefined;
  return h.parent >= 0 ? model.headings[h.parent] : undefined;
}

function eolOf(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

function planName(model: DocumentModel): string {
  const base = model.planTitle?.text.replace(/[ \u3000]/g, '') ?? model.jurisdiction ?? '';
  return `${base}重点任务分工表`;
}

/** Cell lines of one data row, in the table's own column order. */
function rowLines(columns: number, cols: { seq: number; task: number; units: number }, seq: number, t: Task, fixes: readonly SpellingFix[]): string[] {
  const cells = new Array<string>(columns).fill('—');
  if (cols.seq >= 0) cells[cols.seq] = String(seq);
  cells[cols.task] = t.title;
  cells[cols.units] = unitsText(t, fixes);
  return cells.map((c) => '\t' + c);
}

/** Groups tasks by section in document order; sections numbered 一、二、… as rows of the new table. */
function newTableText(model: DocumentModel, number: number, title: string, eol: string, fixes: readonly SpellingFix[]): string {
  const lines = [`附件${number}`, '', title, '', ...HEADER.map((h) => '\t' + h)];
  const groups: { section?: Heading; tasks: Task[] }[] = [];
  for (const t of model.tasks) {
    const s = sectionOf(model, t);
    const last = groups[groups.length - 1];
    if (last && last.section === s) last.tasks.push(t);
    else groups.push({ section: s, tasks: [t] });
  }
  const sectioned = groups.length > 1 && groups.every((g) => g.section);
  let seq = 0;
  groups.forEach((g, i) => {
    if (sectioned) {
      lines.push('', `\t${toChineseNumeral(i + 1)}、${g.section!.title.replace(/。$/, '')}`);
      seq = 0;
    }
    for (const t of g.tasks) lines.push('', ...rowLines(3, { seq: 0, task: 1, units: 2 }, ++seq, t, fixes));
  });
  return lines.join(eol);
}

/** Inserts touching an edit's end become part of that edit, so no client has to order them. */
function mergeTouching(edits: TextEdit[]): TextEdit[] {
  const sorted = [...edits].sort((a, b) => comparePos(a.range.start, b.range.start) || comparePos(a.range.end, b.range.end));
  const out: TextEdit[] = [];
  for (const e of sorted) {
    const prev = out[out.length - 1];
    const insert = comparePos(e.range.start, e.range.end) === 0;
    if (prev && insert && comparePos(prev.range.end, e.range.start) === 0) prev.newText += e.newText;
    else out.push({ range: e.range, newText: e.newText });
  }
  return out;
}

function createTable(model: DocumentModel, eol: string, fixes: readonly SpellingFix[]): GenerateResult {
  const none: GenerateResult = { edits: [], message: '', created: false, updated: 0, added: 0, kept: [] };
  if (!model.tasks.length) return { ...none, message: '正文中没有带责任单位的重点任务，无法生成分工表。' };
  const numbers = [...model.attachments.map((a) => a.number), ...(model.attachmentNote?.items.map((i) => i.number ?? 1) ?? [])];
  const number = numbers.length ? Math.max(...numbers) + 1 : 1;
  const title = planName(model);
  const sections = computeSections(model);
  const lines = splitLines(model.text);
  const endOfLine = (line: number): Position => ({ line, character: lines[line].text.length });
  const edits: TextEdit[] = [];
  // into the 附件说明 first (written the way its last item is), or a new one after the body
  const note = model.attachmentNote;
  if (note) {
    const last = note.items[note.items.length - 1];
    const prev = note.items[note.items.length - 2];
    const gap = prev ? Math.max(1, last.range.start.line - prev.range.start.line) : 1;
    const indent = last && last.range.start.line !== note.labelRange.start.line ? lines[last.range.start.line].text.slice(0, last.range.start.character) : '';
    const end = endOfLine(note.range.end.line);
    edits.push({ range: { start: end, end }, newText: eol.repeat(gap) + `${indent}${number}.${title}` });
  } else if (sections.body) {
    const end = endOfLine(sections.body.end.line);
    edits.push({ range: { start: end, end }, newText: `${eol}${eol}附件：${number}.${title}` });
  }
  // then the table, after the last content before the 版记 (attachments, notes such as 政策解读 …)
  const stop = model.banji?.range.start.line ?? lines.length;
  let lastLine = -1;
  for (const p of model.paragraphs) if (p.range.start.line < stop && p.region !== 'banji') lastLine = Math.max(lastLine, p.range.end.line);
  for (const t of model.tables) if (t.range.start.line < stop) lastLine = Math.max(lastLine, t.range.end.line);
  const at = endOfLine(lastLine >= 0 ? lastLine : lines.length - 1);
  edits.push({ range: { start: at, end: at }, newText: eol + eol + newTableText(model, number, title, eol, fixes) });
  return {
    edits: mergeTouching(edits),
    message: `已根据正文 ${model.tasks.length} 项任务生成“${title}”（附件${number}）。` + fixesNote(fixes, new Set(fixes)),
    created: true,
    updated: 0,
    added: model.tasks.length,
    kept: [],
  };
}

function cellOf(table: Table, row: TableRow, column: number) {
  return row.cells.find((c) => c.column === column);
}

/**
 * The matcher's pairs for this table, plus rows whose task cell is exactly a task's title: short
 * titles (“兜底线”) are too short for the matcher to trust, but an exact copy is the task's row.
 */
function tablePairs(model: DocumentModel, match: MatchLike, table: Table): { task: number; row: number }[] {
  const pairs = match.pairs.filter((p) => p.table === table.index).map((p) => ({ task: p.task, row: p.row }));
  const pairedRows = new Set(pairs.map((p) => p.row));
  const pairedTasks = new Set(pairs.map((p) => p.task));
  const key = (s: string) => s.replace(/[\s\u3000“”‘’"'。，、；：！？（）()《》]/g, '');
  for (const r of table.rows) {
    if (r.kind !== 'row' || pairedRows.has(r.index)) continue;
    const cell = cellOf(table, r, table.taskColumn);
    if (!cell) continue;
    const t = model.tasks.find((x) => !pairedTasks.has(x.index) && key(x.title) !== '' && key(x.title) === key(cell.text));
    if (!t) continue;
    pairs.push({ task: t.index, row: r.index });
    pairedRows.add(r.index);
    pairedTasks.add(t.index);
  }
  return pairs;
}

function updateTable(model: DocumentModel, match: MatchLike, table: Table, eol: string, fixes: readonly SpellingFix[]): GenerateResult {
  const edits: TextEdit[] = [];
  let updated = 0;
  const used = new Set<SpellingFix>();
  const pairs = tablePairs(model, match, table);
  // rows whose units differ from their task's bracket take the task's units
  for (const p of pairs) {
    if (p.task < 0) continue;
    const t = model.tasks[p.task];
    const cell = cellOf(table, table.rows[p.row], table.unitsColumn);
    const want = unitsText(t, fixes);
    if (!want) continue;
    if (!cell || normalise(cell.text) === normalise(want)) continue;
    for (const f of fixes) if (f.task === t.index) used.add(f);
    edits.push({ range: cell.range, newText: want });
    updated++;
  }
  // tasks without a row: a new row at the end of their section (or of the table)
  const covered = new Set(pairs.map((p) => p.task));
  const missing = model.tasks.filter((t) => !covered.has(t.index));
  const sectionRows = table.rows.filter((r) => r.kind === 'section');
  const dataRows = table.rows.filter((r) => r.kind === 'row');
  const cols = { seq: table.seqColumn, task: table.taskColumn, units: table.unitsColumn };
  const nextSeq = new Map<number, number>();
  const added: { after: Position; text: string }[] = [];
  let newSections = 0;
  for (const t of missing) {
    for (const f of fixes) if (f.task === t.index) used.add(f);
    const s = sectionOf(model, t);
    const key = s ? normalise(s.title).replace(/。$/, '') : '';
    const section = key ? sectionRows.find((r) => normalise(r.cells.map((c) => c.text).join('')).includes(key)) : undefined;
    if (section || !sectionRows.length) {
      const sectionIndex = section?.index ?? -1;
      const rows = section ? dataRows.filter((r) => r.section === section.index) : dataRows;
      const lastRow = rows[rows.length - 1] ?? section ?? table.header;
      const seq = (nextSeq.get(sectionIndex) ?? Math.max(0, ...rows.map((r) => r.seq ?? 0))) + 1;
      nextSeq.set(sectionIndex, seq);
      added.push({ after: lastRow.range.end, text: eol + eol + rowLines(table.columns, cols, seq, t, fixes).join(eol) });
    } else {
      // a section the table does not have yet: appended after the last row
      newSections++;
      const head = `\t${toChineseNumeral(sectionRows.length + newSections)}、${s!.title.replace(/。$/, '')}`;
      const last = table.rows[table.rows.length - 1];
      added.push({ after: last.range.end, text: eol + eol + head + eol + eol + rowLines(table.columns, cols, 1, t, fixes).join(eol) });
    }
  }
  for (const a of added) edits.push({ range: { start: a.after, end: a.after }, newText: a.text });
  const paired = new Set(pairs.map((p) => p.row));
  const kept = match.rowsWithoutTask
    .filter((r) => r.table === table.index && !paired.has(r.row))
    .map((r) => {
      const row = table.rows[r.row];
      return { row: r.row, line: row.range.start.line + 1, text: cellOf(table, row, table.taskColumn)?.text ?? '' };
    });
  const parts: string[] = [];
  if (updated) parts.push(`按正文更新责任单位 ${updated} 行`);
  if (missing.length) parts.push(`新增 ${missing.length} 行（${missing.map((t) => `“${t.title}”`).join('、')}），排在所属部分末尾，如需调整顺序或序号可用“重新编号”`);
  let message = parts.length ? `分工表已更新：${parts.join('；')}。${fixesNote(fixes, used)}` : '分工表与正文任务一致，无需修改。';
  if (kept.length) {
    const list = kept.slice(0, 5).map((k) => `第${k.line}行“${k.text.slice(0, 20)}”`).join('、');
    message += `另有 ${kept.length} 行在正文中找不到对应任务，已保留未删：${list}${kept.length > 5 ? '等' : ''}。`;
  }
  return { edits: mergeTouching(edits), message, created: false, updated, added: missing.length, kept };
}

/** `fixes`: the slips in task brackets to write corrected (spellingFixesOf in unitsContext). */
export function generateDivisionTable(model: DocumentModel, match: MatchLike, fixes: readonly SpellingFix[] = []): GenerateResult {
  const eol = eolOf(model.text);
  const tables = match.divisionOf.map((i) => model.tables[i]);
  const table = tables.find((t) => /分工/.test(t.title?.text ?? '')) ?? tables[0];
  const r = table ? updateTable(model, match, table, eol, fixes) : createTable(model, eol, fixes);
  return { ...r, message: nestQuotes(r.message) };
}
