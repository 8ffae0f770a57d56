// Finding indicators where the document states them: in running text (每千人口拥有3岁以下婴幼儿托位数
// 达到4.5个, 每千人口4.5个托位数, 80%的农村设有互助养老服务设施) and in indicator tables (序号 / 主要指标 /
// 2025年目标值, a value per row: ≥90, 90（非约束性）). Each mention carries the values stated for it with their
// unit, comparison, year and whether that year is a target or the present state.
import type { Cell, DocumentModel, Range, Segment, Span, Table, TableRow } from '../model/types';
import type { Computation } from './arithmetic';
import { sameSegments, spanRange } from '../text/span';
import { Memo, onClearMemos } from '../text/memo';
import { BUILTIN_INDICATORS, currentCatalogue } from './catalogue';
import { CMP_WORDS, comparisonOf, comparisonWordAt, insideNumber, isDigitCode, isValueChar, parseValueAt, unitClass, VALUE_GOES_ON, valueCharsEnd, valueEnd, type ParsedValue } from './numbers';
import type { Comparison, Indicator } from './types';
import { NO_SUMS, sumsIn, type TextSum } from './sums';
import { clauseEndAt, finalTargetYear, IndexBuilder, indexInto, isIndexMark, lastTargetYear, sentenceAt, yearBefore, type TextIndex, type YearKind, type YearSource } from './years';

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
  /** a stretch goal (力争达到60%, 争取…): a firmer target beside it need not be the same */
  stretch?: boolean;
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
  /**
   * a wider area written just before the phrase (全市, 本市, 全州): the figure is that area's when the
   * document is a county's or a district's (higherArea), the document's own when it is the city's
   */
  area?: string;
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
  after: string | undefined;
  /** which of two matches of the same length wins: the earlier in the catalogue, a phrase before a leading value */
  seq: number;
}

/** A node of the trie of the phrasings' `before` texts while it is built (see Trie for the form the scan reads). */
interface TrieNode {
  ends: Phrasing[] | undefined;
  codes: number[];
  kids: TrieNode[];
}

function child(node: TrieNode, code: number): TrieNode | undefined {
  const codes = node.codes;
  for (let i = 0; i < codes.length; i++) if (codes[i] === code) return node.kids[i];
  return undefined;
}

/**
 * The phrasings' `before` texts in a trie: one walk from a position finds every phrasing written there,
 * where trying each phrasing that shares the first character called startsWith per phrasing. Nodes are
 * numbers and their edges runs of typed arrays (node n's edges are [edgeStart[n], edgeStart[n + 1]):
 * most nodes have one, none more than a few), so a walk reads a few adjacent numbers per step where
 * node objects and their arrays sent it through scattered memory.
 */
interface Trie {
  /**
   * the node each first character starts (asked only where `starts` and `pairs` say one may), in an
   * open-addressed table: code + 1 in rootCodes (0: empty) at (code & rootMask) or after, its node in
   * rootNodes. A Map's get was the costliest step of a walk's start.
   */
  rootCodes: Int32Array;
  rootNodes: Int32Array;
  rootMask: number;
  edgeStart: Int32Array;
  edgeCode: Uint16Array;
  edgeNext: Int32Array;
  /** the phrasings that end at each node */
  ends: (Phrasing[] | undefined)[];
}

function flatten(firstNode: Map<number, TrieNode>): Trie {
  const nodes: TrieNode[] = [];
  const ids = new Map<TrieNode, number>();
  const visit = (node: TrieNode) => {
    ids.set(node, nodes.length);
    nodes.push(node);
    node.kids.forEach(visit);
  };
  firstNode.forEach(visit);
  const edgeStart = new Int32Array(nodes.length + 1);
  let edges = 0;
  nodes.forEach((node, id) => {
    edgeStart[id] = edges;
    edges += node.codes.length;
  });
  edgeStart[nodes.length] = edges;
  const edgeCode = new Uint16Array(edges);
  const edgeNext = new Int32Array(edges);
  nodes.forEach((node, id) => {
    node.codes.forEach((code, k) => {
      edgeCode[edgeStart[id] + k] = code;
      edgeNext[edgeStart[id] + k] = ids.get(node.kids[k])!;
    });
  });
  let size = 16;
  while (size < firstNode.size * 4) size *= 2;
  const rootCodes = new Int32Array(size);
  const rootNodes = new Int32Array(size);
  const rootMask = size - 1;
  firstNode.forEach((node, code) => {
    let h = code & rootMask;
    while (rootCodes[h] !== 0) h = (h + 1) & rootMask;
    rootCodes[h] = code + 1;
    rootNodes[h] = ids.get(node)!;
  });
  return { rootCodes, rootNodes, rootMask, edgeStart, edgeCode, edgeNext, ends: nodes.map((node) => node.ends) };
}

/** The node `code` starts in the trie, or -1 (every first character is in the table: the probe ends at an empty slot). */
function rootNode(trie: Trie, code: number): number {
  const { rootCodes, rootMask } = trie;
  for (let h = code & rootMask; ; h = (h + 1) & rootMask) {
    const k = rootCodes[h];
    if (k === code + 1) return trie.rootNodes[h];
    if (k === 0) return -1;
  }
}

interface Compiled {
  trie: Trie;
  /** bit set of the characters that start a phrasing */
  firstBits: Uint32Array;
  /**
   * 1 at pairHash(first, second) for the first two characters of every phrasing: 民 starts 民办…, but
   * 民政局 (in every 责任单位) goes no further, and this says so before the walk
   */
  pairs: Uint32Array;
  /**
   * Past the pair test, whether a phrasing's `before` may be written at a position, by its length: one
   * character (oneChar, at the first), two (twoChars, at pairHash) or more (threeChars, at tripleHash of
   * the first three). Common pairs that start a long phrasing (养老, 老年, 服务 …) sent the trie walk two
   * steps on to fail at the third character: most walks did, and this says so before the walk.
   */
  oneChar: Uint32Array;
  twoChars: Uint32Array;
  threeChars: Uint32Array;
  /** 1 at the codes where a scan must stop: a phrase starts there, or a digit (a value may start a phrasing) */
  starts: Uint32Array;
  /** starts, and the marks a text's index records (isIndexMark) */
  startsOrMarks: Uint32Array;
  /** no start is a mark */
  marksApart: boolean;
  /** phrasings that start with their value ({v}托位) */
  leadingValue: Phrasing[];
  /** 1 at the first characters of their `after` (托, 的 …): a number followed by none of them starts none */
  leadingAfter: Uint32Array;
  /** no such character is one a value is written with (isValueChar): the first one after a number that is not says whether one follows its value */
  leadingAfterApart: boolean;
  /** every phrasing, by seq (what the memoised mentions refer to) */
  phrasings: Phrasing[];
  /** where what a text states by itself (and the indicator a table's 主要指标 cell names) is kept */
  texts: Memo<TextFacts>;
  /** the same for texts shorter than MEMO_MIN, apart: a 10,000-row table's 序号 cells evict no paragraph */
  short: Memo<TextFacts>;
  names: Memo<NameMatch | null>;
  /** '' for the built-in catalogue; for another, a number standing for its content, put before every key */
  keyPrefix: string;
  /** the texts and indicator-table rows the last document scan read, in order, and their facts (see scanDocument) */
  last: LastScan;
  /** the clearMemos() generation `last` belongs to (another: it is forgotten) */
  lastEpoch: number;
}

/** Counts clearMemos() calls: a scan made before the last one is not handed on. */
let epoch = 0;
onClearMemos(() => epoch++);

function pairHash(first: number, second: number): number {
  return ((first << 6) ^ second) & 0xffff;
}

function tripleHash(first: number, second: number, third: number): number {
  return (Math.imul(Math.imul(first, 31) + second, 31) + third) & 0xffff;
}

/** A phrasing's `before` may be written at i (c, the code there, passed the pair test): see Compiled.oneChar. */
function mayStartAt(compiled: Compiled, text: string, i: number, n: number, c: number): boolean {
  if (hasBit(compiled.oneChar, c)) return true;
  const second = i + 1 < n ? text.charCodeAt(i + 1) : 0;
  // past the end the third code is 0, which no phrasing holds: a collision at most
  return hasBit(compiled.twoChars, pairHash(c, second)) || hasBit(compiled.threeChars, tripleHash(c, second, i + 2 < n ? text.charCodeAt(i + 2) : 0));
}

// The scan's tables are bit sets of the 65,536 character codes (8 KB each) rather than a byte or a
// word per code (64–128 KB): read at every character of every text, a byte table was pushed out of the
// CPU caches by the checks that run between two analyses, and a first analysis paid a cache miss at
// most characters (the scan took three times as long as in a tight loop).
const bitSet = () => new Uint32Array(2048);
const setBit = (bits: Uint32Array, code: number) => (bits[code >>> 5] |= 1 << (code & 31));
const hasBit = (bits: Uint32Array, code: number) => (bits[code >>> 5] & (1 << (code & 31))) !== 0;

const compiledCache = new WeakMap<readonly Indicator[], Compiled>();

