// Half-width ( ) around Chinese text where the document writes the same kind of bracket
// full-width （ ）: the units bracket of one task among tasks that use （…）, or a parenthesis in
// the running text among full-width ones. ( ) around digits or Latin text (2024) (TOT) is fine.
import type { Range } from '../../model/types';
import type { Finding, Rule } from '../types';
import { halfRange, sharedScan, type Pair } from '../../brackets/scan';
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
    const unitFull = model.tasks.filter((t) => t.units.open === '（' && t.units.close === '）').length;
    const unitHalf = model.tasks.filter((t) => t.units.open === '(' && t.units.close === ')').length;
    let proseFull = 0;
    let proseHalf = 0;
    const candidates: { pair: Pair; units: boolean }[] = [];
    for (const p of scan.pairs) {
      // only round brackets count here: the position lookup is skipped for the others (a long
      // wrapped paragraph full of 〔〕《》“” made it the slowest part of the check)
      if (p.open.ch !== '（' && p.open.ch !== '(') continue;
      // the opening half's position only (halfRange would also work out its end)
      const at = spanPos(p.open.source.span, p.open.offset);
      const units = unitStarts.has(key(at.line, at.character));
      if (p.open.ch === '（' && !units) proseFull++;
      if (p.open.ch !== '(' || !HAN.test(inner(p))) continue;
      if (!units) proseHalf++;
      candidates.push({ pair: p, units });
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
