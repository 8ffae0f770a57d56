import * as assert from 'assert';
import { rule } from '../../../../server/src/core/rules/units/role-mismatch';
import { ruleTester, runRule } from '../../../helpers/ruleTester';
import { seed } from '../../../helpers/seeds';
import { at, plan } from '../../../helpers/plan';

const T1 = '1.统筹规划服务设施建设。严格执行国家、省、市制定的建设标准。';
const T2 = '2.优化城乡养老服务布局。加快拓展居家和社区养老服务供给。';

// seed 002's wording (市民政局牵头，市财政局、市农业农村局等部门参加) in a body bracket and its 分工表 row
const swapped = plan({ tasks: [`${T1}〔县民政局牵头，县财政局、县卫健局参加〕`], rows: [['统筹规划服务设施建设', '县财政局牵头，县民政局、县卫生健康局参加']] });
const twoRows = plan({
  tasks: [`${T1}〔县民政局牵头，县财政局配合〕`],
  rows: [['统筹规划服务设施建设', '县民政局、县财政局牵头'], ['统筹规划服务设施建设', '县财政局牵头，县民政局参加']],
});

// 牵头单位 | 配合单位 columns say the parts without role words
const LEAD_PARTNER = ['重点任务', '牵头单位', '配合单位'];
const columnsSwapped = plan({ tasks: [`${T1}〔县民政局牵头，县财政局配合〕`], rows: [['统筹规划服务设施建设', '县财政局', '县民政局']], header: LEAD_PARTNER });

const labelled = plan({ tasks: [`${T1}〔牵头单位：县民政局；配合单位：县财政局〕`], rows: [['统筹规划服务设施建设', '县财政局、县民政局牵头']] });

ruleTester(rule, {
  valid: [
    ...['000', '001', '002', '003', '004'].map((p) => ({ name: `seed ${p}`, text: seed(p) })),
    {
      name: 'the same parts on both sides, 卫健局 and 卫生健康局 one department',
      text: plan({ tasks: [`${T1}〔县民政局牵头，县财政局、县卫健局参加〕`], rows: [['统筹规划服务设施建设', '县民政局牵头，县财政局、县卫生健康局参加']] }),
    },
    {
      name: '配合 and 参加 are the same part',
      text: plan({ tasks: [`${T1}〔县民政局牵头，县财政局配合〕`], rows: [['统筹规划服务设施建设', '县民政局牵头，县财政局参加']] }),
    },
    {
      name: 'roles on one side only say nothing about the other',
      text: plan({ tasks: [`${T1}〔县民政局、县财政局〕`, `${T2}〔县民政局牵头，县财政局参加〕`], rows: [['统筹规划服务设施建设', '县财政局牵头，县民政局参加'], ['优化城乡养老服务布局', '县财政局、县民政局']] }),
    },
    {
      name: '按职责分工负责 and 具体落实 are not 牵头 or 参加',
      text: plan({ tasks: [`${T1}〔县民政局、县财政局按职责分工负责，各乡镇人民政府具体落实〕`], rows: [['统筹规划服务设施建设', '县财政局牵头，县民政局参加，各乡镇人民政府负责']] }),
    },
    {
      name: 'a group (相关乡镇人民政府) is not compared',
      text: plan({ tasks: [`${T1}〔县民政局牵头，相关乡镇人民政府参加〕`], rows: [['统筹规划服务设施建设', '县民政局、相关乡镇人民政府牵头']] }),
    },
    {
      name: '配合牵头单位 is not 牵头',
      text: plan({ tasks: [`${T1}〔县民政局牵头，县财政局配合牵头单位〕`], rows: [['统筹规划服务设施建设', '县民政局牵头，县财政局参加']] }),
    },
    {
      name: '牵头单位 and 配合单位 columns that agree with the body',
      text: plan({ tasks: [`${T1}〔县民政局牵头，县财政局、县卫健局配合〕`], rows: [['统筹规划服务设施建设', '县民政局', '县财政局、县卫生健康局']], header: LEAD_PARTNER }),
    },
    {
      // drafters title the one units column 牵头单位 and list every unit in it
      name: 'a lone 牵头单位 column does not make every unit in it a lead',
      text: plan({ tasks: [`${T1}〔县民政局牵头，县财政局配合〕`], rows: [['统筹规划服务设施建设', '县民政局、县财政局']], header: ['重点任务', '牵头单位'] }),
    },
    {
      name: '〔牵头单位：…；配合单位：…〕 and the same columns',
      text: plan({ tasks: [`${T1}〔牵头单位：县民政局；配合单位：县财政局〕`], rows: [['统筹规划服务设施建设', '县民政局', '县财政局']], header: LEAD_PARTNER }),
    },
    { name: 'no 分工表', text: plan({ tasks: [`${T1}〔县民政局牵头，县财政局参加〕`] }) },
  ],
  invalid: [
    {
      name: 'lead and participant swapped',
      text: swapped,
      errors: [{
        message: '任务“统筹规划服务设施建设”的牵头、参加分工与附件1分工表序号1（第17行）不一致：“县民政局”正文为“牵头”，分工表为“参加”；“县财政局”正文为“参加”，分工表为“牵头”。',
        ...at(swapped, '县民政局'),
        severity: 'warning',
      }],
    },
    {
      name: 'a task over two rows that give 县民政局 both parts: only 县财政局 is compared',
      text: twoRows,
      errors: [{ message: '“县财政局”正文为“配合”，分工表为“牵头”', ...at(twoRows, '县财政局') }],
    },
    {
      name: 'labels in the body: 〔牵头单位：…；配合单位：…〕 against roles in the row',
      text: labelled,
      errors: [{ message: '“县财政局”正文为“配合”，分工表为“牵头”', ...at(labelled, '县财政局') }],
    },
    {
      name: 'the columns swap the parts',
      text: columnsSwapped,
      errors: [{ message: '“县民政局”正文为“牵头”，分工表为“配合单位”；“县财政局”正文为“配合”，分工表为“牵头单位”。', ...at(columnsSwapped, '县民政局') }],
    },
  ],
});

describe('units/role-mismatch: where it points', () => {
  it('names each differing department in the row as related information', () => {
    const [f] = runRule(rule, swapped);
    const cell = at(swapped, '县财政局牵头');
    assert.deepStrictEqual(f.related!.map((r) => [r.range.start.line + 1, r.range.start.character + 1]), [[cell.line, cell.column + 7], [cell.line, cell.column]]);
    assert.match(f.related![0].message, /第17行）中的“县民政局”（参加）/);
  });
});
