// A department that leads a task in the body (县民政局牵头) but only takes part in its 分工表 row
// (县民政局参加, or listed under 配合单位), or the reverse. Compared only where both sides say 牵头 or
// 参加/配合 for the same department: 按职责分工负责, 具体落实 and a list without role words say nothing
// about who leads.
import type { DocumentModel, Range } from '../../model/types';
import type { Finding, Rule } from '../types';
import type { Mention, UnitListRef } from '../../units/registry';
import { columnWord, partIn, partOf, partsOf, saysParts, type Part } from '../../units/parts';
import { tasksWithRows } from '../../units/taskRows';
import { clip, rowsLabel } from '../../units/describe';

/** The part's word, should a mention not be found again (it always is: the readings are the mentions'). */
const WORD: Record<Part, string> = { lead: '牵头', support: '参加' };

/**
 * The mention of `canonical` in the list that gives it `part`, with the word that says so (its role, or its
 * column's header). The list's mentions are made only for a task reported.
 */
function mentionOf(model: DocumentModel, list: UnitListRef, canonical: string, part: Part): { m: Mention; word: string } | undefined {
  const column = columnWord(model, list);
  for (const ms of list.mentions) {
    for (const m of ms) {
      if (m.canonical === canonical && !m.generic && partIn(m.role, column) === part) return { m, word: partOf(m.role) ? m.role! : column!.word };
    }
  }
  return undefined;
}

export const rule: Rule = {
  meta: {
    id: 'units/role-mismatch',
    family: 'units',
    severity: 'warning',
    description: {
      zh: '同一单位在正文任务中为牵头单位，在分工表对应行中为参加（配合）单位，或相反',
      en: 'A department leads a task in the body but only takes part in its division-table row, or the reverse',
    },
  },
  run({ model, config, shared }) {
    const found = tasksWithRows(model, config, shared);
    if (!found) return [];
    const { reg } = found;
    const findings: Finding[] = [];
    for (const { task, pairs, body, rows } of found.tasks) {
      if (!saysParts(model, reg, [body]) || !saysParts(model, reg, rows)) continue;
      const b = partsOf(model, reg, [body]);
      const t = partsOf(model, reg, rows);
      const differ: string[] = [];
      for (const [name, p] of b.part) {
        const q = t.part.get(name);
        if (p && q && p !== q) differ.push(name);
      }
      if (!differ.length) continue;
      const label = rowsLabel(model, pairs);
      const said: string[] = [];
      const related: { range: Range; message: string }[] = [];
      let range: Range | undefined;
      for (const name of differ) {
        const p = b.part.get(name)!;
        const q = t.part.get(name)!;
        const inBody = mentionOf(model, b.list.get(name)!, name, p);
        const inRow = mentionOf(model, t.list.get(name)!, name, q);
        range ??= inBody?.m.range;
        said.push(`“${inBody?.m.name ?? name}”正文为“${inBody?.word ?? WORD[p]}”，分工表为“${inRow?.word ?? WORD[q]}”`);
        if (inRow) related.push({ range: inRow.m.range, message: `${label}中的“${inRow.m.name}”（${inRow.word}）` });
      }
      findings.push({
        range: range ?? body.span.range,
        message: `任务“${clip(model.tasks[task].title)}”的牵头、参加分工与${label}不一致：${said.join('；')}。`,
        related,
      });
    }
    return findings;
  },
};
