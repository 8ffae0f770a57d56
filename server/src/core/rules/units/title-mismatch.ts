// A 分工表 row and a body task that name one task two ways (a typo, two words added): paired by
// units/nearTitle after the exact matching found nothing for either. The names should be the same, so
// that the table can be read against the body; the row is offered the body's wording.
import type { Cell, DocumentModel, Task } from '../../model/types';
import type { Finding, Rule } from '../types';
import { headEnd, markerEnd, matchTasksToRows, normaliseText, type TaskRowPair } from '../../units/match';
import { differenceOf, nearTitle } from '../../units/nearTitle';
import { clip, rowLabel } from '../../units/describe';
import { spanRange } from '../../text/span';
import { isSpaceCode } from '../../text/lines';

/** Where the cell's task name lies: after its number (1. （二）) and spaces, before closing spaces and 。；. */
function nameSpan(cell: Cell): [number, number] {
  const t = cell.text;
  let from = markerEnd(t);
  while (from < t.length && isSpaceCode(t.charCodeAt(from))) from++;
  let to = t.length;
  while (to > from && (isSpaceCode(t.charCodeAt(to - 1)) || '。；;'.includes(t[to - 1]))) to--;
  return [from, to];
}

/** The body's wording the row is near: the whole title, or its words before the first ：，； (the match's head candidate). */
function bodyWording(task: Task, row: string): string | undefined {
  const cut = headEnd(task.title);
  for (const w of cut > 0 ? [task.title, task.title.slice(0, cut)] : [task.title]) if (nearTitle(row, normaliseText(w))) return w;
  return undefined;
}

function finding(model: DocumentModel, p: TaskRowPair): Finding | undefined {
  const t = model.tables[p.table];
  const r = t.rows[p.row];
  const cell = r.cells.find((c) => c.column === t.taskColumn);
  const task = model.tasks[p.task];
  if (!cell || !task) return undefined;
  const [from, to] = nameSpan(cell);
  const written = cell.text.slice(from, to);
  const row = normaliseText(written);
  const body = bodyWording(task, row);
  if (!body) return undefined;
  const range = spanRange(cell, from, to);
  return {
    range,
    message: `${rowLabel(t, r)}的任务“${clip(written, 30)}”与正文第${task.titleRange.start.line + 1}行的任务“${clip(body, 30)}”写法不一致（${differenceOf(row, normaliseText(body))}），应为同一项任务；请统一两处的名称。`,
    related: [{ range: task.titleRange, message: '正文中的任务名称' }],
    fixes: [{ title: `改为正文的写法“${clip(body, 30)}”`, edits: [{ range, newText: body }] }],
  };
}

export const rule: Rule = {
  meta: {
    id: 'units/title-mismatch',
    family: 'units',
    severity: 'warning',
    fixable: true,
    description: {
      zh: '分工表中的任务名称与正文任务的写法略有不同',
      en: 'A row of the division table names a body task slightly differently (a typo, words added or dropped)',
    },
  },
  run({ model, shared }) {
    const match = matchTasksToRows(model, shared);
    const findings: Finding[] = [];
    for (let k = 0; k < match.pairs.length; k++) {
      const p = match.pairs[k];
      if (p.how !== 'near' || !match.divisionOf.includes(p.table)) continue;
      const f = finding(model, p);
      if (f) findings.push(f);
    }
    return findings;
  },
};
