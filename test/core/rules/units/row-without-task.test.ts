import { rule } from '../../../../server/src/core/rules/units/row-without-task';
import { ruleTester } from '../../../helpers/ruleTester';
import { at, forwardedPlan, plan } from '../../../helpers/plan';

const T1 = '1.统筹规划服务设施建设。严格执行建设标准。〔县民政局、县财政局〕';

const extraRow = plan({ tasks: [T1], rows: [['统筹规划服务设施建设', '县民政局、县财政局'], ['推进高价值专利培育和商标品牌建设', '县市场监管局']] });

// seed 002: the body items carry no units; the rows quote their sentences
const quoting = plan({
  title: '万源市促进养老托育服务健康发展实施方案',
  tasks: [
    '（一）加强科学规划布局。结合“一老一小”人口分布和结构变化及需求，制定全市“十四五”养老服务发展规划和“一老一小”整体解决方案，构建居家社区机构相协调的养老托育服务体系。',
    '（二）推动培训疗养资源转型发展养老服务。进一步摸清全市党政机关和国有企事业单位培训疗养资源底数。',
  ],
  rows: [
    ['结合“一老一小”人口分布和结构变化，制定全市“十四五”养老服务发展规划和“一老一小”整体解决方案。', '市民政局、市卫健局按职责分工负责。'],
    ['推动培训疗养资源转型发展养老服务。', '市发改局牵头，市民政局参加。'],
  ],
  tableTitle: '促进养老托育服务健康发展重点任务分工表',
});

ruleTester(rule, {
  valid: [
    {
      name: 'the plan in 附件1, the 分工表 in 附件2',
      text: forwardedPlan({ tasks: ['（一）统筹规划服务设施建设。严格执行建设标准。〔县民政局、县财政局〕', '（二）优化城乡养老服务布局。加快拓展服务供给。〔县卫健局〕'], rows: [['统筹规划服务设施建设', '县民政局、县财政局'], ['优化城乡养老服务布局', '县卫健局']] }),
    },
    { name: 'rows named by the task titles', text: plan({ tasks: [T1], rows: [['统筹规划服务设施建设', '县民政局、县财政局']] }) },
    { name: 'rows that quote body items without units (seed 002)', text: quoting },
    { name: 'a project list is not the 分工表', text: plan({ tasks: [T1], rows: [['黑龙江省北安市保丰御园养老中心建设项目', '北安市房产服务中心'], ['北安市通北养老服务中心', '北安市民政局']], tableTitle: '北安市重大项目清单' }) },
  ],
  invalid: [
    {
      name: 'a row whose task the body never mentions (seed 002, row 22)',
      text: extraRow,
      errors: [{ message: '附件1分工表序号2（第21行）的任务“推进高价值专利培育和商标品牌建设”在正文中找不到出处：正文既没有同名的任务，也没有这段文字；请补入正文或删去此行。', ...at(extraRow, '推进高价值'), severity: 'warning' }],
    },
  ],
});
