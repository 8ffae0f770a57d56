// A stated count — 共25个, 养老19个、托育6个, 必选项（共16项） — must match the rows or items it heads.
// A count in a table's section row or title counts the data rows under it, or, in lists such as
// a 重大政策清单, the numbered measures (1. 2. …) written inside the cells; when neither matches
// and both are present we cannot tell which was meant, so we only note it.
import type { Cell, DocumentModel, Heading, Span, Table, TableRow } from '../../model/types';
import type { Finding, Rule, Severity } from '../types';
import { spanRange } from '../../text/span';
import { isDigitCode, parseChineseNumeral, toAsciiDigits } from '../../text/numerals';
import { matchMarker } from '../../parse/patterns';
import { LastResult } from '../../engine/lastResult';
import { sameSpan } from '../../numbering/same';
import { onClearMemos } from '../../text/memo';

interface Count {
  n: number;
  from: number;
  to: number;
}

interface Claim {
  total: Count;
  parts: (Count & { keyword: string })[];
}

const UNIT = '(个|项|条|家|所|张|类|件)';
/** 1–99 in Chinese numerals (两, 十二, 二十四): the longer forms first */
const CN_COUNT = '[二三四五六七八九]?十[一二三四五六七八九]?|[一二两三四五六七八九]';
const TOTAL = new RegExp(`共(?:计|有)?[ \\u3000]*([0-9０-９]{1,4}|${CN_COUNT})[ \\u3000]*${UNIT}`);
/** a heading announcing its items: 重点做好以下三个方面工作 (headings only: in running text it heads a paragraph's sentences) */
const AHEAD = new RegExp(`以下[ \\u3000]*([0-9０-９]{1,2}|${CN_COUNT})[ \\u3000]*(个|项|条|类)`);
const PART = new RegExp(`([\\u4e00-\\u9fff]{1,8}?)[ \\u3000]*([0-9０-９]{1,4})[ \\u3000]*${UNIT}`, 'g');

/** A count as written: digits (full-width too) or a Chinese numeral. */
function countOf(written: string): number {
  return isDigitCode(written.charCodeAt(0)) ? Number(toAsciiDigits(written)) : parseChineseNumeral(written);
}

/** The count a heading's title announces: 共N项 or 以下N个(方面). */
function headingClaim(title: string): Claim | undefined {
  const claim = parseClaim(title);
  if (claim || title.indexOf('以下') < 0) return claim;
  const a = AHEAD.exec(title);
  return a ? { total: { n: countOf(a[1]), from: a.index, to: a.index + a[0].length }, parts: [] } : undefined;
}

export function parseClaim(text: string): Claim | undefined {
  // every claim has 共: most headings and cells do not, and indexOf says so faster than the expression
  if (text.indexOf('共') < 0) return undefined;
  const t = TOTAL.exec(text);
  if (!t) return undefined;
  const total = { n: countOf(t[1]), from: t.index, to: t.index + t[0].length };
  let parts: Claim['parts'] = [];
  const rest = text.slice(total.to);
  PART.lastIndex = 0;
  for (let m = PART.exec(rest); m; m = PART.exec(rest)) {
    const keyword = m[1].replace(/^(其中|含|包括|包含|分别为|分别是)/, '');
    // a figure in another unit (共2个项目，新增床位300张) describes the items; it is not one of their parts
    if (!keyword || m[3] !== t[2]) continue;
    parts.push({ keyword, n: Number(toAsciiDigits(m[2])), from: total.to + m.index, to: total.to + m.index + m[0].length });
  }
  // a figure larger than the total (共3个项目，建成托育机构2个、托位200个) is what the items hold, not a part of them
  if (parts.some((p) => p.n > total.n)) parts = [];
  return { total, parts };
}

/** Numbered measures written at the start of a cell's lines: 1.设置专门的养老用地类别…… */
function measures(cell: Cell): number {
  let n = 0;
  let off = 0;
  for (const s of cell.segments) {
    const len = s.end - s.start;
    if (/^[0-9０-９]{1,2}[.．、](?![0-9０-９])/.test(cell.text.slice(off, off + len))) n++;
    off += len;
  }
  return n;
}

function sectionLevel(row: TableRow, first: boolean): number {
  const m = matchMarker(row.cells[0].text.trim());
  if (m) return m.level;
  // an unnumbered section row heads the whole table when it comes first (北安市（共25个……）)
  return first ? 0 : 5;
}

interface Scope {
  rows: TableRow[];
  /** numbered measures in the rows' cells, counted when first asked (only a count that differs from the rows asks) */
  measures: () => number;
}

