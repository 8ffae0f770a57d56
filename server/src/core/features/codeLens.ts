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
function rowLabel(model: DocumentModel, table: number, row: number): string {
  const t = model.tables[table];
  const data = t.rows.filter((r) => r.kind === 'row');
  const n = data.findIndex((r) => r.index === row) + 1;
  const r = t.rows[row];
  let section = '';
  if (r.section >= 0) section = t.rows[r.section].cells.map((c) => c.text).join('').trim();
  const seq = r.seq !== undefined && r.seq !== n ? `，${section ? section + ' ' : ''}序号${r.seq}` : '';
  const many = model.tables.filter((x) => x.taskColumn >= 0 && x.unitsColumn >= 0).length > 1;
  const name = many && t.title ? `《${t.title.text}》` : '分工表';
  return `${name} 第${n}行${seq}`;
}

export function codeLenses(model: DocumentModel, match: MatchLike): LensResult[] {
  const out: LensResult[] = [];
  const bodyTasks = model.tasks;
  if (!bodyTasks.length) return out;
  if (!match.divisionOf.length) {
    const t = bodyTasks[0];
    out.push({ range: { start: t.range.start, end: t.range.start }, title: `尚无重点任务分工表：根据正文 ${bodyTasks.length} 项任务生成`, generate: true });
    return out;
  }
  for (const t of bodyTasks) {
    const pairs = match.pairs.filter((p) => p.task === t.index);
    const lensRange = { start: t.range.start, end: t.range.start };
    if (!pairs.length) {
      out.push({ range: lensRange, title: '分工表中无此任务', generate: true });
      continue;
    }
    for (const p of pairs) {
      const row = model.tables[p.table].rows[p.row];
      out.push({ range: lensRange, title: rowLabel(model, p.table, p.row), target: row.range });
    }
  }
  return out;
}
