// Line-level recognisers. Every pattern is anchored and bounded so that no input
// (a 1 MB line, 100k lines of 一、) can make it backtrack: they look at a short prefix.
import { parseChineseNumeral, toAsciiDigits, hasFullWidthDigits, isDigitCode } from '../text/numerals';
import type { HeadingLevel, MarkerStyle } from '../model/types';
import { Memo, onClearMemos, ownCopy } from '../text/memo';

const CN = '一二三四五六七八九十百〇零两';

// 一、 and, as text taken from a PDF or Word often has it, 一． or 一.; and 一。, a full stop typed for 、 (readMarker
// asks more of the dots, and the parser more of 一。: see fullStopHeading)
const L1 = new RegExp(`^([${CN}]{1,4})([、.．。])`);
const L2 = new RegExp(`^([（(])([ \\u3000]?)([${CN}]{1,4})([ \\u3000]?)([）)])`);
const L3 = /^([0-9０-９]{1,3})([.．、])(?![0-9０-９])/;
const L4 = /^([（(])([ \u3000]?)([0-9０-９]{1,3})([ \u3000]?)([）)])/;

export interface MarkerMatch {
  level: HeadingLevel;
  ordinal: number;
  /** marker as written */
  marker: string;
  style: MarkerStyle;
  /** length of marker plus the whitespace after it */
  length: number;
}

function parenStyle(open: string, close: string): MarkerStyle['parens'] {
  const o = open === '（';
  const c = close === '）';
  return o && c ? 'full' : !o && !c ? 'half' : 'mixed';
}

function spaceAfter(s: string, from: number): string {
  let i = from;
  for (let c = s.charCodeAt(i); i < s.length && i - from < 8 && (c === 0x20 || c === 0x3000 || c === 0x09); c = s.charCodeAt(i)) i++;
  return s.slice(from, i);
}

/** Codes a marker can start with: （ ( ASCII and full-width digits, the Chinese numerals. */
const MARKER_START = new Uint8Array(65536);
for (const c of '（(0123456789０１２３４５６７８９' + CN) MARKER_START[c.charCodeAt(0)] = 1;

/**
 * A marker match depends on the marker and the spaces after it only (markerShaped says how far): cached by
 * them, so a document of many headings, or the same document after a keystroke, reads each marker once.
 * Results are shared: never modify one.
 */
const markers = new Memo<MarkerMatch | null>('parse/marker', 20_000);

const CN_CODE = new Uint8Array(65536);
for (const c of CN) CN_CODE[c.charCodeAt(0)] = 1;


function isGapCode(c: number): boolean {
  return c === 0x20 || c === 0x3000;
}

/**
 * The shape the four expressions need, by code (a superset of what they accept): lines that start like a
 * marker but are prose (2023年…, 一是…, （此处…) are refused without cutting and hashing their head.
 * Returns how much of `s` a reading depends on (0: not shaped): the marker, the spaces after it that
 * spaceAfter counts, for 1. with no space after it the character L3's lookahead reads, and for 一． the first
 * character of its title. A marker is cached under that
 * prefix only, so the 600 headings of a long plan are read as the few dozen markers they have.
 */
function markerShaped(s: string, from: number, len: number): number {
  const c0 = codeAt(s, from, len, 0);
  let i = 1;
  let digits = false;
  let cnDot = false;
  if (c0 === 0xff08 || c0 === 0x28) {
    if (isGapCode(codeAt(s, from, len, i))) i++;
    const first = i;
    while (i - first < 4 && (CN_CODE[codeAt(s, from, len, i)] === 1 || isDigitCode(codeAt(s, from, len, i)))) i++;
    if (i === first) return 0;
    if (isGapCode(codeAt(s, from, len, i))) i++;
    const c = codeAt(s, from, len, i);
    if (c !== 0xff09 && c !== 0x29) return 0;
  } else if (isDigitCode(c0)) {
    while (i < 3 && isDigitCode(codeAt(s, from, len, i))) i++;
    const c = codeAt(s, from, len, i);
    if (c !== 0x2e && c !== 0xff0e && c !== 0x3001) return 0;
    digits = true;
  } else {
    while (i < 4 && CN_CODE[codeAt(s, from, len, i)] === 1) i++;
    const c = codeAt(s, from, len, i);
    if (c !== 0x3001 && c !== 0x2e && c !== 0xff0e && c !== 0x3002) return 0;
    cnDot = c !== 0x3001;
  }
  // past the closing mark or separator, then the layout spaceAfter reads (at most 8)
  let e = i + 1;
  while (e < len && e - (i + 1) < 8 && (isGapCode(codeAt(s, from, len, e)) || codeAt(s, from, len, e) === 0x09)) e++;
  if (digits && e === i + 1) e++;
  // 一． is a heading only when a title follows it: readMarker reads the title's first character
  if (cnDot) e++;
  return Math.min(e, len);
}

