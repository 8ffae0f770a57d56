import * as assert from 'assert';
import { rule } from '../../../../server/src/core/rules/units/table-mismatch';
import { ruleTester, runRule } from '../../../helpers/ruleTester';
import { seed } from '../../../helpers/seeds';
import { at, forwardedPlan, plan } from '../../../helpers/plan';

const T1 = '1.统筹规划服务设施建设。严格执行国家、省、市制定的建设标准。';
const T2 = '2.优化城乡养老服务布局。加快拓展居家和社区养老服务供给。';

const extraInBody = plan({ tasks: [`${T1}〔县民政局、县财政局、县残联〕`], rows: [['统筹规划服务设施建设', '县民政局、县财政局']] });
const extraInTable = plan({ tasks: [`${T1}〔县民政局、县财政局〕`], rows: [['统筹规划服务设施建设', '县民政局、县财政局、县妇联']] });
const bothDiffer = plan({ tasks: [`${T1}〔县民政局、县残联〕`], rows: [['统筹规划服务设施建设', '县民政局、县妇联']] });
const levelGroup = plan({ tasks: [`${T1}〔县民政局、县财政局、县残联〕`], rows: [['统筹规划服务设施建设', '县民政局、县财政局、县级有关单位']] });
const openTable = plan({ tasks: [`${T1}〔县民政局、县财政局、县残联〕`], rows: [['统筹规划服务设施建设', '县民政局牵头，县财政局等有关部门（单位）参加']] });
// 牵头单位 | 配合单位, as many 分工表 are laid out: the assisting units are the task's units too
const LEAD_PARTNER = ['重点任务', '牵头单位', '配合单位'];
const partnerMissing = plan({ tasks: [`${T1}〔县民政局牵头，县财政局、县残联配合〕`], rows: [['统筹规划服务设施建设', '县民政局', '县财政局']], header: LEAD_PARTNER });
// the 分工表 as Word's 另存为纯文本 writes it: a row per line, its cells between tabs
const tabRows = (units: string) => [
  '宝清县“一老一小”整体解决方案', '', '一、重点任务', '', `${T1}〔县民政局、县财政局〕`, '', `${T2}〔县卫健局〕`, '',
  '附件：宝清县“一老一小”工作重点任务分工表', '', '附件', '', '宝清县“一老一小”工作重点任务分工表', '',
  '序号\t重点任务\t责任单位', '1\t统筹规划服务设施建设\t县民政局、县财政局', `2\t优化城乡养老服务布局\t${units}`,
].join('\n');
const tabRowsDiffer = tabRows('县民政局');
const reordered = plan({ tasks: [`${T1}〔县民政局、县财政局〕`], rows: [['统筹规划服务设施建设', '县财政局、县民政局']] });
const quoted = plan({
  tasks: [`${T1}〔县民政局、县财政局〕`],
  rows: [['严格执行国家、省、市制定的建设标准。', '县民政局、县卫健局']],
});

