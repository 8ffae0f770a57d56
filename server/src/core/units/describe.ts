// Wording shared by the units checks and the hover: where a name is used, in plain Chinese.
import type { DocumentModel, Table, TableRow } from '../model/types';
import type { Mention } from './registry';
import { normaliseName } from './names';

/** 第32、54、76行 (at most `max` lines, then 等). */
export function lineList(ms: readonly { range: { start: { line: number } } }[], max = 3): string {
  // only the max+1 smallest distinct lines matter (the last one only says 等): one pass keeping them
  // sorted, instead of a Set and a sort of every line (a department named on 3000 lines)
  const least: number[] = [];
  for (const m of ms) {
    const line = m.range.start.line + 1;
    if (least.length > max && line >= least[max]) continue;
    let i = least.length;
    while (i > 0 && least[i - 1] > line) i--;
    if (i > 0 && least[i - 1] === line) continue;
    least.splice(i, 0, line);
    if (least.length > max + 1) least.pop();
  }
  const shown = least.slice(0, max).join('、');
  return `第${shown}行${least.length > max ? '等' : ''}`;
}

/**
 * lineList of `n` mentions whose lines `lineAt(k)` gives in document order (never decreasing): the first
 * max + 1 distinct lines are the smallest, so it stops there instead of reading (or making) every mention.
 */
export function lineListInOrder(n: number, lineAt: (k: number) => number, max = 3): string {
  const least: number[] = [];
  for (let k = 0; k < n && least.length <= max; k++) {
    const line = lineAt(k) + 1;
    if (least.length && least[least.length - 1] === line) continue;
    least.push(line);
  }
  return `第${least.slice(0, max).join('、')}行${least.length > max ? '等' : ''}`;
}

/** 附件2分工表, 附件1表格, 分工表 */
export function tableName(t: Table): string {
  const kind = /分工/.test(t.title?.text ?? '') ? '分工表' : '表格';
  return t.attachment !== undefined ? `附件${t.attachment}${kind}` : kind;
}

/** 附件2分工表序号1（第264行） */
export function rowLabel(t: Table, r: TableRow): string {
  return `${tableName(t)}${r.seq !== undefined ? `序号${r.seq}` : ''}（第${r.range.start.line + 1}行）`;
}

/** 附件1分工表序号1（第20行）, or 附件1分工表序号1（第20行）等2行 for a task over several rows. */
export function rowsLabel(model: DocumentModel, pairs: readonly { table: number; row: number }[]): string {
  const t = model.tables[pairs[0].table];
  const first = rowLabel(t, t.rows[pairs[0].row]);
  return pairs.length === 1 ? first : `${first}等${pairs.length}行`;
}

/** A column's header as written, without spaces (牵头单位, 配合单位); '' when the header has no such cell. */
export function columnHeader(t: Table, column: number): string {
  return t.header.cells.find((c) => c.column === column)?.text.replace(/[\s\u3000]/g, '') ?? '';
}

/** 附件1分工表序号1（第20行）的配合单位: a units cell, named by its column's header (责任单位 when it has none). */
export function cellLabel(t: Table, r: TableRow, column: number): string {
  return `${rowLabel(t, r)}的${columnHeader(t, column) || '责任单位'}`;
}

export function clip(s: string, n = 24): string {
  return s.length > n ? s.slice(0, n - 1) + '…' : s;
}

/** Where a mention stands: 任务“统筹规划服务设施建设”, 分工表第266行（序号1）, 工作专班名单, 主要职责. */
export function whereLabel(model: DocumentModel, m: Mention): string {
  if (m.source === 'task' && m.task !== undefined) return `任务“${clip(model.tasks[m.task].title)}”`;
  if (m.source === 'table' && m.table !== undefined && m.row !== undefined) {
    const t = model.tables[m.table];
    return rowLabel(t, t.rows[m.row]);
  }
  return m.source === 'member' ? '工作专班名单' : '职责分工';
}

/**
 * The text to write at a mention for `target` (a spelling with its jurisdiction): when the
 * drafter dropped the jurisdiction here (县发改局、民政局), the replacement drops it too.
 */
export function replacementFor(m: Pick<Mention, 'name' | 'expanded'>, target: string, place = ''): string {
  const written = normaliseName(m.name);
  // 北安市民政居 → 北安市民政局, not 市民政局: keep the place as the drafter wrote it
  if (place && written.startsWith(place) && target.startsWith(place.slice(-1)) && !target.startsWith(place)) return place + target.slice(1);
  if (m.expanded === written) return target;
  const restored = m.expanded.slice(0, m.expanded.length - written.length);
  return target.startsWith(restored) ? target.slice(restored.length) : target;
}