/** Code `i` of the `len` characters of `s` at `from` (-1 past them: no code a marker is made of). */
function codeAt(s: string, from: number, len: number, i: number): number {
  return i < len ? s.charCodeAt(from + i) : -1;
}

/** Recognises a 结构层次序数 at the start of `s` (leading layout already removed). */
export function matchMarker(s: string): MarkerMatch | undefined {
  return matchMarkerIn(s, 0, s.length);
}

/**
 * matchMarker on the `len` characters of `s` at `from`, read in place: a line is cut out only as far as its
 * marker, for the cache (a line that is its marker alone is then never cut out).
 */
export function matchMarkerIn(s: string, from: number, len: number): MarkerMatch | undefined {
  // most lines are prose: decide by the first characters before running any expression
  if (len === 0 || !MARKER_START[s.charCodeAt(from)]) return undefined;
  const e = markerShaped(s, from, len);
  if (e === 0) return undefined;
  // the marker read last, compared in place: lines that repeat a marker in a row (100 000 lines of 一、) are
  // read without a cut, a hash or a lookup
  if (e === lastKey.length && sameChars(s, from, lastKey)) return lastReading ?? undefined;
  const key = from === 0 && e === s.length ? s : s.slice(from, from + e);
  const m = markers.get(key, readMarker);
  lastKey = ownCopy(key);
  lastReading = m;
  return m ?? undefined;
}

let lastKey = '';
let lastReading: MarkerMatch | null = null;
onClearMemos(() => {
  lastKey = '';
  lastReading = null;
});

/** Whether `s` holds `key` at `from`. */
function sameChars(s: string, from: number, key: string): boolean {
  for (let j = 0; j < key.length; j++) if (s.charCodeAt(from + j) !== key.charCodeAt(j)) return false;
  return true;
}

/** A Chinese character or an opening quote or 《: what the title after 一． starts with (NaN past the end: no). */
function startsTitle(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || c === 0x201c || c === 0x300a || c === 0x300c || c === 0x300e;
}

function readMarker(head: string): MarkerMatch | null {
  const s = head;
  let m = L1.exec(head);
  if (m) {
    const ordinal = parseChineseNumeral(m[1]);
    if (Number.isNaN(ordinal) || ordinal === 0) return null;
    const sp = spaceAfter(s, m[0].length);
    // 一．指导思想 is a heading; 一.5个百分点, 一． alone or 一．，… are not: a title starts with a character of its own
    // (and so for 一。)
    if (m[2] !== '、' && !startsTitle(s.charCodeAt(m[0].length + sp.length))) return null;
    return { level: 1, ordinal, marker: m[0], style: { separator: m[2], spaceAfter: sp }, length: m[0].length + sp.length };
  }
  m = L2.exec(head);
  if (m) {
    const ordinal = parseChineseNumeral(m[3]);
    if (Number.isNaN(ordinal) || ordinal === 0) return null;
    const sp = spaceAfter(s, m[0].length);
    return { level: 2, ordinal, marker: m[0], style: { parens: parenStyle(m[1], m[5]), spaceAfter: sp }, length: m[0].length + sp.length };
  }
  m = L3.exec(head);
  if (m) {
    const ordinal = Number(toAsciiDigits(m[1]));
    if (!ordinal) return null;
    // "1.5万" is a number, not a marker; L3's lookahead already refuses a digit after the dot
    const sp = spaceAfter(s, m[0].length);
    return {
      level: 3,
      ordinal,
      marker: m[0],
      style: { separator: m[2], fullWidthDigits: hasFullWidthDigits(m[1]), spaceAfter: sp },
      length: m[0].length + sp.length,
    };
  }
  m = L4.exec(head);
  if (m) {
    const ordinal = Number(toAsciiDigits(m[3]));
    if (!ordinal) return null;
    const sp = spaceAfter(s, m[0].length);
    return {
      level: 4,
      ordinal,
      marker: m[0],
      style: { parens: parenStyle(m[1], m[5]), fullWidthDigits: hasFullWidthDigits(m[3]), spaceAfter: sp },
      length: m[0].length + sp.length,
    };
  }
  return null;
}

/** 附件1 / 附件2： / 附件 3 / 附件一 — an attachment's own label line. Returns the number and the rest of the line. */
export function matchAttachmentLabel(s: string): { number?: number; labelLength: number; rest: string } | undefined {
  if (!s.startsWith('附件')) return undefined;
  const m = /^附件[ \u3000]{0,2}([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})?[ \u3000]{0,2}([：:]?)/.exec(s.slice(0, 16));
  if (!m) return undefined;
  const rest = s.slice(m[0].length);
  // "附件：1.xxx" is the 附件说明, not a label; "附件1所列" is prose
  if (!m[1] && m[2]) return undefined;
  if (m[1] && !m[2] && rest.length > 0 && !/^[ \u3000\t]/.test(rest)) return undefined;
  if (!m[1] && rest.trim().length > 0) return undefined;
  const number = m[1] ? (/[0-9０-９]/.test(m[1]) ? Number(toAsciiDigits(m[1])) : parseChineseNumeral(m[1])) : undefined;
  return { number, labelLength: m[0].length, rest };
}

