// What the parser understood, as text: `gongwen outline` prints it so a drafter and a
// developer can check the model against the document.
import type { DocumentModel, Heading, Table } from '../model/types';
import type { Diagnostic } from '../rules/types';

function clip(s: string, n = 40): string {
  return s.length > n ? s.slice(0, n - 1) + '…' : s;
}

function tableLine(t: Table): string {
  const rows = t.rows.filter((r) => r.kind === 'row').length;
  const sections = t.rows.filter((r) => r.kind === 'section').length;
  const title = t.title ? `“${clip(t.title.text)}”` : '（无标题）';
  return `表格 ${title}：${t.columns} 列，${rows} 行${sections ? `，${sections} 个分组行` : ''}（第${t.range.start.line + 1}–${t.range.end.line + 1}行）`;
}

export function renderOutline(model: DocumentModel): string {
  const out: string[] = [];
  const { head, notice } = model;
  if (head.docNumber) out.push(`发文字号 ${head.docNumber.text}`);
  if (head.issuer) out.push(`发文机关 ${head.issuer.text}`);
  if (notice) {
    if (notice.title) out.push(`标题 ${notice.title.text}`);
    if (notice.addressee) out.push(`主送 ${clip(notice.addressee.text, 60)}`);
    if (notice.signature) out.push(`署名 ${notice.signature.text}`);
    out.push(`成文日期 ${notice.date ? notice.date.text : '（缺）'}`);
  }
  if (model.planTitle) out.push(`方案标题 ${model.planTitle.text}`);
  const tasksByHeading = new Map<number, number[]>();
  model.tasks.forEach((t) => {
    const list = tasksByHeading.get(t.heading) ?? [];
    list.push(t.index);
    tasksByHeading.set(t.heading, list);
  });
  const printTasks = (ids: number[] | undefined, indent: string) => {
    for (const id of ids ?? []) {
      const t = model.tasks[id];
      const units = t.units.items.map((u) => u.name + (u.role ? `(${u.role})` : '')).join('、');
      out.push(`${indent}任务 ${t.index + 1}「${clip(t.title, 30)}」〔${units}〕`);
    }
  };
  const printHeading = (h: Heading, depth: number) => {
    const indent = '  '.repeat(depth);
    out.push(`${indent}${h.marker}${clip(h.title)}  (第${h.line + 1}行)`);
    printTasks(tasksByHeading.get(h.index), indent + '  ');
    for (const c of h.children) printHeading(model.headings[c], depth + 1);
  };
  const roots = (pred: (h: Heading) => boolean) => model.headings.filter((h) => h.parent < 0 && pred(h));
  out.push(`正文：${model.headings.filter((h) => h.region === 'body').length} 个标题，${model.tasks.length} 项任务`);
  for (const h of roots((h) => h.region === 'body')) printHeading(h, 1);
  printTasks(tasksByHeading.get(-1), '  ');
  for (const t of model.tables.filter((t) => t.attachment === undefined)) out.push('  ' + tableLine(t));
  if (model.attachmentNote) {
    out.push(`附件说明：${model.attachmentNote.items.length} 项`);
    for (const it of model.attachmentNote.items) out.push(`  ${it.marker}${it.title}`);
  }
  for (const a of model.attachments) {
    out.push(`${a.label}${a.title ? ' ' + a.title.text : ''}  (第${a.labelRange.start.line + 1}行)`);
    for (const h of roots((h) => h.region === 'attachment' && h.attachment === a.number)) printHeading(h, 1);
    for (const t of model.tables.filter((t) => t.attachment === a.number)) out.push('  ' + tableLine(t));
  }
  if (model.banji) {
    const b = model.banji;
    out.push(`版记：${b.copyTo ? '抄送 ' + clip(b.copyTo.text, 50) : ''}${b.printer ? '；印发 ' + b.printer.text : ''}${b.printDate ? ' ' + b.printDate.text : ''}`);
  }
  return out.join('\n');
}

export function renderSummary(model: DocumentModel, diagnostics: Diagnostic[]): string {
  const count = (s: number) => diagnostics.filter((d) => d.severity === s).length;
  const rows = model.tables.reduce((n, t) => n + t.rows.filter((r) => r.kind === 'row').length, 0);
  return [
    `${model.headings.length} 个标题`,
    `${model.tasks.length} 项任务`,
    `${model.tables.length} 个表格（${rows} 行）`,
    `${model.attachments.length} 个附件`,
    `错误 ${count(1)}，警告 ${count(2)}，提示 ${count(3)}`,
  ].join('，');
}