ruleTester(rule, {
  valid: [
    {
      name: 'identical lists (seed 000)',
      text: plan({ tasks: [`${T1}〔县住房和城乡建设局、县自然资源局、县发改局〕`, `${T2}〔县民政局、县卫生健康局〕`], rows: [['统筹规划服务设施建设', '县住房和城乡建设局、县自然资源局、县发改局'], ['优化城乡养老服务布局', '县民政局、县卫生健康局']] }),
    },
    {
      name: 'abbreviated list: 民政局 after 县发改局 is 县民政局',
      text: plan({ tasks: [`${T1}（县发改局、民政局、卫健局按职责分工负责，各乡镇人民政府具体落实）`], rows: [['统筹规划服务设施建设', '县发改局、县民政局、县卫健局按职责分工负责，各乡镇人民政府具体落实']] }),
    },
    {
      name: 'abbreviated list: 社区指导中心 after 县民政局 is 县社区指导中心 when the document names it so',
      text: plan({ tasks: [`${T1}〔县民政局、社区指导中心、农场管委会〕`], rows: [['统筹规划服务设施建设', '县民政局、县社区指导中心、农场管委会']] }),
    },
    {
      name: 'short form and full name of one department (卫健局 = 卫生健康局, 发改局 = 发展和改革局)',
      text: plan({ tasks: [`${T1}〔县卫健局、县发改局〕`], rows: [['统筹规划服务设施建设', '县卫生健康局、县发展和改革局']] }),
    },
    {
      name: 'roles in the table only',
      text: plan({ tasks: [`${T1}〔县民政局、县财政局、县卫健局〕`], rows: [['统筹规划服务设施建设', '县民政局牵头，县财政局、县卫健局参加']] }),
    },
    {
      name: '等有关部门（单位） on both sides',
      text: plan({ tasks: [`${T1}〔县民政局、县财政局等有关部门（单位）按职责分工负责〕`], rows: [['统筹规划服务设施建设', '县民政局、县财政局等有关部门（单位）按职责分工负责']] }),
    },
    {
      name: '各乡镇政府 and 各乡镇人民政府; 各乡镇（街道）人民政府 and 相关乡镇（街道）人民政府',
      text: plan({ tasks: [`${T1}〔县民政局、各乡镇政府〕`, `${T2}〔县民政局、各乡镇（街道）人民政府〕`], rows: [['统筹规划服务设施建设', '县民政局、各乡镇人民政府'], ['优化城乡养老服务布局', '县民政局牵头，相关乡镇（街道）人民政府负责']] }),
    },
    {
      name: 'companies and banks are units too',
      text: plan({ tasks: [`${T1}〔县发改局、国家金融监督管理总局宝清监管支局、中国人民银行宝清县支行、国网宝清县供电公司〕`], rows: [['统筹规划服务设施建设', '县发改局牵头，国家金融监督管理总局宝清监管支局、中国人民银行宝清县支行、国网宝清县供电公司参加']] }),
    },
    { name: 'a 分工表 written a row per line, cells between tabs, that agrees', text: tabRows('县卫健局') },
    {
      name: 'one unit per line in the table cell (seed 003)',
      text: plan({ tasks: [`${T1}〔县民政局、县财政局、县卫健局〕`], rows: [['统筹规划服务设施建设', '县民政局\n县财政局\n\n县卫健局']] }),
    },
    { name: 'no 分工表: nothing to compare', text: plan({ tasks: [`${T1}〔县民政局、县财政局〕`] }) },
    {
      name: 'a 配合单位 column beside 牵头单位: its units are the row\'s too',
      text: plan({ tasks: [`${T1}〔县民政局牵头，县财政局、县卫健局配合〕`, `${T2}〔县卫健局牵头，县民政局配合〕`], rows: [['统筹规划服务设施建设', '县民政局', '县财政局、县卫生健康局'], ['优化城乡养老服务布局', '县卫健局', '县民政局']], header: LEAD_PARTNER }),
    },
    {
      name: '牵头单位 | 责任单位: the second column holds the other responsible units',
      text: plan({ tasks: [`${T1}〔县民政局牵头，县财政局、县卫健局负责〕`], rows: [['统筹规划服务设施建设', '县民政局', '县财政局、县卫生健康局']], header: ['重点任务', '牵头单位', '责任单位'] }),
    },
    {
      name: '〔牵头单位：…；配合单位：…〕 in the body, the same in two columns',
      text: plan({ tasks: [`${T1}〔牵头单位：县民政局；配合单位：县财政局、县卫健局〕`], rows: [['统筹规划服务设施建设', '县民政局', '县财政局、县卫健局']], header: LEAD_PARTNER }),
    },
    {
      name: '〔牵头单位：…；配合单位：…〕 in the body, roles written in one column',
      text: plan({ tasks: [`${T1}〔牵头单位：县民政局；配合单位：县财政局、县卫健局〕`], rows: [['统筹规划服务设施建设', '县民政局牵头，县财政局、县卫健局配合']] }),
    },
    {
      name: '县直各有关部门 and 县直有关部门: the same open group',
      text: plan({ tasks: [`${T1}〔县民政局、县直各有关部门〕`], rows: [['统筹规划服务设施建设', '县民政局、县直有关部门']] }),
    },
    {
      name: 'units separated by spaces in the cell',
      text: plan({ tasks: [`${T1}〔县民政局、县财政局〕`], rows: [['统筹规划服务设施建设', '县民政局　县财政局']] }),
    },
    {
      // both sides say who leads: the order says nothing (units/role-mismatch compares the parts)
      name: 'the same units in another order, each side naming its lead',
      text: plan({ tasks: [`${T1}〔县民政局牵头，县财政局配合〕`], rows: [['统筹规划服务设施建设', '县财政局配合，县民政局牵头']] }),
    },
    {
      name: 'a 完成时限 after the units in the bracket',
      text: plan({ tasks: [`${T1}〔责任单位：县民政局、县财政局；完成时限：2024年12月底前〕`], rows: [['统筹规划服务设施建设', '县民政局、县财政局']] }),
    },
    {
      name: 'a 配合单位 cell left empty',
      text: plan({ tasks: [`${T1}〔县民政局〕`], rows: [['统筹规划服务设施建设', '县民政局', '']], header: ['重点任务', '责任单位', '配合单位'] }),
    },
    {
      name: 'a list that is not the 分工表 (2022年任务清单) is not compared',
      text: plan({ tasks: [`${T1}〔县民政局、县财政局〕`], rows: [['制定全县养老服务发展规划', '县发改局']], tableTitle: '宝清县2022年任务清单' }),
    },
  ],
  invalid: [
    {
      name: 'a 分工表 written a row per line, cells between tabs (Word\'s 纯文本): its rows are compared too',
      text: tabRowsDiffer,
      errors: [{ message: '任务“优化城乡养老服务布局”的责任单位与附件1分工表序号2（第17行）不一致：仅正文有“县卫健局”；仅分工表有“县民政局”。', ...at(tabRowsDiffer, '〔县卫健局'), severity: 'error' }],
    },
    {
      name: 'a unit only the body names',
      text: extraInBody,
      errors: [{ message: '任务“统筹规划服务设施建设”的责任单位与附件1分工表序号1（第17行）不一致：仅正文有“县残联”。', ...at(extraInBody, '〔'), endColumn: at(extraInBody, '〕').column + 1, severity: 'error' }],
    },
    {
      name: 'a unit only the table names',
      text: extraInTable,
      errors: [{ message: '仅分工表有“县妇联”', ...at(extraInTable, '〔'), severity: 'error' }],
    },
    {
      name: 'each side has its own',
      text: bothDiffer,
      errors: [{ message: '仅正文有“县残联”；仅分工表有“县妇联”', line: at(bothDiffer, '〔').line }],
    },
    {
      name: 'the table names 县级有关单位 (a level\'s departments in general): what only the body names is only a note',
      text: levelGroup,
      errors: [{ message: '仅正文有“县残联”（分工表写有“等有关部门”，可能有意省略）', line: at(levelGroup, '〔').line, severity: 'information' }],
    },
    {
      name: 'the table ends with 等有关部门: only a note',
      text: openTable,
      errors: [{ message: '仅正文有“县残联”（分工表写有“等有关部门”，可能有意省略）', line: at(openTable, '〔').line, severity: 'information' }],
    },
    {
      name: 'the same units in another order: only a note, naming the lead unit',
      text: reordered,
      errors: [{ message: '相同，但顺序不同：正文为“县民政局、县财政局”，分工表为“县财政局、县民政局”；排在首位的一般是牵头单位', line: at(reordered, '〔').line, severity: 'information' }],
    },
    {
      name: 'a row that quotes the task sentence instead of its title: warning',
      text: quoted,
      errors: [{ message: '仅正文有“县财政局”；仅分工表有“县卫健局”', line: at(quoted, '〔').line, severity: 'warning' }],
    },
  ],
});

