import { rule } from '../../../../server/src/core/rules/brackets/half-width';
import { doc, ruleTester } from '../../../helpers/ruleTester';
import { seed } from '../../../helpers/seeds';

const seed001 = seed('001');
const toFull = (line: string) => line.replace('(县', '（县').replace(/落实\)$/, '落实）');
const fixed001 = seed001.split('\n').map((l, i) => (i === 59 || i === 63 ? toFull(l) : l)).join('\n');
const TITLE = '宝清县“一老一小”整体解决方案';
const prose = (...lines: string[]) => doc(TITLE, '', '建设一批公办养老机构（含敬老院），完善服务设施（站点）网络。', '', '设立托育机构（含家庭托育点）。', '', ...lines);

ruleTester(rule, {
  valid: [
    ...['000', '002', '003', '004'].map((p) => ({ name: `seed ${p}`, text: seed(p) })),
    { name: 'seed 001 after the fix', text: fixed001 },
    { name: 'half-width around digits and Latin letters', text: prose('实现托位数(2025)达到4.5个，推广TOT(移交)模式。'.replace('(移交)', '(TOT)')) },
    { name: 'a document that writes half-width parentheses throughout', text: doc(TITLE, '', '建设一批公办养老机构(含敬老院)。', '', '设立托育机构(含家庭托育点)。') },
  ],
  invalid: [
    {
      name: 'seed 001: tasks 10 and 11 close with (…) where 13 other tasks use （…）',
      text: seed001,
      errors: [
        { message: '责任单位的括号应为全角“（）”：全文13处责任单位用“（……）”，此处用了半角“(……)”', line: 60, column: 172, severity: 'warning' },
        { message: '责任单位的括号应为全角“（）”', line: 64, column: 255 },
      ],
      output: fixed001,
    },
    {
      name: 'a parenthesis in running text among full-width ones',
      text: prose('鼓励发展社区托育(含临时托)服务。'),
      errors: [{ message: '括号内是中文，应使用全角括号“（）”（全文3处都用全角），此处为半角“(……)”', line: 7, column: 9, endColumn: 15 }],
      output: prose('鼓励发展社区托育（含临时托）服务。'),
    },
    {
      // the parser does not join the two paragraphs: the pair is made across the wrap
      name: 'a parenthesis across an unjoined hard wrap',
      text: prose('鼓励发展社区托育(含临时托', '', '', '', '服务)等多种形式。'),
      errors: [{ message: '（全文3处都用全角），此处为半角“(……)”', line: 7, column: 9, endLine: 11, endColumn: 4 }],
      output: prose('鼓励发展社区托育（含临时托', '', '', '', '服务）等多种形式。'),
    },
    {
      name: 'a full-width pair across an unjoined hard wrap is counted with the others',
      text: prose('鼓励发展社区托育（含临时托', '', '', '', '服务）等多种形式。', '', '另见(附表)。'),
      errors: [{ message: '（全文4处都用全角），此处为半角“(……)”', line: 13, column: 3, endColumn: 7 }],
      output: prose('鼓励发展社区托育（含临时托', '', '', '', '服务）等多种形式。', '', '另见（附表）。'),
    },
  ],
});