/** 附件：1.xxx — the 附件说明 line; also 附：1.xxx, 件 left out, when its first item is numbered 1. */
export function matchAttachmentNote(s: string): { labelLength: number } | undefined {
  if (s.charCodeAt(0) !== 0x9644) return undefined; // 附: asked of every line of the body
  const head = s.slice(0, 12);
  const m = /^附[ \u3000]?件[ \u3000]*[：:]/.exec(head);
  if (m) return { labelLength: m[0].length };
  // 附：联系人及电话 is a line of the body: only a numbered list that starts at 1 is read as the note
  const short = /^附[ \u3000]*[：:]/.exec(head);
  if (!short) return undefined;
  const rest = s.slice(short[0].length).replace(/^[ \u3000]+/, '');
  const item = matchNoteItem(rest);
  return item && item.number === 1 && rest.length > item.marker.length + item.gap ? { labelLength: short[0].length } : undefined;
}

/**
 * 附件1.××表 — a line of a 附件说明 written one line per attachment (附件1.××表 / 附件2.××表): 附件, the item's
 * number and its title. Not a label (附件1：××表 and 附件1 ××表 are), whose title may follow on the same line.
 */
export function matchNoteLine(s: string): { number: number; labelLength: number } | undefined {
  if (s.charCodeAt(0) !== 0x9644) return undefined; // 附
  const m = /^附件[ \u3000]?(?=[0-9０-９])/.exec(s.slice(0, 4));
  if (!m) return undefined;
  const rest = s.slice(m[0].length);
  const item = matchNoteItem(rest);
  if (!item || rest.length === item.marker.length + item.gap) return undefined;
  return { number: item.number, labelLength: m[0].length };
}

/** `2.xxx` / `2. xxx` / `2、xxx` item lines of the 附件说明. */
export function matchNoteItem(s: string): { number: number; marker: string; gap: number } | undefined {
  const m = /^([0-9０-９]{1,2})([.．、])([ \u3000]*)/.exec(s.slice(0, 12));
  if (!m || (isDigitCode(s.charCodeAt(m[0].length)) && !titleStartsWithNumber(s.slice(m[0].length, m[0].length + 16)))) return undefined;
  return { number: Number(toAsciiDigits(m[1])), marker: m[1] + m[2], gap: m[3].length };
}

// After an item number a digit is the rest of a decimal (1.5万张床位, 2.3个百分点) unless the title starts with a
// year (1.2023年县政府工作报告任务分解一览表, 2.2023—2025年…) or a number that no unit follows (1.12345行动清单)
const YEAR_TITLE = /^(?:19|20)[0-9]{2}(?:年|[-—–~～至到](?:19|20)?[0-9]{2}年)/;
const NUMBER_THEN_WORD = /^[0-9]{1,5}([\u4e00-\u9fff])/;
const DECIMAL_UNIT = new Set('万亿千百十个元角分厘毫米吨倍岁年月日天时周户人家张床所座项条次件批处平公亩斤克升度成折多余');

function titleStartsWithNumber(head: string): boolean {
  const s = toAsciiDigits(head);
  if (YEAR_TITLE.test(s)) return true;
  const m = NUMBER_THEN_WORD.exec(s);
  return m !== null && !DECIMAL_UNIT.has(m[1]);
}

// 第 before the serial is wrong (GB/T 9704 7.2.4) but still a 发文字号, so the check can say so
// the 机关代字 (宝政办规, 国办发) holds no sentence mark: 一、。宝政办规〔2024〕6号 is a heading line, not a 发文字号
const DOC_NUMBER = /^([^\s、。，；：！？!?,;:]{1,20}?)[ \u3000]*([〔﹝[（(【［〈<{])[ \u3000]*([0-9０-９]{4})[ \u3000]*([〕﹞\]）)】］〉>}])[ \u3000]*第?[ \u3000]*([0-9０-９]{1,5})[ \u3000]*号$/;

export function matchDocNumber(s: string): { prefix: string; open: string; year: number; close: string; serial: number } | undefined {
  if (s.length > 40 || !s.endsWith('号')) return undefined;
  const m = DOC_NUMBER.exec(s);
  if (!m) return undefined;
  return { prefix: m[1], open: m[2], year: Number(toAsciiDigits(m[3])), close: m[4], serial: Number(toAsciiDigits(m[5])) };
}

