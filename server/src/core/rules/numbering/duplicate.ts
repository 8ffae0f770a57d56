// A sibling ordinal used twice (一、 二、 二、), in the headings or in a table's 序号 column.
import type { Rule } from '../types';
import { numberingFindings } from '../../numbering/report';

export const rule: Rule = {
  meta: {
    id: 'numbering/duplicate',
    family: 'numbering',
    severity: 'error',
    fixable: true,
    description: {
      zh: '同级序号重复使用（一、二、二、），含表格的序号列',
      en: 'A sibling ordinal is used twice, in the headings or in a table’s 序号 column',
    },
  },
  run({ model, shared }) {
    return numberingFindings(model, shared).duplicate;
  },
};
