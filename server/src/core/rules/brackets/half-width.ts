// Half-width ( ) around Chinese text where the document writes the same kind of bracket
// full-width （ ）: the units bracket of one task among tasks that use （…）, or a parenthesis in
// the running text among full-width ones. ( ) around digits or Latin text (2024) (TOT) is fine.
import type { Task } from '../../model/types';
import type { Finding, Rule } from '../types';
import { halfRange, hasHan, pairAt, sharedScan, type Pair, type Scan, type Source } from '../../brackets/scan';
import { spanPos } from '../../text/span';
import { holdsSorted } from '../../text/sorted';

/**
 * Where the tasks' units brackets start, as (line, character) pairs in ascending order, each once: two
 * typed arrays searched by halves, in place of a set of position keys and a map of lines to lists.
 */
interface UnitStarts {
  lines: Int32Array;
  chars: Int32Array;
  n: number;
}

function unitStartsOf(tasks: readonly Task[]): UnitStarts {
  let lines = new Int32Array(tasks.length);
  let chars = new Int32Array(tasks.length);
  let sorted = true;
  for (let i = 0; i < tasks.length; i++) {
    const { line, character } = tasks[i].units.range.start;
    lines[i] = line;
    chars[i] = character;
    if (i > 0 && (lines[i - 1] > line || (lines[i - 1] === line && chars[i - 1] > character))) sorted = false;
  }
  if (!sorted) {
    // tasks come in document order, so their brackets do: sorted only should they not
    const order = Array.from({ length: tasks.length }, (_, i) => i).sort((x, y) => lines[x] - lines[y] || chars[x] - chars[y]);
    lines = Int32Array.from(order, (i) => lines[i]);
    chars = Int32Array.from(order, (i) => chars[i]);
  }
  let n = 0;
  for (let i = 0; i < tasks.length; i++) {
    if (n > 0 && lines[n - 1] === lines[i] && chars[n - 1] === chars[i]) continue;
    lines[n] = lines[i];
    chars[n] = chars[i];
    n++;
  }
  return { lines, chars, n };
}

