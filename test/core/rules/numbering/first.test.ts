import { rule } from '../../../../server/src/core/rules/numbering/first';
import { doc, ruleTester } from '../../../helpers/ruleTester';
import { seed } from '../../../helpers/seeds';
import { TITLE, continuous, restarting, table } from './fixtures';

// a 通知 whose 附件说明 puts its first item on the 附： line
const NOTICE = doc('关于印发创建工作任务分解的通知', '', '各镇人民政府，县政府各有关部门：', '　　现将任务分解印发给你们，请认真落实。');

const sections = (...gs: number[][]) => {
  const out = [TITLE, ''];
  gs.forEach((g, i) => {
    out.push(`${['一', '二', '三', '四', '五'][i]}、部分${i + 1}`);
    for (const n of g) out.push(`（${['', '一', '二', '三', '四', '五'][n]}）事项。落实责任。`);
  });
  return doc(...out);
};

ruleTester(rule, {
  valid: [
    { name: 'restarting under each parent (seed 000)', text: seed('000') },
    { name: 'tasks 1–16 continuous across （一）–（四） (seed 001)', text: seed('001') },
    { name: '（一）–（二十四） continuous across 二、–七、 (seed 002)', text: seed('002') },
    { name: 'seed 003', text: seed('003') },
    { name: 'fixture: restarting scheme', text: restarting },
    { name: 'fixture: continuous scheme', text: continuous },
    { name: 'a table restarting under sections', text: table([1, 2], [1]) },
    {
      name: 'the first item written on the lead-in’s own line (成果形式：1.…, then 2.…)',
      text: doc(NOTICE, '成果形式：1.任务分解表', '2.工作任务清单', '', '某县人民政府办公室', '2016年9月8日'),
    },
    {
      name: '附：1.…, then 2.… is the 附件说明 (structure/attachment-numbering checks its numbers), no heading',
      text: doc(NOTICE, '附：1.任务分解表', '3.工作任务清单', '', '某县人民政府办公室', '2016年9月8日'),
    },
    {
      name: 'the same with 、 after the numbers (附：1、…, then 2、…)',
      text: doc(NOTICE, '附件：1、任务分解表', '　　　2、工作任务清单', '', '某县人民政府办公室', '2016年9月8日'),
    },
  ],
  invalid: [
    {
      name: 'the lead-in’s own line holds some other item than the one before (成果形式：1.…, then 3.…)',
      text: doc(NOTICE, '成果形式：1.任务分解表', '3.工作任务清单', '', '某县人民政府办公室', '2016年9月8日'),
      errors: [{ message: '第一项序号应为“1.”，此处为“3.”', line: 6, column: 1 }],
    },
    {
      name: 'the first 第二层 heading is （二）',
      text: doc(TITLE, '一、重点任务', '（二）健全服务体系', '（三）创新供给体系'),
      errors: [{ message: '第一项序号应为“（一）”，此处为“（二）”', line: 3, column: 1, endColumn: 4 }],
      output: doc(TITLE, '一、重点任务', '（一）健全服务体系', '（二）创新供给体系'),
    },
    {
      name: 'the first 第一层 heading is 二、',
      text: doc(TITLE, '二、总体要求', '三、重点任务'),
      errors: [{ message: '第一项序号应为“一、”，此处为“二、”', line: 2 }],
      output: doc(TITLE, '一、总体要求', '二、重点任务'),
    },
    {
      name: 'restart scheme broken: one group runs on from the previous one',
      text: sections([1, 2], [1], [1, 2], [3, 4]),
      errors: [{ message: '本文第二层序号在每个上级标题下重新编号，此处应为“（一）”，而不是接续上文的“（三）”', line: 12, severity: 'warning' }],
      output: sections([1, 2], [1], [1, 2], [1, 2]),
    },
    {
      name: 'no settled scheme: a group starting at neither 1 nor the next number',
      text: sections([1, 2], [4, 5]),
      errors: [{ message: '序号应从“（一）”开始，此处为“（四）”', line: 7 }],
      output: sections([1, 2], [1, 2]),
    },
    {
      name: 'a table starting at 2',
      text: table([2, 3]),
      errors: [{ message: '表格“重点任务分工表”序号应从“1”开始，此处为“2”', line: 10, column: 2 }],
      output: table([1, 2]),
    },
  ],
});
