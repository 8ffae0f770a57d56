// 发文字号 = 机关代字 + 〔年份〕 + 序号 + 号 (GB/T 9704-2012 7.2.4): the year in 六角括号 〔〕,
// never ﹝﹞ (small brackets that look like it), [] () （）; the serial without 第 and without a leading zero
// (1 not 01); Arabic digits.
// The document's own number is held to it as an error; numbers cited in the text as a warning.
import type { DocNumber, DocumentModel, Paragraph, Range, Region, Segment, Span } from '../../model/types';
import type { Finding, Rule, Severity, TextEdit } from '../types';
import { sameSegments, spanRange } from '../../text/span';
import { isDigitCode, toAsciiDigits } from '../../text/numerals';
import { onClearMemos } from '../../text/memo';
import { LastResult } from '../../engine/lastResult';

const NUMBER = /([〔﹝[（(【［〈<{])([ \u3000]*)([0-9０-９]{4})([ \u3000]*)([〕﹞\]）)】］〉>}])([ \u3000]*)(第?)([ \u3000]*)([0-9０-９]{1,5})([ \u3000]*)号/g;
const RANK: Record<Severity, number> = { hint: 0, information: 1, warning: 2, error: 3 };

interface Problem {
  severity: Severity;
  what: string;
}

/** What is wrong in the number whose bracket starts at `m.index` in `span.text`, the edits mending it, and how it is written right. */
function reading(span: Span, m: RegExpExecArray, prefixStart: number, own: boolean): { problems: Problem[]; edits: TextEdit[]; right: string } {
  const [, open, sp1, year, sp2, close, sp3, di, sp4, serial, sp5] = m;
  const edits: TextEdit[] = [];
  const problems: Problem[] = [];
  const strong: Severity = own ? 'error' : 'warning';
  let at = m.index;
  const edit = (len: number, text: string) => edits.push({ range: spanRange(span, at, at + len), newText: text });
  const gapBefore = span.text.slice(prefixStart, m.index).match(/[ \u3000]+$/)?.[0] ?? '';
  if (gapBefore) {
    edits.push({ range: spanRange(span, m.index - gapBefore.length, m.index), newText: '' });
  }
  if (open !== '〔' || close !== '〕') problems.push({ severity: strong, what: `年份应用六角括号“〔〕”括入，不用“${open}${close}”` });
  if (open !== '〔') edit(1, '〔');
  at += open.length;
  if (sp1) edit(sp1.length, '');
  at += sp1.length;
  if (year !== toAsciiDigits(year)) {
    problems.push({ severity: 'warning', what: '年份和序号应用半角阿拉伯数字' });
    edit(year.length, toAsciiDigits(year));
  }
  at += year.length;
  if (sp2) edit(sp2.length, '');
  at += sp2.length;
  if (close !== '〕') edit(1, '〕');
  at += close.length;
  if (sp3) edit(sp3.length, '');
  at += sp3.length;
  if (di) {
    problems.push({ severity: strong, what: '序号前不加“第”字' });
    edit(1, '');
  }
  at += di.length;
  if (sp4) edit(sp4.length, '');
  at += sp4.length;
  const ascii = toAsciiDigits(serial);
  const canonicalSerial = String(Number(ascii));
  if (serial !== canonicalSerial) {
    if (ascii !== canonicalSerial) problems.push({ severity: strong, what: `序号不编虚位（“${ascii}”应为“${canonicalSerial}”）` });
    else if (!problems.some((p) => p.what.startsWith('年份和序号'))) problems.push({ severity: 'warning', what: '年份和序号应用半角阿拉伯数字' });
    edit(serial.length, canonicalSerial);
  }
  at += serial.length;
  if (sp5) edit(sp5.length, '');
  if (gapBefore || sp1 || sp2 || sp3 || sp4 || sp5) problems.push({ severity: 'information', what: '发文字号中间不应有空格' });
  const prefix = span.text.slice(prefixStart, m.index - gapBefore.length);
  return { problems, edits, right: `${prefix}〔${toAsciiDigits(year)}〕${canonicalSerial}号` };
}

/** Checks the number whose bracket starts at `m.index` in `span.text`; undefined when it is right. */
function check(span: Span, m: RegExpExecArray, prefixStart: number, own: boolean): Finding | undefined {
  const { problems, edits, right } = reading(span, m, prefixStart, own);
  if (!problems.length) return undefined;
  const written = span.text.slice(prefixStart, m.index + m[0].length);
  const severity = problems.reduce<Severity>((s, p) => (RANK[p.severity] > RANK[s] ? p.severity : s), 'information');
  const range: Range = spanRange(span, prefixStart, m.index + m[0].length);
  return {
    range,
    severity,
    message: `${own ? '发文字号' : '引用的发文字号'}“${written}”格式不对：${problems.map((p) => p.what).join('；')}。应为“${right}”。`,
    fixes: [{ title: `改为“${right}”`, edits, safe: true }],
  };
}