/** The first pair at or after (line, character). */
function lowerBound(st: UnitStarts, line: number, character: number): number {
  let lo = 0;
  let hi = st.n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (st.lines[mid] < line || (st.lines[mid] === line && st.chars[mid] < character)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function isUnitStart(st: UnitStarts, line: number, character: number): boolean {
  const i = lowerBound(st, line, character);
  return i < st.n && st.lines[i] === line && st.chars[i] === character;
}

/** A ( ) pair across a wrap with Chinese inside (what its opening paragraph holds after the opening half). */
function halfHanAcross(open: Source, o: number): boolean {
  const t = open.span.text;
  return t.charCodeAt(o) === HALF_OPEN && hasHan(t, o + 1, t.length);
}

const HALF_OPEN = 0x28; // (
const FULL_OPEN = 0xff08; // （

/**
 * How many of `source`'s （） pairs open where a units bracket starts: a mark is a character inside one of
 * the span's segments, so its offset is at a units start exactly when its position is (no position is
 * worked out per pair, and no list of offsets is made per piece of text).
 */
function fullAtUnits(source: Source, fullRound: readonly number[], starts: UnitStarts): number {
  let n = 0;
  let acc = 0;
  for (const seg of source.span.segments) {
    for (let i = lowerBound(starts, seg.line, seg.start); i < starts.n && starts.lines[i] === seg.line && starts.chars[i] < seg.end; i++) {
      if (holdsSorted(fullRound, acc + starts.chars[i] - seg.start)) n++;
    }
    acc += seg.end - seg.start;
  }
  return n;
}

/** Whether offset `o` of `source`'s text is where a units bracket starts (the same correspondence). */
function atUnits(source: Source, o: number, starts: UnitStarts): boolean {
  let acc = 0;
  for (const seg of source.span.segments) {
    const len = seg.end - seg.start;
    if (o < acc + len) return isUnitStart(starts, seg.line, seg.start + (o - acc));
    acc += len;
  }
  return false;
}

/** Whether any ( ) pair has Chinese inside: the only pairs this check can report. */
function hasCandidate(scan: Scan): boolean {
  const sources = scan.sources;
  for (let i = 0; i < sources.length; i++) if (sources[i].local.halfHan.length) return true;
  for (const w of scan.wrapPairs) for (let k = 0; k < w.offsets.length; k += 2) if (halfHanAcross(w.open, w.offsets[k])) return true;
  return false;
}

export const rule: Rule = {
  meta: {
    id: 'brackets/half-width',
    family: 'brackets',
    severity: 'warning',
    fixable: true,
    description: {
      zh: '中文内容用了半角括号( )，而全文同类括号用全角（ ）',
      en: 'Half-width ( ) around Chinese text where the document uses full-width （ ） for the same role',
    },
  },
  run({ model, shared }) {
    const scan = sharedScan(model, shared);
    // most documents write no ( ) around Chinese at all: nothing to report then, and the counts below
    // (units positions, every （） pair) need not be taken
    if (!hasCandidate(scan)) return [];
    const tasks = model.tasks;
    const starts = unitStartsOf(tasks);
    let unitFull = 0;
    let unitHalf = 0;
    for (let i = 0; i < tasks.length; i++) {
      const t = tasks[i];
      if (t.units.open === '（' && t.units.close === '）') unitFull++;
      else if (t.units.open === '(' && t.units.close === ')') unitHalf++;
    }
    let proseFull = 0;
    let proseHalf = 0;
    const candidates: { pair: Pair; units: boolean }[] = [];
    for (const w of scan.wrapPairs) {
      const t = w.open.span.text;
      for (let k = 0; k < w.offsets.length; k += 2) {
        const o = w.offsets[k];
        const c = t.charCodeAt(o);
        if (c !== FULL_OPEN && c !== HALF_OPEN) continue;
        // the opening half's position only (halfRange would also work out its end)
        const at = spanPos(w.open.span, o);
        const units = isUnitStart(starts, at.line, at.character);
        if (c === FULL_OPEN && !units) proseFull++;
        if (!halfHanAcross(w.open, o)) continue;
        if (!units) proseHalf++;
        candidates.push({ pair: pairAt(w.open, o, w.offsets[k + 1], w.close), units });
      }
    }
    for (let i = 0; i < scan.sources.length; i++) {
      const { source, local } = scan.sources[i];
      // the cached scan keeps the （） pairs as offsets and the ( ) pairs with Chinese inside apart
      if (local.fullRound.length) proseFull += local.fullRound.length - fullAtUnits(source, local.fullRound, starts);
      for (let k = 0; k < local.halfHan.length; k += 2) {
        const units = atUnits(source, local.halfHan[k], starts);
        if (!units) proseHalf++;
        candidates.push({ pair: pairAt(source, local.halfHan[k], local.halfHan[k + 1]), units });
      }
    }
    const findings: Finding[] = [];
    for (const { pair, units } of candidates) {
      const [full, half] = units ? [unitFull, unitHalf] : [proseFull, proseHalf];
      if (full <= half) continue;
      const message = units
        ? `责任单位的括号应为全角“（）”：全文${full}处责任单位用“（……）”，此处用了半角“(……)”。`
        : `括号内是中文，应使用全角括号“（）”（全文${full}处都用全角），此处为半角“(……)”。`;
      findings.push({
        range: { start: halfRange(pair.open).start, end: halfRange(pair.close).end },
        message,
        fixes: [{
          title: '改为全角括号“（）”',
          edits: [{ range: halfRange(pair.open), newText: '（' }, { range: halfRange(pair.close), newText: '）' }],
          safe: true,
        }],
      });
    }
    return findings;
  },
};
