import * as assert from 'assert';
import { rule } from '../../../../server/src/core/rules/numbering/duplicate';
import { applyEdits } from '../../../../server/src/core/text/edits';
import { doc, ruleTester, runRule } from '../../../helpers/ruleTester';
import { seed } from '../../../helpers/seeds';
import { TITLE, continuous, restarting, table } from './fixtures';

const seed003 = seed('003');

ruleTester(rule, {
  valid: [
    { name: 'restarting under each parent (seed 000)', text: seed('000') },
    { name: 'tasks 1–16 continuous across （一）–（四） (seed 001)', text: seed('001') },
    { name: '（一）–（二十四） continuous across 二、–七、 (seed 002)', text: seed('002') },
    { name: 'fixture: restarting scheme', text: restarting },
    { name: 'fixture: continuous scheme', text: continuous },
    { name: 'a table restarting its 序号 under each section row', text: table([1, 2, 3], [1, 2]) },
    { name: 'a table counting on across section rows', text: table([1, 2], [3, 4]) },
    {
      name: 'two labelled lists under one parent (养老方面： 1.–3., 托育方面： 1.–2., as seed 003 writes them)',
      text: doc(TITLE, '一、实施背景', '（二）发展趋势。', '养老方面：', '1.加大养老从业人才培育力度。', '2.推动医养结合。', '3.发展智慧养老。', '托育方面：', '1.加大社区托育服务机构建设力度。', '2.积极培育本地托育服务品牌。'),
    },
    { name: 'the same ordinal under different parents', text: doc(TITLE, '一、总体要求', '（一）指导思想', '二、重点任务', '（一）健全服务体系') },
    {
      // a 制度 or 办法 is written in 条: each 条 lists its own items from （一）
      name: '（一）（二） in one 条 and again in the next 条',
      text: doc('某县人民政府办公室会议制度', '第一条　县政府办公室实行主任办公会议和全体会议制度。', '第二条　县政府办公室主任办公会议由主任主持，根据需要不定期召开，会议的主要内容是：', '（一）讨论向县政府请示的重要事项；', '（二）研究其它有关工作。', '第三条　县政府办公室全体会议由主任主持，全体机关干部参加，不定期召开，会议的主要内容是：', '（一）传达学习上级的重要工作部署；', '（二）通报近期县政府工作。', '第四条　本制度自印发之日起施行。'),
    },
    // 一． and 二. (text taken from a PDF or Word) are first-level headings: the （一） under each starts its own list
    {
      name: '（一）（二） under 一． and again under 二．',
      text: doc(TITLE, '一．总体要求', '（一）指导思想', '（二）基本原则', '二．重点任务', '（一）健全服务体系', '（二）创新供给体系'),
    },
    {
      name: '（一）（二） under 一、 and again under 二. (ASCII dot)',
      text: doc(TITLE, '一、总体要求', '（一）指导思想', '（二）基本原则', '二.重点任务', '（一）健全服务体系', '（二）创新供给体系'),
    },
  ],
  invalid: [
    {
      name: 'a sub-level starting over under a parent heading not read as one (四 保障措施, its 、 left out): only a note',
      text: doc(TITLE, '一、总体要求', '（一）指导思想', '（二）基本原则', '四 保障措施', '（一）加强组织领导', '（二）强化考核评估'),
      errors: [{ message: '序号重新从“（一）”开始（第3行已用过“（一）”）：若此处是新的一部分，请检查其上一级标题是否漏写或写法不规范（如“四、保障措施”漏写了“、”）', line: 6, severity: 'information' }],
    },
    {
      name: 'seed 003: a second 四、 after 四、保障机制',
      text: seed003,
      errors: [{ message: '序号重复：“四、”已在第249行使用，此处应为“五、”', line: 264, column: 1, endLine: 264, endColumn: 3 }],
      output: seed003.replace('四、北安市养老托育服务综合专班', '五、北安市养老托育服务综合专班'),
    },
    {
      name: 'an inserted item repeats 二、',
      text: doc(TITLE, '一、总体要求', '', '二、发展目标', '', '二、重点任务', '', '三、保障措施'),
      errors: [{ message: '序号重复：“二、”已在第4行使用，此处应为“三、”', line: 6, column: 1 }],
      output: doc(TITLE, '一、总体要求', '', '二、发展目标', '', '三、重点任务', '', '四、保障措施'),
    },
    {
      name: 'a typo repeats （二） and the next one fits the count again',
      text: doc(TITLE, '一、重点任务', '（一）健全服务体系', '（二）创新供给体系', '（二）拓展供给范围', '（四）规范监管体系'),
      errors: [{ message: '“（二）”已在第4行使用，此处应为“（三）”', line: 5, column: 1, endColumn: 4 }],
      output: doc(TITLE, '一、重点任务', '（一）健全服务体系', '（二）创新供给体系', '（三）拓展供给范围', '（四）规范监管体系'),
    },
    {
      name: 'continuous scheme: a repeated 3. renumbers the rest of the level across parents',
      text: continuous.replace('4. 完善居家', '3. 完善居家'),
      errors: [{ message: '序号重复：“3.”已在第13行使用，此处应为“4.”', line: 15, column: 1 }],
      output: continuous,
    },
    {
      name: 'a table 序号 repeated within a section',
      text: table([1, 2], [1, 2, 2, 3]),
      errors: [{ message: '表格“重点任务分工表”序号重复：“2”已在第24行使用，此处应为“3”', line: 28, column: 2, endColumn: 3 }],
      output: table([1, 2], [1, 2, 3, 4]),
    },
  ],
});

describe('numbering/duplicate fixes', () => {
  it('offers renumbering first and, when that touches other markers, changing just this one', () => {
    const text = doc(TITLE, '一、总体要求', '', '二、发展目标', '', '二、重点任务', '', '三、保障措施');
    const [f] = runRule(rule, text);
    assert.deepStrictEqual(f.fixes?.map((x) => x.title), ['重新编号：本组第一层序号依次编为 一、—四、', '只把此处改为“三、”']);
    assert.strictEqual(applyEdits(text, f.fixes![1].edits), doc(TITLE, '一、总体要求', '', '二、发展目标', '', '三、重点任务', '', '三、保障措施'));
    assert.ok(f.fixes!.every((x) => !x.safe), 'which marker is wrong is the drafter’s call');
  });
});
