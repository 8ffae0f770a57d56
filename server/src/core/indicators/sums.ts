// Totals and their parts as a text states them by itself (共25个，养老19个、托育6个; 全市养老机构54家（公办4家、
// 民办50家）; …，其中，…): found once per paragraph or cell text and kept with its mentions (mentions.ts), with
// offsets in that text; arithmetic.ts places them in the document.
import { fmt, insideNumber, isDigitCode, lastValueCounts, lastValueIsFraction, parseValueAt, valueEnd } from './numbers';
import { sentenceAt, textIndex, type TextIndex } from './years';

export type Certainty = 'explicit' | 'inferred' | 'implied';

interface Quantity {
  value: number;
  unit: string;
  raw: string;
  from: number;
  to: number;
  /** where the words before it that name it (its label) may start: see labelOf */
  leadFrom: number;
  open: boolean;
}

/** A digit, or what joins digits into one number (4.5, 1/3): a digit after one is not a number's start. */
function inNumber(text: string, at: number): boolean {
  const c = text.charCodeAt(at - 1);
  return c === 47 || c === 0xff0f || insideNumber(text, at);
}

/** Words written right before a number that make it approximate or a bound. */
const OPEN_BEFORE = ['约', '近', '超过', '逾', '不少于', '不低于', '至少'];

/**
 * The words naming a quantity: the up to 8 characters before it, from the last 、，；：（ on. Read only
 * for a sum that is reported (most quantities take part in none).
 */
