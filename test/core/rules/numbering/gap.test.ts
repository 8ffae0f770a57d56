import { rule } from '../../../../server/src/core/rules/numbering/gap';
import { doc, ruleTester } from '../../../helpers/ruleTester';
import { seed } from '../../../helpers/seeds';
import { TITLE, continuous, restarting, table } from './fixtures';

const seed001 = seed('001');
const groups = (...gs: number[][]) => {
  const out = [TITLE, '', '一、重点任务'];
  let k = 0;
  gs.forEach((g, i) => {
    out.push(`（${['一', '二', '三', '四', '五'][i]}）分组${i + 1}`);
    for (const n of g) out.push(`${n}.任务${++k}。落实责任。`);
  });
  return doc(...out);
};

ruleTester(rule, {
  valid: [
    { name: 'restarting under each parent (seed 000)', text: seed('000') },
    { name: 'tasks 1–16 continuous across （一）–（四） (seed 001)', text: seed001 },
    { name: '（一）–（二十四） continuous across 二、–七、 (seed 002)', text: seed('002') },
    { name: 'seed 003 (policy list numbered 1–4, 5 under 自选项, then 1–6, 7–9)', text: seed('003') },
    { name: 'fixture: restarting scheme', text: restarting },
    { name: 'fixture: continuous scheme', text: continuous },
    { name: 'two groups, the second counting on: the document has not chosen a scheme', text: groups([1, 2], [3, 4]) },
    { name: 'a table restarting under sections', text: table([1, 2, 3], [1, 2]) },
    { name: '二。 (a full stop typed for 、) between 一、 and 三、 is the second heading: no gap', text: doc(TITLE, '一、总体要求', '坚持以人民为中心。', '二。重点任务', '加快建设养老服务体系。', '三、保障措施') },
    {
      // 合计 beside cells written as lone tabs was read as a section, a section '' and a row whose 序号 was 3300
      name: 'a 合计 row with empty cells written as lone tabs has no 序号',
      text: doc(TITLE, '', '附件', '', '重点项目投资表', '', '\t序号', '\t项目名称', '\t备注', '\t投资（万元）', '', '\t1', '\t县养老服务中心', '\t新建', '\t1000', '', '\t2', '\t县托育服务中心', '\t改建', '\t2300', '', '\t合计', '\t', '\t', '\t3300'),
    },
    {
      // the （二） one blank line after the table's last row was read into its last cell, and （三） said to follow （一）
      name: 'a heading one blank line after a table is not the table\'s last cell',
      text: doc(TITLE, '', '一、发展目标', '', '（一）主要指标。到2025年，服务体系更加完善。', '', '主要指标表', '', '\t序号', '\t指标', '\t单位', '\t目标值', '', '\t1', '\t养老服务床位总量', '\t万张', '\t0.24', '', '（二）工作要求。到2025年，全县养老服务床位总量达到2400张。', '', '', '（三）保障措施。加强组织领导。'),
    },
    {
      name: 'a title-only heading one blank line after a table is not the table\'s last cell either',
      text: doc(TITLE, '', '一、发展目标', '', '（一）主要指标', '', '主要指标表', '', '\t序号', '\t指标', '\t单位', '\t目标值', '', '\t1', '\t养老服务床位总量', '\t万张', '\t0.24', '', '（二）工作要求', '', '', '（三）保障措施'),
    },
  ],
  invalid: [
    {
      name: '一． 三． (text taken from a PDF): the first level counts, written with the dot',
      text: doc(TITLE, '一．总体要求', '（一）指导思想', '三．重点任务', '（一）健全服务体系'),
      errors: [{ message: '序号不连续：“一．”之后应为“二．”，此处为“三．”', line: 4, column: 1, endColumn: 3 }],
      output: doc(TITLE, '一．总体要求', '（一）指导思想', '二．重点任务', '（一）健全服务体系'),
    },
    {
      name: '1. 2. 4.',
      text: groups([1, 2, 4]),
      errors: [{ message: '序号不连续：“2.”之后应为“3.”，此处为“4.”', line: 7, column: 1, endColumn: 3 }],
      output: groups([1, 2, 3]),
    },
    {
      name: 'a removed item: 1. 2. 4. 5. is one finding, renumbered from there',
      text: groups([1, 2, 4, 5]),
      errors: [{ message: '“2.”之后应为“3.”，此处为“4.”', line: 7 }],
      output: groups([1, 2, 3, 4]),
    },
    {
      name: '（三） before （二）',
      text: doc(TITLE, '一、重点任务', '（一）健全服务体系', '（三）创新供给体系', '（二）拓展供给范围'),
      errors: [{ message: '序号顺序颠倒：“（三）”写在“（二）”（第5行）之前，此处应为“（二）”', line: 4, column: 1, endColumn: 4 }],
      output: doc(TITLE, '一、重点任务', '（一）健全服务体系', '（二）创新供给体系', '（三）拓展供给范围'),
    },
    {
      name: 'seed 001 with task 11 mistyped as 12: continuous numbering is followed across （三）',
      text: seed001.replace('11. 促进康养融合发展', '12. 促进康养融合发展'),
      errors: [{ message: '序号不连续：“10.”之后应为“11.”，此处为“12.”', line: 64, column: 1, endColumn: 4 }],
      output: seed001,
    },
    {
      name: 'continuous scheme broken: one group restarts at 1.',
      text: groups([1, 2], [3, 4], [5, 6], [1, 2]),
      errors: [{ message: '本文第三层序号跨上级标题连续编号，此处应接续上文为“7.”，而不是重新从“1.”开始', line: 14, severity: 'warning' }],
      output: groups([1, 2], [3, 4], [5, 6], [7, 8]),
    },
    {
      name: 'continuous scheme: a group starts too far on',
      text: groups([1, 2], [3, 4], [6, 7]),
      errors: [{ message: '序号不连续：“4.”之后应为“5.”，此处为“6.”', line: 11 }],
      output: groups([1, 2], [3, 4], [5, 6]),
    },
    {
      name: 'a table 序号 skips a number',
      text: table([1, 2, 4]),
      errors: [{ message: '表格“重点任务分工表”序号不连续：“2”之后应为“3”，此处为“4”', line: 18, column: 2 }],
      output: table([1, 2, 3]),
    },
  ],
});
