// The arithmetic a document claims: a rate times a base (每千人口4.5个 × 总人口57万人 = 应配备托位2565个),
// a total and its parts (共25个，养老19个、托育6个), a share that cannot exceed 100%. Each computation says
// how sure it is: explicit (the sentence states every number), inferred (the base comes from elsewhere
// in the paragraph) or implied (no base at all: only the hover shows what the numbers imply).
import type { DocumentModel, Range, Span } from '../model/types';
import { Memo } from '../text/memo';
import { spanRange } from '../text/span';
import { currentCatalogue, findIndicator } from './catalogue';
import { findIndicatorMentions, type IndicatorMention, type StatedValue } from './mentions';
import { fmt, fmtPeople, isDigitCode, parseValueAt, unitClass, type ParsedValue } from './numbers';
import type { Indicator } from './types';
import { sentenceAt, yearBefore } from './years';

export const COMPUTATIONS_KEY = 'indicators/computations';

export type Certainty = 'explicit' | 'inferred' | 'implied';

export interface Computation {
  kind: 'rate' | 'sum' | 'percent';
  certainty: Certainty;
  ok: boolean;
  /** the stated number the computation checks (the total, the result, the share) */
  range: Range;
  /** the other numbers taking part (rate, base, parts), for hover and related information */
  inputs: { range: Range; label: string }[];
  /** the computation written out: 4.5 × 570 = 2565 */
  expression: string;
  /** plain-Chinese explanation for a diagnostic or a hover */
  message: string;
  /** replacing the stated digits with the computed value (never applied blind) */
  fix?: { range: Range; newText: string; title: string };
  line: number;
}

const SP = '[ \\u3000]*';
const NUM_START = '[0-9０-９]';

// ───────────────────────────── bases: the population the text states ─────────────────────────────

interface Base {
  value: ParsedValue;
  /** offset of the number in the host text */
  at: number;
  /** the words stating it: 按全市总人口 57 万人 */
  text: string;
}

const POPULATION_NOUN = '(?:总人口|常住人口|户籍人口|人口总数|人口)';
const ELDERLY_NOUN = '(?:(?:60|六十)周?岁(?:及)?以上(?:的)?老年人口?|65周?岁(?:及)?以上(?:的)?老年人口?|老年人口|老年人|老人)';
const CLAIM = new RegExp(`按(?:照)?(?:全(?:县|市|区|旗|镇|乡))?(${POPULATION_NOUN}|${ELDERLY_NOUN})(?:数)?(?:为)?${SP}(?=${NUM_START})`, 'g');
const CLAIM_TAIL = /^[ \u3000]*(?:人|名)?[ \u3000]*(?:测算|计算|计|估算|推算|核算)/;
const STATEMENT = new RegExp(`(${POPULATION_NOUN}|${ELDERLY_NOUN})(?:数|总数|总量)?(?:为|达到|达|有|共)?${SP}(?=${NUM_START})`, 'g');
const APPROX_BEFORE = /(?:约|近|超过|逾|预计|将|左右|以上|不足|接近)[ \u3000]*$/;

function nounKind(noun: string): 'population' | 'elderly' {
  return /老/.test(noun) ? 'elderly' : 'population';
}

function peopleValue(text: string, at: number): ParsedValue | undefined {
  const v = parseValueAt(text, at);
  if (!v || v.max !== undefined || v.fraction || v.post) return undefined;
  if (v.unit && v.unit !== '人') return undefined;
  // a population is written in 万 or as a whole number of people, never as 4.5
  if (v.scale === 1 && (v.value < 100 || !Number.isInteger(v.value))) return undefined;
  return v;
}

/** 按全市总人口57万人测算 in the sentence: the text claims the computation on that base. */
function explicitBase(text: string, sentence: [number, number], kind: string): Base | undefined {
  const s = text.slice(sentence[0], sentence[1]);
  CLAIM.lastIndex = 0;
  for (let m = CLAIM.exec(s); m; m = CLAIM.exec(s)) {
    if (nounKind(m[1]) !== kind) continue;
    const at = sentence[0] + m.index + m[0].length;
    const v = peopleValue(text, at);
    if (!v || !CLAIM_TAIL.test(text.slice(at + v.length, at + v.length + 6))) continue;
    return { value: v, at, text: text.slice(sentence[0] + m.index, at + v.length).replace(/^按照?/, '') };
  }
  return undefined;
}

