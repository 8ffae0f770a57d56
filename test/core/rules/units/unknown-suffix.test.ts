import { rule } from '../../../../server/src/core/rules/units/unknown-suffix';
import { ruleTester } from '../../../helpers/ruleTester';
import { at, plan } from '../../../helpers/plan';

const missingSuffix = plan({ tasks: ['1.甲。乙。〔县民政局、县自然资源〕'] });
const notAName = plan({ tasks: ['1.甲。乙。〔县民政局、县养老服务〕'] });

ruleTester(rule, {
  valid: [
    { name: 'departments, Party organs and mass organisations', text: plan({ tasks: ['1.甲。乙。〔县民政局、县委宣传部、团县委、县妇联、县委编办〕'] }) },
    { name: 'groups: 各乡镇（街道）人民政府, 有关部门（单位）', text: plan({ tasks: ['1.甲。乙。〔县民政局、各乡镇（街道）人民政府、有关部门（单位）〕'] }) },
    { name: 'groups: 县直各有关部门, 县直有关部门, 市直单位', text: plan({ tasks: ['1.甲。乙。〔县民政局、县直各有关部门〕', '2.丙。丁。〔县财政局、县直有关部门、县直单位〕'] }) },
    // a real 区 plan wrote （区政务服务局牵头，区发改局、区级相关部门配合） three times
    { name: 'groups: 区级相关部门, 县级有关单位, 市有关部门', text: plan({ title: '某区优化营商环境实施方案', tasks: ['1.甲。乙。（区政务服务局牵头，区发改局、区级相关部门配合）', '2.丙。丁。〔县财政局、县级有关单位〕', '3.戊。己。〔市民政局、市有关部门〕'] }) },
    // a real 区 责任分解 wrote [牵头单位：区卫健局；责任单位：区疫情防控指挥部成员单位、各街办]
    { name: 'groups: the member units of a 指挥部 or 领导小组 (…成员单位)', text: plan({ tasks: ['1.甲。乙。〔牵头单位：区卫健局；责任单位：区疫情防控指挥部成员单位、区创文工作领导小组成员单位〕', '2.丙。丁。〔县应急局、县安委会成员单位〕'] }) },
    { name: 'companies, banks, schools and homes (seed 003 project list)', text: plan({ tasks: ['1.甲。乙。〔通北林业局有限公司、北安市通北镇东嘉老年公寓、北安市朗智童托育幼儿园、中国人民银行北安市支行、万源市范围内各银行〕'] }) },
    { name: 'a slip of a name used elsewhere is units/near-miss, not this', text: plan({ tasks: ['1.甲。乙。〔县自然资源局〕', '2.丙。丁。〔县自然资源局〕', '3.戊。己。〔县自然资源局〕', '4.庚。辛。〔县自然资源〕'] }) },
  ],
  invalid: [
    {
      name: 'a department name without its 局',
      text: missingSuffix,
      errors: [{ message: '“县自然资源”不像完整的单位名称，是否漏写了“局”，应为“县自然资源局”？', ...at(missingSuffix, '县自然资源') }],
      output: missingSuffix.replace('县自然资源〕', '县自然资源局〕'),
    },
    {
      name: 'something that is not a unit at all',
      text: notAName,
      errors: [{ message: '“县养老服务”不像单位名称', ...at(notAName, '县养老服务'), severity: 'information' }],
    },
  ],
});
