// An opening （ 〔 《 “ 【 with no closing partner in its paragraph (joined across hard wraps), or
// a closing one with no opening. Both ends are named: the lone half, and where its paragraph
// begins or ends without the partner.
import type { Finding, Rule } from '../types';
import { PAIR, halfRange, sharedScan, type Half } from '../../brackets/scan';
import { context, markName } from '../../brackets/names';
import { spanRange } from '../../text/span';

/** A run of 200 000 lone brackets on one line is one problem, not 200 000. */
const PER_SOURCE = 5;

const OPENER_OF: Record<string, string> = Object.fromEntries(Object.entries(PAIR).map(([o, c]) => [c, o]));

function where(h: Half): string {
  return h.source.kind === 'cell' ? '本单元格' : h.source.kind === 'title' ? '本标题' : '本段';
}

export const rule: Rule = {
  meta: {
    id: 'brackets/unbalanced',
    family: 'brackets',
    severity: 'error',
    description: {
      zh: '括号、书名号、引号不成对：有前半没有后半，或有后半没有前半',
      en: 'An opening bracket, quotation or book-title mark without its closing half in the paragraph, or the reverse',
    },
  },
  run({ model, shared }) {
    const scan = sharedScan(model, shared);
    const findings: Finding[] = [];
    const perSource = new Map<unknown, number>();
    const take = (h: Half) => {
      const n = perSource.get(h.source) ?? 0;
      perSource.set(h.source, n + 1);
      return n < PER_SOURCE;
    };
    for (const h of scan.unclosed) {
      if (!take(h)) continue;
      const span = h.source.span;
      const close = PAIR[h.ch];
      findings.push({
        range: halfRange(h),
        message: `${markName(h.ch)}不成对：“${context(h, true)}”中的“${h.ch}”在${where(h)}中没有对应的“${close}”。`,
        related: [{ range: spanRange(span, span.text.length - 1, span.text.length), message: `${where(h)}到此结束，仍未见“${close}”` }],
      });
    }
    for (const h of scan.stray) {
      if (!take(h)) continue;
      const span = h.source.span;
      const open = OPENER_OF[h.ch];
      findings.push({
        range: halfRange(h),
        message: `${markName(h.ch)}不成对：“${context(h, false)}”中的“${h.ch}”在${where(h)}中没有对应的“${open}”。`,
        related: [{ range: spanRange(span, h.source.from, h.source.from + 1), message: `${where(h)}从此开始，未见“${open}”` }],
      });
    }
    for (const { pair, cutBy } of scan.crossings) {
      const span = pair.open.source.span;
      const a = Math.min(pair.open.offset, cutBy.open.offset);
      const b = Math.max(pair.close.offset, cutBy.close.offset) + 1;
      findings.push({
        range: halfRange(pair.open),
        message: `${markName(pair.open.ch)}与${markName(cutBy.open.ch)}交叉：“${span.text.slice(a, b)}”中“${pair.open.ch}”在“${cutBy.open.ch}${cutBy.close.ch}”之内打开，却在其外关闭；应在“${cutBy.close.ch}”之前关闭。`,
        related: [{ range: halfRange(pair.close), message: `“${pair.close.ch}”在此` }],
      });
    }
    findings.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
    return findings;
  },
};
