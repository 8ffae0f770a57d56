// Finding indicators where the document states them: in running text (每千人口拥有3岁以下婴幼儿托位数
// 达到4.5个, 每千人口4.5个托位数, 80%的农村设有互助养老服务设施) and in indicator tables (序号 / 主要指标 /
// 2025年目标值, a value per row: ≥90, 90（非约束性）). Each mention carries the values stated for it with their
// unit, comparison, year and whether that year is a target or the present state.
import type { DocumentModel, Range, Span, Table } from '../model/types';
import { spanRange } from '../text/span';
import { currentCatalogue } from './catalogue';
import { CMP_WORDS, comparisonOf, parseValueAt, unitClass, type ParsedValue } from './numbers';
import type { Comparison, Indicator } from './types';
import { lastTargetYear, sentenceAt, yearBefore, type YearKind, type YearSource } from './years';

export const MENTIONS_KEY = 'indicators/mentions';

export interface StatedValue {
  value: number;
  max?: number;
  /** number, unit and 以上/左右 as written */
  raw: string;
  unit: string;
  comparison: Comparison;
  /** the comparison words as written (达到, 不低于 … 以上) */
  comparisonText: string;
  /** a bound or an approximation rather than the target itself */
  open: boolean;
  /** the smallest step the number is written to (57万 → 10000) */
  resolution: number;
  /** number + unit + 以上, in the document and as offsets in the host text */
  range: Range;
  from: number;
  to: number;
  /** only the digits (what a fix replaces) */
  digitsRange: Range;
  year?: number;
  yearKind?: YearKind;
  yearSource?: YearSource;
  /** 约束性 / 非约束性 / 预期性 as written in the table */
  attribute?: string;
  /** written right after the indicator (达到, 不低于, 为 …): its unit is the indicator's unit */
  tight: boolean;
  fraction?: boolean;
}

export interface IndicatorMention {
  index: number;
  indicator: Indicator;
  /** the phrase as written (including an embedded value) */
  phrase: string;
  range: Range;
  /** offsets of the phrase in the host text */
  from: number;
  to: number;
  /** 0-based line of the phrase */
  line: number;
  where: 'text' | 'table';
  /** the paragraph or table cell the mention is in */
  host: Span;
  paragraph?: number;
  table?: number;
  row?: number;
  /** [start, end) of the sentence in the host text */
  sentence: [number, number];
  values: StatedValue[];
  /** a scope word written just before the phrase (城市, 农村, 公办 …): the figure is for part of the area */
  scope?: string;
  /** written as an increase (新增, 新建) rather than a level */
  delta?: boolean;
  /** the unit a table's 主要指标 cell declares: 基本养老保险参保率（%） */
  declaredUnit?: { unit: string; range: Range };
}

// ───────────────────────────── phrasings ─────────────────────────────

type Mode = 'any' | 'value' | 'table';

interface Phrasing {
  indicator: Indicator;
  mode: Mode;
  /** text before {v} (the whole phrasing when there is no slot) */
  before: string;
  /** text after {v}; undefined when there is no slot */
  after?: string;
}

interface Compiled {
  /** by first character of `before` */
  byFirst: Map<string, Phrasing[]>;
  /** phrasings that start with their value ({v}托位) */
  leadingValue: Phrasing[];
}

const compiledCache = new WeakMap<readonly Indicator[], Compiled>();

function compile(catalogue: readonly Indicator[]): Compiled {
  let c = compiledCache.get(catalogue);
  if (c) return c;
  c = { byFirst: new Map(), leadingValue: [] };
  const add = (indicator: Indicator, text: string, mode: Mode) => {
    const slot = text.indexOf('{v}');
    const p: Phrasing = slot < 0
      ? { indicator, mode, before: text }
      : { indicator, mode, before: text.slice(0, slot), after: text.slice(slot + 3) };
    if (!p.before) c!.leadingValue.push(p);
    else {
      const k = p.before[0];
      const list = c!.byFirst.get(k) ?? [];
      list.push(p);
      c!.byFirst.set(k, list);
    }
  };
  for (const ind of catalogue) {
    for (const t of ind.phrasings) add(ind, t, 'any');
    for (const t of ind.valuePhrasings) add(ind, t, 'value');
    for (const t of ind.tableNames) add(ind, t, 'table');
  }
  compiledCache.set(catalogue, c);
  return c;
}