function labelOf(text: string, q: Quantity): string {
  // the 8 characters may start inside a number (65岁以上老年人口 read as 5岁以上…): take the whole number
  let from = q.leadFrom;
  while (from > 0 && q.leadFrom - from < 8 && (isDigitCode(text.charCodeAt(from - 1)) || text.charCodeAt(from - 1) === 46)) from--;
  return text.slice(from, q.from).replace(/^.*[，、；：:（(]/, '').replace(/^其中/, '');
}

/** 65岁以上 and 80岁以上, 一星级以上…: parts that are thresholds hold one another, they are no breakdown */
function nestedThresholds(text: string, parts: readonly Quantity[]): boolean {
  let n = 0;
  for (const p of parts) if (/以上/.test(labelOf(text, p)) && ++n >= 2) return true;
  return false;
}

/** Where the quantity nextQuantity found last ends its reading (where the next one is looked for). */
let quantityNext = 0;

/**
 * Where the next quantity with a unit in text[at, to) starts (19个, 1.43亿元, 586张; not %, not years,
 * not 以上), or -1; read without building it (see quantityNext).
 */
function nextQuantity(text: string, at: number, to: number): number {
  // a loop bounded by `to`: a global expression's exec went on to the next digit after it, however far
  while (at < to) {
    if (!isDigitCode(text.charCodeAt(at)) || (at > 0 && inNumber(text, at))) {
      at++;
      continue;
    }
    // where the value ends and what it is, without building it: most numbers are no quantity (2025年, 90%)
    const end = valueEnd(text, at);
    if (end < 0 || (lastValueIsFraction() && !parseValueAt(text, at))) {
      at++;
      continue;
    }
    const start = at;
    at += Math.max(1, end - start);
    if (end > to || !lastValueCounts()) continue;
    const next = text.charCodeAt(end);
    if (next === 0x5e74 || next === 0x6708) continue; // 年, 月
    quantityNext = at;
    return start;
  }
  return -1;
}

/** Quantities with a unit in text[from, to): 19个, 1.43亿元, 586张 (not %, not years, not 以上). */
function quantities(text: string, from: number, to: number): Quantity[] {
  const out: Quantity[] = [];
  for (let start = nextQuantity(text, from, to); start >= 0; start = nextQuantity(text, quantityNext, to)) {
    const v = parseValueAt(text, start)!;
    const leadFrom = Math.max(from, start - 8);
    // what /(?:约|近|超过|逾|不少于|不低于|至少)$/ found at the end of text[leadFrom, start), read in place
    let open = !!v.post;
    for (let w = 0; w < OPEN_BEFORE.length && !open; w++) {
      const word = OPEN_BEFORE[w];
      open = start - word.length >= leadFrom && text.startsWith(word, start - word.length);
    }
    out.push({ value: v.value, unit: v.unit, raw: v.raw, from: start, to: start + v.length, leadFrom, open });
  }
  return out;
}

/**
 * Whether text[from, to) holds two quantities or more, said without building them: fewer add up to
 * nothing, and most asides (（一）, （县民政局牵头）, （2023年）) hold none or one.
 */
function twoQuantities(text: string, from: number, to: number): boolean {
  const first = nextQuantity(text, from, to);
  return first >= 0 && nextQuantity(text, quantityNext, to) >= 0;
}

/** Breakdowns are short: an aside longer than this is not one. */
const MAX_BREAKDOWN = 300;

/** ，。；;：:（）, as codes (the walk back reads codes, not a string per character) */
const CLAUSE_BREAK = new Set([0xff0c, 0x3002, 0xff1b, 59, 0xff1a, 58, 0xff08, 0xff09]);

const ANY_DIGIT = /[0-9０-９]/;
const GROUP_START = /[共计（(]|其中/;

/** A sum as its text alone gives it, offsets in that text: what the memo keeps per paragraph and cell. */
export interface TextSum {
  certainty: Certainty;
  ok: boolean;
  from: number;
  to: number;
  inputs: { from: number; to: number; label: string }[];
  expression: string;
  message: string;
}

export const NO_SUMS: TextSum[] = [];

/**
 * The sums a text states. Every total and every part is a number written in digits, and every group
 * starts at 共, 合计, 总计, an aside or 其中: a text without both adds up to nothing (most paragraphs,
 * every 序号 cell), and says so without the search below.
 */
export function sumsIn(text: string, indexOf: (text: string) => TextIndex = textIndex): TextSum[] {
  return ANY_DIGIT.test(text) && GROUP_START.test(text) ? textSums(text, indexOf) : NO_SUMS;
}

/**
 * Where /(?:共|合计|总计)(?:计)?[ \u3000]*(?=[0-9０-９])/g matches, as [start, end) pairs in order:
 * found with indexOf (native) for each word, where the expression (or a loop in JavaScript) visited
 * every character of every paragraph that has a digit.
 */
function totalWords(text: string): number[] {
  const out: number[] = [];
  // the three words' places merged in order as found (no list to sort): 共, 合, 总 are never part of another's match
  let a = text.indexOf('共');
  let b = text.indexOf('合计');
  let c = text.indexOf('总计');
  while (a >= 0 || b >= 0 || c >= 0) {
    let i: number;
    if (a >= 0 && (b < 0 || a < b) && (c < 0 || a < c)) {
      i = a;
      a = text.indexOf('共', a + 1);
    } else if (b >= 0 && (c < 0 || b < c)) {
      i = b;
      b = text.indexOf('合计', b + 2);
    } else {
      i = c;
      c = text.indexOf('总计', c + 2);
    }
    let j = i + (text.charCodeAt(i) === 0x5171 ? 1 : 2);
    if (text.charCodeAt(j) === 0x8ba1) j++; // 共计, 合计计
    while (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 0x3000) j++;
    const d = text.charCodeAt(j);
    if (isDigitCode(d)) out.push(i, j);
  }
  return out;
}

/** 。；;）) end a breakdown after 共N个 */
const isTotalBreak = (c: number) => c === 0x3002 || c === 0xff1b || c === 59 || c === 0xff09 || c === 41;
/** 。；;（( end the parts after 其中 */
const isPartsBreak = (c: number) => c === 0x3002 || c === 0xff1b || c === 59 || c === 0xff08 || c === 40;

function textSums(text: string, indexOf: (text: string) => TextIndex): TextSum[] {
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
    while (end < text.length && end - start < MAX_BREAKDOWN && !isTotalBreak(text.charCodeAt(end))) end++;
    const hasQizhong = /^[ \u3000]*其中/.test(text.slice(start));
    groups.push({ totals: [total], parts: quantities(text, start, end), certainty: hasQizhong ? 'inferred' : 'explicit', totalText: (q) => `共${q.raw}` });
  }
  // 全市养老机构54家、床位数5298张（公办4家、床位586张；民办50家、床位4712张）
  // the asides as the text's index paired its brackets (the one walk over its codes), in the order they open
  const index = indexOf(text);
  const { opens, closes, openCount } = index;
  for (let k = 0; k < openCount; k++) {
    const i = opens[k];
    const close = closes[k];
    // unclosed, longer than a breakdown, or half-width: no sum
    if (close < 0 || close - i > MAX_BREAKDOWN || text.charCodeAt(i) !== 0xff08) continue;
    // fewer than two parts add up to nothing: most asides (（一）, （县民政局牵头）) end here
    if (!twoQuantities(text, i + 1, close)) continue;
    const parts = quantities(text, i + 1, close);
    let a = i;
    while (a > 0 && i - a < MAX_BREAKDOWN && !CLAUSE_BREAK.has(text.charCodeAt(a - 1))) a--;
    const totals = quantities(text, a, i);
    const inner = text.slice(i + 1, close);
    if (!totals.length || /^(?:共|合计|总计)/.test(inner)) continue;
    groups.push({ totals, parts, certainty: /^其中/.test(inner) ? 'implied' : 'inferred', totalText: (q) => `${labelOf(text, q)}${q.raw}` });
  }
  // 计划投资1.43亿元，谋划…项目8个…，其中，计划投资1亿元，新建项目5个，计划投资0.43亿元，改扩建项目3个。
  for (let at = text.indexOf('其中'); at >= 0; ) {
    const sep = text.charCodeAt(at + 2);
    // 其中 and one ，,：: after it (what /其中[，,：:]?/g matched)
    const wordEnd = at + (sep === 0xff0c || sep === 44 || sep === 0xff1a || sep === 58 ? 3 : 2);
    const next = text.indexOf('其中', wordEnd);
    if (at > 0 && text.charCodeAt(at - 1) === 0xff08) {
      at = next;
      continue;
    }
    let end = wordEnd;
    while (end < text.length && end - at < MAX_BREAKDOWN && !isPartsBreak(text.charCodeAt(end))) end++;
    // fewer than two parts add up to nothing: no need for the sentence (and the text's index) then
    if (twoQuantities(text, wordEnd, end)) {
      const parts = quantities(text, wordEnd, end);
      const sentence = sentenceAt(text, at, true, index);
      groups.push({ totals: quantities(text, sentence[0], at), parts, certainty: 'implied', totalText: (q) => `${labelOf(text, q)}${q.raw}` });
    }
    at = next;
  }
  for (const g of groups) {
    // the parts' units, each once, in the order they first appear
    const units: string[] = [];
    for (const p of g.parts) if (!units.includes(p.unit)) units.push(p.unit);
    for (const unit of units) {
      // one total, at least two parts, nothing approximate: otherwise we cannot tell what adds up to what
      // (counted before the lists are made: most groups fail here)
      if (countUnit(g.totals, unit) !== 1 || countUnit(g.parts, unit) < 2) continue;
      const totals = g.totals.filter((t) => t.unit === unit);
      const parts = g.parts.filter((p) => p.unit === unit);
      if (totals[0].open || parts.some((p) => p.open) || nestedThresholds(text, parts)) continue;
      const total = totals[0];
      const sum = parts.reduce((s, p) => s + p.value, 0);
      const ok = Math.abs(sum - total.value) < 1e-6 * Math.max(1, total.value);
      const expression = `${parts.map((p) => fmt(p.value / scaleOf(p.raw), 4)).join(' + ')} = ${fmt(sum / scaleOf(total.raw), 4)}`;
      const list = parts.map((p) => `${labelOf(text, p)}${p.raw}`).join(' + ');
      const msg = ok
        ? `分项之和相符：${list} = ${fmt(sum / scaleOf(total.raw), 4)}${unitDisplay(total.raw)}，与“${g.totalText(total)}”一致。`
        : `分项之和与总数不符：${list} = ${fmt(sum / scaleOf(total.raw), 4)}${unitDisplay(total.raw)}，与“${g.totalText(total)}”不一致${g.certainty === 'implied' ? '（如各分项互不重叠且已列全）' : ''}。请核对总数或分项。`;
      out.push({
        certainty: g.certainty,
        ok,
        from: total.from,
        to: total.to,
        inputs: parts.map((p) => ({ from: p.from, to: p.to, label: `${labelOf(text, p)}${p.raw}` })),
        expression,
        message: msg,
      });
    }
  }
  return out;
}

function countUnit(qs: readonly Quantity[], unit: string): number {
  let n = 0;
  for (let i = 0; i < qs.length; i++) if (qs[i].unit === unit) n++;
  return n;
}

function scaleOf(raw: string): number {
  return /亿/.test(raw) ? 1e8 : /万/.test(raw) ? 10000 : 1;
}

function unitDisplay(raw: string): string {
  const m = /(万|亿)?[ \u3000]*([^\d.．\s]+)$/.exec(raw.replace(/[0-9０-９.．]/g, ' ').trim());
  return m ? (m[1] ?? '') + m[2] : '';
}

