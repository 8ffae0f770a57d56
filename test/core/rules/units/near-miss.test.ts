import * as assert from 'assert';
import { rule } from '../../../../server/src/core/rules/units/near-miss';
import { ruleTester, runRule } from '../../../helpers/ruleTester';
import { at, plan } from '../../../helpers/plan';

/** Four tasks: the first three name `many`, the last names `once`. */
function four(many: string, once: string): string {
  return plan({
    tasks: [
      `1.加强科学规划布局。制定实施方案。（${many}）`,
      `2.整合利用土地资源。合理安排用地。（${many}）`,
      `3.落实财税支持政策。发挥示范作用。（${many}）`,
      `4.加强人才队伍建设。开展技能培训。（${once}）`,
    ],
  });
}

const truncated = four('县发改局、民政局按职责分工负责，各乡镇人民政府、城市社区管委会具体落实', '县发改局、民政局按职责分工负责，各乡镇人民政府、城市社区管委具体落实');
const cutOff = four('县自然资源局、县民政局', '县自然资源、县民政局');
const dropped = four('县人力资源和社会保障局、县民政局', '县人力资源和社保障局、县民政局');
const doubled = four('县社区指导中心、县民政局', '县社区指导指中心、县民政局');
const swapped = four('县社区指导中心、县民政局', '县社区指中导心、县民政局');
const wrong = four('县社区指导中心、县民政局', '县社区指寻中心、县民政局');
const abbreviated = four('县民政局、住建局', '县民政局、住建设局');
const inTable = plan({
  title: '万源市促进养老托育服务健康发展实施方案',
  tasks: ['1.加强科学规划布局。制定实施方案。〔市民政局〕'],
  rows: [
    ['加强科学规划布局', '市民政局、市住建局'],
    ['推进国土空间规划', '市住建局牵头'],
    ['发展社区养老服务', '市民政局、市住建局按职责分工负责'],
    ['盘活存量房屋设施', '市民政局、市建局按职责分工负责'],
  ],
});

ruleTester(rule, {
  valid: [
    // a department of its own one character away from a frequent one: the table of names knows it
    { name: '县民宗局 (民族宗教事务局) among 县民政局', text: four('县民政局、县财政局', '县民宗局') },
    { name: '县体育局 among 县教育局', text: four('县教育局', '县体育局') },
    { name: '县人防办, 县侨联, 县台办 beside 县人社局, 县妇联', text: four('县人社局、县妇联', '县人防办、县侨联、县台办') },
    { name: 'the same name everywhere', text: four('县民政局、县财政局', '县民政局、县财政局') },
    { name: 'abbreviations are not slips (县发改局、民政局)', text: four('县发改局、县民政局', '县发改局、民政局') },
    { name: 'two real departments one character apart (县民政局 / 县财政局)', text: four('县民政局、县卫健局', '县财政局、县卫健局') },
    { name: 'numbered units are different units (县第一中学 / 县第二中学)', text: four('县第一中学、县民政局', '县第二中学、县民政局') },
    { name: 'another jurisdiction is another unit (县社区指导中心 / 市社区指导中心)', text: four('县社区指导中心、县民政局', '市社区指导中心、县民政局') },
    { name: 'a dropped jurisdiction is an abbreviation (县民政局、社区指导中心)', text: four('县民政局、县社区指导中心', '县民政局、社区指导中心') },
    { name: 'another kind of organ is not a typo (委 for 局)', text: four('县社区工作局、县民政局', '县社区工作委、县民政局') },
    { name: 'a bare 县委 next to many 县委办', text: four('县委办、县民政局', '县委、县民政局') },
    { name: 'a name used once with nothing close to it', text: four('县民政局、县财政局', '县民政局、县老干部服务中心') },
    { name: 'two spellings used equally often are not slips', text: plan({ tasks: ['1.甲。乙。〔县社区指导中心〕', '2.丙。丁。〔县社区指寻中心〕'] }) },
  ],
  invalid: [
    {
      name: 'a truncated name (seed 001: 城市社区管委 for 城市社区管委会)',
      text: truncated,
      errors: [{ message: '“城市社区管委”疑为“城市社区管委会”之误（少了“会”字）：“城市社区管委会”在本文使用3次（第5、7、9行），“城市社区管委”仅此一处。', ...at(truncated, '城市社区管委具体'), endColumn: at(truncated, '城市社区管委具体').column + 6 }],
      output: truncated.replace('城市社区管委具体', '城市社区管委会具体'),
    },
    {
      name: 'the end cut off (县自然资源 for 县自然资源局)',
      text: cutOff,
      errors: [{ message: '“县自然资源”疑为“县自然资源局”之误（少了“局”字）', ...at(cutOff, '县自然资源、') }],
      output: cutOff.replace('县自然资源、', '县自然资源局、'),
    },
    {
      name: 'a character dropped in the middle (县人力资源和社保障局)',
      text: dropped,
      errors: [{ message: '（少了“会”字）', ...at(dropped, '县人力资源和社保障局') }],
      output: dropped.replace('县人力资源和社保障局', '县人力资源和社会保障局'),
    },
    {
      name: 'a character too many',
      text: doubled,
      errors: [{ message: '“县社区指导指中心”疑为“县社区指导中心”之误（多了“指”字）', ...at(doubled, '县社区指导指中心') }],
      output: doubled.replace('县社区指导指中心', '县社区指导中心'),
    },
    {
      name: 'two characters swapped',
      text: swapped,
      errors: [{ message: '（“导中”两字顺序颠倒）', ...at(swapped, '县社区指中导心') }],
      output: swapped.replace('县社区指中导心', '县社区指导中心'),
    },
    {
      name: 'one wrong character',
      text: wrong,
      errors: [{ message: '（“导”写成了“寻”）', ...at(wrong, '县社区指寻中心') }],
      output: wrong.replace('县社区指寻中心', '县社区指导中心'),
    },
    {
      name: 'a slip in an abbreviated name keeps the abbreviation',
      text: abbreviated,
      errors: [{ message: '“住建设局”疑为“住建局”之误（多了“设”字）：“县住建局”在本文使用3次', ...at(abbreviated, '住建设局') }],
      output: abbreviated.replace('住建设局', '住建局'),
    },
    {
      name: 'in a 分工表 cell (seed 002: 市建局 for 市住建局)',
      text: inTable,
      errors: [{ message: '“市建局”疑为“市住建局”之误（少了“住”字）', ...at(inTable, '市建局'), endColumn: at(inTable, '市建局').column + 3 }],
      output: inTable.replace('市建局', '市住建局'),
    },
  ],
});

describe('units/near-miss relatedInformation', () => {
  it('points at the uses of the name it was meant to be', () => {
    const [f] = runRule(rule, truncated);
    assert.deepStrictEqual(f.related?.map((r) => r.range.start.line + 1), [5, 7, 9]);
    assert.strictEqual(f.related?.[0].message, '“城市社区管委会”在此使用');
  });
});
