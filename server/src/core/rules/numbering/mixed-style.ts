// One level, one way of writing its markers: half-width (三) among （一）（二）（四）, 1、 or 1．
// among 1., full-width digits among ASCII. The expected form is the one most markers of that
// level use in the same part of the document (or, if that part has too few, in the whole document).
// The first level is the exception: its one form is 一、 (GB/T 9704-2012), and 一． or 一. (text taken
// from a PDF or Word), or 一。 (a full stop typed for 、), is noted even when every first-level marker is written so.
import type { DocumentModel, Heading, HeadingLevel, Range } from '../../model/types';
import type { Finding, Rule } from '../types';
import { levelName, markerInStyle, styleOf, type LevelStyle } from '../../numbering/markers';
import { scopeOf } from '../../numbering/sequence';
import { KeptResult } from '../../engine/lastResult';
import { sameHeadings } from '../../numbering/same';
import { headingFacts } from '../../numbering/facts';

interface Count {
  style: LevelStyle;
  n: number;
  example: Heading;
}

/** The styles used by the headings of one level (of one part, or of the whole document), by style code. */
interface Tally {
  counts: Map<number, Count>;
  total: number;
}

function tallyOf(tallies: Map<number, Tally>, key: number): Tally {
  let t = tallies.get(key);
  if (!t) {
    t = { counts: new Map(), total: 0 };
    tallies.set(key, t);
  }
  return t;
}

function count(t: Tally, code: number, h: Heading): void {
  const c = t.counts.get(code);
  if (c) c.n++;
  else t.counts.set(code, { style: styleOf(h)!, n: 1, example: h });
  t.total++;
}

/** The style a clear majority (at least two, more than all others together) uses. */
function majority(t: Tally | undefined): Count | undefined {
  if (!t) return undefined;
  for (const c of t.counts.values()) if (c.n >= 2 && c.n * 2 > t.total) return c;
  return undefined;
}

const SEPARATOR_CODE: Record<string, number> = { '、': 1, '.': 2, '．': 3 };

/**
 * styleKey(styleOf(h)) as a number (-1: no style, a mixed pair of parentheses): the same styles get the same
 * code, without a style object and a key string per heading. A separator outside the three the parser
 * reads gets 4 + its character code.
 */
function styleCode(h: Heading): number {
  const s = h.style;
  const level = h.level;
  if ((level === 2 || level === 4) && s.parens === 'mixed') return -1;
  const parens = level === 2 || level === 4 ? (s.parens === 'full' ? 1 : s.parens === 'half' ? 2 : 0) : 0;
  const sep = (level === 1 || level === 3) && s.separator ? SEPARATOR_CODE[s.separator] ?? 4 + s.separator.charCodeAt(0) : 0;
  const fw = (level === 3 || level === 4) && s.fullWidthDigits ? 1 : 0;
  return ((sep * 3 + parens) << 1) | fw;
}

/** Most markers' spacing after the marker, so the fix also matches it: the heading's peers (its group) other than `h`. */
function usualSpace(headings: readonly Heading[], groups: Int32Array, group: number, h: Heading): string {
  const counts = new Map<string, number>();
  for (let i = 0; i < headings.length; i++) {
    const p = headings[i];
    if (groups[i] !== group || p === h) continue;
    counts.set(p.style.spaceAfter, (counts.get(p.style.spaceAfter) ?? 0) + 1);
  }
  let best = '';
  let n = -1;
  for (const [s, c] of counts) if (c > n) [best, n] = [s, c];
  return best;
}

function describe(st: LevelStyle, level: HeadingLevel): string {
  return markerInStyle(level, 1, st);
}

/**
 * The separator of a marker and the spaces after it (一．, or 一 at a line's end and ． on the next): a space
 * after a dot, as a PDF lays it out, is not written after 、.
 */
function separatorRange(h: Heading): Range {
  const { line, character } = h.markerRange.end;
  return { start: { line, character: character - 1 }, end: { line, character: character + h.style.spaceAfter.length } };
}

/**
 * 一． or 一. at the first level: among markers written 一、 in the same part (`peer`, the first of them) a
 * warning like any other level's; where no marker of the part is written 一、 (the whole text copied from a
 * PDF), a note that the standard form is 一、. The fix changes the separator only, and the spaces after it to
 * those `peer` has.
 */