const SPACE = /[ \u3000]/;
const CMP_AT = new RegExp(`^(?:${CMP_WORDS})`);

function skipSpaces(text: string, i: number): number {
  while (i < text.length && SPACE.test(text[i])) i++;
  return i;
}

interface Match {
  phrasing: Phrasing;
  from: number;
  to: number;
  /** a value written inside the phrase */
  embedded?: { value: ParsedValue; at: number; cmp?: string };
}

function matchAt(text: string, i: number, p: Phrasing): Match | undefined {
  if (p.after === undefined) return text.startsWith(p.before, i) ? { phrasing: p, from: i, to: i + p.before.length } : undefined;
  if (p.before && !text.startsWith(p.before, i)) return undefined;
  let j = skipSpaces(text, i + p.before.length);
  const cm = CMP_AT.exec(text.slice(j, j + 8));
  const cmp = cm?.[0];
  if (cmp) j = skipSpaces(text, j + cmp.length);
  if (!p.before && (cmp || i !== j)) return undefined;
  const value = parseValueAt(text, j);
  if (!value) return undefined;
  const k = skipSpaces(text, j + value.length);
  if (!text.startsWith(p.after, k)) return undefined;
  return { phrasing: p, from: i, to: k + p.after.length, embedded: { value, at: j, cmp } };
}

function isDigitAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return (c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19);
}

/** Phrase matches in `text`, left to right, longest at each start, never overlapping. */
function scanPhrases(text: string, compiled: Compiled, inTableName: boolean): Match[] {
  const out: Match[] = [];
  let i = 0;
  while (i < text.length) {
    const list = compiled.byFirst.get(text[i]);
    // a leading value must start a number, not sit inside one (11449个托位)
    const numberStart = isDigitAt(text, i) && !(i > 0 && (isDigitAt(text, i - 1) || text[i - 1] === '.' || text[i - 1] === '．'));
    if (!list && !numberStart) {
      i++;
      continue;
    }
    let best: Match | undefined;
    for (const p of list ?? []) {
      if (p.mode === 'table' && !inTableName) continue;
      const m = matchAt(text, i, p);
      if (m && (!best || m.to > best.to)) best = m;
    }
    if (numberStart) {
      for (const p of compiled.leadingValue) {
        if (p.mode === 'table' && !inTableName) continue;
        const m = matchAt(text, i, p);
        if (m && (!best || m.to > best.to)) best = m;
      }
    }
    if (best) {
      out.push(best);
      i = best.to;
    } else i++;
  }
  return out;
}

// ───────────────────────────── values after a phrase ─────────────────────────────

/** Words that may sit between an indicator and its value without changing what the value is. */
const TIGHT_GAP = /^(?:[ \u3000]|（[^（）0-9０-９]{1,8}）|\([^()0-9]{1,8}\)|要|应|须|需|将|均|已|可|力争|确保|逐步|进一步|按照|按|原则上|基本|全部|总体|数)*/;
/** A looser gap (彩票公益金县级分成部分总额60%): no punctuation, no digits. */
const LOOSE_GAP = /^[^，。；、：:,;！？!?0-9０-９（）()“”\n]{1,10}?(?=(?:[ \u3000]*(?:(?:到|至|在)?[ \u3000]*(?:19|20)[0-9]{2}[ \u3000]*年|[0-9０-９]|(?:CMP))))/;
const LOOSE = new RegExp(LOOSE_GAP.source.replace('CMP', CMP_WORDS));
const YEAR_LEAD = /^(?:到|至|在|于)?[ \u3000]*((?:19|20)[0-9]{2})[ \u3000]*年(?:年?底|年?末)?[ \u3000，,]*/;
const CONTINUATION = /^[ \u3000]*[，,][ \u3000]*(?:到|至|在|于)?[ \u3000]*((?:19|20)[0-9]{2})[ \u3000]*年(?:年?底|年?末)?[ \u3000]*/;

interface RawValue {
  parsed: ParsedValue;
  /** offset of the number in the host text */
  at: number;
  cmp?: string;
  year?: number;
  tight: boolean;
}