/** A population stated elsewhere in the paragraph, not approximate, for the rate's year (or for no year). */
function statedBase(text: string, near: number, kind: string, year: number | undefined): Base | undefined {
  const found: Base[] = [];
  // the paragraph around the rate (bounded, so a huge paragraph stays linear)
  const from = Math.max(0, near - 3000);
  const window = text.slice(from, near + 3000);
  STATEMENT.lastIndex = 0;
  for (let m = STATEMENT.exec(window); m; m = STATEMENT.exec(window)) {
    if (nounKind(m[1]) !== kind) continue;
    const start = from + m.index;
    if (APPROX_BEFORE.test(text.slice(Math.max(0, start - 4), start))) continue;
    const at = start + m[0].length;
    const v = peopleValue(text, at);
    if (!v) continue;
    const sentence = sentenceAt(text, start);
    const y = yearBefore(text, sentence[0], start);
    // a population of another year is another population; one stated without a year is the present one
    if (y?.year !== undefined && y.year !== year) continue;
    found.push({ value: v, at, text: text.slice(start, at + v.length) });
  }
  // two different populations in one paragraph: we cannot tell which the rate uses
  const distinct = new Set(found.map((f) => f.value.value));
  return distinct.size === 1 ? found[0] : undefined;
}

// ───────────────────────────── rate × base = result ─────────────────────────────

function closedValue(v: StatedValue | undefined): v is StatedValue {
  return !!v && v.comparison === '=' && v.max === undefined && !v.fraction;
}

/** One expression per noun, built once (it was compiled again for every rate). */
const resultPatterns = new Map<string, RegExp>();

function resultFromNoun(host: Span, text: string, from: number, limit: number, noun: string, unit: string): { value: StatedValue; label: string } | undefined {
  let re = resultPatterns.get(noun);
  if (!re) resultPatterns.set(noun, (re = new RegExp(`(?:即|应|需|需要|共|合计|配备|配置|达到|为)*[^，。；0-9０-９]{0,6}?(${noun})(?:数)?(?:达到|为|共)?${SP}(?=${NUM_START})`, 'g')));
  re.lastIndex = 0;
  const m = re.exec(text.slice(from, limit));
  if (!m) return undefined;
  const at = from + m.index + m[0].length;
  const v = parseValueAt(text, at);
  if (!v || v.post || v.max !== undefined || (v.unit && unitClass(v.unit) !== unitClass(unit))) return undefined;
  return {
    label: m[1],
    value: {
      value: v.value, raw: v.raw, unit: v.unit, comparison: '=', comparisonText: '', open: false, resolution: v.resolution,
      range: spanRange(host, at, at + v.length), from: at, to: at + v.length, digitsRange: spanRange(host, at, at + v.digitsLength), tight: true,
    },
  };
}

/** Mentions grouped by host and sentence, so a rate finds its partners without scanning every mention. */
function bySentence(mentions: IndicatorMention[]): (m: IndicatorMention) => IndicatorMention[] {
  const index = new Map<Span, Map<number, IndicatorMention[]>>();
  for (const m of mentions) {
    let h = index.get(m.host);
    if (!h) index.set(m.host, (h = new Map()));
    const list = h.get(m.sentence[0]) ?? [];
    list.push(m);
    h.set(m.sentence[0], list);
  }
  return (m) => index.get(m.host)?.get(m.sentence[0]) ?? [];
}

function valueUnitLabel(ind: Indicator, v: StatedValue): string {
  return v.unit || ind.valueUnit;
}

