// A sibling ordinal skipped or out of order (1. 2. 4.; （三） before （二）), and a group that
// restarts at 1 where the document numbers the level continuously across parents.
import type { Rule } from '../types';
import { numberingFindings } from '../../numbering/report';

export const rule: Rule = {
  meta: {
    id: 'numbering/gap',
    family: 'numbering',
    severity: 'error',
    fixable: true,
    description: {
      zh: '同级序号跳号或顺序颠倒（1. 2. 4.；（三）在（二）之前），含表格的序号列',
      en: 'A sibling ordinal is skipped or out of order, in the headings or in a table’s 序号 column',
    },
  },
  run({ model, shared }) {
    return numberingFindings(model, shared).gap;
  },
};
