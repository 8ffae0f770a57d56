// Half-width ( ) around Chinese text where the document writes the same kind of bracket
// full-width （ ）: the units bracket of one task among tasks that use （…）, or a parenthesis in
// the running text among full-width ones. ( ) around digits or Latin text (2024) (TOT) is fine.
import type { Range } from '../../model/types';
import type { Finding, Rule } from '../types';
import { halfRange, pairAt, sharedScan, type Pair, type Scan, type Source } from '../../brackets/scan';
import { spanPos } from '../../text/span';
import { holdsSorted } from '../../text/sorted';

const HAN = /[\u4e00-\u9fff]/;

/** A position as one number (exact below 2^53: lines below 2^31, characters below 2^22), else as a string. */
function key(line: number, character: number): number | string {
  return character < 0x400000 ? line * 0x400000 + character : `${line}:${character}`;
}

function startKey(r: Range): number | string {
  return key(r.start.line, r.start.character);
}

function inner(p: Pair): string {
  if (p.open.source !== p.close.source) return p.open.source.span.text.slice(p.open.offset + 1);
  return p.open.source.span.text.slice(p.open.offset + 1, p.close.offset);
}

/**
 * How many of `source`'s （） pairs open where a units bracket starts: a mark is a character inside one of
 * the span's segments, so its offset is at a units start exactly when its position is (no position is
 * worked out per pair, and no list of offsets is made per piece of text).
 */
function fullAtUnits(source: Source, fullRound: readonly number[], unitsByLine: ReadonlyMap<number, number[]>): number {
  let n = 0;
  let acc = 0;
  for (const seg of source.span.segments) {
    const chars = unitsByLine.get(seg.line);
    if (chars) for (const c of chars) if (c >= seg.start && c < seg.end && holdsSorted(fullRound, acc + c - seg.start)) n++;
    acc += seg.end - seg.start;
  }
  return n;
}

/** Whether offset `o` of `source`'s text is where a units bracket starts (the same correspondence). */
function atUnits(source: Source, o: number, unitsByLine: ReadonlyMap<number, number[]>): boolean {
  let acc = 0;
  for (const seg of source.span.segments) {
    const len = seg.end - seg.start;
    if (o < acc + len) {
      const chars = unitsByLine.get(seg.line);
      return chars !== undefined && chars.includes(seg.start + (o - acc));
    }
    acc += len;
  }
  return false;
}

/** Whether any ( ) pair has Chinese inside: the only pairs this check can report. */
function hasCandidate(scan: Scan): boolean {
  const sources = scan.sources;
  for (let i = 0; i < sources.length; i++) if (sources[i].local.halfHan.length) return true;
  for (const p of scan.wrapPairs) if (p.open.ch === '(' && HAN.test(inner(p))) return true;
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
    const unitStarts = new Set(model.tasks.map((t) => startKey(t.units.range)));
    const unitsByLine = new Map<number, number[]>();
    const tasks = model.tasks;
    for (let i = 0; i < tasks.length; i++) {
      const { line, character } = tasks[i].units.range.start;
      const chars = unitsByLine.get(line);
      if (!chars) unitsByLine.set(line, [character]);
      else if (!chars.includes(character)) chars.push(character);
    }
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
    const count = (pair: Pair, units: boolean) => {
      if (pair.open.ch === '（' && !units) proseFull++;
      if (pair.open.ch !== '(' || !HAN.test(inner(pair))) return;
      if (!units) proseHalf++;
      candidates.push({ pair, units });
    };
    for (const p of scan.wrapPairs) {
      if (p.open.ch !== '（' && p.open.ch !== '(') continue;
      // the opening half's position only (halfRange would also work out its end)
      const at = spanPos(p.open.source.span, p.open.offset);
      count(p, unitStarts.has(key(at.line, at.character)));
    }
    for (let i = 0; i < scan.sources.length; i++) {
      const { source, local } = scan.sources[i];
      // the cached scan keeps the （） pairs as offsets and the ( ) pairs with Chinese inside apart
      if (local.fullRound.length) proseFull += local.fullRound.length - fullAtUnits(source, local.fullRound, unitsByLine);
      for (let k = 0; k < local.halfHan.length; k += 2) {
        const units = atUnits(source, local.halfHan[k], unitsByLine);
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
