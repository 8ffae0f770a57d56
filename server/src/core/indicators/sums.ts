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
  /** the step it is written to: 1 for 420个, 100 for 1.2万 (parseValueAt's) */
  resolution: number;
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
    out.push({ value: v.value, unit: v.unit, raw: v.raw, from: start, to: start + v.length, leadFrom, open, resolution: v.resolution });
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
  if (!ANY_DIGIT.test(text)) return NO_SUMS;
  const sums = GROUP_START.test(text) ? textSums(text, indexOf) : NO_SUMS;
  // a change with its increase (新增984个，托位数由420个增加到1404个): only texts with 新增 and 由/从
  if (text.indexOf('新增') < 0 || (text.indexOf('由') < 0 && text.indexOf('从') < 0)) return sums;
  const changes = changeSums(text, indexOf);
  return changes.length ? sums.concat(changes) : sums;
}

// ───────────────────────────── a change and its increase ─────────────────────────────

/** 由420个 / 从2020年的420个: 由 or 从, then the base year and 的 if written, up to the number */
const CHANGE_FROM = /[由从][ \u3000]*(?:(?:19|20)[0-9]{2}[ \u3000]*年(?:年?底|年?末)?[ \u3000]*的?[ \u3000]*)?(?=[0-9０-９])/g;
/** 增加到 2025年的, between the base and the target */
const CHANGE_UP = /^[ \u3000]*(?:增加|提高|提升|增长|扩大)?(?:到|至)[ \u3000]*(?:(?:19|20)[0-9]{2}[ \u3000]*年(?:年?底|年?末)?[ \u3000]*的?[ \u3000]*)?(?=[0-9０-９])/;
/** ，,、：: and the clause marks: where the words naming a quantity stop */
const NAME_BREAK = /[，,、：:；;。（）()]/;
/** the area or 数/总数 around a name: 全县托位数 and 托位 name the same thing */
const NAME_AREA = /^(?:全[省市县区州旗盟]|[本我][省市县区州旗盟]|[省市县区州旗盟])/;
const NAME_COUNT = /(?:总数|总量|数量|数)$/;
/** words between a name and its 由 or 新增 that do not change what is counted */
const NAME_VERB = /(?:将|要|预计|力争|计划|需|应)+$/;

function normalName(name: string): string {
  return name.trim().replace(NAME_VERB, '').replace(NAME_AREA, '').replace(NAME_COUNT, '');
}

/** The start of the ，-clause holding `at` (not past `floor`). */
function subClauseStart(text: string, at: number, floor: number): number {
  let a = at;
  while (a > floor && !CLAUSE_BREAK.has(text.charCodeAt(a - 1))) a--;
  return a;
}

/**
 * 新增托位984个，托位数由420个增加到1404个: the base plus the increase is the target. Checked only when it
 * cannot be about two things: the clause (to 。；) holds one change and exactly one 新增 quantity in its unit,
 * none of them approximate or a bound, and the names agree (托位 = 托位数; 普惠托位 is a part, not the same) or,
 * where either is not named, the 新增 is in the ，-clause next to the change's. A warning: the 新增 may count
 * something the text does not say (places built, not net of those closed).
 */
function changeSums(text: string, indexOf: (text: string) => TextIndex): TextSum[] {
  const out: TextSum[] = [];
  const index = indexOf(text);
  CHANGE_FROM.lastIndex = 0;
  for (let m = CHANGE_FROM.exec(text); m; m = CHANGE_FROM.exec(text)) {
    const at = m.index + m[0].length;
    const base = quantities(text, at, at + 24)[0];
    if (!base || base.from !== at) continue;
    const up = CHANGE_UP.exec(text.slice(base.to, base.to + 24));
    if (!up) continue;
    const tAt = base.to + up[0].length;
    const target = quantities(text, tAt, tAt + 24)[0];
    if (!target || target.from !== tAt || target.unit !== base.unit || base.open || target.open || target.value <= base.value) continue;
    const [s0, s1] = sentenceAt(text, m.index, true, index);
    // the 新增 quantities of the clause in this unit: exactly one, or nothing can be said
    let inc: { q: Quantity; name: string; at: number } | undefined;
    let count = 0;
    for (let w = text.indexOf('新增', s0); w >= 0 && w < s1; w = text.indexOf('新增', w + 2)) {
      if (w >= m.index && w < target.to) continue;
      const q = quantities(text, w + 2, Math.min(s1, w + 14))[0];
      if (!q || q.unit !== base.unit) continue;
      const before = text.slice(w + 2, q.from);
      if (NAME_BREAK.test(before) || ANY_DIGIT.test(before)) continue;
      count++;
      // the name after 新增 (新增托位984个), after the unit (新增984个托位) or before 新增 (托位新增984个)
      const after = /^[^，,、：:；;。（）()0-9０-９]{0,8}/.exec(text.slice(q.to))![0];
      const subject = text.slice(subClauseStart(text, w, s0), w);
      inc = { q, name: normalName(before) || normalName(after) || normalName(subject), at: w };
    }
    if (count !== 1 || !inc || inc.q.open) continue;
    const changeClause = subClauseStart(text, m.index, s0);
    const changeName = normalName(text.slice(changeClause, m.index));
    const incName = inc.name;
    if (changeName && incName) {
      if (changeName !== incName) continue;
    } else {
      // unnamed: the 新增 must be in the ，-clause right before or right after the change's
      const incClause = subClauseStart(text, inc.at, s0);
      const prevClause = changeClause > s0 ? subClauseStart(text, changeClause - 1, s0) : -1;
      const nextClause = inc.at > target.to ? subClauseStart(text, inc.at, target.to) : -1;
      if (incClause !== prevClause && nextClause !== target.to + 1) continue;
    }
    const sum = base.value + inc.q.value;
    const tol = [base, inc.q, target].reduce((t, q) => t + (q.resolution > 1 ? q.resolution / 2 : 0), 0);
    const ok = Math.abs(sum - target.value) <= tol + 1e-6 * Math.max(1, target.value);
    const unit = unitDisplay(target.raw);
    const scale = scaleOf(target.raw);
    const incText = text.slice(inc.at, inc.q.to);
    const expression = `${fmt(base.value / scale, 4)} + ${fmt(inc.q.value / scale, 4)} = ${fmt(sum / scale, 4)}`;
    out.push({
      certainty: 'inferred',
      ok,
      from: inc.q.from,
      to: inc.q.to,
      inputs: [
        { from: base.from, to: base.to, label: `起始数${base.raw}` },
        { from: target.from, to: target.to, label: `目标数${target.raw}` },
      ],
      expression,
      message: ok
        ? `新增数相符：${base.raw} + ${inc.q.raw} = ${target.raw}。`
        : `新增数与起止数不符：由${base.raw}增加到${target.raw}，增加了${fmt((target.value - base.value) / scale, 4)}${unit}；文中写“${incText}”（${expression}${unit}，不是${target.raw}）。请核对新增数或起止数。`,
    });
  }
  return out;
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

