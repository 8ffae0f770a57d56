// Folding: every heading's section, a task paragraph that wraps, the 通知, the 附件说明, each
// attachment, each table and each section of a table. LSP FoldingRange shape (0-based lines,
// endLine inclusive); one range per start line (the widest), as editors keep only one.
import type { DocumentModel, Range } from '../model/types';
import { computeSections } from './sections';

export interface FoldRange {
  startLine: number;
  endLine: number;
  kind?: 'region' | 'comment' | 'imports';
}

export function foldingRanges(model: DocumentModel): FoldRange[] {
  const sections = computeSections(model);
  const byStart = new Map<number, number>();
  const add = (r: Range | undefined) => {
    if (!r || r.end.line <= r.start.line) return;
    const prev = byStart.get(r.start.line);
    if (prev === undefined || r.end.line > prev) byStart.set(r.start.line, r.end.line);
  };
  if (model.notice) add(model.notice.range);
  sections.heading.forEach(add);
  // a task paragraph under a heading title (（一）整体目标 ↵ text…〔units〕) folds on its own
  for (const t of model.tasks) add({ start: model.paragraphs[t.paragraph].range.start, end: t.range.end });
  if (model.attachmentNote) add(model.attachmentNote.range);
  for (const r of sections.attachment.values()) add(r);
  for (const t of model.tables) {
    add(t.title ? { start: t.title.range.start, end: t.range.end } : t.range);
    // a table section (一、健全服务体系) folds over its rows
    let open: Range | undefined;
    for (const r of t.rows) {
      if (r.kind === 'section') {
        add(open);
        open = r.range;
      } else if (r.kind === 'row' && open) open = { start: open.start, end: r.range.end };
    }
    add(open);
  }
  return [...byStart.entries()].sort((a, b) => a[0] - b[0]).map(([startLine, endLine]) => ({ startLine, endLine }));
}
