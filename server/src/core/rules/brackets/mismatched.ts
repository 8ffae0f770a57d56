// A pair whose halves differ in kind or width — （…)  〔…）  (…） — also across a hard wrap.
// The fix makes the closing half match the opening one.
import type { Finding, Rule } from '../types';
import { PAIR, halfRange, sharedScan } from '../../brackets/scan';
import { markName, lineOf } from '../../brackets/names';

export const rule: Rule = {
  meta: {
    id: 'brackets/mismatched',
    family: 'brackets',
    severity: 'error',
    fixable: true,
    description: {
      zh: '前后括号不配对：（…)、〔…）、(…）等，前后半的种类或全半角不同',
      en: 'A bracket pair whose halves differ in kind or width: （…), 〔…）, (…）',
    },
  },
  run({ model, shared }) {
    const findings: Finding[] = [];
    for (const { open, close } of sharedScan(model, shared).mismatched) {
      const want = PAIR[open.ch];
      const openLine = lineOf(open);
      const closeLine = lineOf(close);
      findings.push({
        range: halfRange(close),
        message: `${markName(open.ch)}前后不配对：以“${open.ch}”开始${openLine !== closeLine ? `（第${openLine}行）` : ''}，却以“${close.ch}”结束，应为“${want}”。`,
        related: [{ range: halfRange(open), message: `“${open.ch}”在此` }],
        fixes: [{ title: `改为“${want}”`, edits: [{ range: halfRange(close), newText: want }], safe: true }],
      });
    }
    return findings;
  },
};
