// Each body task with its 分工表 rows and both sides' units lists: what units/table-mismatch and
// units/role-mismatch compare, gathered once per analysis.
import type { DocumentModel } from '../model/types';
import type { GongwenConfig } from '../config';
import { getRegistry, type UnitListRef, type UnitRegistry } from './registry';
import { matchTasksToRows, type TaskRowPair } from './match';

export interface TaskWithRows {
  task: number;
  /** its pairs with a division table's rows, in match order */
  pairs: TaskRowPair[];
  body: UnitListRef;
  /** the rows' units lists, in row and column order (a row without a units cell has none; a 配合单位 cell is a second) */
  rows: UnitListRef[];
}

export interface TasksWithRows {
  reg: UnitRegistry;
  /** in the order of each task's first pair */
  tasks: TaskWithRows[];
}

const KEY = 'units/task-rows';

export function tasksWithRows(model: DocumentModel, config: GongwenConfig, shared: Map<string, unknown>): TasksWithRows | undefined {
  if (shared.has(KEY)) return shared.get(KEY) as TasksWithRows | undefined;
  const found = gather(model, config, shared);
  shared.set(KEY, found);
  return found;
}

function gather(model: DocumentModel, config: GongwenConfig, shared: Map<string, unknown>): TasksWithRows | undefined {
  const match = matchTasksToRows(model, shared);
  if (!match.divisionOf.length) return undefined;
  const reg = getRegistry(model, config, shared);
  // by task index: its pairs with a division table's rows (arrays indexed by the model's indices, not maps: a
  // 分工表 has hundreds of rows)
  const byTask: (TaskRowPair[] | undefined)[] = new Array(model.tasks.length);
  // the tasks in the order of their first pair
  const order: number[] = [];
  // index loops: this runs once per analysis, mostly before it is optimised (for…of made an object per step)
  for (let k = 0; k < match.pairs.length; k++) {
    const p = match.pairs[k];
    if (p.task < 0 || !match.divisionOf.includes(p.table)) continue;
    const list = byTask[p.task];
    if (list) list.push(p);
    else {
      byTask[p.task] = [p];
      order.push(p.task);
    }
  }
  const taskList: (UnitListRef | undefined)[] = new Array(model.tasks.length);
  const rowList: (UnitListRef[] | undefined)[][] = new Array(model.tables.length);
  for (let k = 0; k < reg.lists.length; k++) {
    const l = reg.lists[k];
    if (l.source === 'task') taskList[l.task!] = l;
    else {
      const byRow = (rowList[l.table!] ??= new Array(model.tables[l.table!].rows.length));
      (byRow[l.row!] ??= []).push(l);
    }
  }
  const tasks: TaskWithRows[] = [];
  for (let k = 0; k < order.length; k++) {
    const task = order[k];
    const pairs = byTask[task]!;
    const body = taskList[task];
    const rows: UnitListRef[] = [];
    for (const p of pairs) {
      const row = rowList[p.table]?.[p.row];
      if (row) rows.push(...row);
    }
    if (body && rows.length) tasks.push({ task, pairs, body, rows });
  }
  return { reg, tasks };
}
