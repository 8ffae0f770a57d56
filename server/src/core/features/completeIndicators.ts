// Completing indicator names. In running text, the characters typed so far (每千人, 护理型) are matched
// against every known phrasing and replaced by the canonical name; in the 主要指标 column of an indicator
// table every indicator is offered in the table's form, name and unit: 基本养老保险参保率（%）.
import type { Analysis } from '../engine/analyze';
import type { Position, Table } from '../model/types';
import { currentCatalogue } from '../indicators/catalogue';
import { indicatorColumns } from '../indicators/mentions';
import type { Indicator } from '../indicators/types';
import type { CompletionProvider, CompletionResult } from './completion';
import { indicatorCard, targetText } from './hoverIndicators';

/** LSP CompletionItemKind.Value */
const VALUE_KIND = 12;
const MIN_TYPED = 2;
/** In prose, 养老 or 托位 alone would pop the list on every sentence: wait for three characters. */
const MIN_TYPED_PROSE = 3;
const MAX_TYPED = 12;

/** The phrasing texts a user might start typing, the slot and what follows it cut off. */
function prefixesOf(ind: Indicator): string[] {
  const all = [ind.name, ...ind.phrasings, ...ind.valuePhrasings, ...ind.tableNames];
  return [...new Set(all.map((p) => p.split('{v}')[0]).filter((p) => p.length >= MIN_TYPED))];
}

function detail(ind: Indicator): string {
  const t = targetText(ind);
  return [`${ind.domain} · ${ind.unit}`, t ? `国家目标 ${t}` : undefined].filter(Boolean).join(' · ');
}

function tableUnit(ind: Indicator): string {
  return ind.valueUnit;
}

function lineOf(text: string, line: number): string {
  let start = 0;
  for (let i = 0; i < line; i++) {
    const nl = text.indexOf('\n', start);
    if (nl < 0) return '';
    start = nl + 1;
  }
  const end = text.indexOf('\n', start);
  return text.slice(start, end < 0 ? text.length : end).replace(/\r$/, '');
}

/**
 * True when the line being typed is the 主要指标 cell of a row of an indicator table. Cells are one per
 * line after the row's 序号 (the first column), so the name cell is `cols.name` lines below it.
 */
function inIndicatorNameCell(analysis: Analysis, position: Position, lineText: string): boolean {
  if (!lineText.startsWith('\t')) return false;
  const { model } = analysis;
  const table = model.tables.find((t: Table) => t.range.start.line <= position.line && position.line <= t.range.end.line + 2);
  const cols = table && table.seqColumn === 0 ? indicatorColumns(table) : undefined;
  if (!cols || position.line - cols.name < 0) return false;
  for (let k = 1; k < cols.name; k++) if (!lineOf(model.text, position.line - k).trim()) return false;
  return /^[0-9０-９]{1,3}$/.test(lineOf(model.text, position.line - cols.name).trim());
}

export const completeIndicators: CompletionProvider = (analysis, position, lineText) => {
  const catalogue = currentCatalogue(analysis.shared);
  const before = lineText.slice(0, position.character);
  const out: CompletionResult[] = [];
  if (inIndicatorNameCell(analysis, position, lineText)) {
    const start = before.length - before.replace(/^[\t \u3000]+/, '').length;
    const typed = before.slice(start).trim();
    const end = lineText.trimEnd().length;
    const range = { start: { line: position.line, character: start }, end: { line: position.line, character: Math.max(end, position.character) } };
    catalogue.forEach((ind, i) => {
      // the editor filters by what is typed: keep only what we judged a match, and lead with the typed text
      if (typed && !prefixesOf(ind).some((p) => p.includes(typed)) && !ind.name.includes(typed)) return;
      const label = `${ind.name}（${tableUnit(ind)}）`;
      out.push({
        label,
        kind: VALUE_KIND,
        detail: detail(ind),
        documentation: indicatorCard(ind).join('\n\n'),
        insertText: label,
        range,
        sortText: String(i).padStart(3, '0'),
        filterText: typed + label,
      });
    });
    return out;
  }
  // running text: the run of characters typed since the last punctuation
  const run = /[^\s，。；：、,.;:！？!?“”（）()《》〔〕]*$/.exec(before)?.[0] ?? '';
  if (run.length < MIN_TYPED_PROSE) return out;
  for (let k = Math.min(run.length, MAX_TYPED); k >= MIN_TYPED_PROSE; k--) {
    const typed = run.slice(-k);
    const hits: { ind: Indicator; phrasing: string }[] = [];
    for (const ind of catalogue) {
      const p = prefixesOf(ind).find((x) => x.startsWith(typed) && x !== typed);
      if (p) hits.push({ ind, phrasing: p });
    }
    if (!hits.length) continue;
    const range = { start: { line: position.line, character: position.character - k }, end: position };
    hits.forEach(({ ind, phrasing }, i) => {
      out.push({
        label: ind.name,
        kind: VALUE_KIND,
        detail: detail(ind),
        documentation: indicatorCard(ind).join('\n\n'),
        insertText: ind.name,
        range,
        sortText: String(i).padStart(3, '0'),
        filterText: phrasing,
      });
    });
    break;
  }
  return out;
};
