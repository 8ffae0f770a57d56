// Findings for the numbering checks, built from the shared sequence walk, with the renumber fix.
import type { DocumentModel, Paragraph } from '../model/types';
import type { Finding, Fix, Severity } from '../rules/types';
import { levelName, markerWithOrdinal, ordinalEdit } from './markers';
import { continuesInline, sharedNumberingIssues, sharedTableIssues, type NumberingIssue, type TableIssue } from './sequence';
import { KeptResult } from '../engine/lastResult';
import { sameHeadings, sameSeqColumn } from './same';
import { renumberHeading, renumberTable } from '../features/renumber';

function line(r: { range: { start: { line: number } } }): number {
  return r.range.start.line + 1;
}

/** A renumber fix is shared by every finding of its group; past this size it is not offered. */
const MAX_RENUMBER_EDITS = 500;
const fixCache = new WeakMap<object, Fix[]>();

export function headingFixes(model: DocumentModel, issue: NumberingIssue): Fix[] {
  const run = issue.run;
  const key: object = run.scheme === 'continuous' ? run : run.groups.find((g) => g.includes(issue.heading)) ?? run;
  let fixes = fixCache.get(key);
  if (!fixes) {
    const r = renumberHeading(model, issue.heading, run, MAX_RENUMBER_EDITS);
    fixes = r && r.edits.length <= MAX_RENUMBER_EDITS ? [{ title: r.title, edits: r.edits }] : [];
    fixCache.set(key, fixes);
  }
  const want = markerWithOrdinal(issue.heading, issue.expected);
  const single: Fix = { title: `只把此处改为“${want}”`, edits: [ordinalEdit(issue.heading, issue.expected, model.paragraphs)] };
  // renumbering first; changing just this marker as well when renumbering would touch others
  if (fixes.length && fixes[0].edits.length === 1) return fixes;
  return [...fixes, single];
}

export function tableFixes(issue: TableIssue): Fix[] {
  let fixes = fixCache.get(issue.table);
  if (!fixes) {
    const r = renumberTable(issue.table);
    fixes = r && r.edits.length <= MAX_RENUMBER_EDITS ? [{ title: r.title, edits: r.edits }] : [];
    fixCache.set(issue.table, fixes);
  }
  return fixes;
}

/**
 * Whether a duplicate is a sub-level starting over at its first ordinal, with the next siblings counting on
 * from it ((一)–(四), then (一)(二) …): a new part whose parent heading is missing or written in a way not
 * read as one (四 保障措施, 四。保障措施), far more often than a list numbered twice. The check cannot tell
 * which, so it says so as a note.
 */
function restartsHere(issue: NumberingIssue): boolean {
  const h = issue.heading;
  if (issue.kind !== 'duplicate' || h.level === 1 || h.ordinal !== 1) return false;
  const group = issue.run.groups.find((g) => g.includes(h));
  if (!group) return false;
  const next = group[group.indexOf(h) + 1];
  return next === undefined || next.ordinal === 2;
}

export function headingMessage(issue: NumberingIssue): string {
  const h = issue.heading;
  if (restartsHere(issue)) {
    return `序号重新从“${h.marker}”开始（第${line(issue.other!)}行已用过“${h.marker}”）：若此处是新的一部分，请检查其上一级标题是否漏写或写法不规范（如“四、保障措施”漏写了“、”）；若仍接续上文，此处应为“${markerWithOrdinal(h, issue.expected)}”。`;
  }
  const want = markerWithOrdinal(h, issue.expected);
  const prev = issue.previous > 0 ? markerWithOrdinal(h, issue.previous) : '';
  const level = levelName(h.level);
  switch (issue.kind) {
    case 'duplicate':
      return `序号重复：“${h.marker}”已在第${line(issue.other!)}行使用，此处应为“${want}”。`;
    case 'gap':
      return prev ? `序号不连续：“${prev}”之后应为“${want}”，此处为“${h.marker}”。` : `序号不连续：此处应为“${want}”，而不是“${h.marker}”。`;
    case 'out-of-order':
      return issue.other && issue.other.ordinal === issue.expected
        ? `序号顺序颠倒：“${h.marker}”写在“${issue.other.marker}”（第${line(issue.other)}行）之前，此处应为“${want}”。`
        : `序号顺序错乱：“${h.marker}”出现在“${prev}”之后，此处应为“${want}”。`;
    case 'first':
      return issue.run.groups[0][0] === h
        ? `第一项序号应为“${want}”，此处为“${h.marker}”。`
        : `序号应从“${want}”开始，此处为“${h.marker}”。`;
    case 'restarted':
      return `本文${level}序号跨上级标题连续编号，此处应接续上文为“${want}”，而不是重新从“${h.marker}”开始。`;
    case 'continued':
      return `本文${level}序号在每个上级标题下重新编号，此处应为“${want}”，而不是接续上文的“${h.marker}”。`;
  }
}

export function headingSeverity(issue: NumberingIssue): Severity | undefined {
  if (restartsHere(issue)) return 'information';
  // a break from the document's own scheme is very likely wrong, not certainly
  return issue.kind === 'restarted' || issue.kind === 'continued' ? 'warning' : undefined;
}

