import { rule } from '../../../../server/src/core/rules/units/malformed';
import { ruleTester } from '../../../helpers/ruleTester';
import { at, plan } from '../../../helpers/plan';

const doubled = plan({ tasks: ['1.甲。乙。〔县民政局、、县财政局〕'] });
const mixed = plan({ tasks: ['1.甲。乙。〔县民政局、，县财政局〕'] });
const trailing = plan({ tasks: ['1.甲。乙。〔县民政局、县财政局、〕'] });
const leading = plan({ tasks: ['1.甲。乙。〔、县民政局、县财政局〕'] });
// found by the fuzzer on seed 002: a comma typed after a cell's closing 。 — only the comma is extra
const afterStop = plan({ tasks: ['1.甲。乙。〔县民政局〕'], rows: [['甲', '县民政局牵头，县财政局参加；各乡镇人民政府负责。，']] });
const beforeRole = plan({
  title: '万源市方案',
  tasks: ['1.甲。乙。〔市民政局〕'],
  rows: [['新建城区配套建设社区养老托育服务设施', '市住建局牵头，市自然资源局、市财政局、按职责分工负责，各乡镇（街道）人民政府负责。']],
});

ruleTester(rule, {
  valid: [
    { name: 'a clean list', text: plan({ tasks: ['1.甲。乙。〔县民政局、县财政局〕'] }) },
    { name: 'roles after the units', text: plan({ tasks: ['1.甲。乙。（县发改局、民政局、卫健局按职责分工负责，各乡镇人民政府、城市社区管委会具体落实）'] }) },
    { name: 'a comma before the role is prose', text: plan({ tasks: ['1.甲。乙。（县发改局、县民政局，按职责分工负责）'] }) },
    { name: 'a cell that ends with 。 or ；', text: plan({ tasks: ['1.甲。乙。〔县民政局〕'], rows: [['甲', '县民政局牵头，县财政局参加；'], ['乙', '县民政局负责。']] }) },
    { name: '等有关部门（单位）', text: plan({ tasks: ['1.甲。乙。〔县民政局、县财政局等有关部门（单位）按职责分工负责〕'] }) },
    { name: 'a 责任单位： label', text: plan({ tasks: ['1.甲。乙。〔责任单位：市民政局、市卫健局〕'] }) },
  ],
  invalid: [
    {
      name: '、、',
      text: doubled,
      errors: [{ message: '“县民政局、、县财政局”连用两个顿号：两个单位之间只用一个，或中间漏写了单位名称。', ...at(doubled, '、、'), endColumn: at(doubled, '、、').column + 1 }],
      output: doubled.replace('、、', '、'),
    },
    {
      name: '、 then ，',
      text: mixed,
      errors: [{ message: '“县民政局、，县财政局”连用顿号和逗号：多了一个顿号，或中间漏写了单位名称。', ...at(mixed, '、，') }],
      output: mixed.replace('、，', '，'),
    },
    {
      name: 'a trailing 、',
      text: trailing,
      errors: [{ message: '责任单位列表“县民政局、县财政局、”以顿号结尾，多了一个顿号。', ...at(trailing, '、〕') }],
      output: trailing.replace('、〕', '〕'),
    },
    {
      name: 'a leading 、',
      text: leading,
      errors: [{ message: '责任单位列表以顿号开头，多了一个顿号。', ...at(leading, '〔、') , column: at(leading, '〔、').column + 1 }],
      output: leading.replace('〔、', '〔'),
    },
    {
      name: 'a comma after the closing 。 of a cell: the comma goes, the sentence stays',
      text: afterStop,
      errors: [{ message: '责任单位列表“县民政局牵头，县财政局参加；各乡镇人民政府负责。，”以逗号结尾，多了一个逗号。', ...at(afterStop, '。，'), column: at(afterStop, '。，').column + 1 }],
      output: afterStop.replace('负责。，', '负责。'),
    },
    {
      name: 'a 、 between the units and 按职责分工负责 (seed 002)',
      text: beforeRole,
      errors: [{ message: '“市财政局、按职责分工负责”中多了顿号：“按职责分工负责”说明前面各单位的分工，不是单位名称，应写作“市财政局按职责分工负责”。', ...at(beforeRole, '、按职责') }],
      output: beforeRole.replace('、按职责', '按职责'),
    },
  ],
});
