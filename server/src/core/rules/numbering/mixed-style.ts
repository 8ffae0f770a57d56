// One level, one way of writing its markers: half-width (三) among （一）（二）（四）, 1、 or 1．
// among 1., full-width digits among ASCII. The expected form is the one most markers of that
// level use in the same part of the document (or, if that part has too few, in the whole document).
import type { DocumentModel, Heading, HeadingLevel } from '../../model/types';
import type { Finding, Rule } from '../types';
import { levelName, markerInStyle, styleKey, styleOf, type LevelStyle } from '../../numbering/markers';
import { scopeOf } from '../../numbering/sequence';
import { KeptResult } from '../../engine/lastResult';
import { sameHeadings } from '../../numbering/same';

interface Tally {
  counts: Map<string, { style: LevelStyle; n: number; example: Heading }>;
  total: number;
}

/** A heading's style and its key, worked out once per heading (the tallies and the check below both read them). */
interface Styled {
  h: Heading;
  style?: LevelStyle;
  key?: string;
}

function tally(headings: readonly Styled[]): Tally {
  const counts: Tally['counts'] = new Map();
  let total = 0;
  for (const { h, style, key } of headings) {
    if (!style) continue;
    const c = counts.get(key!);
    if (c) c.n++;
    else counts.set(key!, { style, n: 1, example: h });
    total++;
  }
  return { counts, total };
}

/** The style a clear majority (at least two, more than all others together) uses. */
function majority(t: Tally | undefined): { style: LevelStyle; n: number; example: Heading } | undefined {
  if (!t) return undefined;
  for (const c of t.counts.values()) if (c.n >= 2 && c.n * 2 > t.total) return c;
  return undefined;
}

/** Most markers' spacing after the marker, so the fix also matches it. */
function usualSpace(headings: readonly Heading[]): string {
  const counts = new Map<string, number>();
  for (const h of headings) counts.set(h.style.spaceAfter, (counts.get(h.style.spaceAfter) ?? 0) + 1);
  let best = '';
  let n = -1;
  for (const [s, c] of counts) if (c > n) [best, n] = [s, c];
  return best;
}

function describe(st: LevelStyle, level: HeadingLevel): string {
  return markerInStyle(level, 1, st);
}

const lastFindings = new KeptResult<DocumentModel, Finding[]>((a, b) => sameHeadings(a.headings, b.headings));

function findingsOf(headings: readonly Heading[]): Finding[] {
  const byLevel = new Map<HeadingLevel, Styled[]>();
  const byScope = new Map<string, Styled[]>();
  const styled: (Styled & { scope: string })[] = [];
  for (const h of headings) {
    if (h.level === 1) continue; // 一、 is the only form the parser reads as level 1
    const style = styleOf(h);
    const s = { h, style, key: style && styleKey(style), scope: scopeOf(h) + '|' + h.level };
    styled.push(s);
    (byLevel.get(h.level) ?? byLevel.set(h.level, []).get(h.level)!).push(s);
    (byScope.get(s.scope) ?? byScope.set(s.scope, []).get(s.scope)!).push(s);
  }
  const docTally = new Map([...byLevel].map(([lv, hs]) => [lv, tally(hs)]));
  const scopeTally = new Map([...byScope].map(([k, hs]) => [k, tally(hs)]));
  const findings: Finding[] = [];
  for (const { h, key: ownKey, scope } of styled) {
    const want = majority(scopeTally.get(scope)) ?? majority(docTally.get(h.level));
    const mixed = (h.level === 2 || h.level === 4) && h.style.parens === 'mixed';
    if (!mixed && (!want || ownKey === undefined || ownKey === styleKey(want.style))) continue;
    const peers = byScope.get(scope)!.map((p) => p.h);
    // a mixed pair （三) is wrong whatever the majority; without one, expect the standard full width
    const target: LevelStyle = want?.style ?? { parens: 'full', fullWidthDigits: false };
    const expected = markerInStyle(h.level, h.ordinal, target);
    const space = usualSpace(peers.filter((p) => p !== h));
    const { line, character } = h.markerRange.start;
    const end = h.markerRange.end.character + h.style.spaceAfter.length;
    const message = mixed
      ? `序号括号不成对：“${h.marker}”左右括号全角、半角不一致，应为“${expected}”。`
      : `序号写法不一致：本文${levelName(h.level)}序号写作“${describe(want!.style, h.level)}”式（如第${want!.example.line + 1}行“${want!.example.marker}”），此处“${h.marker}”应为“${expected}”。`;
    findings.push({
      range: h.markerRange,
      message,
      severity: mixed ? 'error' : undefined,
      fixes: [{
        title: `改为“${expected}”`,
        edits: [{ range: { start: { line, character }, end: { line, character: end } }, newText: expected + space }],
        safe: true,
      }],
    });
  }
  return findings;
}

export const rule: Rule = {
  meta: {
    id: 'numbering/mixed-style',
    family: 'numbering',
    severity: 'warning',
    fixable: true,
    description: {
      zh: '同一层序号写法不一致：半角(三)混在（一）（二）中，1、或1．混在1.中，全角数字',
      en: 'A heading marker written in another form than the other markers of its level',
    },
  },
  run({ model }) {
    // a keystroke in running text leaves every marker as it was: the last version's findings then stand
    return lastFindings.get(model, () => findingsOf(model.headings));
  },
};
