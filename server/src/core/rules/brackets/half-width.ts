// Half-width ( ) around Chinese text where the document writes the same kind of bracket
// full-width （ ）: the units bracket of one task among tasks that use （…）, or a parenthesis in
// the running text among full-width ones. ( ) around digits or Latin text (2024) (TOT) is fine.
import type { Range } from '../../model/types';
import type { Finding, Rule } from '../types';
import { halfRange, pairAt, sharedScan, type Pair, type Source } from '../../brackets/scan';
import { spanPos } from '../../text/span';

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

/** Whether any of the ascending `lines` falls in [from, to]. */
function anyLineIn(lines: readonly number[], from: number, to: number): boolean {
  let lo = 0;
  let hi = lines.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (lines[mid] < from) lo = mid + 1;
    else hi = mid;
  }
  return lo < lines.length && lines[lo] <= to;
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
    const unitStarts = new Set(model.tasks.map((t) => startKey(t.units.range)));
    const unitLines = model.tasks.map((t) => t.units.range.start.line).sort((a, b) => a - b);
    const unitFull = model.tasks.filter((t) => t.units.open === '（' && t.units.close === '）').length;
    const unitHalf = model.tasks.filter((t) => t.units.open === '(' && t.units.close === ')').length;
    let proseFull = 0;
    let proseHalf = 0;
    const candidates: { pair: Pair; units: boolean }[] = [];
    const atUnit = (source: Source, offset: number): boolean => {
      // the opening half's position only (halfRange would also work out its end)
      const at = spanPos(source.span, offset);
      return unitStarts.has(key(at.line, at.character));
    };
    const count = (pair: Pair, units: boolean) => {
      if (pair.open.ch === '（' && !units) proseFull++;
      if (pair.open.ch !== '(' || !HAN.test(inner(pair))) return;
      if (!units) proseHalf++;
      candidates.push({ pair, units });
    };
    for (const p of scan.wrapPairs) {
      if (p.open.ch === '（' || p.open.ch === '(') count(p, atUnit(p.open.source, p.open.offset));
    }
    for (const { source, local } of scan.sources) {
      // the cached scan keeps the （） pairs as offsets and the ( ) pairs with Chinese inside apart:
      // only a piece of text on a line where a units bracket starts needs a position worked out
      const { start, end } = source.span.range;
      const mayHoldUnits = anyLineIn(unitLines, start.line, end.line);
      if (!mayHoldUnits) proseFull += local.fullRound.length;
      else for (const o of local.fullRound) if (!atUnit(source, o)) proseFull++;
      for (let k = 0; k < local.halfHan.length; k += 2) {
        const units = mayHoldUnits && atUnit(source, local.halfHan[k]);
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
