import { rule } from '../../../../server/src/core/rules/numbering/level';
import { doc, ruleTester } from '../../../helpers/ruleTester';
import { seed } from '../../../helpers/seeds';
import { TITLE, continuous, restarting } from './fixtures';

ruleTester(rule, {
  valid: [
    ...['000', '001', '002', '003', '004'].map((p) => ({ name: `seed ${p}`, text: seed(p) })),
    { name: 'fixture: restarting scheme', text: restarting },
    { name: 'fixture: continuous scheme', text: continuous },
    { name: 'all four levels in order', text: doc(TITLE, '一、重点任务', '（一）健全服务体系', '1.统筹规划', '（1）新建小区') },
    { name: 'a document that starts at 第二层 (no 一、 at all)', text: doc(TITLE, '（一）健全服务体系', '（二）创新供给体系') },
  ],
  invalid: [
    {
      name: '（1） directly under 一、',
      text: doc(TITLE, '一、重点任务', '（1）新建小区配套', '（2）老旧小区改造'),
      errors: [{ message: '序号越级：“（1）”是第四层序号，却直接位于第一层“一、”（第2行）之下，中间缺少第二层“（一）”、第三层“1.”', line: 3, column: 1, endColumn: 4, severity: 'information' }],
    },
    {
      name: '1. directly under 一、 where the document uses （一） elsewhere: once per group',
      text: doc(TITLE, '一、重点任务', '1.统筹规划', '2.优化布局', '二、保障措施', '1.建立机制', '三、组织实施', '（一）加强领导'),
      errors: [
        { message: '“1.”是第三层序号，却直接位于第一层“一、”（第2行）之下，中间缺少第二层“（一）”。结构层次较少时可以越级，请确认。', line: 3 },
        { message: '第一层“二、”（第5行）之下', line: 6 },
      ],
    },
    {
      name: '一、 then 1. throughout, never （一） (a 分工方案 written in two levels): said once, not per 一、',
      text: doc(TITLE, '一、主要预期目标', '1.地区生产总值增长6%左右。', '2.固定资产投资增长15%左右。', '二、重点工作', '3.抓好项目建设。', '三、保障措施', '4.加强督查考核。'),
      errors: [{ message: '序号越级：“1.”是第三层序号，却直接位于第一层“一、”（第2行）之下，中间缺少第二层“（一）”。本文通篇未用第二层“（一）”，此处只提示一次；结构层次较少时可以越级，请确认。', line: 3, column: 1, severity: 'information' }],
    },
  ],
});