function compile(catalogue: readonly Indicator[]): Compiled {
  let c = compiledCache.get(catalogue);
  if (c) return c;
  const firstNode = new Map<number, TrieNode>();
  const firstBits = bitSet();
  const pairs = bitSet();
  const oneChar = bitSet();
  const twoChars = bitSet();
  const threeChars = bitSet();
  const leadingValue: Phrasing[] = [];
  const inTrie: Phrasing[] = [];
  const add = (indicator: Indicator, text: string, mode: Mode) => {
    const slot = text.indexOf('{v}');
    // every phrasing (and every node and match below) has the same fields, so the scan sees one shape
    const p: Phrasing = slot < 0
      ? { indicator, mode, before: text, after: undefined, seq: 0 }
      : { indicator, mode, before: text.slice(0, slot), after: text.slice(slot + 3), seq: 0 };
    if (!p.before) leadingValue.push(p);
    else {
      inTrie.push(p);
      const first = p.before.charCodeAt(0);
      // a one-character `before` ends at the root: any second character goes
      if (p.before.length === 1) for (let k = 0; k < 65536; k++) setBit(pairs, pairHash(first, k));
      else setBit(pairs, pairHash(first, p.before.charCodeAt(1)));
      if (p.before.length === 1) setBit(oneChar, first);
      else if (p.before.length === 2) setBit(twoChars, pairHash(first, p.before.charCodeAt(1)));
      else setBit(threeChars, tripleHash(first, p.before.charCodeAt(1), p.before.charCodeAt(2)));
      let node = firstNode.get(first);
      if (!node) {
        node = { ends: undefined, codes: [], kids: [] };
        firstNode.set(first, node);
        setBit(firstBits, first);
      }
      for (let i = 1; i < p.before.length; i++) {
        const k = p.before.charCodeAt(i);
        let next = child(node, k);
        if (!next) {
          next = { ends: undefined, codes: [], kids: [] };
          node.codes.push(k);
          node.kids.push(next);
        }
        node = next;
      }
      (node.ends ??= []).push(p);
    }
  };
  for (const ind of catalogue) {
    for (const t of ind.phrasings) add(ind, t, 'any');
    for (const t of ind.valuePhrasings) add(ind, t, 'value');
    for (const t of ind.tableNames) add(ind, t, 'table');
  }
  // a leading value was tried after every phrase at its position, and won only when longer
  const phrasings = [...inTrie, ...leadingValue];
  phrasings.forEach((p, i) => (p.seq = i));
  const leadingAfter = bitSet();
  let leadingAfterApart = true;
  for (const p of leadingValue) {
    setBit(leadingAfter, p.after!.charCodeAt(0));
    if (isValueChar(p.after!.charCodeAt(0))) leadingAfterApart = false;
  }
  const starts = bitSet();
  const startsOrMarks = bitSet();
  let marksApart = true;
  for (let k = 0; k < 65536; k++) {
    if (hasBit(firstBits, k) || isDigitCode(k)) setBit(starts, k);
    if (hasBit(starts, k) || isIndexMark(k)) setBit(startsOrMarks, k);
    if (hasBit(starts, k) && isIndexMark(k)) marksApart = false;
  }
  c = { trie: flatten(firstNode), firstBits, pairs, oneChar, twoChars, threeChars, starts, startsOrMarks, marksApart, leadingValue, leadingAfter, leadingAfterApart, phrasings, ...memosFor(catalogue), last: NO_SCAN, lastEpoch: -1 };
  compiledCache.set(catalogue, c);
  return c;
}

// The mentions of a text depend on the text and on the catalogue, which is the built-in one unless the
// configuration adds indicators: one memo for the built-in catalogue keyed by the text alone, one for
// the others keyed by a number standing for the catalogue's content plus the text.
const builtinMemos = {
  texts: new Memo<TextFacts>('indicators/mentions', 20_000),
  short: new Memo<TextFacts>('indicators/short texts', 5_000),
  names: new Memo<NameMatch | null>('indicators/table names', 5_000),
  keyPrefix: '',
};
const userMemos = {
  texts: new Memo<TextFacts>('indicators/mentions (user catalogue)', 20_000),
  short: new Memo<TextFacts>('indicators/short texts (user catalogue)', 5_000),
  names: new Memo<NameMatch | null>('indicators/table names (user catalogue)', 5_000),
};
const catalogueIds = new Map<string, number>();

function memosFor(catalogue: readonly Indicator[]): Pick<Compiled, 'texts' | 'short' | 'names' | 'keyPrefix'> {
  if (catalogue === BUILTIN_INDICATORS) return builtinMemos;
  const content = JSON.stringify(catalogue);
  let id = catalogueIds.get(content);
  if (id === undefined) catalogueIds.set(content, (id = catalogueIds.size));
  // JSON never holds a raw U+0000: the prefix cannot run into the text
  return { ...userMemos, keyPrefix: `${id}\u0000` };
}

function keyOf(compiled: Compiled, text: string): string {
  return compiled.keyPrefix ? compiled.keyPrefix + text : text;
}

function skipSpaces(text: string, i: number): number {
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 0x3000) break;
    i++;
  }
  return i;
}

interface Match {
  phrasing: Phrasing;
  from: number;
  to: number;
  /** a value written inside the phrase */
  embedded: { value: ParsedValue; at: number; cmp?: string } | undefined;
}

/** A phrasing with a value slot whose `before` is written at i: the value, then `after`. */
function matchSlot(text: string, i: number, p: Phrasing): Match | undefined {
  let j = skipSpaces(text, i + p.before.length);
  // a phrasing that starts with its value is tried where a number starts: no comparison word
  // starts with a digit, so looking for one could only say “none”
  const cmp = !p.before && j === i && isDigitCode(text.charCodeAt(i)) ? undefined : comparisonWordAt(text, j, text.length);
  if (cmp) j = skipSpaces(text, j + cmp.length);
  if (!p.before && (cmp || i !== j)) return undefined;
  // where the value ends, then `after`, before the value is built: most tries fail at `after`
  const end = valueEnd(text, j);
  if (end < 0) return undefined;
  const k = skipSpaces(text, end);
  if (!text.startsWith(p.after!, k)) return undefined;
  const value = parseValueAt(text, j);
  if (!value) return undefined;
  return { phrasing: p, from: i, to: k + p.after!.length, embedded: { value, at: j, cmp } };
}

/** The first character from j that no value is written with may start a leading-value phrasing's `after`. */
function followedByLeadingAfter(compiled: Compiled, text: string, j: number): boolean {
  const s = valueCharsEnd(text, j);
  return s < text.length && hasBit(compiled.leadingAfter, text.charCodeAt(s));
}

/** The longer match wins; of two as long, the phrasing earlier in the catalogue. */
function better(m: Match, best: Match | undefined): boolean {
  return !best || m.to > best.to || (m.to === best.to && m.phrasing.seq < best.phrasing.seq);
}

