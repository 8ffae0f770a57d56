// The first sibling must be 一、 / （一） / 1. / （1）; where the document restarts a level under
// each parent, a group that runs on from the previous one is a break from that scheme.
import type { Rule } from '../types';
import { numberingFindings } from '../../numbering/report';

export const rule: Rule = {
  meta: {
    id: 'numbering/first',
    family: 'numbering',
    severity: 'error',
    fixable: true,
    description: {
      zh: '同级第一项序号不是一、（一）1.（1），或与全文的编号方式不符；表格序号不从1开始',
      en: 'The first sibling is not numbered 一 / （一） / 1. / （1）, or breaks the document’s numbering scheme',
    },
  },
  run({ model, shared }) {
    return numberingFindings(model, shared).first;
  },
};
