// Nesting of quotation and book-title marks: a title inside a title takes 〈〉 (《关于印发〈…〉的
// 通知》), a quotation inside a quotation takes ‘’; 〈〉 is used only inside 《》.
import type { Finding, Rule } from '../types';
import { halfRange, sharedScan, type Half } from '../../brackets/scan';
import { context } from '../../brackets/names';

const BOOK = ['〈', '〉', '书名号', '单书名号'] as const;
const QUOTE = ['‘', '’', '引号', '单引号'] as const;

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
    // one outer mark can hold thousands of nested pairs: its excerpt is made once
    const excerpts = new Map<Half, string>();
    for (const n of scan.nested) {
      const [o, c, name, inner] = n.kind === 'book' ? BOOK : QUOTE;
      let excerpt = excerpts.get(n.outer);
      if (excerpt === undefined) excerpts.set(n.outer, (excerpt = context(n.outer, true)));
      findings.push({
        range: { start: halfRange(n.pair.open).start, end: halfRange(n.pair.close).end },
        message: `${name}内再用${name}时，内层应改用${inner}“${o}${c}”：“${excerpt}”中的内层“${n.pair.open.ch}${n.pair.close.ch}”应为“${o}${c}”。`,
        related: [{ range: halfRange(n.outer), message: `外层“${n.outer.ch}”在此` }],
        fixes: [{
          title: `内层改为“${o}${c}”`,
          edits: [{ range: halfRange(n.pair.open), newText: o }, { range: halfRange(n.pair.close), newText: c }],
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