/** Phrase matches in `text`, left to right, longest at each start, never overlapping. */
function scanPhrases(text: string, compiled: Compiled, inTableName: boolean, marks?: IndexBuilder): Match[] {
  const out: Match[] = [];
  const n = text.length;
  const firstBits = compiled.firstBits;
  const pairs = compiled.pairs;
  const starts = compiled.starts;
  const stops = marks ? compiled.startsOrMarks : starts;
  const trie = compiled.trie;
  let i = 0;
  for (;;) {
    // the tight loop the scan spends its time in: one table lookup per character that starts nothing,
    // and the pair test for one that starts a phrasing (民 of 民政局 stops here no more: half the stops)
    for (; i < n; i++) {
      const c = text.charCodeAt(i);
      if (!hasBit(stops, c)) continue;
      // a sentence end or a bracket, for the text's index: recorded as the scan passes it (one walk, not two).
      // A stop that starts nothing is one (stops are the starts, and the marks when they are asked for);
      // a start is one only where the catalogue has a phrasing that starts with a mark (marksApart)
      if (!hasBit(starts, c)) {
        if (marks !== undefined) marks.mark(i, c);
        continue;
      }
      if (marks !== undefined && !compiled.marksApart && isIndexMark(c)) marks.mark(i, c);
      // past the end the next code is 0, what NaN was in the hash (a one-character phrasing may end the text)
      const pair = hasBit(pairs, pairHash(c, i + 1 < n ? text.charCodeAt(i + 1) : 0));
      if (!isDigitCode(c)) {
        if (pair && mayStartAt(compiled, text, i, n, c)) break;
        continue;
      }
      // a digit inside a number (the 025 of 2025, the 5 of 4.5) starts no leading value (see below), and a
      // phrase only where its first characters do: two numbers in five of the stops went on here
      if ((hasBit(firstBits, c) && pair && mayStartAt(compiled, text, i, n, c)) || !insideNumber(text, i)) break;
    }
    if (i >= n) break;
    const code = text.charCodeAt(i);
    let best: Match | undefined;
    let node = hasBit(firstBits, code) && hasBit(pairs, pairHash(code, i + 1 < n ? text.charCodeAt(i + 1) : 0)) && mayStartAt(compiled, text, i, n, code) ? rootNode(trie, code) : -1;
    for (let k = i + 1; node >= 0; ) {
      const ends = trie.ends[node];
      if (ends) {
        for (let e = 0; e < ends.length; e++) {
          const p = ends[e];
          if (p.mode === 'table' && !inTableName) continue;
          if (p.after === undefined) {
            // a plain phrase that loses (养老 within 养老机构床位) is never built
            if (!best || k > best.to || (k === best.to && p.seq < best.phrasing.seq)) best = { phrasing: p, from: i, to: k, embedded: undefined };
            continue;
          }
          const m = matchSlot(text, i, p);
          if (m && better(m, best)) best = m;
        }
      }
      if (k >= n) break;
      const next = text.charCodeAt(k++);
      const to = trie.edgeStart[node + 1];
      let e = trie.edgeStart[node];
      while (e < to && trie.edgeCode[e] !== next) e++;
      node = e < to ? trie.edgeNext[e] : -1;
    }
    // a leading value must start a number, not sit inside one (11449个托位)
    if (isDigitCode(code) && compiled.leadingValue.length) {
      // most numbers are followed by nothing a leading-value phrasing goes on with (2025年, 1.): say so
      // before reading the value, from the character after the digits when the value cannot go on past them
      let j = i + 1;
      while (isDigitCode(text.charCodeAt(j))) j++;
      const after = text.charCodeAt(j);
      // a value that goes on (4.5个, 90%以上): it ends, with the spaces after it, by the first character no
      // value is written with; unless that one may go on with a leading-value phrasing (托, 的), it is not read
      const end = insideNumber(text, i)
        ? -1
        : VALUE_GOES_ON[after]
          ? compiled.leadingAfterApart && !followedByLeadingAfter(compiled, text, j) ? -1 : valueEnd(text, i)
          : hasBit(compiled.leadingAfter, after) ? j : -1;
      if (end >= 0 && hasBit(compiled.leadingAfter, text.charCodeAt(skipSpaces(text, end)))) {
        for (const p of compiled.leadingValue) {
          if (p.mode === 'table' && !inTableName) continue;
          const m = matchSlot(text, i, p);
          if (m && better(m, best)) best = m;
        }
      }
    }
    if (best) {
      out.push(best);
      // the marks inside the match (乡镇（街道）…, 。 after a value) are the index's too
      if (marks !== undefined) {
        for (let q = i + 1; q < best.to; q++) {
          const c = text.charCodeAt(q);
          if (isIndexMark(c)) marks.mark(q, c);
        }
      }
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
const REACHED = /已|业已/;
const STRETCH = /力争|争取/;
const NOT_A_LEVEL = /分别|较|比(?!例|重)|城市|农村|城镇|乡村|城区|县城|公办|民办|(?:提高|提升|增加|增长|上升|扩大|降低|下降|减少|高|低|多|少)[ \u3000]*$/;
const YEAR_LEAD = /^(?:到|至|在|于)?[ \u3000]*((?:19|20)[0-9]{2})[ \u3000]*年(?:年?底|年?末)?[ \u3000，,]*/;
const CONTINUATION = /^[ \u3000]*[，,][ \u3000]*(?:到|至|在|于)?[ \u3000]*((?:19|20)[0-9]{2})[ \u3000]*年(?:年?底|年?末)?[ \u3000]*/;

/** The same expressions, matched in place (sticky, no ^) */
const stickyOf = (re: RegExp) => new RegExp(re.source.slice(1), 'y');
const TIGHT_GAP_AT = stickyOf(TIGHT_GAP);
const YEAR_LEAD_AT = stickyOf(YEAR_LEAD);
const CONTINUATION_AT = stickyOf(CONTINUATION);

/**
 * Where `anchored` matches text.slice(from, limit), as an offset in `text` (-1: no match), read in place
 * by its sticky twin: after every phrase a slice and a match array per expression were made. For an
 * expression without lookaround or $, a match in place that ends by `limit` is the one the slice gives,
 * and no match in place means none in the slice; a match running past `limit` is tried on the slice.
 */
function matchEnd(sticky: RegExp, anchored: RegExp, text: string, from: number, limit: number): number {
  sticky.lastIndex = from;
  if (!sticky.test(text)) return -1;
  if (sticky.lastIndex <= limit) return sticky.lastIndex;
  const m = anchored.exec(text.slice(from, limit));
  return m ? from + m[0].length : -1;
}

/** The year of a YEAR_LEAD or CONTINUATION match at `from`: its first digits (the expressions hold no other before it). */
function yearFrom(text: string, from: number): number {
  let d = from;
  while (!isDigitCode(text.charCodeAt(d))) d++;
  return (text.charCodeAt(d) - 48) * 1000 + (text.charCodeAt(d + 1) - 48) * 100 + (text.charCodeAt(d + 2) - 48) * 10 + (text.charCodeAt(d + 3) - 48);
}

interface RawValue {
  parsed: ParsedValue;
  /** offset of the number in the host text */
  at: number;
  cmp?: string;
  year?: number;
  tight: boolean;
  /** where the number and its unit end */
  end: number;
  /** written as reached (已达到45%, 已提升至): the present state, whatever year the paragraph is about */
  reached?: boolean;
  /** the base year's value of a change (由2020年的38%提高到…): that year's state, not a target */
  base?: boolean;
}

/** The value written at `at` (after optional year and comparison words), if any. */
function valueAt(text: string, at: number, limit: number): RawValue | undefined {
  let j = at;
  let year: number | undefined;
  const y = matchEnd(YEAR_LEAD_AT, YEAR_LEAD, text, j, limit);
  if (y >= 0) {
    year = yearFrom(text, j);
    j = y;
  }
  j = skipSpaces(text, j);
  const cmp = comparisonWordAt(text, j, Math.min(limit, j + 8));
  if (cmp) j = skipSpaces(text, j + cmp.length);
  if (j >= limit) return undefined;
  const parsed = parseValueAt(text, j);
  if (!parsed || j + parsed.length > limit) return undefined;
  // a bare year-like number with no unit after a phrase is a date, not a value (2025年)
  if (!parsed.unit && text.charCodeAt(j + parsed.length) === 0x5e74) return undefined;
  return { parsed, at: j, cmp, year, tight: true, end: j + parsed.length };
}

/** 提高到 and its kin, after the starting value of a change (由1.8个提高到4.5个) */
const CHANGE_TO = /^[ \u3000]*(?:提高|提升|增加|增长|上升|扩大|降低|下降|减少)?(?:到|至)/;

/**
 * 由1.8个提高到4.5个, 从55%提升至60%: the value after the change is the target; the one after 由/从 is where
 * the indicator starts from, and read as the target it was below the national one, or disagreed with itself.
 */
function toValueOfChange(text: string, first: RawValue, limit: number): RawValue | undefined {
  const before = text.charCodeAt(first.at - 1);
  if (before !== 0x7531 && before !== 0x4ece) return undefined; // 由, 从
  const m = CHANGE_TO.exec(text.slice(first.end, Math.min(limit, first.end + 8)));
  if (!m) return undefined;
  const to = valueAt(text, first.end + m[0].length, limit);
  if (!to || unitClass(to.parsed.unit) !== unitClass(first.parsed.unit)) return undefined;
  to.tight = first.tight;
  return to;
}

/** a year written before a value of a change, with 的 (2020年的38%): the value is that year's */
const CHANGE_YEAR = /^((?:19|20)[0-9]{2})[ \u3000]*年(?:年?底|年?末)?[ \u3000]*的?[ \u3000]*/;

/** The value at `at` with the year written before it (2020年的38%), or without one; the year then undefined. */
function yearValueAt(text: string, at: number, limit: number): RawValue | undefined {
  const y = CHANGE_YEAR.exec(text.slice(at, Math.min(limit, at + 12)));
  const j = y ? at + y[0].length : at;
  if (j >= limit) return undefined;
  const parsed = parseValueAt(text, j);
  if (!parsed || !parsed.unit || j + parsed.length > limit) return undefined;
  return { parsed, at: j, year: y ? Number(y[1]) : undefined, tight: true, end: j + parsed.length };
}

/**
 * 由2020年的38%提高到2025年的55%: the value after the change is the target (for its year, or the sentence's);
 * the one after 由/从 is the base year's state. Read only with the base year written, the same unit on both
 * sides and the base year before the target's; a change without a base year is toValueOfChange's.
 */
function changeFromYear(text: string, at: number, limit: number): RawValue[] | undefined {
  const c = text.charCodeAt(at);
  if (c !== 0x7531 && c !== 0x4ece) return undefined; // 由, 从
  const from = yearValueAt(text, skipSpaces(text, at + 1), limit);
  if (!from || from.year === undefined) return undefined;
  const m = CHANGE_TO.exec(text.slice(from.end, Math.min(limit, from.end + 8)));
  if (!m) return undefined;
  const j = skipSpaces(text, from.end + m[0].length);
  const y = CHANGE_YEAR.exec(text.slice(j, Math.min(limit, j + 12)));
  const to = valueAt(text, y ? j + y[0].length : j, limit);
  if (!to || unitClass(to.parsed.unit) !== unitClass(from.parsed.unit)) return undefined;
  if (y) to.year = Number(y[1]);
  if (to.year !== undefined && to.year <= from.year) return undefined;
  from.base = true;
  return [to, from];
}

function valuesAfter(text: string, end: number, limit: number, indicator: Indicator): RawValue[] {
  const out: RawValue[] = [];
  const gap = matchEnd(TIGHT_GAP_AT, TIGHT_GAP, text, end, limit);
  const change = changeFromYear(text, gap >= 0 ? gap : end, limit);
  if (change) {
    if (REACHED.test(text.slice(end, change[1].at))) change[0].reached = true;
    return change;
  }
  let first = valueAt(text, gap >= 0 ? gap : end, limit);
  if (!first) {
    const loose = LOOSE.exec(text.slice(end, limit));
    // a loose gap that makes the number a difference (比全省高0.5个, 在现有基础上提高1个) or one of a list
    // (分别达到4个和4.5个) or the level of a part (覆盖率城市达到100%、农村达到60%) does not give the indicator's own level
    if (loose && !NOT_A_LEVEL.test(loose[0])) {
      const cand = valueAt(text, end + loose[0].length, limit);
      // a loosely attached number counts only when its unit is the indicator's own
      if (cand && cand.parsed.unit && unitClass(cand.parsed.unit) === unitClass(indicator.valueUnit)) {
        cand.tight = false;
        first = cand;
      }
    }
  }
  if (!first) return out;
  first = toValueOfChange(text, first, limit) ?? first;
  if (REACHED.test(text.slice(end, first.at))) first.reached = true;
  out.push(first);
  // 普惠性托位占比 2023 年达到 10%以上，2025 年达到 20%
  let at = first.end;
  for (let k = 0; k < 4; k++) {
    const c = matchEnd(CONTINUATION_AT, CONTINUATION, text, at, limit);
    if (c < 0) break;
    const next = valueAt(text, c, limit);
    if (!next) break;
    next.year = yearFrom(text, at);
    next.tight = first.tight;
    out.push(next);
    at = next.end;
  }
  return out;
}

// ───────────────────────────── scope and increments ─────────────────────────────

// 普惠托位 is a part of the 托位; 城乡居民 and 职工 基本养老保险 are parts of the whole insurance; 城区 (主城区,
// 中心城区), 县城, 城关, a 开发区 or 园区 and a named 镇 are parts of the county (全县城乡 is the whole of it);
// 全国, 全省, 国家, 省定 figures quoted in a county's or city's plan are another area's
const SCOPE = /(城乡居民|城市|农村|城镇|乡村|乡镇|街道|社区|公办|民办|普惠性|普惠|职工|特困|县级|市级|省级|城区|(?<![全本])县城(?!乡)|城关|开发区|园区|新区|[^\s，、；。：“”全本各我]{1,3}镇|全国|全省|国家|省定)[^，、；。：“”]{0,4}$/;
/**
 * A facility named right before the phrase (社区养老服务设施护理型床位占比, 日间照料中心的护理型床位占比): the
 * figure is that facility's, not the whole of what the indicator counts (养老机构).
 */
const FACILITY = /(设施|中心|服务站|站点|驿站)[中的内]?$/;
/** 新增 governs a whole list (新增民办养老机构37家、养老床位2964张): look back past 、 to the clause start. */
const DELTA = /(新增|新建设|新建|增加|改扩建|改造)[^，；。：]{0,16}$/;

/** Providers and facilities whose own count a count indicator's figure may be (one of them, not the area's total). */
const OWNER = /(每个|每所|每家|每处|单个|妇幼保健院|医院|卫生院|幼儿园|托班|用人单位|企事业单位|机关|企业|学校|敬老院|福利中心|福利院|养老院|服务中心|托育中心|医养结合机构|托育机构|照护机构|社会福利)/;

function ownerBefore(text: string, from: number): string | undefined {
  const a = clauseLeadStart(text, from, 16, SCOPE_STOPS);
  return a < from ? OWNER.exec(text.slice(a, from))?.[1] : undefined;
}

/** 其中 and words naming a part (其中失能老年人…): a bare 其中 before the indicator gives the whole's own figure */
const SUBSET = /其中([^，、；。：“”]{2,8})$/;
const codeSet = (chars: string) => new Set([...chars].map((c) => c.charCodeAt(0)));
const SCOPE_STOPS = codeSet('，、；。：');
const DELTA_STOPS = codeSet('，；。：');
/** the first characters of SCOPE's and DELTA's words: a lead holding none of them matches neither */
const SCOPE_FIRSTS = codeSet('城农乡街社公民普职特县市省开园新镇全国');
const DELTA_FIRSTS = codeSet('新增改');
const SUBSET_FIRSTS = codeSet('其');

/** Where the clause before `from` starts, at most `back` characters back (codes read, no string per character). */
function clauseLeadStart(text: string, from: number, back: number, stops: Set<number>): number {
  let a = from;
  while (a > 0 && from - a < back && !stops.has(text.charCodeAt(a - 1))) a--;
  return a;
}

function holdsAny(text: string, from: number, to: number, codes: Set<number>): boolean {
  for (let i = from; i < to; i++) if (codes.has(text.charCodeAt(i))) return true;
  return false;
}

/** 全市 (本市, 全州, 全市（含各县区）) before the phrase, a few words back at most */
const AREA = /(全市|本市|我市|全州|本州|全盟)(?:（[^（）]{0,10}）)?[^，、；。：“”（）]{0,6}$/;
const AREA_FIRSTS = codeSet('全本我');

function areaBefore(text: string, from: number): string | undefined {
  const a = clauseLeadStart(text, from, 20, SCOPE_STOPS);
  return holdsAny(text, a, from, AREA_FIRSTS) ? AREA.exec(text.slice(a, from))?.[1] : undefined;
}

function scopeBefore(text: string, from: number): { scope?: string; delta?: boolean } {
  // most leads hold none of the words' first characters: no slice, no expression run for them
  const a = clauseLeadStart(text, from, 8, SCOPE_STOPS);
  const s = holdsAny(text, a, from, SCOPE_FIRSTS) ? SCOPE.exec(text.slice(a, from)) : null;
  const f = s ? null : FACILITY.exec(text.slice(clauseLeadStart(text, from, 3, SCOPE_STOPS), from));
  // 其中失能老年人护理型床位占比: the share among a part of what the indicator counts
  const q = s || f ? a : clauseLeadStart(text, from, 10, SCOPE_STOPS);
  const sub = s || f || !holdsAny(text, q, from, SUBSET_FIRSTS) ? null : SUBSET.exec(text.slice(q, from));
  const b = clauseLeadStart(text, from, 20, DELTA_STOPS);
  const d = holdsAny(text, b, from, DELTA_FIRSTS) ? DELTA.exec(text.slice(b, from)) : null;
  return { scope: s?.[1] ?? f?.[1] ?? sub?.[1], delta: d ? true : undefined };
}

// ───────────────────────────── 分别 lists ─────────────────────────────

const FEN = 0x5206; // 分
const BIE = 0x522b; // 别
/** what joins two names or two values of a list: 、和及与 */
const LIST_JOINS = codeSet('、和及与');
/** a list's last value ends its clause */
const LIST_ENDS = codeSet('。；，;,');

/**
 * 养老机构护理型床位占比、普惠性托位占比分别达到55%和60%: the values of a 分别 list paired in order with
 * the names before it, keyed by the index of each name's match. A wrong pairing would be a false alarm,
 * so a list is read only when every name is a whole catalogue phrasing (no value inside, no unnamed item
 * before the first: 每千人口托位数、普惠托位数 names one indicator and something else), the names and
 * values are as many, each value carries a unit of its name's class, and the last value ends the clause.
 */
function respectiveValues(text: string, matches: Match[], k: number, index: TextIndex): RawValue[] | undefined {
  const last = matches[k];
  let j = skipSpaces(text, last.to);
  if (text.charCodeAt(j) !== FEN || text.charCodeAt(j + 1) !== BIE) return undefined;
  let first = k;
  while (first > 0 && matches[first - 1].to + 1 === matches[first].from && LIST_JOINS.has(text.charCodeAt(matches[first].from - 1))) first--;
  if (first === k || (matches[first].from > 0 && LIST_JOINS.has(text.charCodeAt(matches[first].from - 1)))) return undefined;
  // 2024年、2025年… or 城市、农村… before the names: a second list the values might pair with
  const lead = clauseLeadStart(text, matches[first].from, 24, DELTA_STOPS);
  if (text.lastIndexOf('、', matches[first].from - 1) >= lead) return undefined;
  for (let i = first; i <= k; i++) if (matches[i].phrasing.mode !== 'any' || matches[i].embedded) return undefined;
  const limit = clauseEndAt(text, last.to, index);
  j = skipSpaces(text, j + 2);
  const cmp = comparisonWordAt(text, j, Math.min(limit, j + 8));
  // 分别占55%、45%: shares of something the sentence names, not the indicators' levels
  if (cmp === '占' || cmp === '是' || cmp === '约' || cmp === '近') return undefined;
  if (cmp) j = skipSpaces(text, j + cmp.length);
  const out: RawValue[] = [];
  for (let i = first; i <= k; i++) {
    if (i > first) {
      if (!LIST_JOINS.has(text.charCodeAt(j))) return undefined;
      j = skipSpaces(text, j + 1);
    }
    const parsed = j < limit ? parseValueAt(text, j) : undefined;
    if (!parsed || !parsed.unit || j + parsed.length > limit) return undefined;
    const ind = matches[i].phrasing.indicator;
    if (unitClass(parsed.unit) !== unitClass(ind.valueUnit)) return undefined;
    const raw: RawValue = { parsed, at: j, cmp, tight: true, end: j + parsed.length };
    // 每千人口托位数、托位数: a count's words under a rate's 每千人口 may name the rate again
    if (ind.kind === 'count' && perCapita(text, matches[i].from, matches[i].to, raw)) return undefined;
    out.push(raw);
    j = skipSpaces(text, j + parsed.length);
  }
  if (j < text.length && !LIST_ENDS.has(text.charCodeAt(j))) return undefined;
  return out;
}

// ───────────────────────────── building mentions ─────────────────────────────

interface HostContext {
  host: Span;
  where: 'text' | 'table';
  paragraph?: number;
  table?: number;
  row?: number;
}

type YearFound = { year?: number; kind?: YearKind; source?: YearSource };

/** A stated value as its text alone gives it: offsets in that text, no document positions. */
type TextValue = Omit<StatedValue, 'range' | 'digitsRange'> & { digitsLength: number };

/** A mention as its text alone gives it (memoised by the text, shared between analyses: never mutated). */
interface TextMention {
  /** Compiled.phrasings index */
  phrasing: number;
  from: number;
  to: number;
  sentence: [number, number];
  /** yearKind undefined: no year in the text; the paragraphs before may give one */
  values: TextValue[];
  scope?: string;
  delta?: boolean;
  area?: string;
}

function toTextValue(rv: RawValue, yearInfo: YearFound): TextValue {
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
    from,
    to,
    digitsLength: p.digitsLength,
    year: rv.year ?? yearInfo.year,
    yearKind: rv.base ? 'status' : rv.year !== undefined ? 'target' : rv.reached ? 'status' : yearInfo.kind,
    yearSource: rv.year !== undefined ? 'sentence' : yearInfo.source,
    tight: rv.tight,
    fraction: p.fraction,
    stretch: undefined,
  };
}

/** The value placed in the document; a value without a year takes the one the paragraphs before set (`inherited`). */
function toStated(host: Span, v: TextValue, inherited: number | undefined): StatedValue {
  let { year, yearKind, yearSource } = v;
  if (yearKind === undefined && inherited !== undefined) [year, yearKind, yearSource] = [inherited, 'target', 'context'];
  return {
    value: v.value,
    max: v.max,
    raw: v.raw,
    unit: v.unit,
    comparison: v.comparison,
    comparisonText: v.comparisonText,
    open: v.open,
    resolution: v.resolution,
    range: spanRange(host, v.from, v.to),
    from: v.from,
    to: v.to,
    digitsRange: spanRange(host, v.from, v.from + v.digitsLength),
    year,
    yearKind,
    yearSource,
    tight: v.tight,
    fraction: v.fraction,
    stretch: v.stretch,
  };
}

function statedValues(host: Span, values: readonly TextValue[], inherited: number | undefined): StatedValue[] {
  const out: StatedValue[] = [];
  for (let k = 0; k < values.length; k++) out.push(toStated(host, values[k], inherited));
  return out;
}

function yearFor(text: string, sentence: [number, number], at: number, index: TextIndex): YearFound {
  const inSentence = yearBefore(text, sentence[0], at, index);
  if (inSentence) return { year: inSentence.year, kind: inSentence.kind, source: 'sentence' };
  const inParagraph = lastTargetYear(text, Math.max(0, sentence[0] - 1500), sentence[0], index);
  if (inParagraph !== undefined) return { year: inParagraph, kind: 'target', source: 'paragraph' };
  return {};
}

/** The mentions a text states by itself (`matches`, its phrases; `index`, its sentences and years): what the memo keeps per paragraph and per table cell. */
function textMentions(text: string, matches: Match[], index: TextIndex): TextMention[] {
  const out: TextMention[] = [];
  // the values a 分别 list gives its names, by the index of each name's match (one indexOf says most texts have none)
  let listed: (RawValue | undefined)[] | undefined;
  const lists = matches.length > 1 && text.indexOf('分别') >= 0;
  for (let k = 1; lists && k < matches.length; k++) {
    const list = respectiveValues(text, matches, k, index);
    if (!list) continue;
    listed ??= [];
    for (let i = 0; i < list.length; i++) listed[k - list.length + 1 + i] = list[i];
  }
  for (let k = 0; k < matches.length; k++) {
    const m = matches[k];
    const indicator = m.phrasing.indicator;
    const fromList = listed?.[k];
    let raws: RawValue[];
    if (fromList) raws = [fromList];
    else if (m.embedded) raws = [{ parsed: m.embedded.value, at: m.embedded.at, cmp: m.embedded.cmp, tight: true, end: m.embedded.at + m.embedded.value.length }];
    else {
      const clauseEnd = clauseEndAt(text, m.from, index);
      const limit = Math.min(clauseEnd, k + 1 < matches.length ? matches[k + 1].from : text.length);
      raws = valuesAfter(text, m.to, limit, indicator);
    }
    // a phrasing recognised only with a value, without one: nothing to keep (no sentence looked up)
    if (m.phrasing.mode === 'value' && !raws.length) continue;
    // 每千人口托位4.5个 and 托位数4.5个/千人 state the rate, not the count its words also name
    if (indicator.kind === 'count' && raws.length && perCapita(text, m.from, m.to, raws[0])) continue;
    // 建成1个托位200个以上的中心: the 1个 counts the centre, the 托位 are the number after them
    if (m.embedded && !m.phrasing.before && isDigitCode(text.charCodeAt(skipSpaces(text, m.to)))) continue;
    const sentence = sentenceAt(text, m.from, false, index);
    const values: TextValue[] = [];
    if (raws.length) {
      // the year is the mention's (where it stands in its sentence): found once for all its values
      const year = yearFor(text, sentence, m.from, index);
      const lead = clauseLeadStart(text, m.from, 12, DELTA_STOPS);
      const stretchLead = STRETCH.test(text.slice(lead, m.from));
      for (let r = 0; r < raws.length; r++) {
        const v = toTextValue(raws[r], year);
        if (stretchLead || STRETCH.test(text.slice(m.to, raws[r].at))) v.stretch = true;
        values.push(v);
      }
    }
    const sd = scopeBefore(text, m.from);
    const { delta } = sd;
    // a count for one provider or facility (县妇幼保健院开设50个托位, 每个托育机构设置20个托位) is not the area's total
    const scope = sd.scope ?? (indicator.kind === 'count' ? ownerBefore(text, m.from) : undefined);
    out.push({ phrasing: m.phrasing.seq, from: m.from, to: m.to, sentence, values, scope, delta, area: areaBefore(text, m.from) });
  }
  return out;
}

const NONE: TextMention[] = [];

/** 每千人口, 每千名, 千人口, 每万人, 每百户 … before a count's words or between them and its value (a rate's words). */
const PER_CAPITA = /每[^，；。、0-9０-９]{0,3}?[百千万][^，；。、0-9０-９]{0,4}?[人名户]|千人口/;
/** 4.5个/千人, 4.5个每千人: the rate's base written after the value */
const PER_AFTER = /^[ \u3000]*(?:[/／]|每)[ \u3000]*[百千万]/;
const PER_FIRSTS = codeSet('每千');

/**
 * Whether a count indicator's words at [from, to) with the value `v` state a rate instead: a 每千人口 in
 * the clause before them or between them and the value, or a /千人 after the value. The count and the rate
 * share their words (托位数), and a rate read as the count differs from the count's real target.
 */
function perCapita(text: string, from: number, to: number, v: RawValue): boolean {
  const a = clauseLeadStart(text, from, 16, DELTA_STOPS);
  if (holdsAny(text, a, from, PER_FIRSTS) && PER_CAPITA.test(text.slice(a, from))) return true;
  if (v.at > to && holdsAny(text, to, v.at, PER_FIRSTS) && PER_CAPITA.test(text.slice(to, v.at))) return true;
  return PER_AFTER.test(text.slice(v.end, v.end + 6));
}

/**
 * Everything the indicator checks take from a text by itself: its mentions and the sums it states.
 * One memo entry per paragraph or cell text: after a keystroke every other text costs one lookup.
 */
interface TextFacts {
  mentions: TextMention[];
  sums: TextSum[];
  /** the year of the text's last 到/至 20XX年: what the values of the paragraphs after it inherit */
  target: number | undefined;
  /** a value of it has no year of its own: it takes the one the paragraphs before set */
  inherits: boolean;
}

const NO_FACTS: TextFacts = { mentions: NONE, sums: NO_SUMS, target: undefined, inherits: false };

/**
 * The index of the text factsIn reads, in arrays used again for the next text: what a text's facts keep
 * is read from its index while they are made (offsets, years), never the index itself.
 */
const scratch = new IndexBuilder();
/** the text `scratch` indexes now (undefined: none yet in this factsIn) */
let scratchText: string | undefined;

/** The index of `text` (the sums ask for it only when they need it), in `scratch`. */
function scratchIndex(text: string): TextIndex {
  if (scratchText !== text) {
    scratchText = text;
    indexInto(scratch, text);
  }
  return scratch;
}

function factsIn(text: string, compiled: Compiled): TextFacts {
  // The text's index (sentences, years, asides) is built as the phrase scan walks the text, and serves
  // the mentions and the sums; kept with the facts rather than in a memo (no second hash and copy of the text).
  scratchText = undefined;
  let mentions = NONE;
  // no phrase and no number starts in the text: it mentions nothing
  if (mayMention(text, compiled)) {
    const matches = scanPhrases(text, compiled, false, scratch.start(text));
    scratchText = text;
    const index = scratch.finish();
    if (matches.length) mentions = textMentions(text, matches, index);
  }
  const sums = sumsIn(text, scratchIndex);
  // the index read the years already: its last 到/至 20XX年 is what finalTargetYear would find again
  const targets = scratchText === text ? scratch.targets : undefined;
  const target = targets ? (targets.length ? targets[targets.length - 1].year : undefined) : finalTargetYear(text);
  let inherits = false;
  // indexed loops in what runs once per text or host: a for…of's iterator is an object per loop until the code is optimised
  for (let k = 0; k < mentions.length; k++) {
    const values = mentions[k].values;
    for (let v = 0; v < values.length; v++) if (values[v].yearKind === undefined) inherits = true;
  }
  return mentions.length || sums.length || target !== undefined ? { mentions, sums, target, inherits } : NO_FACTS;
}

/**
 * A short text that states nothing, said without a lookup: 县民政局, a 序号 cell, 一、. It has no digit
 * (no value, sum or year) and starts no phrasing (a digit may start one: it is asked first). One walk
 * over at most MEMO_MIN - 1 codes: a document of 100,000 such lines pays that and no more for each.
 */
function quietShort(text: string, compiled: Compiled): boolean {
  const n = text.length;
  if (n >= MEMO_MIN) return false;
  const { starts, firstBits, pairs } = compiled;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (isDigitCode(c)) return false;
    if (hasBit(starts, c) && (!hasBit(firstBits, c) || hasBit(pairs, pairHash(c, text.charCodeAt(i + 1))))) return false;
  }
  return true;
}

/** What a paragraph or cell text states, from the memo when the text was seen before. */
function factsOf(text: string, compiled: Compiled): TextFacts {
  // a text is looked up even when it states nothing: the lookup costs less than the walk over its
  // characters that would say so again after every keystroke; a short one (县民政局) was read instead (quietShort)
  const memo = text.length < MEMO_MIN ? compiled.short : compiled.texts;
  const prefix = compiled.keyPrefix.length;
  // computed from the key (an owned copy), never from the document's slice
  return memo.get(keyOf(compiled, text), (key) => factsIn(prefix ? key.slice(prefix) : key, compiled));
}

/**
 * What a text states, on a first reading (nothing remembered): a text met twice in the document is read
 * once (`seen`, keyed by the document's own strings). The memo is offered these facts later (fileFacts),
 * when a scan first needs it: filing every text as it was read made an owned copy of it and hashed that
 * copy, a second hash of every text, for a document that may never be edited (the CLI).
 * The facts hold no slice of the text (values' raw text is copied when long: parseValueAt), so filing
 * them keeps no document alive.
 */
function firstFacts(text: string, compiled: Compiled, seen: Map<string, TextFacts>): TextFacts {
  let f = seen.get(text);
  if (f === undefined) seen.set(text, (f = factsIn(text, compiled)));
  return f;
}

/** Puts what a scan read on a first reading into the memo (once), where the next miss looks. */
function fileScan(scan: LastScan, compiled: Compiled): void {
  if (!scan.paragraphs.filed) fileFacts(scan.paragraphs, compiled);
  for (const t of scan.tables) if (!t.filed) fileFacts(t, compiled);
}

function fileFacts(read: TextsRead, compiled: Compiled): void {
  const { texts, facts } = read;
  for (let i = 0; i < texts.length; i++) {
    const text = texts[i];
    const f = facts[i];
    if (f === NO_FACTS && text.length < MEMO_MIN) continue;
    (text.length < MEMO_MIN ? compiled.short : compiled.texts).offer(keyOf(compiled, text), f);
  }
  read.filed = true;
}

/** The mentions found in a host's text, placed in the document. */
function placeMentions(found: TextMention[], ctx: HostContext, compiled: Compiled, inherited: number | undefined, out: IndicatorMention[]): void {
  const text = ctx.host.text;
  for (let k = 0; k < found.length; k++) {
    const t = found[k];
    const range = spanRange(ctx.host, t.from, t.to);
    out.push({
      index: out.length,
      indicator: compiled.phrasings[t.phrasing].indicator,
      phrase: text.slice(t.from, t.to),
      range,
      from: t.from,
      to: t.to,
      line: range.start.line,
      where: ctx.where,
      host: ctx.host,
      paragraph: ctx.paragraph,
      table: ctx.table,
      row: ctx.row,
      sentence: t.sentence,
      values: statedValues(ctx.host, t.values, inherited),
      scope: t.scope,
      delta: t.delta,
      area: t.area,
    });
  }
}

/** False when no phrasing and no number starts in `text` (most table cells: 县民政局、县财政局). */
function mayMention(text: string, compiled: Compiled): boolean {
  const { starts, firstBits, pairs } = compiled;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (hasBit(starts, c) && (!hasBit(firstBits, c) || hasBit(pairs, pairHash(c, text.charCodeAt(i + 1))))) return true;
  }
  return false;
}

