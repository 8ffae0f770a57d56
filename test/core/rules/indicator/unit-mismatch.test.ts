import { rule } from '../../../../server/src/core/rules/indicator/unit-mismatch';
import { doc, ruleTester } from '../../../helpers/ruleTester';

const TABLE = (name: string, value: string) => doc('主要发展指标', '\t序号', '\t主要指标', '\t2025年目标值', '', '\t1', `\t${name}`, `\t${value}`, '');

ruleTester(rule, {
  valid: [
    { name: 'a percentage with %', text: '到2025年，养老机构护理型床位占比达到55%。' },
    { name: 'a per-thousand indicator with 个', text: '到2025年，全县每千人口拥有3岁以下婴幼儿托位数达到4.5个。' },
    { name: '名 counts people like 人', text: '每千名老年人配备 1 名社会工作者，每百张养老机构床位配备 1 名社会工作者。' },
    { name: 'a number further away belongs to something else', text: '积极争取中央和省级彩票公益金项目，投资460万元建成运营敬老院。' },
    { name: 'a table row declaring （%） with ≥90', text: TABLE('基本养老保险参保率（%）', '≥90') },
    { name: 'a table row declaring （人次） for a count', text: TABLE('培训养老护理专业人才数（人次）', '1000') },
    { name: 'a table row with a note in brackets that is not a unit', text: TABLE('护理型养老床位占比（含公建民营）', '≥55') },
    { name: '80%的农村设有互助养老服务设施', text: '80%的农村设有互助养老服务设施。' },
    { name: 'years for 人均预期寿命', text: '到2025年，人均预期寿命达到79.27岁。' },
  ],
  invalid: [
    {
      name: 'a percentage indicator written with 个',
      text: '到2025年，养老机构护理型床位占比达到55个。',
      errors: [{ message: '是百分比指标，单位应为“%”，此处写作“55个”', line: 1, column: 21, endColumn: 24 }],
      output: '到2025年，养老机构护理型床位占比达到55%。',
    },
    {
      name: 'a per-thousand indicator written with %',
      text: '到2025年，每千人口拥有3岁以下婴幼儿托位数达到4.5%。',
      errors: [{ message: '是数量指标，单位应为“个/千人”，此处写作“4.5%”', line: 1, column: 26, endColumn: 30 }],
      output: '到2025年，每千人口拥有3岁以下婴幼儿托位数达到4.5个。',
    },
    {
      name: 'a table row declaring （个） for a share',
      text: TABLE('护理型养老床位占比（个）', '≥55'),
      errors: [{ message: '表中写作“（个）”', line: 7, column: 12, endColumn: 13 }],
      output: TABLE('护理型养老床位占比（%）', '≥55'),
    },
    {
      name: 'a life expectancy written as a percentage',
      text: '到2025年，人均预期寿命达到79.27%。',
      errors: [{ message: '是年龄（岁）指标', line: 1, column: 16, endColumn: 22 }],
      output: '到2025年，人均预期寿命达到79.27岁。',
    },
  ],
});
