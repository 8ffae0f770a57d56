// Who leads a task and who takes part, as a units list says it: by role words (县民政局牵头，县财政局参加;
// 县民政局（牵头）; 牵头单位：…；配合单位：…) or, in a 分工表, by its 牵头单位 | 配合单位 columns. Read by
// units/role-mismatch, which compares the parts, and units/table-mismatch, for which the order of a list that
// states its parts says nothing about who leads.
import type { Cell, DocumentModel } from '../model/types';
import type { MentionReading, UnitListRef, UnitRegistry } from './registry';
import { columnHeader } from './describe';

export type Part = 'lead' | 'support';

const LEAD = /^牵头/;
const SUPPORT = /^(参加|参与|配合|协助|协同|协办)/;

export function partOf(role: string | undefined): Part | undefined {
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
export function columnWord(model: DocumentModel, list: UnitListRef): { part: Part; word: string } | undefined {
  if (list.source !== 'table') return undefined;
  const t = model.tables[list.table!];
  if (t.partnerColumn < 0) return undefined;
  const column = (list.span as Cell).column;
  const word = columnHeader(t, column);
  return { part: column === t.partnerColumn ? 'support' : 'lead', word };
}

/** The part a mention's own role word gives, else its column's. */
export function partIn(role: string | undefined, column: { part: Part } | undefined): Part | undefined {
  return partOf(role) ?? column?.part;
}

/** Each department's part in one side's lists (by canonical name), and the list that first gives it; a department given both parts on one side has none. */
export interface Parts {
  part: Map<string, Part | null>;
  list: Map<string, UnitListRef>;
}

export function partsOf(model: DocumentModel, reg: UnitRegistry, lists: readonly UnitListRef[]): Parts {
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
export function saysParts(model: DocumentModel, reg: UnitRegistry, lists: readonly UnitListRef[]): boolean {
  for (const list of lists) {
    if (columnWord(model, list)) return true;
    for (const r of reg.readingsOf(list)) if (!r.generic && partOf(r.role)) return true;
  }
  return false;
}
