// A department that leads a task in the body (县民政局牵头) but only takes part in its 分工表 row
// (县民政局参加, or listed under 配合单位), or the reverse. Compared only where both sides say 牵头 or
// 参加/配合 for the same department: 按职责分工负责, 具体落实 and a list without role words say nothing
// about who leads.
import type { Cell, DocumentModel, Range } from '../../model/types';
import type { Finding, Rule } from '../types';
import type { Mention, MentionReading, UnitListRef, UnitRegistry } from '../../units/registry';
import { tasksWithRows } from '../../units/taskRows';
import { clip, rowLabel } from '../../units/describe';

type Part = 'lead' | 'support';

const LEAD = /^牵头/;
const SUPPORT = /^(参加|参与|配合|协助|协同|协办)/;

/** The part's word, should a mention not be found again (it always is: the readings are the mentions'). */
const WORD: Record<Part, string> = { lead: '牵头', support: '参加' };

function partOf(role: string | undefined): Part | undefined {
  if (!role) return undefined;
  if (LEAD.test(role)) return 'lead';
  if (SUPPORT.test(role)) return 'support';
  return undefined;
}

/**
 * A 分工表 units cell's column header, when the columns say the part: beside a 配合单位 column, the units column
 * (牵头单位, 责任单位) names the leads. A lone 牵头单位 column says nothing: drafters title the one units column so
 * and list every unit in it.
 */
function columnWord(model: DocumentModel, list: UnitListRef): { part: Part; word: string } | undefined {
  if (list.source !== 'table') return undefined;
  const t = model.tables[list.table!];
  if (t.partnerColumn < 0) return undefined;
  const column = (list.span as Cell).column;
  const word = t.header.cells.find((c) => c.column === column)?.text.replace(/[\s\u3000]/g, '') ?? '';
  return { part: column === t.partnerColumn ? 'support' : 'lead', word };
}

/** The part a mention's own role word gives, else its column's. */
function partIn(role: string | undefined, column: { part: Part } | undefined): Part | undefined {
  return partOf(role) ?? column?.part;
}

/** Each department's part in one side's lists (by canonical name), and the list that first gives it; a department given both parts on one side has none. */
interface Parts {
  part: Map<string, Part | null>;
  list: Map<string, UnitListRef>;
}

function partsOf(model: DocumentModel, reg: UnitRegistry, lists: readonly UnitListRef[]): Parts {
  const part = new Map<string, Part | null>();
  const first = new Map<string, UnitListRef>();
  for (const list of lists) {
    const column = columnWord(model, list);
    const rs: readonly MentionReading[] = reg.readingsOf(list);
    for (let k = 0; k < rs.length; k++) {
      const r = rs[k];
      const p = r.generic ? undefined : partIn(r.role, column);
      if (!p) continue;
      const had = part.get(r.canonical);
      if (had === undefined) {
        part.set(r.canonical, p);
        first.set(r.canonical, list);
      } else if (had !== p) part.set(r.canonical, null);
    }
  }
  return { part, list: first };
}

/** Whether any mention of the lists says 牵头 or 参加: most lists say neither, and cost no more than this. */
function saysParts(model: DocumentModel, reg: UnitRegistry, lists: readonly UnitListRef[]): boolean {
  for (const list of lists) {
    if (columnWord(model, list)) return true;
    for (const r of reg.readingsOf(list)) if (!r.generic && partOf(r.role)) return true;
  }
  return false;
}

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
      const tbl = model.tables[pairs[0].table];
      const label = pairs.length === 1 ? rowLabel(tbl, tbl.rows[pairs[0].row]) : `${rowLabel(tbl, tbl.rows[pairs[0].row])}等${pairs.length}行`;
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
