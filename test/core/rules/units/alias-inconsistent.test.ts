import { rule } from '../../../../server/src/core/rules/units/alias-inconsistent';
import { ruleTester } from '../../../helpers/ruleTester';
import { at, plan } from '../../../helpers/plan';

/** Tasks naming the lists in order. */
function tasks(...lists: string[]): string {
  return plan({ tasks: lists.map((l, i) => `${i + 1}.任务${'甲乙丙丁戊己庚辛壬癸'[i]}。具体内容。〔${l}〕`) });
}

const wenlv = tasks('县民政局、县文化广电和旅游局', '县文化广电和旅游局', '县文化广电和旅游局', '县民政局、县文旅局');
const yingji = plan({
  tasks: [
    '1.整合利用土地资源。合理安排用地。（县自然资源局、住建局、应急管理局按职责分工负责）',
    '2.完善居家社区服务功能。发展智慧养老。（县民政局、应急管理局按职责分工负责）',
    '3.加强服务综合监管。落实监管责任。（县民政局、应急管理局按职责分工负责）',
    '4.提高风险防范能力。完善应急机制。（县民政局、应急局按职责分工负责）',
  ],
});
const yibao = tasks('县医保局', '县医保局', '县医保局', '县医保局', '县医疗保障局', '县医疗保障局', '县医疗保障局');
const jiaoyu5 = tasks('县教体局', '县教体局', '县教体局', '县教体局', '县教体局', '县民政局、县教育局');
const jiaoyu3 = tasks('县教体局', '县教体局', '县教体局', '县民政局、县教育局');
const jiaoyu1 = tasks('县教体局、县民政局', '县民政局、县教育局');
const weijian = plan({
  title: '万源市促进养老托育服务健康发展实施方案',
  tasks: ['1.制定规划。内容。〔市卫健局〕'],
  rows: [['制定规划', '市卫健局'], ['建设设施', '市卫健局牵头'], ['培训人员', '市民政局、市卫健局'], ['认定机构', '市卫健局'], ['年度规划', '市民政局、市卫健委按职责分工负责']],
  tableTitle: '万源市2022年任务清单',
});

ruleTester(rule, {
  valid: [
    { name: 'one spelling throughout', text: tasks('县文旅局', '县文旅局', '县民政局、县文旅局') },
    { name: 'abbreviated lists are not another spelling (县发改局、民政局)', text: tasks('县发改局、县民政局', '县发改局、民政局', '县民政局') },
    {
      name: 'the place written out is not another spelling (北安市民政局 / 市民政局)',
      text: plan({ title: '北安市“一老一小”整体解决方案', tasks: ['1.甲。乙。〔市民政局〕', '2.丙。丁。〔北安市民政局〕', '3.戊。己。〔市民政局〕'] }),
    },
    { name: 'two names of one remit both used many times are two departments', text: tasks('县教体局', '县教体局', '县教体局', '县教育局', '县教育局', '县教育局') },
    { name: 'two spellings used equally often', text: tasks('县医保局', '县医疗保障局') },
    {
      name: 'the member list may abbreviate (王云峰  县应急局局长)',
      text: tasks('县应急管理局', '县应急管理局', '县应急管理局') + '\n\n附件1\n\n工作专班\n\n王云峰  县发改局局长\n\n肖海鹏  县民政局局长\n\n王建东  县应急局局长\n',
    },
    { name: 'different jurisdictions are different departments (县教育局 / 市教体局)', text: tasks('市教体局', '市教体局', '市教体局', '市教体局', '市教体局', '县教育局') },
  ],
  invalid: [
    {
      name: '文旅局 once, 文化广电和旅游局 everywhere else',
      text: wenlv,
      errors: [{ message: '同一部门写法不一：“县文旅局”与“县文化广电和旅游局”都指县文化广电和旅游局；本文多写作“县文化广电和旅游局”（3处，第5、7、9行），“县文旅局”这种写法仅1处，宜统一为“县文化广电和旅游局”。', ...at(wenlv, '县文旅局'), severity: 'warning' }],
      output: wenlv.replace('县文旅局', '县文化广电和旅游局'),
    },
    {
      name: 'seed 001: 应急局 once among 应急管理局, abbreviated on both sides',
      text: yingji,
      errors: [{ message: '“应急局”与“应急管理局”都指县应急管理局', ...at(yingji, '应急局按'), severity: 'warning' }],
      output: yingji.replace('应急局按', '应急管理局按'),
    },
    {
      name: 'both spellings used often: a note on each minority use',
      text: yibao,
      errors: [
        { message: '本文多写作“县医保局”（4处', ...at(yibao, '县医疗保障局', 1), severity: 'information' },
        { message: '本文多写作“县医保局”（4处', ...at(yibao, '县医疗保障局', 2), severity: 'information' },
        { message: '本文多写作“县医保局”（4处', ...at(yibao, '县医疗保障局', 3), severity: 'information' },
      ],
    },
    {
      name: 'one 教育局 in a document that says 教体局 five times',
      text: jiaoyu5,
      errors: [{ message: '“县教育局”与本文多用的“县教体局”（5处，第5、7、9行等）职能相同而名称不同，“县教育局”仅1处；若指同一部门，应统一为“县教体局”。', ...at(jiaoyu5, '县教育局'), severity: 'warning' }],
      output: jiaoyu5.replace('县教育局', '县教体局'),
    },
    {
      name: 'one 教育局 among three 教体局: not sure',
      text: jiaoyu3,
      errors: [{ message: '职能相同而名称不同', ...at(jiaoyu3, '县教育局'), severity: 'information' }],
      output: jiaoyu3.replace('县教育局', '县教体局'),
    },
    {
      name: 'one each: ask, offer no fix',
      text: jiaoyu1,
      errors: [{ message: '“县教育局”（第7行）与“县教体局”（第5行）职能相同而名称不同，请确认是否为同一部门', ...at(jiaoyu1, '县教育局'), severity: 'information' }],
      output: jiaoyu1,
    },
    {
      name: 'seed 002: one 市卫健委 among many 市卫健局 (in any table with units)',
      text: weijian,
      errors: [{ message: '“市卫健委”与本文多用的“市卫健局”（5处', ...at(weijian, '市卫健委'), severity: 'warning' }],
      output: weijian.replace('市卫健委', '市卫健局'),
    },
  ],
});
