// The outline: parts of the document (版头, 通知, the plan, 附件说明, each attachment, 版记), the
// headings inside them, the tasks under the headings and the tables with their rows. LSP-shaped
// DocumentSymbol objects; every child range lies inside its parent's, every selection range
// inside its own range (VS Code rejects the whole answer otherwise).
import type { DocumentModel, Heading, Range, Table, TableRow, Task } from '../model/types';
import { comparePos } from '../text/span';
import { computeSections, type Sections } from './sections';
import { splitUnits } from '../units/split';

/** LSP SymbolKind numbers used here. */
export const SymbolKind = {
  File: 1,
  Module: 2,
  Namespace: 3,
  Package: 4,
  Class: 5,
  Method: 6,
  Property: 7,
  Field: 8,
  Enum: 10,
  Constant: 14,
  String: 15,
  Array: 18,
  Object: 19,
  Key: 20,
  EnumMember: 22,
  Struct: 23,
  Event: 24,
} as const;

export interface SymbolNode {
  name: string;
  detail?: string;
  kind: number;
  range: Range;
  selectionRange: Range;
  children: SymbolNode[];
}

const LEVEL_KIND = [0, SymbolKind.Namespace, SymbolKind.Class, SymbolKind.Method, SymbolKind.Property];
const LEVEL_NAME = ['', '第一层', '第二层', '第三层', '第四层'];

export function clip(s: string, n = 40): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > n ? t.slice(0, n - 1) + '…' : t;
}

function union(a: Range, b: Range): Range {
  return { start: comparePos(a.start, b.start) <= 0 ? a.start : b.start, end: comparePos(a.end, b.end) >= 0 ? a.end : b.end };
}

function inside(inner: Range, outer: Range): boolean {
  return comparePos(outer.start, inner.start) <= 0 && comparePos(inner.end, outer.end) <= 0;
}

function node(name: string, kind: number, range: Range, selectionRange: Range, detail?: string, children: SymbolNode[] = []): SymbolNode {
  // a selection that strays outside its range (a title on the line above a table) widens the range
  return { name: name || '（无标题）', kind, detail, range: union(range, selectionRange), selectionRange, children };
}

/** 县民政局、县财政局等5个单位 */
export function unitsSummary(t: Task, max = 3): string {
  const names = t.units.items.map((u) => u.name).filter(Boolean);
  if (names.length <= max) return names.join('、');
  return `${names.slice(0, max).join('、')}等${names.length}个单位`;
}

/** A task whose first line is the heading itself (1.统筹规划…〔…〕) is shown as that heading. */
export function taskOfHeading(model: DocumentModel, h: Heading): Task | undefined {
  return model.tasks.find((t) => t.heading === h.index && comparePos(t.range.start, h.range.start) === 0);
}

function taskNode(t: Task): SymbolNode {
  return node(t.title, SymbolKind.Event, t.range, t.titleRange, unitsSummary(t));
}

function rowNode(table: Table, row: TableRow): SymbolNode {
  const task = table.taskColumn >= 0 ? row.cells.find((c) => c.column === table.taskColumn) : undefined;
  const units = table.unitsColumn >= 0 ? row.cells.find((c) => c.column === table.unitsColumn) : undefined;
  const first = row.cells[0];
  const name = `${row.seq ?? first?.text ?? ''} ${clip(task?.text ?? row.cells[1]?.text ?? '', 30)}`.trim();
  const sel = (task ?? first)?.range ?? row.range;
  // a units cell may put one unit per line: list the names, not the glued text
  const detail = units ? clip(splitUnits(units).items.map((u) => u.name + (u.role ?? '')).filter(Boolean).join('、'), 40) : undefined;
  return node(name, SymbolKind.Field, row.range, sel, detail);
}

export function tableNode(table: Table): SymbolNode {
  const rows = table.rows.filter((r) => r.kind === 'row');
  const children: SymbolNode[] = [];
  let section: SymbolNode | undefined;
  for (const r of table.rows) {
    if (r.kind === 'header') continue;
    if (r.kind === 'section') {
      section = node(clip(r.cells.map((c) => c.text).join(' '), 30), SymbolKind.Enum, r.range, r.cells[0]?.range ?? r.range);
      children.push(section);
      continue;
    }
    const n = rowNode(table, r);
    if (section) {
      section.children.push(n);
      section.range = union(section.range, n.range);
    } else children.push(n);
  }
  const title = table.title;
  const range = title ? union(title.range, table.range) : table.range;
  return node(title ? clip(title.text, 40) : '表格', SymbolKind.Array, range, title?.range ?? table.header.range, `${table.columns}列 ${rows.length}行`, children);
}

/** Places nodes under the deepest node whose range contains them; sorts every level by position. */
function nest(parent: SymbolNode, items: SymbolNode[]): void {
  for (const it of items) {
    let host = parent;
    for (;;) {
      const deeper = host.children.find((c) => c !== it && inside(it.range, c.range) && c.kind !== SymbolKind.Array);
      if (!deeper) break;
      host = deeper;
    }
    host.children.push(it);
  }
  const sort = (n: SymbolNode) => {
    n.children.sort((a, b) => comparePos(a.range.start, b.range.start));
    n.children.forEach(sort);
  };
  sort(parent);
}