function rateComputations(mentions: IndicatorMention[], catalogue: readonly Indicator[], out: Computation[]): void {
  const sentenceOf = bySentence(mentions);
  for (const r of mentions) {
    const spec = r.indicator.arithmetic;
    if (!spec) continue;
    const rate = r.values.find((v) => v.comparison === '=' || v.comparison === '>=');
    if (!rate || rate.max !== undefined || rate.comparison === '≈') continue;
    const text = r.host.text;
    // the result: a mention of the result indicator in the same sentence, or the result noun after the rate
    let result: { value: StatedValue; label: string; mention?: IndicatorMention } | undefined;
    let baseMention: IndicatorMention | undefined;
    if (spec.result) {
      const cand = sentenceOf(r).filter((m) => m !== r && m.indicator.id === spec.result && !m.delta && m.values.length === 1);
      const after = cand.find((m) => m.from > r.from) ?? cand[0];
      if (after) result = { value: after.values[0], label: after.indicator.name, mention: after };
    }
    if (!result && spec.resultNoun) {
      const resultUnit = findIndicator(catalogue, spec.base)?.valueUnit ?? r.indicator.valueUnit;
      result = resultFromNoun(r.host, text, (rate.to > r.to ? rate.to : r.to), r.sentence[1], spec.resultNoun, resultUnit);
    }
    if (!result || result.value.open || result.value.max !== undefined) continue;
    const stated = result.value.value;
    let baseValue: number;
    let baseRes: number;
    let baseLabel: string;
    let certainty: Certainty;
    let baseRange: Range | undefined;
    if (spec.base === 'population' || spec.base === 'elderly') {
      const explicit = explicitBase(text, r.sentence, spec.base);
      const base = explicit ?? statedBase(text, r.from, spec.base, rate.year);
      if (base) {
        baseValue = base.value.value;
        baseRes = base.value.resolution;
        baseLabel = base.text;
        baseRange = spanRange(r.host, base.at, base.at + base.value.length);
        certainty = explicit ? 'explicit' : 'inferred';
      } else {
        // no population anywhere near: show what the numbers imply, claim nothing
        if (rate.comparison !== '=' || !rate.value) continue;
        const implied = (stated / rate.value) * spec.scale;
        out.push({
          kind: 'rate',
          certainty: 'implied',
          ok: true,
          range: result.value.range,
          inputs: [{ range: rate.range, label: `${r.indicator.name} ${rate.raw}` }],
          expression: `${fmt(stated)} ÷ ${fmt(rate.value)} × ${spec.scale} = ${fmt(implied, 0)}`,
          message: `文中未写明${spec.base === 'elderly' ? '老年人口' : '人口'}基数。按${r.indicator.name}${fmt(rate.value)}${valueUnitLabel(r.indicator, rate)}推算：${fmt(stated)} ÷ ${fmt(rate.value)} × ${spec.scale} = ${fmt(implied, 0)}，即对应${spec.base === 'elderly' ? '老年人口' : '人口'}约${fmtPeople(implied)}人。`,
          line: result.value.range.start.line,
        });
        continue;
      }
    } else {
      baseMention = sentenceOf(r).find((m) => m.indicator.id === spec.base && m !== result!.mention && m.values.length === 1 && closedValue(m.values[0]) && !m.delta);
      if (!baseMention) continue;
      const bv = baseMention.values[0];
      baseValue = bv.value;
      baseRes = bv.resolution;
      baseLabel = `${baseMention.phrase}${bv.raw}`;
      baseRange = bv.range;
      certainty = 'explicit';
    }
    const unitWord = result.value.unit || r.indicator.valueUnit;
    const perUnit = spec.scale === 1000 ? '千' : '百';
    const baseInScale = baseValue / spec.scale;
    const expected = rate.value * baseInScale;
    const resultRes = Math.max(1, result.value.resolution);
    let lo: number;
    let hi: number;
    if (certainty === 'explicit') {
      // the base as written is exact to half its last digit; the result is rounded to its own
      lo = expected - (rate.value * baseRes) / 2 / spec.scale - resultRes;
      hi = expected + (rate.value * baseRes) / 2 / spec.scale + resultRes;
    } else {
      // a population quoted in passing may be rounded or cut off (7.68万 written 7万)
      lo = (rate.value * (baseValue - baseRes / 2)) / spec.scale - resultRes;
      hi = (rate.value * (baseValue + baseRes)) / spec.scale + resultRes;
    }
    if (rate.comparison === '>=') hi = Infinity;
    const ok = stated >= lo && stated <= hi;
    const expression = spec.scale === 100 && r.indicator.kind === 'percentage'
      ? `${fmt(baseValue)} × ${fmt(rate.value)}% = ${fmt(expected)}`
      : `${fmt(rate.value)} × ${fmt(baseInScale, 3)}（${perUnit}${spec.base === 'elderly' ? '名老年人' : spec.base === 'population' ? '人' : unitOf(catalogue, spec.base)}）= ${fmt(expected)}`;
    const impliedBase = rate.value ? (stated / rate.value) * spec.scale : NaN;
    const lines: string[] = [];
    if (ok) lines.push(`${result.label}核算相符：${expression}${unitWord}，文中为${fmt(stated)}${unitWord}。`);
    else {
      const where = certainty === 'inferred' ? `按本段所写“${baseLabel}”推算，` : `按“${baseLabel}”测算，`;
      lines.push(`${result.label}核算不符：${where}${expression}${unitWord}，文中为${fmt(stated)}${unitWord}。`);
      if (certainty === 'explicit' && (spec.base === 'population' || spec.base === 'elderly')) {
        const baseTol = (rate.value * baseRes) / 2 / spec.scale;
        const low = Math.floor(expected - baseTol);
        const high = Math.ceil(expected + baseTol);
        const span = low === high ? `应为${low}${unitWord}` : `应在${low}—${high}${unitWord}之间`;
        lines.push(`考虑人口数的取整，${span}；${fmt(stated)}${unitWord}对应${spec.base === 'elderly' ? '老年人口' : '人口'}约${fmtPeople(impliedBase)}人。请核对人口数或${result.label}。`);
      } else if (spec.base === 'population' || spec.base === 'elderly') {
        lines.push(`${fmt(stated)}${unitWord}对应${spec.base === 'elderly' ? '老年人口' : '人口'}约${fmtPeople(impliedBase)}人。请核对人口数、${result.label}或指标值。`);
      } else lines.push(`请核对${result.label}或指标值。`);
    }
    const inputs = [{ range: rate.range, label: `${r.indicator.name} ${rate.raw}` }];
    if (baseRange) inputs.push({ range: baseRange, label: baseLabel });
    const rounded = String(Math.round(expected));
    out.push({
      kind: 'rate',
      certainty,
      ok,
      range: result.value.range,
      inputs,
      expression: `${expression}${unitWord}`,
      message: lines.join(''),
      fix: ok || !Number.isInteger(stated) ? undefined : { range: result.value.digitsRange, newText: rounded, title: `将${result.label}改为${rounded}${unitWord}（${expression}${unitWord}）` },
      line: result.value.range.start.line,
    });
  }
}