/** The value written at `at` (after optional year and comparison words), if any. */
function valueAt(text: string, at: number, limit: number): { v: RawValue; end: number } | undefined {
  let j = at;
  let year: number | undefined;
  const y = YEAR_LEAD.exec(text.slice(j, limit));
  if (y) {
    year = Number(y[1]);
    j += y[0].length;
  }
  j = skipSpaces(text, j);
  const cm = CMP_AT.exec(text.slice(j, Math.min(limit, j + 8)));
  const cmp = cm?.[0];
  if (cmp) j = skipSpaces(text, j + cmp.length);
  if (j >= limit) return undefined;
  const parsed = parseValueAt(text, j);
  if (!parsed || j + parsed.length > limit) return undefined;
  // a bare year-like number with no unit after a phrase is a date, not a value (2025年)
  if (!parsed.unit && text[j + parsed.length] === '年') return undefined;
  return { v: { parsed, at: j, cmp, year, tight: true }, end: j + parsed.length };
}

function valuesAfter(text: string, end: number, limit: number, indicator: Indicator): RawValue[] {
  const out: RawValue[] = [];
  const gap = TIGHT_GAP.exec(text.slice(end, limit));
  let first = valueAt(text, end + (gap ? gap[0].length : 0), limit);
  if (!first) {
    const loose = LOOSE.exec(text.slice(end, limit));
    if (loose) {
      const cand = valueAt(text, end + loose[0].length, limit);
      // a loosely attached number counts only when its unit is the indicator's own
      if (cand && cand.v.parsed.unit && unitClass(cand.v.parsed.unit) === unitClass(indicator.valueUnit)) {
        cand.v.tight = false;
        first = cand;
      }
    }
  }
  if (!first) return out;
  out.push(first.v);
  // 普惠性托位占比 2023 年达到 10%以上，2025 年达到 20%
  let at = first.end;
  for (let k = 0; k < 4; k++) {
    const c = CONTINUATION.exec(text.slice(at, limit));
    if (!c) break;
    const next = valueAt(text, at + c[0].length, limit);
    if (!next) break;
    next.v.year = Number(c[1]);
    next.v.tight = first.v.tight;
    out.push(next.v);
    at = next.end;
  }
  return out;
}

// ───────────────────────────── scope and increments ─────────────────────────────

const SCOPE = /(城市|农村|城镇|乡村|乡镇|街道|社区|公办|民办|特困|县级|市级|省级)[^，、；。：“”]{0,4}$/;
/** 新增 governs a whole list (新增民办养老机构37家、养老床位2964张): look back past 、 to the clause start. */
const DELTA = /(新增|新建设|新建|增加|改扩建|改造)[^，；。：]{0,16}$/;

function clauseLead(text: string, from: number, back: number, stops: string): string {
  let a = from;
  while (a > 0 && from - a < back && !stops.includes(text[a - 1])) a--;
  return text.slice(a, from);
}

function scopeBefore(text: string, from: number): { scope?: string; delta?: boolean } {
  const s = SCOPE.exec(clauseLead(text, from, 8, '，、；。：'));
  const d = DELTA.exec(clauseLead(text, from, 20, '，；。：'));
  return { scope: s?.[1], delta: d ? true : undefined };
}

// ───────────────────────────── building mentions ─────────────────────────────

interface HostContext {
  host: Span;
  where: 'text' | 'table';
  paragraph?: number;
  table?: number;
  row?: number;
  /** a target year inherited from the paragraphs before (到2025年 in the previous paragraph) */
  contextYear?: number;
}

function toStated(text: string, host: Span, rv: RawValue, yearInfo: { year?: number; kind?: YearKind; source?: YearSource }): StatedValue {
  const p = rv.parsed;
  const from = rv.at;
  const to = rv.at + p.length;
  const cmpText = (rv.cmp ?? '') + (p.post ?? '');
  const comparison = comparisonOf(rv.cmp, p.post);
  return {
    value: p.value,
    max: p.max,
    raw: p.raw,
    unit: p.unit,
    comparison,
    comparisonText: cmpText,
    open: comparison !== '=',
    resolution: p.resolution,
    range: spanRange(host, from, to),
    from,
    to,
    digitsRange: spanRange(host, from, from + p.digitsLength),
    year: rv.year ?? yearInfo.year,
    yearKind: rv.year !== undefined ? 'target' : yearInfo.kind,
    yearSource: rv.year !== undefined ? 'sentence' : yearInfo.source,
    tight: rv.tight,
    fraction: p.fraction,
  };
}

