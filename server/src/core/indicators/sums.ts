// Totals and their parts as a text states them by itself (共25个，养老19个、托育6个; 全市养老机构54家（公办4家、
// 民办50家）; …，其中，…): found once per paragraph or cell text and kept with its mentions (mentions.ts), with
// offsets in that text; arithmetic.ts places them in the document.
import { fmt, isDigitCode, parseValueAt } from './numbers';
import { sentenceAt } from './years';

export type Certainty = 'explicit' | 'inferred' | 'implied';

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
export function sumsIn(text: string): TextSum[] {
  return ANY_DIGIT.test(text) && GROUP_START.test(text) ? textSums(text) : NO_SUMS;
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