/**
 * Texts shorter than this are read again rather than remembered: for a 序号 cell (12), a value cell
 * (≥90) or 任务3 the lookup and the entry cost about what the reading does, and a 10,000-row table would
 * fill the memo with them. Longer cells (基本养老保险参保率（%）, 2023年底前) are worth remembering.
 */
const MEMO_MIN = 8;

// ───────────────────────────── indicator tables ─────────────────────────────

const norm = (s: string) => s.replace(/[ \u3000]/g, '');
const UNIT_SUFFIX = /[（(]([^（）()]{1,12})[）)]$/;
const ATTRIBUTE = /[（(]((?:非)?约束性|预期性)[）)]/;
/** a part of the area written in the 主要指标 cell's brackets: 护理型床位占比（城市） */
const ROW_SCOPE = /^(?:城市|农村|城镇|乡村|城区|县城|公办|民办|乡镇|街道|社区)$/;

interface IndicatorColumns {
  name: number;
  values: { column: number; year?: number; kind: YearKind }[];
  attribute: number;
  /** a 单位 column (-1: none): 万张 there scales the row's values */
  unit: number;
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
  // the first of several year columns, bare (2020年 | 2025年 | 2035年), holds where the indicator starts, not
  // a target; a column the header calls a target (2023年目标值) stays one, and so do the later years
  let first = Infinity;
  let years = 0;
  for (const v of values) {
    if (v.year === undefined) continue;
    years++;
    if (v.year < first) first = v.year;
  }
  for (const v of values) if (years > 1 && v.kind === 'target' && v.year === first && !/目标|预期|规划/.test(cells[v.column])) v.kind = 'status';
  return { name, values, attribute: cells.findIndex((c) => /属性/.test(c)), unit: cells.findIndex((c) => /^(?:计量)?单位$/.test(c)) };
}

