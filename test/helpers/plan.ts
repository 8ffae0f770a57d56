// Small documents written like the seeds: a plan title, numbered tasks with their units bracket,
// and (optionally) a 重点任务分工表 as the plain-text table the seeds use (one cell per line,
// tab-indented, rows separated by blank lines).
export interface PlanOptions {
  /** the plan title (sets the jurisdiction: 宝清县 → 县) */
  title?: string;
  /** task paragraphs under 一、重点任务 */
  tasks: string[];
  /** 分工表 rows: [task cell, units cell] (or as many cells as `header` names after 序号); the cells may hold line breaks */
  rows?: string[][];
  /** the 分工表's header after 序号 (重点任务, 责任单位 unless given) */
  header?: string[];
  /** 分工表 title */
  tableTitle?: string;
}

export function plan(o: PlanOptions): string {
  const lines = [o.title ?? '宝清县“一老一小”整体解决方案', '', '一、重点任务', ''];
  for (const t of o.tasks) lines.push(t, '');
  if (o.rows) {
    lines.push('附件：宝清县“一老一小”工作重点任务分工表', '', '附件', '', o.tableTitle ?? '宝清县“一老一小”工作重点任务分工表', '');
    lines.push('\t序号', ...(o.header ?? ['重点任务', '责任单位']).map((h) => `\t${h}`), '');
    o.rows.forEach((cells, i) => {
      lines.push(`\t${i + 1}`, ...cells.flatMap((cell) => cell.split('\n').map((u, k) => (k === 0 ? `\t${u}` : u))), '');
    });
  }
  return lines.join('\n');
}

/** 1-based line and column of the `nth` occurrence of `needle` in `text` (for expected ranges). */
export function at(text: string, needle: string, nth = 1): { line: number; column: number } {
  let i = -1;
  for (let k = 0; k < nth; k++) {
    i = text.indexOf(needle, i + 1);
    if (i < 0) throw new Error(`“${needle}” not in text`);
  }
  const before = text.slice(0, i);
  const line = before.split('\n').length;
  return { line, column: i - before.lastIndexOf('\n') };
}

/**
 * A 通知 that forwards its plan as 附件1 and the 分工表 as 附件2 (a layout as common as seed 000's, where the
 * plan follows the notice): the tasks are in the first attachment's text.
 */
export function forwardedPlan(o: { tasks: string[]; rows: string[][]; header?: string[] }): string {
  const lines = [
    '宝清县人民政府办公室', '关于印发宝清县“一老一小”整体解决方案的通知', '',
    '各乡镇人民政府，县政府各有关部门：', '　　经县政府同意，现将《宝清县“一老一小”整体解决方案》印发给你们，请认真组织实施。', '',
    '　　附件：1.宝清县“一老一小”整体解决方案', '　　　　　2.宝清县“一老一小”重点任务分工表', '',
    '宝清县人民政府办公室', '2024年5月20日', '',
    '附件1', '', '宝清县“一老一小”整体解决方案', '', '一、重点任务', '',
  ];
  for (const t of o.tasks) lines.push(t, '');
  lines.push('附件2', '', '宝清县“一老一小”重点任务分工表', '');
  lines.push('\t序号', ...(o.header ?? ['重点任务', '责任单位']).map((h) => `\t${h}`), '');
  o.rows.forEach((cells, i) => lines.push(`\t${i + 1}`, ...cells.map((c) => `\t${c}`), ''));
  return lines.join('\n');
}
