// A body task and its 分工表 row must name the same departments. Abbreviations (县发改局、民政局)
// and short forms (卫健局 = 卫生健康局) are the same department; a list that ends 等有关部门 is open;
// a different order alone is only a note.
import type { Cell, DocumentModel } from '../../model/types';
import type { Finding, Rule, Severity } from '../types';
import type { MentionReading, UnitListRef, UnitRegistry } from '../../units/registry';
import type { TaskRowPair } from '../../units/match';
import { tasksWithRows } from '../../units/taskRows';
import { saysParts } from '../../units/parts';
import { cellLabel, clip, rowsLabel } from '../../units/describe';
import { Memo } from '../../text/memo';

/** Items that only say "and others": 有关部门（单位）, 相关单位, 县直有关部门, 区级相关部门. */
const OPEN_ITEM = /^([省市县区][直级]?)?各?([有相]关)?(部门|单位)|^其[他它]/;

/** 各乡镇人民政府 and 相关乡镇人民政府 name the same group; 各乡镇政府 is 各乡镇人民政府. */
function key(m: MentionReading): string {
  if (!m.generic) return m.canonical;
  return groupKeys.get(m.canonical, (c) => c.replace(/^(各|相关|有关|全[县市区])/, '').replace(/人民政府$/, '政府'));
}

/** The same few groups (各乡镇人民政府) in every list. */
const groupKeys = new Memo<string>('units/groupKey', 2000);

interface Side {
  keys: string[];
  names: Map<string, string>;
  open: boolean;
}

/**
 * A list's side, by what its mentions read as: the registry hands every list whose content reads alike the
 * same array (the 1 MB plan has 1,370 lists of 106 contents), in every version.
 */
const sides = new WeakMap<readonly MentionReading[], Side>();

function side(reg: UnitRegistry, lists: UnitListRef[]): Side {
  if (lists.length === 1) return listSide(reg.readingsOf(lists[0]));
  // several rows (the same task split over rows): their sides joined, each row's read once. A key's name is
  // the first list's that has it, as reading the rows one after the other gives it
  const keys: string[] = [];
  const names = new Map<string, string>();
  let open = false;
  for (const l of lists) {
    const s = listSide(reg.readingsOf(l));
    if (s.open) open = true;
    for (const k of s.keys) {
      if (names.has(k)) continue;
      keys.push(k);
      names.set(k, s.names.get(k)!);
    }
  }
  return { keys, names, open };
}

function listSide(readings: readonly MentionReading[]): Side {
  let s = sides.get(readings);
  if (!s) sides.set(readings, (s = readSide(readings)));
  return s;
}

function readSide(ms: readonly MentionReading[]): Side {
  const keys: string[] = [];
  const names = new Map<string, string>();
  let open = false;
  for (const m of ms) {
    if (m.etc) open = true;
    if (OPEN_ITEM.test(m.name.trim())) {
      open = true;
      continue;
    }
    const k = key(m);
    if (!names.has(k)) {
      keys.push(k);
      names.set(k, m.name);
    }
  }
  return { keys, names, open };
}

function quoteList(s: Side, ks: string[]): string {
  return ks.map((k) => `“${s.names.get(k)}”`).join('、');
}

/** The same keys in the same order (compared in place: joining both lists built two strings per task). */
function sameOrder(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function compare(model: DocumentModel, reg: UnitRegistry, task: number, pairs: TaskRowPair[], body: UnitListRef, rows: UnitListRef[]): Finding | undefined {
  const b = side(reg, [body]);
  const t = side(reg, rows);
  const onlyBody = b.keys.filter((k) => !t.names.has(k));
  const onlyTable = t.keys.filter((k) => !b.names.has(k));
  if (!onlyBody.length && !onlyTable.length && (pairs.length > 1 || sameOrder(b.keys, t.keys))) return undefined;
  // the wording only for a task that gets a finding: most agree with their row
  const label = rowsLabel(model, pairs);
  const title = clip(model.tasks[task].title);
  const related = rows.map((r) => ({ range: r.span.range, message: cellLabel(model.tables[r.table!], model.tables[r.table!].rows[r.row!], (r.span as Cell).column) }));
  if (!onlyBody.length && !onlyTable.length) {
    // both lists say who leads in words or columns: the order carries nothing (units/role-mismatch compares the parts)
    if (saysParts(model, reg, [body]) && saysParts(model, reg, rows)) return undefined;
    const lead = b.keys[0] !== t.keys[0];
    return {
      range: body.span.range,
      severity: 'information',
      message: `任务“${title}”的责任单位与${label}相同，但顺序不同：正文为“${b.keys.map((k) => b.names.get(k)).join('、')}”，分工表为“${t.keys.map((k) => t.names.get(k)).join('、')}”${lead ? '；排在首位的一般是牵头单位，两处不同' : ''}。`,
      related,
    };
  }
  // an extra unit on one side is expected when the other side ends with 等有关部门
  const real = (onlyBody.length > 0 && !t.open) || (onlyTable.length > 0 && !b.open);
  const severity: Severity = !real ? 'information' : pairs.every((p) => p.how === 'title') ? 'error' : 'warning';
  const parts: string[] = [];
  if (onlyBody.length) parts.push(`仅正文有${quoteList(b, onlyBody)}`);
  if (onlyTable.length) parts.push(`仅分工表有${quoteList(t, onlyTable)}`);
  const openNote = !real ? `（${onlyBody.length ? '分工表' : '正文'}写有“等有关部门”，可能有意省略）` : '';
  return {
    range: body.span.range,
    severity,
    message: `任务“${title}”的责任单位与${label}不一致：${parts.join('；')}${openNote}。`,
    related,
  };
}

export const rule: Rule = {
  meta: {
    id: 'units/table-mismatch',
    family: 'units',
    severity: 'error',
    description: {
      zh: '正文任务的责任单位与分工表对应行不一致',
      en: 'A body task and its row in the division table name different departments',
    },
  },
  run({ model, config, shared }) {
    const found = tasksWithRows(model, config, shared);
    if (!found) return [];
    const findings: Finding[] = [];
    for (let k = 0; k < found.tasks.length; k++) {
      const { task, pairs, body, rows } = found.tasks[k];
      const f = compare(model, found.reg, task, pairs, body, rows);
      if (f) findings.push(f);
    }
    return findings;
  },
};