// the same line with its closing 号 forgotten (宝政办规〔2024〕6): on a line of its own in the 版头 or under the
// title nothing else is written so
const DOC_NUMBER_NO_HAO = new RegExp(DOC_NUMBER.source.replace(/\[ \\u3000\]\*号\$$/, '$'));

/** A 发文字号 line written without its 号 (宝政办规〔2024〕6), read as matchDocNumber reads one with it. */
export function matchDocNumberWithoutHao(s: string): ReturnType<typeof matchDocNumber> {
  if (s.length > 40) return undefined;
  if (!isDigitCode(s.charCodeAt(s.length - 1))) return undefined;
  const m = DOC_NUMBER_NO_HAO.exec(s);
  if (!m) return undefined;
  return { prefix: m[1], open: m[2], year: Number(toAsciiDigits(m[3])), close: m[4], serial: Number(toAsciiDigits(m[5])) };
}

// the zero of 二〇二四 is 〇 (U+3007); drafters type lookalikes for it: ○ (U+25CB, 二○○五年), Ｏ, O, 0, ０
const ZERO_LOOKALIKES = '○ＯO0０';
const CN_DATE_DIGITS = '〇零一二三四五六七八九十' + ZERO_LOOKALIKES;
const ZERO_LOOKALIKE = /[○ＯO0０]/g;
const DATE = new RegExp(
  `^([0-9０-９]{2,4}|[${CN_DATE_DIGITS}]{2,4})[ \\u3000]*年[ \\u3000]*([0-9０-９]{1,2}|[${CN_DATE_DIGITS}]{1,3})[ \\u3000]*月[ \\u3000]*([0-9０-９]{1,2}|[${CN_DATE_DIGITS}]{1,4})[ \\u3000]*日`,
);

export interface DateMatch {
  year?: number;
  month?: number;
  day?: number;
  arabic: boolean;
  length: number;
}

/** Whether `s` is written in Arabic digits only (2024, ２０２４), not Chinese numerals with a 0 for 〇 (二0二四). */
function allArabic(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (!isDigitCode(s.charCodeAt(i))) return false;
  return true;
}

function dateNum(s: string): number {
  if (allArabic(s)) return Number(toAsciiDigits(s));
  return parseChineseNumeral(s.replace(ZERO_LOOKALIKE, '〇'));
}

/** A date at the start of `s`: 2024年9月29日, 二〇二四年九月二十九日 (二○二四年…), 2024年09月29日. */
const DATE_START = new Uint8Array(65536);
for (const c of '0123456789０１２３４５６７８９' + CN_DATE_DIGITS) DATE_START[c.charCodeAt(0)] = 1;

export function matchDate(s: string): DateMatch | undefined {
  // asked of many lines: decide by the first character before cutting or matching anything
  if (!DATE_START[s.charCodeAt(0)]) return undefined;
  if (s.length > 60) s = s.slice(0, 60);
  const m = DATE.exec(s);
  if (!m) return undefined;
  const arabic = allArabic(m[1]);
  const y = dateNum(m[1]);
  const mo = dateNum(m[2]);
  const d = dateNum(m[3]);
  return {
    year: Number.isNaN(y) ? undefined : y,
    month: Number.isNaN(mo) ? undefined : mo,
    day: Number.isNaN(d) ? undefined : d,
    arabic,
    length: m[0].length,
  };
}

/** Words that end the title of a 公文 (the 文种). */
export const DOC_KIND = /(通知|方案|意见|决定|办法|报告|请示|批复|函|通报|公告|通告|纪要|规定|规划|细则|决议|命令|议案|公报)$/;

/** Characters that close a sentence or a clause a line may legitimately end with. */
export const TERMINAL = new Set(['。', '！', '？', '；', '：', '…', '”', '’', '）', '〕', '】', '」', '』', '》', ')', '.', '!', '?', ';', ':', ']']);

/** Characters a wrapped continuation line may start with. */
export const CONTINUATION_START = new Set(['。', '，', '、', '；', '：', '）', '〕', '》', '”', '’', '！', '？', ')']);

/** Suffixes of department and organisation names (局, 委, 办, 人民政府 …). */
export const UNIT_SUFFIX = /(局|委|委员会|办|办公室|厅|部|院|会|中心|政府|公司|银行|支行|分行|队|大队|站|所|处|室|社|联|团|行|署|馆|校|学校|集团|协会|街道|乡镇|管委会|办事处|支局|分局|总局)$/;

/**
 * A name ending like an organ's with something in front of the ending: 县民政局, 县委, not a bare 站 or 中心 —
 * 完善服务设施（站） names a kind of facility, and read as a units list its task gained a department called 站.
 */
export function namesUnit(name: string): boolean {
  const m = UNIT_SUFFIX.exec(name);
  return m !== null && m.index > 0;
}