function firstLevelFinding(h: Heading, peer: Heading | undefined): Finding {
  const expected = markerInStyle(1, h.ordinal, { separator: '、' });
  // 二。 is a slip of the hand (a full stop typed for 、), not another way of writing the marker
  const stop = h.style.separator === '。';
  return {
    range: h.markerRange,
    message: peer
      ? `${stop ? '序号后误用句号：' : '序号写法不一致：本文'}第一层序号写作“一、”式（如第${peer.line + 1}行“${peer.marker}”），此处“${h.marker}”应为“${expected}”。`
      : `${stop ? '序号后误用句号：' : ''}第一层序号应写作“一、”式（GB/T 9704-2012），此处“${h.marker}”应为“${expected}”。`,
    severity: peer ? undefined : 'information',
    fixes: [{ title: `改为“${expected}”`, edits: [{ range: separatorRange(h), newText: '、' + (peer?.style.spaceAfter ?? '') }], safe: true }],
  };
}

const lastFindings = new KeptResult<DocumentModel, Finding[]>((a, b) => sameHeadings(a.headings, b.headings));

function findingsOf(headings: readonly Heading[], levels: Uint8Array): Finding[] {
  // per heading its style code and its group (its part of the document and its level, as a number: parts
  // are numbered as they first appear); the tallies by style code, per level and per group
  const codes = new Int32Array(headings.length);
  const groups = new Int32Array(headings.length).fill(-1);
  const parts = new Map<string, number>();
  const docTally = new Map<number, Tally>();
  const groupTally = new Map<number, Tally>();
  let part = -1;
  let lastRegion: Heading['region'] | undefined;
  let lastAttachment: number | undefined;
  // per part (by number), its first 一、
  const standard = new Map<number, Heading>();
  for (let i = 0; i < headings.length; i++) {
    const h = headings[i];
    if (part < 0 || h.region !== lastRegion || h.attachment !== lastAttachment) {
      // headings come part by part: its key is worked out when the part changes, not per heading
      const scope = scopeOf(h);
      part = parts.get(scope) ?? parts.set(scope, parts.size).get(scope)!;
      lastRegion = h.region;
      lastAttachment = h.attachment;
    }
    const group = part * 8 + h.level;
    groups[i] = group;
    if (levels[i] === 1) {
      // not tallied: a majority of 一． does not make 一、 wrong
      if (h.style.separator === '、' && !standard.has(part)) standard.set(part, h);
      continue;
    }
    const code = styleCode(h);
    codes[i] = code;
    // a heading without a style (a mixed pair) is counted in no tally
    if (code < 0) continue;
    count(tallyOf(docTally, h.level), code, h);
    count(tallyOf(groupTally, group), code, h);
  }
  const findings: Finding[] = [];
  for (let i = 0; i < headings.length; i++) {
    if (levels[i] === 1) {
      const h = headings[i];
      if (h.style.separator !== '、') findings.push(firstLevelFinding(h, standard.get(groups[i] >> 3)));
      continue;
    }
    const h = headings[i];
    const ownCode = codes[i];
    const want = majority(groupTally.get(groups[i])) ?? majority(docTally.get(h.level));
    const mixed = (h.level === 2 || h.level === 4) && h.style.parens === 'mixed';
    if (!mixed && (!want || ownCode < 0 || ownCode === styleCode(want.example))) continue;
    // a mixed pair （三) is wrong whatever the majority; without one, expect the standard full width
    const target: LevelStyle = want?.style ?? { parens: 'full', fullWidthDigits: false };
    const expected = markerInStyle(h.level, h.ordinal, target);
    const space = usualSpace(headings, groups, groups[i], h);
    const r = h.markerRange;
    // a marker broken over two lines (3 at a line's end, 、 on the next): the fix replaces the marker as written,
    // line break included, and is not applied blind, since it joins the two lines
    const oneLine = r.start.line === r.end.line;
    const edit = oneLine
      ? { range: { start: r.start, end: { line: r.end.line, character: r.end.character + h.style.spaceAfter.length } }, newText: expected + space }
      : { range: r, newText: expected };
    const message = mixed
      ? `序号括号不成对：“${h.marker}”左右括号全角、半角不一致，应为“${expected}”。`
      : `序号写法不一致：本文${levelName(h.level)}序号写作“${describe(want!.style, h.level)}”式（如第${want!.example.line + 1}行“${want!.example.marker}”），此处“${h.marker}”应为“${expected}”。`;
    findings.push({
      range: h.markerRange,
      message,
      severity: mixed ? 'error' : undefined,
      fixes: [{
        title: `改为“${expected}”`,
        edits: [edit],
        safe: oneLine,
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
      zh: '同一层序号写法不一致：半角(三)混在（一）（二）中，1、或1．混在1.中，全角数字；第一层写作“一．”而非“一、”',
      en: 'A heading marker written in another form than the other markers of its level',
    },
  },
  run({ model, shared }) {
    // a keystroke in running text leaves every marker as it was: the last version's findings then stand
    return lastFindings.get(model, () => findingsOf(model.headings, headingFacts(model, shared).levels));
  },
};