export function tableMessage(issue: TableIssue): string {
  const seq = issue.row.seq;
  const title = issue.table.title ? `表格“${issue.table.title.text}”` : '表格';
  switch (issue.kind) {
    case 'duplicate':
      return `${title}序号重复：“${seq}”已在第${line(issue.other!)}行使用，此处应为“${issue.expected}”。`;
    case 'gap':
      return issue.previous > 0
        ? `${title}序号不连续：“${issue.previous}”之后应为“${issue.expected}”，此处为“${seq}”。`
        : `${title}序号不连续：此处应为“${issue.expected}”，而不是“${seq}”。`;
    case 'out-of-order':
      return issue.other && issue.other.seq === issue.expected
        ? `${title}序号顺序颠倒：“${seq}”写在“${issue.other.seq}”（第${line(issue.other)}行）之前，此处应为“${issue.expected}”。`
        : `${title}序号顺序错乱：“${seq}”出现在“${issue.previous}”之后，此处应为“${issue.expected}”。`;
    case 'first':
      return `${title}序号应从“1”开始，此处为“${seq}”。`;
  }
}

export function headingFinding(model: DocumentModel, issue: NumberingIssue): Finding {
  const f: Finding = { range: issue.heading.markerRange, message: headingMessage(issue), fixes: headingFixes(model, issue) };
  const sev = headingSeverity(issue);
  if (sev) f.severity = sev;
  if (issue.other) f.related = [{ range: issue.other.markerRange, message: `“${issue.other.marker}”在此` }];
  return f;
}

export function tableFinding(issue: TableIssue): Finding {
  const f: Finding = { range: issue.row.cells[0].range, message: tableMessage(issue), fixes: tableFixes(issue) };
  if (issue.other) f.related = [{ range: issue.other.cells[0].range, message: `序号“${issue.other.seq}”在此` }];
  return f;
}

/** Each numbering check's findings, in the order the check reports them. */
export interface NumberingFindings {
  duplicate: Finding[];
  gap: Finding[];
  first: Finding[];
}

const GAP_KINDS = new Set(['gap', 'out-of-order', 'restarted']);

function buildFindings(model: DocumentModel, shared: Map<string, unknown>): NumberingFindings {
  const issues = sharedNumberingIssues(model, shared);
  const tables = sharedTableIssues(model, shared);
  return {
    duplicate: [
      ...issues.filter((i) => i.kind === 'duplicate').map((i) => headingFinding(model, i)),
      ...tables.filter((i) => i.kind === 'duplicate').map(tableFinding),
    ],
    gap: [
      ...issues.filter((i) => GAP_KINDS.has(i.kind)).map((i) => headingFinding(model, i)),
      ...tables.filter((i) => i.kind === 'gap' || i.kind === 'out-of-order').map(tableFinding),
    ],
    first: [
      ...issues.filter((i) => i.kind === 'first' || i.kind === 'continued').map((i) => headingFinding(model, i)),
      ...tables.filter((i) => i.kind === 'first').map(tableFinding),
    ],
  };
}

/** A non-heading paragraph that could introduce a sub-list (托育方面：): levelRuns' leadIn reads these. */
function leadInCandidate(p: Paragraph): boolean {
  const t = p.text;
  if (p.heading || t.length > 40 || !t.length) return false;
  const c = t.charCodeAt(t.length - 1);
  return c === 0xff1a || c === 0x3a; // ： :
}

/**
 * Whether the numbering checks would read the same from both models: each heading's place in the
 * hierarchy, ordinal, marker as written and where it is, the paragraphs a lead-in (托育方面：)
 * could be, the lead-ins that hold a list's first item (附：1.…), and each table's 序号 column and
 * title. A keystroke in running text or in another cell changes none of these.
 */
function sameNumbering(a: DocumentModel, b: DocumentModel): boolean {
  if (!sameHeadings(a.headings, b.headings)) return false;
  if (a.paragraphs.length !== b.paragraphs.length || a.tables.length !== b.tables.length) return false;
  for (let i = 0; i < a.paragraphs.length; i++) if (leadInCandidate(a.paragraphs[i]) !== leadInCandidate(b.paragraphs[i])) return false;
  for (let i = 0; i < a.headings.length; i++) if (continuesInline(a, a.headings[i]) !== continuesInline(b, b.headings[i])) return false;
  for (let i = 0; i < a.tables.length; i++) if (!sameSeqColumn(a.tables[i], b.tables[i])) return false;
  return true;
}

const lastFindings = new KeptResult<DocumentModel, NumberingFindings>(sameNumbering);

/** The numbering checks' findings, worked out once per version (the three checks share them), or the last version's (sameNumbering). */
export function numberingFindings(model: DocumentModel, shared: Map<string, unknown>): NumberingFindings {
  const key = 'numbering/findings';
  let v = shared.get(key) as NumberingFindings | undefined;
  if (!v) {
    v = lastFindings.get(model, () => buildFindings(model, shared));
    shared.set(key, v);
  }
  return v;
}
