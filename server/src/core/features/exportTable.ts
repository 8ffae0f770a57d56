// 导出分工表: the document's 重点任务分工表 as CSV or Markdown. A cell that the plain text wraps
// over several lines keeps its line breaks. Without a 分工表, the body tasks and their units are
// exported in the same three columns, so the drafter still gets the table to paste elsewhere.
import type { DocumentModel, Table } from '../model/types';
import { splitLines } from '../text/lines';
import { LABEL, labelsApart } from '../units/split';

export type ExportFormat = 'csv' | 'markdown';

export interface ExportedTable {
  /** where the rows came from: the table's title, or 正文任务 */
  source: string;
  header: string[];
  /** section rows have one cell (the section title) */
  rows: { section?: string; cells: string[] }[];
}

/**
 * The 分工表: a table whose header names a task column (重点任务, 任务重点 …) and a responsibility
 * column (责任单位, 牵头单位 …); one whose title says 分工 first. A project list (项目名称 / 实施单位) is not one.
 */
export function findDivisionTable(model: DocumentModel): Table | undefined {
  const header = (t: Table, col: number) => t.header.cells.find((c) => c.column === col)?.text ?? '';
  const candidates = model.tables.filter(
    (t) => t.taskColumn >= 0 && t.unitsColumn >= 0 && /任务/.test(header(t, t.taskColumn)) && /责任|牵头/.test(header(t, t.unitsColumn)),
  );
  return candidates.find((t) => /分工/.test(t.title?.text ?? '')) ?? candidates[0];
}

function cellText(lines: { text: string }[], segments: { line: number; start: number; end: number }[]): string {
  const parts: string[] = [];
  let lastLine = -1;
  for (const s of segments) {
    const piece = lines[s.line].text.slice(s.start, s.end);
    if (s.line === lastLine && parts.length) parts[parts.length - 1] += piece;
    else parts.push(piece);
    lastLine = s.line;
  }
  return parts.map((p) => p.trim()).filter(Boolean).join('\n');
}

export function tableRows(model: DocumentModel): ExportedTable {
  const lines = splitLines(model.text);
  const table = findDivisionTable(model);
  if (table) {
    const header = table.header.cells.map((c) => cellText(lines, c.segments));
    const rows: ExportedTable['rows'] = [];
    for (const r of table.rows) {
      if (r.kind === 'header') continue;
      if (r.kind === 'section') rows.push({ section: r.cells.map((c) => cellText(lines, c.segments)).join(' '), cells: [] });
      else {
        const cells = new Array<string>(table.columns).fill('');
        for (const c of r.cells) if (c.column < cells.length) cells[c.column] = cellText(lines, c.segments);
        rows.push({ cells });
      }
    }
    return { source: table.title?.text ?? '分工表', header, rows };
  }
  const rows = model.tasks
    .filter((t) => t.units.items.length)
    .map((t, i) => ({ cells: [String(i + 1), t.title, labelsApart(t.units.content).replace(LABEL, '').trim()] }));
  return { source: '正文任务', header: ['序号', '重点任务', '责任单位'], rows };
}

function csvField(s: string): string {
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function mdCell(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\n/g, '<br>');
}

/** CSV with a BOM and CRLF line ends, so Excel and WPS open the Chinese text correctly. */
export function toCsv(t: ExportedTable): string {
  const width = t.header.length;
  const out = [t.header.map(csvField).join(',')];
  for (const r of t.rows) {
    const cells = r.section !== undefined ? [r.section, ...new Array<string>(Math.max(0, width - 1)).fill('')] : r.cells;
    out.push(cells.map(csvField).join(','));
  }
  return '\ufeff' + out.join('\r\n') + '\r\n';
}

export function toMarkdown(t: ExportedTable): string {
  const width = t.header.length;
  const out = [`| ${t.header.map(mdCell).join(' | ')} |`, `|${' --- |'.repeat(width)}`];
  for (const r of t.rows) {
    const cells = r.section !== undefined ? [`**${mdCell(r.section)}**`, ...new Array<string>(Math.max(0, width - 1)).fill('')] : r.cells.map(mdCell);
    out.push(`| ${cells.join(' | ')} |`);
  }
  return out.join('\n') + '\n';
}

export function exportDivisionTable(model: DocumentModel, format: ExportFormat): { content: string; source: string; rows: number } {
  const t = tableRows(model);
  return {
    content: format === 'csv' ? toCsv(t) : toMarkdown(t),
    source: t.source,
    rows: t.rows.filter((r) => r.section === undefined).length,
  };
}
