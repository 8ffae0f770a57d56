// A 分工表 row must trace to the body: a task of the same title, or body sentences it quotes.
// Only the document's own 分工表 is held to this (an annual list or a project list is not).
import type { Finding, Rule } from '../types';
import { matchTasksToRows } from '../../units/match';
import { clip, rowLabel } from '../../units/describe';

export const rule: Rule = {
  meta: {
    id: 'units/row-without-task',
    family: 'units',
    severity: 'warning',
    description: {
      zh: '分工表中的任务在正文中找不到出处',
      en: 'A row of the division table that traces to no body text',
    },
  },
  run({ model, shared }) {
    const match = matchTasksToRows(model, shared);
    const division = new Set(match.divisionOf);
    const findings: Finding[] = [];
    for (const { table, row } of match.rowsWithoutTask) {
      if (!division.has(table)) continue;
      const t = model.tables[table];
      const r = t.rows[row];
      const cell = r.cells.find((c) => c.column === t.taskColumn);
      if (!cell) continue;
      findings.push({
        range: cell.range,
        message: `${rowLabel(t, r)}的任务“${clip(cell.text.trim(), 30)}”在正文中找不到出处：正文既没有同名的任务，也没有这段文字；请补入正文或删去此行。`,
      });
    }
    return findings;
  },
};