const columnMemo = new Memo<IndicatorColumns | null>('indicators/table columns', 2_000);

/**
 * The columns of an indicator table, the same object for the same header texts: an unchanged row of
 * it is recognised by its columns and its texts (tableMentions).
 */
function columnsOf(table: Table): IndicatorColumns | undefined {
  const cells = table.header.cells;
  // every header indicatorColumns accepts names its 指标 column (spaces aside): a table without 指 in its
  // header (the 分工表, most tables) is answered without joining its header into a key and hashing it
  let i = 0;
  while (i < cells.length && !cells[i].text.includes('指')) i++;
  if (i === cells.length) return undefined;
  let key = '';
  for (const c of cells) key += c.text + '\u0001';
  return columnMemo.get(key, () => indicatorColumns(table) ?? null) ?? undefined;
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

/** The indicator a 主要指标 cell names (Compiled.phrasings index), where in the cell. */
interface NameMatch {
  phrasing: number;
  from: number;
  to: number;
}

/** The cell names one indicator: the longest phrase in it. */
function nameIn(bare: string, compiled: Compiled): NameMatch | null {
  const matches = scanPhrases(bare, compiled, true);
  if (!matches.length) return null;
  const m = matches.reduce((a, b) => (b.to - b.from > a.to - a.from ? b : a));
  return { phrasing: m.phrasing.seq, from: m.from, to: m.to };
}

/** What a row of an indicator table states, from its cells' texts alone (offsets in each cell's text). */
interface RowFacts {
  /** the indicator the 主要指标 cell names, where in that cell */
  name: NameMatch;
  phrase: string;
  /** the unit the cell declares: 基本养老保险参保率（%） */
  unit: { unit: string; from: number; to: number } | undefined;
  /** per value column (IndicatorColumns.values, in order): the value its cell states */
  values: ({ value: TextValue; attribute: string | undefined } | undefined)[];
  /** the figure is for part of the area (公办养老机构护理型床位占比, …（城市）) */
  scope: string | undefined;
  /** the row states a change (护理型床位占比提高, a 百分点 unit), not a level */
  delta: boolean;
}

/** The texts a row's facts are read from, in the order rowTexts gives them: name, attribute, values, unit. */
type RowTexts = (string | undefined)[];

/** A row's cells in the order rowTexts gives their texts: name, attribute, values, unit (undefined where missing). */
type RowCells = (Cell | undefined)[];

function rowCells(row: TableRow, cols: IndicatorColumns): RowCells | undefined {
  let name: Cell | undefined;
  for (const c of row.cells) {
    if (c.column === cols.name) {
      name = c;
      break;
    }
  }
  if (!name) return undefined;
  const cells: RowCells = [name, cols.attribute >= 0 ? row.cells.find((c) => c.column === cols.attribute) : undefined];
  for (const vc of cols.values) cells.push(row.cells.find((c) => c.column === vc.column));
  cells.push(cols.unit >= 0 ? row.cells.find((c) => c.column === cols.unit) : undefined);
  return cells;
}

function readRow(texts: RowTexts, cols: IndicatorColumns, compiled: Compiled): RowFacts | null {
  const text = texts[0]!;
  const unitM = UNIT_SUFFIX.exec(text);
  const bare = unitM ? text.slice(0, unitM.index) : text;
  const m = compiled.names.get(keyOf(compiled, bare), () => nameIn(bare, compiled));
  if (!m) return null;
  const attrText = texts[1];
  const unitText = norm(texts[cols.values.length + 2] ?? '');
  // 万张 in the 单位 column: the cells hold 0.24 for 2400张
  const scale = /^万/.test(unitText) ? 1e4 : /^亿/.test(unitText) ? 1e8 : 1;
  const declared = unitM?.[1] ?? '';
  const after = bare.slice(m.to);
  const delta = /百分点/.test(declared + unitText) || /^[^（(]{0,4}(?:提高|提升|增加|增长|下降|降低|减少|增幅|降幅|变化)/.test(after);
  const scope = scopeBefore(bare, m.from).scope ?? ROW_SCOPE.exec(declared)?.[0];
  const values: RowFacts['values'] = [];
  cols.values.forEach((vc, k) => {
    const t = texts[k + 2];
    if (t === undefined) return values.push(undefined);
    let j = skipSpaces(t, 0);
    const cmp = comparisonWordAt(t, j, t.length);
    if (cmp) j = skipSpaces(t, j + cmp.length);
    const parsed = parseValueAt(t, j);
    if (!parsed) return values.push(undefined);
    const rv: RawValue = { parsed, at: j, cmp, tight: true, end: j + parsed.length };
    const value = toTextValue(rv, { year: vc.year, kind: vc.kind, source: 'table' });
    if (scale !== 1) {
      value.value *= scale;
      if (value.max !== undefined) value.max *= scale;
      value.resolution *= scale;
    }
    const attr = ATTRIBUTE.exec(t.slice(j + parsed.length)) ?? (attrText !== undefined ? ATTRIBUTE.exec(`（${norm(attrText)}）`) : null);
    values.push({ value, attribute: attr?.[1] });
  });
  return {
    name: m,
    phrase: bare.slice(m.from, m.to),
    unit: unitM && !scope ? { unit: unitM[1], from: unitM.index + 1, to: unitM.index + 1 + unitM[1].length } : undefined,
    values,
    scope,
    delta,
  };
}

/** The rows an indicator table's last scan read, in order (see scanDocument). */
interface SeenRow {
  cols: IndicatorColumns;
  texts: RowTexts;
  facts: RowFacts | null;
  /** the row's mention as placed then (undefined: it names no indicator) */
  placed: HostFacts | undefined;
}

function sameTexts(a: RowTexts, b: RowTexts): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** The cells lie where they lay (texts compared apart): what was placed from them holds as it is. */
function sameCells(a: readonly Segment[][], b: RowCells): boolean {
  for (let i = 0; i < b.length; i++) {
    const c = b[i];
    if (c ? !sameSegments(a[i], c.segments) : a[i] !== NO_SEGMENTS) return false;
  }
  return true;
}

const NO_SEGMENTS: Segment[] = [];

function tableMentions(table: Table, cols: IndicatorColumns, place: string | undefined, compiled: Compiled, out: HostFacts[], rows: { last: SeenRow[]; at: number; seen: SeenRow[] }): void {
  for (const row of table.rows) {
    if (row.kind !== 'row') continue;
    const cells = rowCells(row, cols);
    if (!cells) continue;
    const texts: RowTexts = cells.map((c) => c?.text);
    // an unchanged row (same columns, same cell texts as in the last scan) is not read again
    let facts: RowFacts | null | undefined;
    let prev: SeenRow | undefined;
    // the row after it too: the row read last time at `at` was deleted or edited
    for (let k = rows.at; k <= rows.at + 1 && facts === undefined; k++) {
      const seen = rows.last[k];
      if (seen && seen.cols === cols && sameTexts(seen.texts, texts)) {
        facts = seen.facts;
        prev = seen;
        rows.at = k + 1;
      }
    }
    if (facts === undefined) facts = readRow(texts, cols, compiled);
    let placed: HostFacts | undefined;
    if (facts) {
      const old = prev?.placed;
      // the same row where it was, in the same table and place: its mention as placed last time, in this version's cell
      placed = old && old.table === table.index && old.row === row.index && old.scope === place && sameCells(old.cells!, cells)
        ? handOn(old, cells[0]!, NO_SUMS, movedRow)
        : placeRow(facts, cells, cols, compiled, table.index, row.index, place);
      out.push(placed);
    }
    rows.seen.push({ cols, texts, facts, placed });
  }
}

function placeRow(facts: RowFacts, cells: RowCells, cols: IndicatorColumns, compiled: Compiled, table: number, row: number, place: string | undefined): HostFacts {
  const nameCell = cells[0]!;
  const indicator = compiled.phrasings[facts.name.phrasing].indicator;
  const values: StatedValue[] = [];
  cols.values.forEach((_, k) => {
    const v = facts.values[k];
    if (!v) return;
    const sv = toStated(cells[k + 2]!, v.value, undefined);
    if (v.attribute) sv.attribute = v.attribute;
    values.push(sv);
  });
  const range = spanRange(nameCell, facts.name.from, facts.name.to);
  const mention: IndicatorMention = {
    index: 0,
    indicator,
    phrase: facts.phrase,
    range,
    from: facts.name.from,
    to: facts.name.to,
    line: range.start.line,
    where: 'table',
    host: nameCell,
    table,
    row,
    sentence: [0, nameCell.text.length],
    values,
    scope: place ?? facts.scope,
  };
  if (facts.delta) mention.delta = true;
  if (facts.unit) mention.declaredUnit = { unit: facts.unit.unit, range: spanRange(nameCell, facts.unit.from, facts.unit.to) };
  return {
    host: nameCell,
    mentions: [mention],
    sums: NO_SUMS,
    derived: {},
    kind: 'row',
    segments: nameCell.segments,
    cells: cells.map((c) => c?.segments ?? NO_SEGMENTS),
    year: undefined,
    paragraph: undefined,
    table,
    row,
    scope: place,
  };
}

// ───────────────────────────── the document ─────────────────────────────

/** The 到20XX年 the earlier paragraphs of its block set (up to three back), for a value whose own text gives no year. */
function contextYear(model: DocumentModel, i: number, targets: readonly (number | undefined)[]): number | undefined {
  const p = model.paragraphs[i];
  for (let k = i - 1; k >= 0 && i - k <= 3; k--) {
    const q = model.paragraphs[k];
    if (q.region !== p.region || q.attachment !== p.attachment) break;
    // q is in p's region, so neither 版头 nor 版记: the scan has read it (targets[k & 3] is its facts' target)
    const year = targets[k & 3];
    if (year !== undefined || q.heading) return year;
  }
  return undefined;
}

/**
 * What a host is: a paragraph, a table cell, a cell of an indicator table (its sums only: its
 * mentions are its row's) or an indicator table's row (the mention its 主要指标 cell names).
 */
type HostKind = 'paragraph' | 'cell' | 'quiet cell' | 'row';

/** What arithmetic.ts works out from one host alone; handed on with the host's placement. */
export interface HostDerived {
  rates?: Computation[];
  sums?: Computation[];
  percents?: Computation[];
}

/**
 * What one paragraph, cell or indicator-table row gives the checks in this version: its mentions
 * placed in the document and its sums. The next scan hands the placement on (new mention objects
 * for the new host, the same ranges, values and `derived`) when the text, where it lies and the year
 * it inherits are the same: after a keystroke only the edited text is placed again.
 */
export interface HostFacts {
  host: Span;
  mentions: IndicatorMention[];
  sums: readonly TextSum[];
  derived: HostDerived;
  // what the placement depended on, besides the text
  kind: HostKind;
  segments: readonly Segment[];
  /** a row's cells' segments, in RowCells order */
  cells?: Segment[][];
  /** the year inherited from the paragraphs before (null: no value asked) */
  year: number | undefined | null;
  paragraph: number | undefined;
  table: number | undefined;
  row: number | undefined;
  scope: string | undefined;
}

const NO_MENTIONS: IndicatorMention[] = [];

/** A text mention placed last version, in this version's host (same fields, in the order placeMentions writes them). */
function movedText(m: IndicatorMention, host: Span): IndicatorMention {
  return {
    index: 0, indicator: m.indicator, phrase: m.phrase, range: m.range, from: m.from, to: m.to, line: m.line, where: m.where,
    host, paragraph: m.paragraph, table: m.table, row: m.row, sentence: m.sentence, values: m.values, scope: m.scope, delta: m.delta,
    area: m.area,
  };
}

/** A row mention placed last version, in this version's cell (the fields placeRow writes, in its order). */
function movedRow(m: IndicatorMention, host: Span): IndicatorMention {
  const moved: IndicatorMention = {
    index: 0, indicator: m.indicator, phrase: m.phrase, range: m.range, from: m.from, to: m.to, line: m.line, where: m.where,
    host, table: m.table, row: m.row, sentence: m.sentence, values: m.values, scope: m.scope,
  };
  if (m.delta) moved.delta = true;
  if (m.declaredUnit) moved.declaredUnit = m.declaredUnit;
  return moved;
}

function handOn(prev: HostFacts, host: Span, sums: readonly TextSum[], move: (m: IndicatorMention, host: Span) => IndicatorMention): HostFacts {
  let mentions = NO_MENTIONS;
  if (prev.mentions.length) {
    mentions = [];
    for (let k = 0; k < prev.mentions.length; k++) mentions.push(move(prev.mentions[k], host));
  }
  // written out (not a spread): every HostFacts keeps one shape
  return {
    host, mentions, sums, derived: prev.derived, kind: prev.kind, segments: host.segments, cells: prev.cells, year: prev.year,
    paragraph: prev.paragraph, table: prev.table, row: prev.row, scope: prev.scope,
  };
}

function placeHost(facts: TextFacts, ctx: HostContext, kind: HostKind, year: number | undefined | null, compiled: Compiled): HostFacts {
  const mentions: IndicatorMention[] = [];
  if (kind !== 'quiet cell') placeMentions(facts.mentions, ctx, compiled, year ?? undefined, mentions);
  return {
    host: ctx.host,
    mentions: mentions.length ? mentions : NO_MENTIONS,
    sums: facts.sums,
    derived: {},
    kind,
    segments: ctx.host.segments,
    cells: undefined,
    year,
    paragraph: ctx.paragraph,
    table: ctx.table,
    row: ctx.row,
    scope: undefined,
  };
}

/** The texts one part of the last scan read (the paragraphs, or one table's cells), in order, with their facts and placements. */
interface TextsRead {
  /** every text is in the memo (false after a first reading, until fileFacts) */
  filed: boolean;
  texts: string[];
  facts: TextFacts[];
  /** what was placed from each text (undefined: nothing) */
  placed: (HostFacts | undefined)[];
}

/** What the last scan read from one table. */
interface TableScan extends TextsRead {
  /** the parser hands an unchanged table's rows on as the same array (same cells, same lines) */
  rows: readonly TableRow[];
  index: number;
  header: readonly Span[];
  /** its columns when it is an indicator table */
  cols: IndicatorColumns | undefined;
  /** the place its title names (otherPlace), for its title and the document's jurisdiction then */
  place: string | undefined;
  title: string | undefined;
  jurisdiction: string | undefined;
  seenRows: SeenRow[];
  hosts: HostFacts[];
}

interface LastScan {
  paragraphs: TextsRead;
  tables: TableScan[];
}

const NOTHING_READ: TextsRead = { filed: true, texts: [], facts: [], placed: [] };
const NO_SCAN: LastScan = { paragraphs: NOTHING_READ, tables: [] };

/**
 * Re-analysis after a keystroke: the texts come in the order of the last scan, all but one unchanged.
 * Comparing a text with the one read at the same place last time (===) costs a compare; a memo lookup
 * hashes the whole text first, and hashing the document's texts was the largest part of a warm scan.
 * The memo stays the way back for a text that moved, changed or is new.
 */
class TextCursor implements TextsRead {
  // sized for the texts the caller may read (trimmed by done): grown by push, the three arrays of a
  // 2,000-cell table were copied a dozen times over
  readonly texts: string[];
  readonly facts: TextFacts[];
  readonly placed: (HostFacts | undefined)[];
  /** how many texts were read */
  private n = 0;
  private j = 0;
  /** where in the last scan the text just read was (-1: not there) */
  private seenAt = -1;

  /**
   * @param scan the last scan, filed into the memo at the first text it cannot follow
   * @param seen on a first reading (no last scan), the texts read so far (firstFacts)
   */
  constructor(
    private readonly last: TextsRead,
    private readonly compiled: Compiled,
    private readonly scan: LastScan,
    private readonly seen: Map<string, TextFacts> | undefined,
    expected: number,
  ) {
    this.texts = new Array<string>(expected);
    this.facts = new Array<TextFacts>(expected);
    this.placed = new Array<HostFacts | undefined>(expected);
  }

  /** What was placed from the text just read (undefined: nothing). */
  place(h: HostFacts | undefined): void {
    this.placed[this.n - 1] = h;
  }

  /** The arrays hold what was read, no more (fewer texts than expected were read). */
  done(): this {
    this.texts.length = this.facts.length = this.placed.length = this.n;
    return this;
  }

  /** Whether every text read is in the memo (what the next scan's TextsRead says). */
  get filed(): boolean {
    return !this.seen && this.last.filed;
  }

  read(text: string): TextFacts {
    const last = this.last;
    const j = this.j;
    let f: TextFacts;
    if (last.texts[j] === text) {
      this.seenAt = j;
      this.j = j + 1;
      f = last.facts[j];
    } else if (last.texts[j + 1] === text) {
      // the text after it: the text read last time at j was deleted or edited
      this.seenAt = j + 1;
      this.j = j + 2;
      f = last.facts[j + 1];
    } else {
      this.seenAt = -1;
      if (this.seen) f = firstFacts(text, this.compiled, this.seen);
      else {
        // the memo is where a text that moved or came back is found: what a first reading left out of it goes in now
        fileScan(this.scan, this.compiled);
        f = factsOf(text, this.compiled);
      }
    }
    this.texts[this.n] = text;
    this.facts[this.n++] = f;
    return f;
  }

  /** The placement last time of the text just read, when it lay where the host lies, as the same kind of host, with the same year. */
  handed(host: Span, kind: HostKind, year: number | undefined | null, paragraph: number | undefined, table: number | undefined, row: number | undefined): HostFacts | undefined {
    const prev = this.seenAt >= 0 ? this.last.placed[this.seenAt] : undefined;
    return prev && prev.kind === kind && prev.year === year && prev.paragraph === paragraph && prev.table === table && prev.row === row && sameSegments(prev.segments, host.segments)
      ? prev
      : undefined;
  }
}

/** The header cells say the same: the table has the columns it had. */
function sameHeader(a: readonly Span[], b: readonly Span[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i].text !== b[i].text) return false;
  return true;
}

const HOSTS_KEY = 'indicators/hosts';

const byPosition = (a: IndicatorMention, b: IndicatorMention) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character;

function sortedRun(list: readonly IndicatorMention[], from: number, to: number): boolean {
  for (let i = from + 1; i < to; i++) if (byPosition(list[i - 1], list[i]) > 0) return false;
  return true;
}

/**
 * The hosts' mentions sorted by position, as a stable sort of them in host order gives them. The
 * paragraphs' mentions come in order, and so do the tables' (each table's rows and cells in order, the
 * tables in order): the two runs are merged (a sort called the comparison ~n·log n times and allocated
 * its work space at every version). A run found out of order is sorted as before.
 */
function inDocumentOrder(hosts: readonly HostFacts[], paragraphHosts: number): IndicatorMention[] {
  const all: IndicatorMention[] = [];
  for (let h = 0; h < paragraphHosts; h++) for (let k = 0, ms = hosts[h].mentions; k < ms.length; k++) all.push(ms[k]);
  const split = all.length;
  for (let h = paragraphHosts; h < hosts.length; h++) for (let k = 0, ms = hosts[h].mentions; k < ms.length; k++) all.push(ms[k]);
  if (!sortedRun(all, 0, split) || !sortedRun(all, split, all.length)) return all.sort(byPosition);
  if (split === 0 || split === all.length) return all;
  const out: IndicatorMention[] = [];
  let a = 0;
  let b = split;
  // on a tie the paragraph's first, as the stable sort kept it
  while (a < split && b < all.length) out.push(byPosition(all[a], all[b]) <= 0 ? all[a++] : all[b++]);
  while (a < split) out.push(all[a++]);
  while (b < all.length) out.push(all[b++]);
  return out;
}

/** Every indicator mention in the document, in document order; memoised per analysis. */
export function findIndicatorMentions(model: DocumentModel, shared?: Map<string, unknown>): IndicatorMention[] {
  const memo = shared?.get(MENTIONS_KEY) as IndicatorMention[] | undefined;
  return memo ?? scanDocument(model, shared).mentions;
}

/**
 * The paragraphs, cells and rows that mention an indicator or state a sum, paragraphs first, then
 * each table's rows and cells; memoised per analysis.
 */
export function hostFacts(model: DocumentModel, shared?: Map<string, unknown>): HostFacts[] {
  const memo = shared?.get(HOSTS_KEY) as HostFacts[] | undefined;
  return memo ?? scanDocument(model, shared).hosts;
}

/**
 * One pass over the document's paragraphs and cells: each text's facts come from one memo lookup and
 * give both its mentions and its sums (two memos hashed every text twice).
 */
function scanDocument(model: DocumentModel, shared?: Map<string, unknown>): { mentions: IndicatorMention[]; hosts: HostFacts[] } {
  const compiled = compile(currentCatalogue(shared));
  // clearMemos() ran since the last scan (a cold analysis): the last scan is forgotten too. What is kept is
  // the last document's own texts and placements (at most one document's text kept alive beyond its analysis).
  const first = compiled.lastEpoch !== epoch;
  const last = first ? NO_SCAN : compiled.last;
  const seen = first ? new Map<string, TextFacts>() : undefined;
  // the targets of the last paragraphs, at i & 3: contextYear looks back three at most (an array of every
  // paragraph's was a slot per line of a 100,000-line document)
  const targets: (number | undefined)[] = [undefined, undefined, undefined, undefined];
  const hosts: HostFacts[] = [];
  const paragraphs = model.paragraphs;
  // sized for a plan's paragraphs, grown past that: a 100,000-line document's lines may all be short texts
  // the cursor never keeps (below), and growing from nothing copied the arrays a dozen times
  const read = new TextCursor(last.paragraphs, compiled, last, seen, Math.min(paragraphs.length, 2048));
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i];
    targets[i & 3] = undefined;
    if (p.region === 'head' || p.region === 'banji') continue;
    const text = p.text;
    // a short text that states nothing (一、, 县民政局) is said so by a walk over its few codes, and is not
    // kept for the next scan: the cursor follows the other texts (the same ones, in order, every scan)
    if (quietShort(text, compiled)) continue;
    const facts = read.read(text);
    targets[i & 3] = facts.target;
    if (!facts.mentions.length && !facts.sums.length) {
      read.place(undefined);
      continue;
    }
    const year = facts.inherits ? contextYear(model, i, targets) : null;
    const prev = read.handed(p, 'paragraph', year, p.index, undefined, undefined);
    const h = prev ? handOn(prev, p, facts.sums, movedText) : placeHost(facts, { host: p, where: 'text', paragraph: p.index }, 'paragraph', year, compiled);
    read.place(h);
    hosts.push(h);
  }
  const paragraphHosts = hosts.length;
  const tables: TableScan[] = [];
  for (let k = 0; k < model.tables.length; k++) {
    const t = model.tables[k];
    const lt = last.tables[k] as TableScan | undefined;
    // the header read at the same place last time, when its texts are the same: its columns, no key built
    const cols = lt && sameHeader(lt.header, t.header.cells) ? lt.cols : columnsOf(t);
    const title = t.title?.text;
    const jurisdiction = model.jurisdiction;
    // the title and the jurisdiction read last time: the place they gave (no expression run per version)
    const place = !cols ? undefined : lt && lt.cols && lt.title === title && lt.jurisdiction === jurisdiction ? lt.place : otherPlace(t, jurisdiction);
    if (lt && lt.rows === t.rows && lt.index === t.index && lt.cols === cols && lt.place === place) {
      // the same rows as last time (the same cells on the same lines: the parser reused the table whole):
      // what every cell and row gave then, handed on to this version without a look at a cell
      const handedOn: HostFacts[] = [];
      for (let k = 0; k < lt.hosts.length; k++) {
        const h = lt.hosts[k];
        const moved = handOn(h, h.host, h.sums, h.kind === 'row' ? movedRow : movedText);
        handedOn.push(moved);
        hosts.push(moved);
      }
      tables.push({ filed: lt.filed, texts: lt.texts, facts: lt.facts, placed: lt.placed, rows: lt.rows, index: lt.index, header: t.header.cells, cols, place, title, jurisdiction, seenRows: lt.seenRows, hosts: handedOn });
      continue;
    }
    const tableHosts: HostFacts[] = [];
    const seenRows: SeenRow[] = [];
    if (cols) tableMentions(t, cols, place, compiled, tableHosts, { last: lt?.seenRows ?? [], at: 0, seen: seenRows });
    let cellCount = 0;
    for (let ri = 0; ri < t.rows.length; ri++) cellCount += t.rows[ri].cells.length;
    const cells = new TextCursor(lt ?? NOTHING_READ, compiled, last, seen, cellCount);
    const kind: HostKind = cols ? 'quiet cell' : 'cell';
    for (let ri = 0; ri < t.rows.length; ri++) {
      const r = t.rows[ri];
      for (let ci = 0; ci < r.cells.length; ci++) {
        const c = r.cells[ci];
        if (quietShort(c.text, compiled)) continue;
        const facts = cells.read(c.text);
        // an indicator table's mentions are its rows (tableMentions), not what its cells say
        if (!facts.sums.length && (cols || !facts.mentions.length)) {
          cells.place(undefined);
          continue;
        }
        const prev = cells.handed(c, kind, null, undefined, t.index, r.index);
        const h = prev ? handOn(prev, c, facts.sums, movedText) : placeHost(facts, { host: c, where: 'table', table: t.index, row: r.index }, kind, null, compiled);
        cells.place(h);
        tableHosts.push(h);
      }
    }
    for (let k = 0; k < tableHosts.length; k++) hosts.push(tableHosts[k]);
    cells.done();
    tables.push({ filed: cells.filed, texts: cells.texts, facts: cells.facts, placed: cells.placed, rows: t.rows, index: t.index, header: t.header.cells, cols, place, title, jurisdiction, seenRows, hosts: tableHosts });
  }
  // the arrays, not the cursor: it holds the scan before this one
  read.done();
  compiled.last = { paragraphs: { filed: read.filed, texts: read.texts, facts: read.facts, placed: read.placed }, tables };
  compiled.lastEpoch = epoch;
  const out = inDocumentOrder(hosts, paragraphHosts);
  for (let i = 0; i < out.length; i++) out[i].index = i;
  shared?.set(MENTIONS_KEY, out);
  shared?.set(HOSTS_KEY, hosts);
  return { mentions: out, hosts };
}
