import { rule } from '../../../../server/src/core/rules/units/task-without-row';
import { ruleTester } from '../../../helpers/ruleTester';
import { at, plan } from '../../../helpers/plan';

const T1 = '1.统筹规划服务设施建设。严格执行建设标准。〔县民政局、县财政局〕';
const T2 = '2.优化城乡养老服务布局。加快拓展服务供给。〔县民政局〕';
const T3 = '3.深化公办养老机构改革。发挥兜底保障作用。〔县民政局、县发改局〕';

const missing = plan({ tasks: [T1, T2, T3], rows: [['统筹规划服务设施建设', '县民政局、县财政局'], ['深化公办养老机构改革', '县民政局、县发改局']] });
const uncoveredPart = plan({
  tasks: [T1, '二、保障措施', '（一）建立工作机制，落实部门责任。成立工作专班。〔县发改局、县民政局〕'],
  rows: [['统筹规划服务设施建设', '县民政局、县财政局']],
});

ruleTester(rule, {
  valid: [
    { name: 'every task has its row', text: plan({ tasks: [T1, T2], rows: [['统筹规划服务设施建设', '县民政局、县财政局'], ['优化城乡养老服务布局', '县民政局']] }) },
    { name: 'no 分工表 at all (seeds 001 and 004)', text: plan({ tasks: [T1, T2] }) },
    { name: 'an annual list is not the 分工表', text: plan({ tasks: [T1, T2], rows: [['全县新建养老服务中心2个', '县民政局']], tableTitle: '宝清县2022年任务清单' }) },
  ],
  invalid: [
    {
      name: 'a task missing while its neighbours are listed',
      text: missing,
      errors: [{ message: '任务“优化城乡养老服务布局”在附件1分工表“宝清县“一老一小”工作重点任务分工表”中没有对应的行：同一部分的其他任务都已列入，此项可能漏列。', ...at(missing, '优化城乡养老服务布局'), severity: 'warning' }],
    },
    {
      name: 'a task in a part the table leaves out entirely: a note',
      text: uncoveredPart,
      errors: [{ message: '分工表没有列入这一部分的任何任务，请确认是否有意不列。', ...at(uncoveredPart, '建立工作机制'), severity: 'information' }],
    },
  ],
});