describe('units/table-mismatch relatedInformation', () => {
  it('points at the 分工表 cell of the other side', () => {
    const [f] = runRule(rule, bothDiffer);
    assert.deepStrictEqual(f.related?.map((r) => [r.range.start.line + 1, r.range.start.character + 1, r.message]), [
      [at(bothDiffer, '县民政局、县妇联').line, 2, '附件1分工表序号1（第17行）的责任单位'],
    ]);
  });
  it('names a 配合单位 cell by its column', () => {
    const [f] = runRule(rule, partnerMissing);
    assert.match(f.message, /仅正文有“县残联”。$/);
    assert.deepStrictEqual(f.related?.map((r) => r.message), ['附件1分工表序号1（第18行）的牵头单位', '附件1分工表序号1（第18行）的配合单位']);
  });
  it('compares the tasks of a plan forwarded as 附件1 with the 分工表 in 附件2', () => {
    const text = forwardedPlan({ tasks: ['（一）统筹规划服务设施建设。严格执行建设标准。〔县民政局、县残联〕', '（二）优化城乡养老服务布局。加快拓展服务供给。〔县卫健局〕'], rows: [['统筹规划服务设施建设', '县民政局、县妇联'], ['优化城乡养老服务布局', '县卫健局']] });
    assert.deepStrictEqual(runRule(rule, text).map((f) => [f.range.start.line + 1, f.message]), [
      [at(text, '〔县民政局、县残联').line, '任务“统筹规划服务设施建设”的责任单位与附件2分工表序号1（第' + at(text, '\t1').line + '行）不一致：仅正文有“县残联”；仅分工表有“县妇联”。'],
    ]);
  });
  it('is silent on seed 000, where 22 tasks and 22 rows agree', () => {
    assert.deepStrictEqual(runRule(rule, seed('000')).map((f) => f.message), []);
  });
});