/** What every claim in one table reads: the section rows' levels, worked out once per table, not per claim. */
interface TableFacts {
  table: Table;
  levels: Map<TableRow, number>;
}

function tableFacts(table: Table): TableFacts {
  const levels = new Map<TableRow, number>();
  let first = true;
  const rows = table.rows;
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    if (r.kind !== 'section') continue;
    levels.set(r, sectionLevel(r, first));
    first = false;
  }
  return { table, levels };
}

const TOTAL_ROW = /^[ \u3000]*(?:合[ \u3000]*计|总[ \u3000]*计|小[ \u3000]*计)[ \u3000]*$/;

function isTotalRow(r: TableRow): boolean {
  for (const c of r.cells) if (TOTAL_ROW.test(c.text)) return true;
  return false;
}

function scopeOf({ table, levels }: TableFacts, section: number): Scope {
  const own = section >= 0 ? levels.get(table.rows[section])! : -1;
  const rows: TableRow[] = [];
  let inTotal = false;
  for (let i = section + 1; i < table.rows.length; i++) {
    const r = table.rows[i];
    // a 合计 (总计, 小计) row sums the rows above it: it is none of them, and the rows the parser puts
    // after it until the next section (a 合计 cell with empty cells beside it) are its figures
    if (isTotalRow(r)) {
      inTotal = r.kind === 'section';
      continue;
    }
    if (r.kind === 'section' && r.cells.some((c) => c.text.trim())) inTotal = false;
    if (r.kind === 'section' && section >= 0 && levels.get(r)! <= own) break;
    if (r.kind === 'row' && !inTotal) rows.push(r);
  }
  let m: number | undefined;
  const count = () => {
    if (m === undefined) {
      m = 0;
      for (const r of rows) for (const c of r.cells) if (c.column !== table.seqColumn) m += measures(c);
    }
    return m;
  };
  return { rows, measures: count };
}

function nameText(table: Table, r: TableRow): string {
  const col = table.taskColumn >= 0 ? table.taskColumn : -1;
  return r.cells.filter((c) => (col >= 0 ? c.column === col : c.column !== table.seqColumn)).map((c) => c.text).join('');
}

function lines(rows: TableRow[]): string {
  if (!rows.length) return '';
  const a = rows[0].range.start.line + 1;
  const b = rows[rows.length - 1].range.end.line + 1;
  return a === b ? `第${a}行` : `第${a}—${b}行`;
}

function checkTableClaim(table: Table, span: Span, claim: Claim, scope: Scope): Finding[] {
  const out: Finding[] = [];
  const { total, parts } = claim;
  const R = scope.rows.length;
  const written = span.text.slice(total.from, total.to);
  const M = R > 0 && total.n !== R ? scope.measures() : 0;
  if (R > 0 && total.n !== R && !(M > 0 && total.n === M)) {
    const sure = M === 0;
    const f: Finding = {
      range: spanRange(span, total.from, total.to),
      message: sure
        ? `数量不符：此处写“${written}”，但其下表格有${R}行（${lines(scope.rows)}）。`
        : `数量可能不符：此处写“${written}”，其下表格有${R}行、单元格内编号的措施${M}条，都不是${total.n}，请核对。`,
    };
    if (!sure) f.severity = 'information';
    out.push(f);
  }
  if (parts.length >= 2) {
    const sum = parts.reduce((s, p) => s + p.n, 0);
    if (sum !== total.n) {
      out.push({
        range: spanRange(span, total.from, parts[parts.length - 1].to),
        severity: 'error',
        message: `分项之和与总数不符：${parts.map((p) => `${p.keyword}${p.n}`).join('＋')}＝${sum}，但写的是“${written}”。`,
      });
    } else if (R > 0) {
      // a part is checked only when its keyword picks out its rows beyond doubt: more rows name
      // it than the count allows
      for (const p of parts) {
        const k = scope.rows.filter((r) => nameText(table, r).includes(p.keyword)).length;
        if (k > p.n) {
          const f: Finding = {
            range: spanRange(span, p.from, p.to),
            message: `数量可能不符：此处写“${p.keyword}${p.n}${span.text.slice(p.to - 1, p.to)}”，但其下名称含“${p.keyword}”的就有${k}行，请核对。`,
          };
          f.severity = 'information';
          out.push(f);
        }
      }
    }
  }
  return out;
}

