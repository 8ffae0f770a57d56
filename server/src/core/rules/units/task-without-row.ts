// In a document with a 分工表, every body task should have its row. A task in a part of the body
// the table does not cover at all (保障措施, say) is only noted: the table may leave that part out.
import type { DocumentModel, Heading } from '../../model/types';
import type { Finding, Rule } from '../types';
import { matchTasksToRows } from '../../units/match';
import { clip, tableName } from '../../units/describe';

function topHeading(model: DocumentModel, index: number): number {
  let h: Heading | undefined = index >= 0 ? model.headings[index] : undefined;
  while (h && h.parent >= 0) h = model.headings[h.parent];
  return h ? h.index : -1;
}

export const rule: Rule = {
  meta: {
    id: 'units/task-without-row',
    family: 'units',
    severity: 'warning',
    description: {
      zh: '正文任务在分工表中没有对应的行',
      en: 'A body task that no row of the division table covers',
    },
  },
  run({ model, shared }) {
    const match = matchTasksToRows(model, shared);
    if (!match.divisionOf.length || !match.tasksWithoutRow.length) return [];
    const table = model.tables[match.divisionOf[0]];
    // by top-level heading index (+1: -1 is "none"): whether a task under it has a row
    const coveredParts = new Uint8Array(model.headings.length + 1);
    // index loops: this runs once per analysis, mostly before it is optimised (for…of made an object per step)
    for (let k = 0; k < match.pairs.length; k++) {
      const p = match.pairs[k];
      if (p.task >= 0) coveredParts[topHeading(model, model.tasks[p.task].heading) + 1] = 1;
    }
    // the same for every finding
    const where = `${tableName(table)}${table.title ? `“${clip(table.title.text, 30)}”` : ''}`;
    const findings: Finding[] = [];
    for (let k = 0; k < match.tasksWithoutRow.length; k++) {
      const t = model.tasks[match.tasksWithoutRow[k]];
      const partCovered = coveredParts[topHeading(model, t.heading) + 1] === 1;
      findings.push({
        range: t.titleRange,
        severity: partCovered ? undefined : 'information',
        message: partCovered
          ? `任务“${clip(t.title)}”在${where}中没有对应的行：同一部分的其他任务都已列入，此项可能漏列。`
          : `任务“${clip(t.title)}”在${where}中没有对应的行；分工表没有列入这一部分的任何任务，请确认是否有意不列。`,
      });
    }
    return findings;
  },
};
