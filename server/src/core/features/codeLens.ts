// Code lens above each body task: the 分工表 row it is divided into (“分工表 第5行”), or
// “分工表中无此任务”. Clicking the first reveals the row; the second offers to add the row.
import type { DocumentModel, Range } from '../model/types';
import type { MatchLike } from './navigation';

export interface LensResult {
  range: Range;
  title: string;
  /** reveal this range (a row), or undefined for “no row” lenses */
  target?: Range;
  /** the lens asks for the table to be generated or updated */
  generate?: boolean;
}

/** 第N行 counts data rows from the top of the table (the drafter's “row 5”), whatever the 序号 says. */
function rowNumber(model: DocumentModel, table: number, row: number): number {
  return model.tables[table].rows.filter((r) => r.kind === 'row').findIndex((r) => r.index === row) + 1;
}

function tableName(model: DocumentModel, match: MatchLike, table: number): string {
  const t = model.tables[table];
  return match.divisionOf.length > 1 && t.title ? `《${t.title.text}》` : '分工表';
}

/** One lens per table: “分工表 第5行（二、创新供给体系 序号 1）”, or “分工表 第1、2、3行” when several rows trace to it. */
function rowLenses(model: DocumentModel, match: MatchLike, at: Range, pairs: readonly { table: number; row: number }[]): LensResult[] {
  const out: LensResult[] = [];
  const tables = [...new Set(pairs.map((p) => p.table))];
  for (const table of tables) {
    const rows = pairs.filter((p) => p.table === table).map((p) => p.row);
    const t = model.tables[table];
    const numbers = rows.map((r) => rowNumber(model, table, r));
    let title = `${tableName(model, match, table)} 第${numbers.join('、')}行`;
    if (rows.length === 1) {
      const r = t.rows[rows[0]];
      const section = r.section >= 0 ? t.rows[r.section].cells.map((c) => c.text).join('').trim() : '';
      if (r.seq !== undefined && r.seq !== numbers[0]) title += `（${section ? section + ' ' : ''}序号 ${r.seq}）`;
    }
    out.push({ range: at, title, target: t.rows[rows[0]].range });
  }
  return out;
}

export function codeLenses(model: DocumentModel, match: MatchLike): LensResult[] {
  const out: LensResult[] = [];
  const bodyTasks = model.tasks;
  if (!match.divisionOf.length) {
    if (!bodyTasks.length) return out;
    const t = bodyTasks[0];
    out.push({ range: { start: t.range.start, end: t.range.start }, title: `尚无重点任务分工表：根据正文 ${bodyTasks.length} 项任务生成`, generate: true });
    return out;
  }
  const inDivision = match.pairs.filter((p) => match.divisionOf.includes(p.table));
  // body items a row quotes though they carry no units bracket (seed 002: （一）–（二十四）)
  const quoted = new Map<number, { table: number; row: number }[]>();
  for (const p of inDivision) if (p.task < 0 && p.heading >= 0) quoted.set(p.heading, [...(quoted.get(p.heading) ?? []), p]);
  for (const [h, pairs] of quoted) {
    const start = model.headings[h].range.start;
    out.push(...rowLenses(model, match, { start, end: start }, pairs));
  }
  for (const t of bodyTasks) {
    const at = { start: t.range.start, end: t.range.start };
    const pairs = inDivision.filter((p) => p.task === t.index);
    if (pairs.length) out.push(...rowLenses(model, match, at, pairs));
    else out.push({ range: at, title: '分工表中无此任务', generate: true });
  }
  return out.sort((a, b) => a.range.start.line - b.range.start.line);
}