function checkHeadingClaim(headings: readonly Heading[], h: Heading, span: Span, claim: Claim): Finding | undefined {
  if (!h.children.length) return undefined;
  const counts: number[] = [];
  let layer = h.children;
  while (layer.length) {
    counts.push(layer.length);
    layer = layer.flatMap((i) => headings[i].children);
  }
  if (counts.includes(claim.total.n)) return undefined;
  const written = span.text.slice(claim.total.from, claim.total.to);
  const severity: Severity | undefined = counts.length > 1 ? 'information' : undefined;
  return {
    range: spanRange(span, claim.total.from, claim.total.to),
    severity,
    message: `数量不符：此处写“${written}”，但其下有${counts[0]}项${counts.length > 1 ? `（再下一层共${counts.slice(1).join('、')}项）` : ''}。`,
  };
}

/** The claims in one table's title and section rows. */
function tableFindings(table: Table): Finding[] {
  const findings: Finding[] = [];
  let facts: TableFacts | undefined;
  if (table.title) {
    const claim = parseClaim(table.title.text);
    if (claim) findings.push(...checkTableClaim(table, table.title, claim, scopeOf((facts ??= tableFacts(table)), -1)));
  }
  // indexed loops: run once per version, often before it is optimised, where for…of makes an iterator result per row
  const rows = table.rows;
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    if (r.kind !== 'section') continue;
    const claim = parseClaim(r.cells[0].text);
    if (claim) findings.push(...checkTableClaim(table, r.cells[0], claim, scopeOf((facts ??= tableFacts(table)), r.index)));
  }
  return findings;
}

function headingFindings(model: DocumentModel, claimed: readonly Heading[]): Finding[] {
  const findings: Finding[] = [];
  for (const h of claimed) {
    const claim = headingClaim(h.title);
    if (!claim) continue;
    const p = model.paragraphs[h.paragraph];
    const off = h.marker.length + h.style.spaceAfter.length;
    const shifted = { total: { ...claim.total, from: claim.total.from + off, to: claim.total.to + off }, parts: [] };
    const f = checkHeadingClaim(model.headings, h, p, shifted);
    if (f) findings.push(f);
  }
  return findings;
}

/**
 * Each table's findings as read last version, by table: the parser hands over an unchanged table's rows
 * as the same array (cells, positions and all), so with the same title where it was they stand.
 */
interface TableReading {
  rows: readonly TableRow[];
  title: Span | undefined;
  found: Finding[];
}

let lastTables: TableReading[] = [];
onClearMemos(() => {
  lastTables = [];
});

function addSpan(last: LastResult<Finding[]>, span: Span | undefined): void {
  if (!span) {
    last.add(undefined);
    return;
  }
  last.add(span.text).add(span.segments.length);
  for (const s of span.segments) last.add(s.line).add(s.start).add(s.end);
}

/** How many headings each layer under `h` holds: what a heading's claim is compared with. */
function addLayers(last: LastResult<Finding[]>, headings: readonly Heading[], h: Heading): void {
  let layer = h.children;
  while (layer.length) {
    last.add(layer.length);
    layer = layer.flatMap((i) => headings[i].children);
  }
  last.add(-1);
}

const lastHeadings = new LastResult<Finding[]>();

export const rule: Rule = {
  meta: {
    id: 'structure/count-claim',
    family: 'structure',
    severity: 'warning',
    description: {
      zh: '写明的数量（共25个、养老19个、托育6个、共16项）与其下的表格行或条目数不符',
      en: 'A stated count differs from the rows or items it heads',
    },
  },
  run({ model }) {
    const findings: Finding[] = [];
    const tables: TableReading[] = [];
    for (let i = 0; i < model.tables.length; i++) {
      const table = model.tables[i];
      let reading = lastTables[i];
      if (!reading || reading.rows !== table.rows || !sameSpan(reading.title, table.title)) reading = { rows: table.rows, title: table.title, found: tableFindings(table) };
      tables.push(reading);
      for (const f of reading.found) findings.push(f);
    }
    lastTables = tables;
    // every claim has 共 or 以下 (headingClaim): the other headings claim nothing. What the claims are compared
    // with (the layers under them) and where they lie are listed: while they are the same, so are the findings
    const last = lastHeadings.begin();
    const claimed: Heading[] = [];
    const headings = model.headings;
    // a title's 共 or 以下 is one of the document's: without any, no heading is read (100 000 headings cost ~3 ms)
    const n = model.text.indexOf('共') < 0 && model.text.indexOf('以下') < 0 ? 0 : headings.length;
    for (let i = 0; i < n; i++) {
      const h = headings[i];
      if (h.title.indexOf('共') < 0 && h.title.indexOf('以下') < 0) continue;
      claimed.push(h);
      last.add(h.index).add(h.title).add(h.marker.length + h.style.spaceAfter.length);
      addSpan(last, model.paragraphs[h.paragraph]);
      addLayers(last, model.headings, h);
    }
    for (const f of last.get(() => headingFindings(model, claimed))) findings.push(f);
    return findings;
  },
};
