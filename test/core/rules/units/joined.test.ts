import { rule } from '../../../../server/src/core/rules/units/joined';
import { ruleTester } from '../../../helpers/ruleTester';
import { at, plan } from '../../../helpers/plan';

const both = plan({ tasks: ['1.甲。乙。〔县民政局、县财政局县税务局〕', '2.丙。丁。〔县财政局、县税务局〕'] });
const known = plan({ tasks: ['1.甲。乙。〔县民政局、县卫健局县发改局〕'] });
const inTable = plan({
  title: '万源市促进养老托育服务健康发展实施方案',
  tasks: ['1.支持保险机构开发相关责任险。内容。〔市民政局〕'],
  rows: [['支持保险机构开发相关责任险', '中国人民银行万源市支行牵头，市民政局、市卫健局市发改局参加，万源市范围内相关保险公司负责。']],
});

ruleTester(rule, {
  valid: [
    { name: 'names separated by 、', text: plan({ tasks: ['1.甲。乙。〔县民政局、县财政局、县税务局〕'] }) },
    { name: '县住房和城乡建设局 is one name', text: plan({ tasks: ['1.甲。乙。〔县住房和城乡建设局、县人力资源和社会保障局〕'] }) },
    { name: 'a bank branch named after its city (中国人民银行万源市支行)', text: plan({ title: '万源市方案', tasks: ['1.甲。乙。〔中国人民银行万源市支行、市民政局〕'] }) },
    { name: 'a regulator named after its county (国家金融监督管理总局宝清监管支局)', text: plan({ tasks: ['1.甲。乙。〔县财政局、国家金融监督管理总局宝清监管支局〕'] }) },
    { name: 'a Party organ (县委宣传部) and 团县委', text: plan({ tasks: ['1.甲。乙。〔县委宣传部、县委网信办、团县委、县妇联〕'] }) },
    { name: 'an unknown name whose halves are not names (县社区指导中心)', text: plan({ tasks: ['1.甲。乙。〔县社区指导中心、县民政局〕'] }) },
  ],
  invalid: [
    {
      name: 'two names the document uses on their own',
      text: both,
      errors: [{ message: '“县财政局县税务局”是两个单位连写，应在“县财政局”和“县税务局”之间加顿号“、”（“县财政局”另见第7行，“县税务局”另见第7行）。', ...at(both, '县财政局县税务局'), endColumn: at(both, '县财政局县税务局').column + 8 }],
      output: both.replace('县财政局县税务局', '县财政局、县税务局'),
    },
    {
      name: 'two departments the table of names knows',
      text: known,
      errors: [{ message: '（“县卫健局”是常见部门名称，“县发改局”是常见部门名称）', ...at(known, '县卫健局县发改局') }],
      output: known.replace('县卫健局县发改局', '县卫健局、县发改局'),
    },
    {
      name: 'in a 分工表 cell (seed 002, row 38)',
      text: inTable,
      errors: [{ message: '“市卫健局市发改局”是两个单位连写', ...at(inTable, '市卫健局市发改局') }],
      output: inTable.replace('市卫健局市发改局', '市卫健局、市发改局'),
    },
  ],
});