function headingTree(model: DocumentModel, sections: Sections, roots: Heading[]): SymbolNode[] {
  const build = (h: Heading): SymbolNode => {
    const task = taskOfHeading(model, h);
    const sel = { start: h.markerRange.start, end: h.titleRange.end };
    const n = task
      ? node(`${h.marker}${h.title}`, SymbolKind.Event, sections.heading[h.index], sel, unitsSummary(task))
      : node(`${h.marker}${h.title}`, LEVEL_KIND[h.level], sections.heading[h.index], sel, LEVEL_NAME[h.level]);
    n.children = h.children.map((c) => build(model.headings[c]));
    return n;
  };
  return roots.map(build);
}

/** The labelled lines of the 通知 and the 版记 (主送机关, 抄送…): one leaf each, those present. */
function fieldNodes(fields: [{ text: string; range: Range } | undefined, string, number?][]): SymbolNode[] {
  const out: SymbolNode[] = [];
  for (const [f, label, width] of fields) {
    if (f) out.push(node(width ? clip(f.text, width) : f.text, SymbolKind.Field, f.range, f.range, label));
  }
  return out;
}

/** A part whose range grows to hold its fields: VS Code rejects a child that strays outside its parent. */
function partNode(name: string, kind: number, range: Range, sel: Range, detail: string | undefined, children: SymbolNode[]): SymbolNode {
  for (const c of children) range = union(range, c.range);
  return node(name, kind, range, sel, detail, children);
}

export function documentSymbols(model: DocumentModel): SymbolNode[] {
  const sections = computeSections(model);
  const out: SymbolNode[] = [];
  const { head, notice } = model;

  if (head.docNumber) out.push(node(head.docNumber.text, SymbolKind.Constant, head.docNumber.range, head.docNumber.range, '发文字号'));
  if (head.issuer) out.push(node(head.issuer.text, SymbolKind.Key, head.issuer.range, head.issuer.range, '发文机关标志'));

  if (notice) {
    const children = fieldNodes([
      [notice.addressee, '主送机关', 30],
      [notice.signature, '发文机关署名'],
      [notice.date, '成文日期'],
    ]);
    const sel = notice.title?.range ?? notice.addressee?.range ?? notice.range;
    out.push(partNode(notice.title ? clip(notice.title.text, 50) : '通知', SymbolKind.Module, notice.range, sel, '通知', children));
  }

  const bodyHeadings = model.headings.filter((h) => h.parent < 0 && h.region === 'body');
  const bodyItems: SymbolNode[] = [
    ...headingTree(model, sections, bodyHeadings),
  ];
  const loose = [
    ...model.tasks.filter((t) => !(t.heading >= 0 && taskOfHeading(model, model.headings[t.heading]) === t)).map(taskNode),
    ...model.tables.filter((t) => t.attachment === undefined).map(tableNode),
  ];
  if (sections.body || bodyItems.length || loose.length) {
    const sel = model.planTitle?.range ?? bodyItems[0]?.selectionRange ?? loose[0]?.selectionRange;
    let range = sections.body ?? sel!;
    for (const c of [...bodyItems, ...loose]) range = union(range, c.range);
    const plan = node(model.planTitle ? clip(model.planTitle.text, 50) : '正文', SymbolKind.Namespace, range, sel!, model.planTitle ? '方案' : undefined, bodyItems);
    nest(plan, loose);
    out.push(plan);
  }

  if (model.attachmentNote) {
    const n = model.attachmentNote;
    const items = n.items.map((it) => node(`${it.marker}${it.title}`, SymbolKind.File, it.range, it.titleRange));
    out.push(node('附件说明', SymbolKind.Package, n.range, n.labelRange, `${n.items.length}项`, items));
  }

  for (const a of model.attachments) {
    const range = sections.attachment.get(a.number) ?? a.range;
    const roots = model.headings.filter((h) => h.parent < 0 && h.region === 'attachment' && h.attachment === a.number);
    const n = node(`${a.label}${a.title ? ' ' + clip(a.title.text, 40) : ''}`, SymbolKind.Module, range, a.labelRange, '附件', headingTree(model, sections, roots));
    nest(n, model.tables.filter((t) => t.attachment === a.number).map(tableNode));
    out.push(n);
  }

  if (model.banji) {
    const b = model.banji;
    const children = fieldNodes([
      [b.copyTo, '抄送', 40],
      [b.printer, '印发机关'],
      [b.printDate, '印发日期'],
    ]);
    out.push(partNode('版记', SymbolKind.Object, b.range, children[0]?.selectionRange ?? { start: b.range.start, end: b.range.start }, undefined, children));
  }
  return out.sort((a, b) => comparePos(a.range.start, b.range.start));
}