function unitOf(catalogue: readonly Indicator[], id: string): string {
  return findIndicator(catalogue, id)?.valueUnit ?? '';
}

// ───────────────────────────── totals and their parts ─────────────────────────────

interface Quantity {
  value: number;
  unit: string;
  raw: string;
  from: number;
  to: number;
  label: string;
  open: boolean;
}

/** A digit, or what joins digits into one number (4.5, 1/3): a digit after one is not a number's start. */
function inNumber(c: number): boolean {
  return isDigitCode(c) || c === 46 || c === 0xff0e || c === 47 || c === 0xff0f;
}

/** Quantities with a unit in text[from, to): 19个, 1.43亿元, 586张 (not %, not years, not 以上). */
function quantities(text: string, from: number, to: number): Quantity[] {
  const out: Quantity[] = [];
  // a loop bounded by `to`: a global expression's exec went on to the next digit after it, however far
  for (let at = from; at < to; ) {
    if (!isDigitCode(text.charCodeAt(at)) || (at > 0 && inNumber(text.charCodeAt(at - 1)))) {
      at++;
      continue;
    }
    const v = parseValueAt(text, at);
    if (!v) {
      at++;
      continue;
    }
    const start = at;
    at += Math.max(1, v.length);
    if (start + v.length > to) continue;
    if (!v.unit || v.unit === '%' || v.unit === '‰' || v.fraction || v.max !== undefined) continue;
    if (text[start + v.length] === '年' || text[start + v.length] === '月') continue;
    const lead = text.slice(Math.max(from, start - 8), start);
    const label = lead.replace(/^.*[，、；：:（(]/, '');
    const open = !!v.post || /(?:约|近|超过|逾|不少于|不低于|至少)$/.test(lead);
    out.push({ value: v.value, unit: v.unit, raw: v.raw, from: start, to: start + v.length, label: label.replace(/^其中/, ''), open });
  }
  return out;
}

/** Breakdowns are short: an aside longer than this is not one. */
const MAX_BREAKDOWN = 300;

/** [open, close] offsets of every bracketed aside, found in one pass (unclosed ones are dropped). */
const BRACKET = /[（）()]/g;

function asides(text: string): [number, number][] {
  const out: [number, number][] = [];
  const stack: number[] = [];
  // from bracket to bracket (the expression finds the next one natively, where a loop visited every character)
  BRACKET.lastIndex = 0;
  for (let m = BRACKET.exec(text); m; m = BRACKET.exec(text)) {
    const i = m.index;
    const c = text.charCodeAt(i);
    if (c === 0xff08 || c === 0x28) stack.push(i);
    else if (stack.length) {
      const open = stack.pop()!;
      if (i - open <= MAX_BREAKDOWN) out.push([open, i]);
    }
  }
  return out.sort((a, b) => a[0] - b[0]);
}

/** ，。；;：:（）, as codes (the walk back reads codes, not a string per character) */
const CLAUSE_BREAK = new Set([0xff0c, 0x3002, 0xff1b, 59, 0xff1a, 58, 0xff08, 0xff09]);

const ANY_DIGIT = /[0-9０-９]/;
const GROUP_START = /[共计（(]|其中/;

/** A sum as its text alone gives it, offsets in that text: what the memo keeps per paragraph and cell. */
interface TextSum {
  certainty: Certainty;
  ok: boolean;
  from: number;
  to: number;
  inputs: { from: number; to: number; label: string }[];
  expression: string;
  message: string;
}

const sums = new Memo<TextSum[]>('indicators/sums', 20_000);
const NO_SUMS: TextSum[] = [];
/** Shorter texts (序号 and value cells) are read again: the lookup costs what the reading does. */
const SUMS_MEMO_MIN = 8;

function sumComputations(host: Span, out: Computation[]): void {
  const text = host.text;
  // every total and every part is a number written in digits, and every group starts at 共, 合计, 总计,
  // an aside or 其中: a text without both adds up to nothing (most paragraphs, every 序号 cell)
  if (!ANY_DIGIT.test(text)) return;
  // the search for a group's start runs once per text, in the memo: after a keystroke every other
  // paragraph is a lookup, where the expression went through each of them again
  const found = text.length < SUMS_MEMO_MIN ? (GROUP_START.test(text) ? textSums(text) : NO_SUMS) : sums.get(text, (key) => (GROUP_START.test(key) ? textSums(key) : NO_SUMS));
  for (const s of found) {
    const range = spanRange(host, s.from, s.to);
    out.push({
      kind: 'sum',
      certainty: s.certainty,
      ok: s.ok,
      range,
      inputs: s.inputs.map((i) => ({ range: spanRange(host, i.from, i.to), label: i.label })),
      expression: s.expression,
      message: s.message,
      line: range.start.line,
    });
  }
}

/**
 * Where /(?:共|合计|总计)(?:计)?[ \u3000]*(?=[0-9０-９])/g matches, as [start, end) pairs in order:
 * found with indexOf (native) for each word, where the expression (or a loop in JavaScript) visited
 * every character of every paragraph that has a digit.
 */
function totalWords(text: string): number[] {
  const starts: number[] = [];
  for (let i = text.indexOf('共'); i >= 0; i = text.indexOf('共', i + 1)) starts.push(i);
  for (let i = text.indexOf('合计'); i >= 0; i = text.indexOf('合计', i + 2)) starts.push(i);
  for (let i = text.indexOf('总计'); i >= 0; i = text.indexOf('总计', i + 2)) starts.push(i);
  if (!starts.length) return starts;
  // no match can hold the start of another (共, 合, 总 are never part of one), so sorting them gives the order
  starts.sort((x, y) => x - y);
  const out: number[] = [];
  for (const i of starts) {
    let j = i + (text.charCodeAt(i) === 0x5171 ? 1 : 2);
    if (text.charCodeAt(j) === 0x8ba1) j++; // 共计, 合计计
    while (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 0x3000) j++;
    const d = text.charCodeAt(j);
    if ((d >= 48 && d <= 57) || (d >= 0xff10 && d <= 0xff19)) out.push(i, j);
  }
  return out;
}

function textSums(text: string): TextSum[] {
  const out: TextSum[] = [];
  const groups: { totals: Quantity[]; parts: Quantity[]; certainty: Certainty; totalText: (q: Quantity) => string }[] = [];
  // 共25个，养老19个、托育6个 (what /(?:共|合计|总计)(?:计)?[ \u3000]*(?=[0-9０-９])/g found, without a pass of it per text)
  const words = totalWords(text);
  for (let w = 0; w < words.length; w += 2) {
    const at = words[w + 1];
    const total = quantities(text, at, at + 24)[0];
    if (!total || total.from !== at) continue;
    const rest = text.slice(total.to);
    const lead = /^[ \u3000]*[，,：:（(]/.exec(rest);
    if (!lead) continue;
    const start = total.to + lead[0].length;
    let end = start;
    while (end < text.length && end - start < MAX_BREAKDOWN && !/[。；;）)]/.test(text[end])) end++;
    const hasQizhong = /^[ \u3000]*其中/.test(text.slice(start));
    groups.push({ totals: [total], parts: quantities(text, start, end), certainty: hasQizhong ? 'inferred' : 'explicit', totalText: (q) => `共${q.raw}` });
  }
  // 全市养老机构54家、床位数5298张（公办4家、床位586张；民办50家、床位4712张）
  for (const [i, close] of asides(text)) {
    if (text[i] !== '（') continue;
    // fewer than two parts add up to nothing: most asides (（一）, （县民政局牵头）) end here
    const parts = quantities(text, i + 1, close);
    if (parts.length < 2) continue;
    let a = i;
    while (a > 0 && i - a < MAX_BREAKDOWN && !CLAUSE_BREAK.has(text.charCodeAt(a - 1))) a--;
    const totals = quantities(text, a, i);
    const inner = text.slice(i + 1, close);
    if (!totals.length || /^(?:共|合计|总计)/.test(inner)) continue;
    groups.push({ totals, parts, certainty: /^其中/.test(inner) ? 'implied' : 'inferred', totalText: (q) => `${q.label}${q.raw}` });
  }
  // 计划投资1.43亿元，谋划…项目8个…，其中，计划投资1亿元，新建项目5个，计划投资0.43亿元，改扩建项目3个。
  for (let at = text.indexOf('其中'); at >= 0; ) {
    const sep = text.charCodeAt(at + 2);
    // 其中 and one ，,：: after it (what /其中[，,：:]?/g matched)
    const wordEnd = at + (sep === 0xff0c || sep === 44 || sep === 0xff1a || sep === 58 ? 3 : 2);
    const next = text.indexOf('其中', wordEnd);
    if (at > 0 && text[at - 1] === '（') {
      at = next;
      continue;
    }
    let end = wordEnd;
    while (end < text.length && end - at < MAX_BREAKDOWN && !/[。；;（(]/.test(text[end])) end++;
    const parts = quantities(text, wordEnd, end);
    // fewer than two parts add up to nothing: no need for the sentence (and the text's index) then
    if (parts.length >= 2) {
      const sentence = sentenceAt(text, at, true);
      groups.push({ totals: quantities(text, sentence[0], at), parts, certainty: 'implied', totalText: (q) => `${q.label}${q.raw}` });
    }
    at = next;
  }
  for (const g of groups) {
    const units = new Set(g.parts.map((p) => p.unit));
    for (const unit of units) {
      const totals = g.totals.filter((t) => t.unit === unit);
      const parts = g.parts.filter((p) => p.unit === unit);
      // one total, at least two parts, nothing approximate: otherwise we cannot tell what adds up to what
      if (totals.length !== 1 || parts.length < 2 || totals[0].open || parts.some((p) => p.open)) continue;
      const total = totals[0];
      const sum = parts.reduce((s, p) => s + p.value, 0);
      const ok = Math.abs(sum - total.value) < 1e-6 * Math.max(1, total.value);
      const expression = `${parts.map((p) => fmt(p.value / scaleOf(p.raw), 4)).join(' + ')} = ${fmt(sum / scaleOf(total.raw), 4)}`;
      const list = parts.map((p) => `${p.label}${p.raw}`).join(' + ');
      const msg = ok
        ? `分项之和相符：${list} = ${fmt(sum / scaleOf(total.raw), 4)}${unitDisplay(total.raw)}，与“${g.totalText(total)}”一致。`
        : `分项之和与总数不符：${list} = ${fmt(sum / scaleOf(total.raw), 4)}${unitDisplay(total.raw)}，与“${g.totalText(total)}”不一致${g.certainty === 'implied' ? '（如各分项互不重叠且已列全）' : ''}。请核对总数或分项。`;
      out.push({
        certainty: g.certainty,
        ok,
        from: total.from,
        to: total.to,
        inputs: parts.map((p) => ({ from: p.from, to: p.to, label: `${p.label}${p.raw}` })),
        expression,
        message: msg,
      });
    }
  }
  return out;
}


function scaleOf(raw: string): number {
  return /亿/.test(raw) ? 1e8 : /万/.test(raw) ? 10000 : 1;
}

function unitDisplay(raw: string): string {
  const m = /(万|亿)?[ \u3000]*([^\d.．\s]+)$/.exec(raw.replace(/[0-9０-９.．]/g, ' ').trim());
  return m ? (m[1] ?? '') + m[2] : '';
}

// ───────────────────────────── shares over 100% ─────────────────────────────

function percentComputations(mentions: IndicatorMention[], out: Computation[]): void {
  for (const m of mentions) {
    if (m.indicator.kind !== 'percentage' || !m.indicator.bounded) continue;
    for (const v of m.values) {
      const isPercent = v.unit === '%' || (!v.unit && (m.declaredUnit?.unit === '%' || m.where === 'table'));
      if (!isPercent || v.value <= 100) continue;
      out.push({
        kind: 'percent',
        certainty: 'explicit',
        ok: false,
        range: v.range,
        inputs: [{ range: m.range, label: m.phrase }],
        expression: `${fmt(v.value)}% > 100%`,
        message: `比例超过100%：“${m.phrase}”是占比（${m.indicator.formula}），写作${v.raw}${v.unit ? '' : '%'}，比例不能超过100%。`,
        line: v.range.start.line,
      });
    }
  }
}

// ───────────────────────────── the document ─────────────────────────────

/** Every computation the document claims, memoised per analysis (key 'indicators/computations'). */
export function findComputations(model: DocumentModel, shared?: Map<string, unknown>): Computation[] {
  const memo = shared?.get(COMPUTATIONS_KEY) as Computation[] | undefined;
  if (memo) return memo;
  const mentions = findIndicatorMentions(model, shared);
  const out: Computation[] = [];
  rateComputations(mentions.filter((m) => m.where === 'text' || m.table !== undefined), currentCatalogue(shared), out);
  for (const p of model.paragraphs) if (p.region !== 'head' && p.region !== 'banji') sumComputations(p, out);
  for (const t of model.tables) for (const r of t.rows) for (const c of r.cells) sumComputations(c, out);
  percentComputations(mentions, out);
  out.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  shared?.set(COMPUTATIONS_KEY, out);
  return out;
}