function yearFor(text: string, ctx: HostContext, sentence: [number, number], at: number): { year?: number; kind?: YearKind; source?: YearSource } {
  const inSentence = yearBefore(text, sentence[0], at);
  if (inSentence) return { year: inSentence.year, kind: inSentence.kind, source: 'sentence' };
  const inParagraph = lastTargetYear(text, Math.max(0, sentence[0] - 1500), sentence[0]);
  if (inParagraph !== undefined) return { year: inParagraph, kind: 'target', source: 'paragraph' };
  if (ctx.contextYear !== undefined) return { year: ctx.contextYear, kind: 'target', source: 'context' };
  return {};
}

function mentionsInText(ctx: HostContext, compiled: Compiled, out: IndicatorMention[]): void {
  const text = ctx.host.text;
  const matches = scanPhrases(text, compiled, false);
  matches.forEach((m, k) => {
    const sentence = sentenceAt(text, m.from);
    const clause = sentenceAt(text, m.from, true);
    const limit = Math.min(clause[1], k + 1 < matches.length ? matches[k + 1].from : text.length);
    const indicator = m.phrasing.indicator;
    const values: StatedValue[] = [];
    if (m.embedded) {
      const rv: RawValue = { parsed: m.embedded.value, at: m.embedded.at, cmp: m.embedded.cmp, tight: true };
      values.push(toStated(text, ctx.host, rv, yearFor(text, ctx, sentence, m.from)));
    } else {
      for (const rv of valuesAfter(text, m.to, limit, indicator)) values.push(toStated(text, ctx.host, rv, yearFor(text, ctx, sentence, m.from)));
    }
    if (m.phrasing.mode === 'value' && !values.length) return;
    const { scope, delta } = scopeBefore(text, m.from);
    const range = spanRange(ctx.host, m.from, m.to);
    out.push({
      index: out.length,
      indicator,
      phrase: text.slice(m.from, m.to),
      range,
      from: m.from,
      to: m.to,
      line: range.start.line,
      where: ctx.where,
      host: ctx.host,
      paragraph: ctx.paragraph,
      table: ctx.table,
      row: ctx.row,
      sentence,
      values,
      scope,
      delta,
    });
  });
}

// ───────────────────────────── indicator tables ─────────────────────────────

const norm = (s: string) => s.replace(/[ \u3000]/g, '');
const UNIT_SUFFIX = /[（(]([^（）()]{1,12})[）)]$/;
const ATTRIBUTE = /[（(]((?:非)?约束性|预期性)[）)]/;
const CMP_PREFIX = new RegExp(`^(?:${CMP_WORDS})`);

interface IndicatorColumns {
  name: number;
  values: { column: number; year?: number; kind: YearKind }[];
  attribute: number;
}

/** Columns of a 序号 / 主要指标 / 2025年目标值 (/ 指标属性) table, or undefined for other tables. */
export function indicatorColumns(table: Table): IndicatorColumns | undefined {
  const cells = table.header.cells.map((c) => norm(c.text));
  const name = cells.findIndex((c) => /主要指标|指标名称|^指标$|^指标项$|^具体指标$/.test(c));
  if (name < 0) return undefined;
  const values: IndicatorColumns['values'] = [];
  cells.forEach((c, i) => {
    if (i === name || /属性|序号|单位|责任/.test(c)) return;
    const y = /((?:19|20)[0-9]{2})年/.exec(c);
    if (!y && !/目标|预期|规划值/.test(c)) return;
    values.push({ column: i, year: y ? Number(y[1]) : undefined, kind: /现状|基数|基期|完成|现值/.test(c) ? 'status' : 'target' });
  });
  if (!values.length) return undefined;
  return { name, values, attribute: cells.findIndex((c) => /属性/.test(c)) };
}

/**
 * A table titled for another place (北安市's plan quoting “十四五”时期黑河市托育服务主要发展指标) states that
 * place's targets: its figures are scoped to it, not the document's own.
 */
function otherPlace(table: Table, jurisdiction: string | undefined): string | undefined {
  const title = table.title?.text.replace(/[ \u3000]/g, '');
  if (!title || !jurisdiction || title.includes(jurisdiction)) return undefined;
  const m = /([^“”《》（）\s]{2,5}?(?:市|县|区|旗|州|省))(?=[^市县区旗州省]*(?:指标|目标))/.exec(title.replace(/^.*时期/, ''));
  return m?.[1];
}