function isGapCode(c: number): boolean {
  return c === 0x20 || c === 0x3000;
}


/** NUMBER's brackets by code: 〔 ﹝ [ （ ( 【 ［ 〈 < { and 〕 ﹞ ] ） ) 】 ］ 〉 > }. */
const OPEN_CODES = new Set([...'〔﹝[（(【［〈<{'].map((c) => c.charCodeAt(0)));
const CLOSE_CODES = new Set([...'〕﹞]）)】］〉>}'].map((c) => c.charCodeAt(0)));

/**
 * Where the number NUMBER would match ending with the 号 at `hao` starts (its bracket), -1 if none: read
 * backwards, one class after another. Each part's characters differ from its neighbours' (spaces, digits,
 * 第, brackets), so reading back is as determined as the expression reading forward, and numbers never
 * overlap (none holds a 号), so finding each 号 and reading back gives the matches NUMBER.exec gives in turn.
 */
function numberStart(t: string, hao: number): number {
  let i = hao;
  while (i > 0 && isGapCode(t.charCodeAt(i - 1))) i--;
  let d = i;
  while (d > 0 && i - d < 6 && isDigitCode(t.charCodeAt(d - 1))) d--;
  if (d === i || i - d > 5) return -1;
  i = d;
  while (i > 0 && isGapCode(t.charCodeAt(i - 1))) i--;
  if (i > 0 && t.charCodeAt(i - 1) === 0x7b2c) i--; // 第
  while (i > 0 && isGapCode(t.charCodeAt(i - 1))) i--;
  if (i === 0 || !CLOSE_CODES.has(t.charCodeAt(i - 1))) return -1;
  i--;
  while (i > 0 && isGapCode(t.charCodeAt(i - 1))) i--;
  d = i;
  while (d > 0 && i - d < 5 && isDigitCode(t.charCodeAt(d - 1))) d--;
  if (i - d !== 4) return -1;
  i = d;
  while (i > 0 && isGapCode(t.charCodeAt(i - 1))) i--;
  if (i === 0 || !OPEN_CODES.has(t.charCodeAt(i - 1))) return -1;
  return i - 1;
}

/**
 * Whether the number t[at, hao] is written as it should be (check would find nothing): 〔, four ASCII digits,
 * 〕, the serial in ASCII without a leading zero, 号, no space anywhere nor just before it. Most cited numbers
 * are: they are passed over without the match's eleven groups.
 */
function wellFormed(t: string, at: number, hao: number): boolean {
  if (at > 0 && isGapCode(t.charCodeAt(at - 1))) return false;
  if (t.charCodeAt(at) !== 0x3014 || t.charCodeAt(at + 5) !== 0x3015) return false; // 〔 〕
  for (let i = at + 1; i < at + 5; i++) if (!isAsciiDigit(t.charCodeAt(i))) return false;
  if (hao - (at + 6) < 1 || t.charCodeAt(at + 6) === 0x30) return false;
  for (let i = at + 6; i < hao; i++) if (!isAsciiDigit(t.charCodeAt(i))) return false;
  return true;
}

function isAsciiDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** NUMBER anchored where numberStart found a number (the match check reads). */
const NUMBER_AT = new RegExp(NUMBER.source, 'y');

/** Where the 机关代字 before a cited number begins: the run of Chinese characters just before it. */
function prefixStart(text: string, bracket: number): number {
  let i = bracket;
  while (i > 0 && isGapCode(text.charCodeAt(i - 1)) && bracket - i < 2) i--;
  let k = i;
  while (k > 0 && i - k < 12) {
    const c = text.charCodeAt(k - 1);
    if (c < 0x4e00 || c > 0x9fff) break;
    k--;
  }
  // 根据国办发〔2020〕52号: the word that cites the number is no part of its 机关代字
  while (i - k > 3 && LEAD_WORDS.has(text.slice(k, k + 2))) k += 2;
  return k;
}

/** Words written right before a cited number (根据, 按照 …): two characters, none the start of a 机关代字. */
const LEAD_WORDS = new Set(['根据', '依据', '按照', '依照', '参照', '遵照', '对照', '落实', '贯彻', '执行', '结合']);

const NONE: readonly Finding[] = Object.freeze([]);

