// Nesting of quotation and book-title marks: a title inside a title takes 〈〉 (《关于印发〈…〉的
// 通知》), a quotation inside a quotation takes ‘’; 〈〉 is used only inside 《》.
import type { Range } from '../../model/types';
import type { Finding, Rule } from '../types';
import { halfRange, sharedScan, type Half } from '../../brackets/scan';
import { context } from '../../brackets/names';

const BOOK = ['〈', '〉', '书名号', '单书名号'] as const;
const QUOTE = ['‘', '’', '引号', '单引号'] as const;

/** What the findings of one outer mark's nested pairs (of the same halves) share. */
interface Made {
  outer: Half;
  outerRange: Range;
  excerpt: string;
  outerMessage: string;
  open: string;
  close: string;
  message: string;
  title: string;
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
    // one outer mark can hold thousands of nested pairs (a line of 《“《“…”》”》): per kind, what was made for
    // the last outer mark and pair of halves (its range and excerpt, the messages, the same for each of its
    // pairs) serves the next one too, and each pair's two ranges serve its finding and its fix (strings and
    // ranges are never modified)
    const made: (Made | undefined)[] = [undefined, undefined];
    const nested = scan.nested;
    for (let i = 0; i < nested.length; i++) {
      const n = nested[i];
      const marks = n.kind === 'book' ? BOOK : QUOTE;
      const k = n.kind === 'book' ? 0 : 1;
      const { open, close } = n.pair;
      let m = made[k];
      if (!m || n.outer.source !== m.outer.source || n.outer.offset !== m.outer.offset || open.ch !== m.open || close.ch !== m.close) {
        const sameOuter = m && n.outer.source === m.outer.source && n.outer.offset === m.outer.offset;
        const outerRange = sameOuter ? m!.outerRange : halfRange(n.outer);
        const excerpt = sameOuter ? m!.excerpt : context(n.outer, true);
        m = made[k] = {
          outer: n.outer,
          outerRange,
          excerpt,
          outerMessage: `外层“${n.outer.ch}”在此`,
          open: open.ch,
          close: close.ch,
          message: `${marks[2]}内再用${marks[2]}时，内层应改用${marks[3]}“${marks[0]}${marks[1]}”：“${excerpt}”中的内层“${open.ch}${close.ch}”应为“${marks[0]}${marks[1]}”。`,
          title: `内层改为“${marks[0]}${marks[1]}”`,
        };
      }
      const openRange = halfRange(open);
      const closeRange = halfRange(close);
      findings.push({
        range: { start: openRange.start, end: closeRange.end },
        message: m.message,
        related: [{ range: m.outerRange, message: m.outerMessage }],
        fixes: [{
          title: m.title,
          edits: [{ range: openRange, newText: marks[0] }, { range: closeRange, newText: marks[1] }],
          safe: true,
        }],
      });
    }
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
