// Nesting of quotation and book-title marks: a title inside a title takes 〈〉 (《关于印发〈…〉的
// 通知》), a quotation inside a quotation takes ‘’; 〈〉 is used only inside 《》.
import type { Finding, Rule, TextEdit } from '../types';
import { halfRange, sharedScan, type Half, type Nested } from '../../brackets/scan';
import { context } from '../../brackets/names';
import { spanRange } from '../../text/span';

/**
 * One outer mark holding hundreds of nested pairs is one problem, not hundreds: the first few are marked one by
 * one, the rest share one finding whose fix changes them all (so one fixAll still leaves nothing to fix).
 */
export const PER_OUTER = 5;

const BOOK = ['〈', '〉', '书名号', '单书名号'] as const;
const QUOTE = ['‘', '’', '引号', '单引号'] as const;

/** A nested pair's own finding. */
function one(n: Nested): Finding {
  const marks = n.kind === 'book' ? BOOK : QUOTE;
  const { open, close } = n.pair;
  const openRange = halfRange(open);
  const closeRange = halfRange(close);
  return {
    range: { start: openRange.start, end: closeRange.end },
    message: `${marks[2]}内再用${marks[2]}时，内层应改用${marks[3]}“${marks[0]}${marks[1]}”：“${context(n.outer, true)}”中的内层“${open.ch}${close.ch}”应为“${marks[0]}${marks[1]}”。`,
    related: [{ range: halfRange(n.outer), message: `外层“${n.outer.ch}”在此` }],
    fixes: [{ title: `内层改为“${marks[0]}${marks[1]}”`, edits: [{ range: openRange, newText: marks[0] }, { range: closeRange, newText: marks[1] }], safe: true }],
  };
}

/** The nested pairs of one outer mark past its first few: one finding from the first to the last, one fix for all. */
function together(rest: readonly Nested[]): Finding {
  const first = rest[0];
  const marks = first.kind === 'book' ? BOOK : QUOTE;
  const span = first.outer.source.span;
  let from = Infinity;
  let to = -1;
  const edits: TextEdit[] = [];
  for (const { pair } of rest) {
    if (pair.open.offset < from) from = pair.open.offset;
    if (pair.close.offset > to) to = pair.close.offset;
    edits.push({ range: halfRange(pair.open), newText: marks[0] }, { range: halfRange(pair.close), newText: marks[1] });
  }
  return {
    range: spanRange(span, from, to + 1),
    message: `${marks[2]}内再用${marks[2]}时，内层应改用${marks[3]}“${marks[0]}${marks[1]}”：“${context(first.outer, true)}”中除已标出的${PER_OUTER}处外，另有${rest.length}处内层${marks[2]}应为“${marks[0]}${marks[1]}”。`,
    related: [{ range: halfRange(first.outer), message: `外层“${first.outer.ch}”在此` }],
    fixes: [{ title: `其余${rest.length}处内层全部改为“${marks[0]}${marks[1]}”`, edits, safe: true }],
  };
}

export const rule: Rule = {
  meta: {
    id: 'brackets/nesting',
    family: 'brackets',
    severity: 'warning',
    fixable: true,
    description: {
      zh: '书名号、引号嵌套不规范：书名号内应用〈〉，引号内应用‘’；〈〉只用于《》内',
      en: 'Nested book-title marks take 〈〉, nested quotation marks take ‘’; 〈〉 only inside 《》',
    },
  },
  run({ model, shared }) {
    const scan = sharedScan(model, shared);
    const findings: Finding[] = [];
    const nested = scan.nested;
    const perOuter = new Map<Half, number>();
    let beyond: Map<Half, Nested[]> | undefined;
    for (let i = 0; i < nested.length; i++) {
      const n = nested[i];
      const seen = perOuter.get(n.outer) ?? 0;
      perOuter.set(n.outer, seen + 1);
      if (seen < PER_OUTER) {
        findings.push(one(n));
        continue;
      }
      beyond ??= new Map();
      const rest = beyond.get(n.outer);
      if (rest) rest.push(n);
      else beyond.set(n.outer, [n]);
    }
    if (beyond) for (const rest of beyond.values()) findings.push(rest.length === 1 ? one(rest[0]) : together(rest));
    for (const p of scan.angleOutside) {
      findings.push({
        range: { start: halfRange(p.open).start, end: halfRange(p.close).end },
        severity: 'information',
        message: `单书名号“〈〉”只用于书名号“《》”之内；此处不在书名号内，书名、文件名应使用“《》”。`,
        fixes: [{
          title: '改为“《》”',
          edits: [{ range: halfRange(p.open), newText: '《' }, { range: halfRange(p.close), newText: '》' }],
        }],
      });
    }
    return findings;
  },
};