/** The numbers cited in one paragraph that are written wrong. */
function citedIn(p: Paragraph): readonly Finding[] {
  if (p.region === 'head') return NONE;
  const t = p.text;
  let out: Finding[] | undefined;
  // every number ends in 号: each one is read back from there (no expression run along the paragraph)
  for (let hao = t.indexOf('号'); hao >= 0; hao = t.indexOf('号', hao + 1)) {
    const at = numberStart(t, hao);
    if (at < 0) continue;
    const start = prefixStart(t, at);
    // a cited number follows its 机关代字 directly (国办发〔2020〕52号)
    if (start === at || isGapCode(t.charCodeAt(start)) || wellFormed(t, at, hao)) continue;
    NUMBER_AT.lastIndex = at;
    const m = NUMBER_AT.exec(t);
    if (!m) continue;
    const f = check(p, m, start, false);
    if (f) (out ??= []).push(f);
  }
  return out ?? NONE;
}

/**
 * Each paragraph's findings as read last version, by index: a paragraph whose text and part are the same
 * (compared by identity first) has the same findings, and where it has some, they stand if it also lies
 * where it did. After a keystroke only the edited paragraph is read again.
 */
interface Readings {
  count: number;
  texts: string[];
  regions: Region[];
  segments: Segment[][];
  found: (readonly Finding[])[];
}

const emptyReadings = (): Readings => ({ count: 0, texts: [], regions: [], segments: [], found: [] });
let lastReadings = emptyReadings();
let nextReadings = emptyReadings();
onClearMemos(() => {
  // forgotten by their count: the arrays are kept, so a cold analysis does not grow them again
  lastReadings.count = 0;
  nextReadings.count = 0;
});

function cited(model: DocumentModel): Finding[] {
  const last = lastReadings;
  const next = nextReadings;
  const findings: Finding[] = [];
  if (model.text.indexOf('号') < 0) {
    // every number ends in a 号 of the document's: without any, no paragraph is read (nor kept, so no old
    // document stays reachable; the next version reads them all)
    for (const r of [last, next]) r.count = r.texts.length = r.regions.length = r.segments.length = r.found.length = 0;
    return findings;
  }
  const paragraphs = model.paragraphs;
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i];
    let found: readonly Finding[];
    if (i < last.count && last.texts[i] === p.text && last.regions[i] === p.region && (!last.found[i].length || sameSegments(last.segments[i], p.segments))) found = last.found[i];
    else found = citedIn(p);
    next.texts[i] = p.text;
    next.regions[i] = p.region;
    next.segments[i] = p.segments;
    next.found[i] = found;
    for (let k = 0; k < found.length; k++) findings.push(found[k]);
  }
  if (next.texts.length > paragraphs.length) next.texts.length = next.regions.length = next.segments.length = next.found.length = paragraphs.length;
  next.count = paragraphs.length;
  lastReadings = next;
  nextReadings = last;
  return findings;
}

const lastOwn = new LastResult<Finding | undefined>();

/** The document's own number, checked again only when it changed. */
function ownNumber(own: DocNumber | undefined): Finding | undefined {
  const last = lastOwn.begin().add(own?.text);
  if (own) for (const s of own.segments) last.add(s.line).add(s.start).add(s.end);
  return last.get(() => {
    if (!own) return undefined;
    if (own.missingHao) return missingHao(own);
    NUMBER.lastIndex = 0;
    const m = NUMBER.exec(own.text);
    return m ? check(own, m, 0, true) : undefined;
  });
}

/**
 * The document's own number written without its 号 (宝政办规〔2024〕6): the number as it should be, with what
 * else is wrong in it (the same reading check gives once the 号 is there). The fix adds the 号 when nothing else is
 * wrong, and otherwise writes the number as it should be in one edit: the 机关代字, year and serial stay.
 */
function missingHao(own: DocNumber): Finding {
  const withHao: Span = { text: own.text + '号', segments: own.segments, range: own.range };
  NUMBER.lastIndex = 0;
  const { problems, right } = reading(withHao, NUMBER.exec(withHao.text)!, 0, true);
  const end = own.range.end;
  const edits: TextEdit[] = problems.length ? [{ range: own.range, newText: right }] : [{ range: { start: end, end }, newText: '号' }];
  return {
    range: own.range,
    severity: 'error',
    message: `发文字号“${own.text}”缺少“号”字${problems.map((p) => `；${p.what}`).join('')}。应为“${right}”。`,
    fixes: [{ title: `改为“${right}”`, edits, safe: true }],
  };
}

export const rule: Rule = {
  meta: {
    id: 'structure/doc-number',
    family: 'structure',
    severity: 'error',
    fixable: true,
    description: {
      zh: '发文字号格式：年份用六角括号〔〕，序号不加“第”、不编虚位',
      en: 'Document number form: the year in 〔〕, the serial without 第 or a leading zero',
    },
  },
  run({ model }) {
    const own = ownNumber(model.head.docNumber);
    const findings = cited(model);
    if (own) findings.unshift(own);
    return findings;
  },
};