function tableMentions(table: Table, cols: IndicatorColumns, compiled: Compiled, jurisdiction: string | undefined, out: IndicatorMention[]): void {
  const place = otherPlace(table, jurisdiction);
  for (const row of table.rows) {
    if (row.kind !== 'row') continue;
    const nameCell = row.cells.find((c) => c.column === cols.name);
    if (!nameCell) continue;
    const text = nameCell.text;
    const unitM = UNIT_SUFFIX.exec(text);
    const bare = unitM ? text.slice(0, unitM.index) : text;
    const matches = scanPhrases(bare, compiled, true);
    if (!matches.length) continue;
    // the cell names one indicator: the longest phrase in it
    const m = matches.reduce((a, b) => (b.to - b.from > a.to - a.from ? b : a));
    const indicator = m.phrasing.indicator;
    const attrCell = cols.attribute >= 0 ? row.cells.find((c) => c.column === cols.attribute) : undefined;
    const values: StatedValue[] = [];
    for (const vc of cols.values) {
      const cell = row.cells.find((c) => c.column === vc.column);
      if (!cell) continue;
      const t = cell.text;
      let j = skipSpaces(t, 0);
      const cm = CMP_PREFIX.exec(t.slice(j, j + 8));
      if (cm) j = skipSpaces(t, j + cm[0].length);
      const parsed = parseValueAt(t, j);
      if (!parsed) continue;
      const rv: RawValue = { parsed, at: j, cmp: cm?.[0], tight: true };
      const sv = toStated(t, cell, rv, { year: vc.year, kind: vc.kind, source: 'table' });
      const attr = ATTRIBUTE.exec(t.slice(j + parsed.length)) ?? (attrCell ? ATTRIBUTE.exec(`（${norm(attrCell.text)}）`) : null);
      if (attr) sv.attribute = attr[1];
      values.push(sv);
    }
    const range = spanRange(nameCell, m.from, m.to);
    const mention: IndicatorMention = {
      index: out.length,
      indicator,
      phrase: bare.slice(m.from, m.to),
      range,
      from: m.from,
      to: m.to,
      line: range.start.line,
      where: 'table',
      host: nameCell,
      table: table.index,
      row: row.index,
      sentence: [0, text.length],
      values,
      scope: place,
    };
    if (unitM) mention.declaredUnit = { unit: unitM[1], range: spanRange(nameCell, unitM.index + 1, unitM.index + 1 + unitM[1].length) };
    out.push(mention);
  }
}

// ───────────────────────────── the document ─────────────────────────────

/** Paragraph index → the 到20XX年 the earlier paragraphs of its block set (up to three back). */
function contextYears(model: DocumentModel): (number | undefined)[] {
  const out: (number | undefined)[] = [];
  model.paragraphs.forEach((p, i) => {
    let year: number | undefined;
    for (let k = i - 1; k >= 0 && i - k <= 3; k--) {
      const q = model.paragraphs[k];
      if (q.region !== p.region || q.attachment !== p.attachment) break;
      year = lastTargetYear(q.text, 0, q.text.length);
      if (year !== undefined || q.heading) break;
    }
    out.push(year);
  });
  return out;
}

/** Every indicator mention in the document, in document order; memoised per analysis. */
export function findIndicatorMentions(model: DocumentModel, shared?: Map<string, unknown>): IndicatorMention[] {
  const memo = shared?.get(MENTIONS_KEY) as IndicatorMention[] | undefined;
  if (memo) return memo;
  const compiled = compile(currentCatalogue(shared));
  const out: IndicatorMention[] = [];
  const years = contextYears(model);
  model.paragraphs.forEach((p, i) => {
    if (p.region === 'head' || p.region === 'banji') return;
    mentionsInText({ host: p, where: 'text', paragraph: p.index, contextYear: years[i] }, compiled, out);
  });
  for (const t of model.tables) {
    const cols = indicatorColumns(t);
    if (cols) {
      tableMentions(t, cols, compiled, model.jurisdiction, out);
      continue;
    }
    for (const r of t.rows) for (const c of r.cells) mentionsInText({ host: c, where: 'table', table: t.index, row: r.index }, compiled, out);
  }
  out.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  out.forEach((m, i) => (m.index = i));
  shared?.set(MENTIONS_KEY, out);
  return out;
}
