import * as assert from 'assert';
import { rule } from '../../../../server/src/core/rules/units/title-mismatch';
import { rule as taskWithoutRow } from '../../../../server/src/core/rules/units/task-without-row';
import { rule as rowWithoutTask } from '../../../../server/src/core/rules/units/row-without-task';
import { rule as tableMismatch } from '../../../../server/src/core/rules/units/table-mismatch';
import { runRule, ruleTester } from '../../../helpers/ruleTester';
import { at, forwardedPlan, plan } from '../../../helpers/plan';

const T1 = '1.统筹规划服务设施建设。严格执行建设标准。〔县民政局、县财政局〕';
const T2 = '2.加强组织领导。建立工作机制。〔县委组织部〕';
const T3 = '3.优化城乡养老服务布局。加快拓展服务供给。〔县卫健局〕';

// two words added in the row (seed 000's layout, the title 10 characters)
const inserted = plan({ tasks: [T1, T3], rows: [['统筹规划养老服务设施建设', '县民政局、县财政局'], ['优化城乡养老服务布局', '县卫健局']] });
// one character mistyped in the body
const typo = plan({ tasks: ['1.加强组织领寻。建立工作机制。〔县委组织部〕', T3], rows: [['加强组织领导', '县委组织部'], ['优化城乡养老服务布局', '县卫健局']] });
// numbered cell, one character dropped, and the units differ: the pair is compared
const dropped = plan({ tasks: [T1, T3], rows: [['1.统筹规划服务设建设', '县民政局'], ['2.优化城乡养老服务布局', '县卫健局']] });
const forwarded = forwardedPlan({ tasks: ['（一）统筹规划服务设施建设。严格执行建设标准。〔县民政局、县财政局〕'], rows: [['统筹规划养老服务设施建设', '县民政局、县财政局']] });

ruleTester(rule, {
  valid: [
    { name: 'every row named as its task', text: plan({ tasks: [T1, T3], rows: [['统筹规划服务设施建设', '县民政局、县财政局'], ['优化城乡养老服务布局', '县卫健局']] }) },
    { name: 'a title and a row that differ by a word at the end pair by title (…建设 / …建设工作)', text: plan({ tasks: [T1], rows: [['统筹规划服务设施建设工作', '县民政局、县财政局']] }) },
    { name: 'two characters of a 6-character title: two tasks (加强组织领导 / 加强组织保障)', text: plan({ tasks: [T2], rows: [['加强组织保障', '县委组织部']] }) },
    { name: 'two characters replaced: another task (医养 / 托育)', text: plan({ tasks: ['1.推进医养结合服务发展。加强合作。〔县卫健局〕'], rows: [['推进托育结合服务发展', '县卫健局']] }) },
    { name: 'a difference in a number: two targets (5万 / 1.5万)', text: plan({ tasks: ['1.新增5万张养老床位建设。〔县民政局〕'], rows: [['新增1.5万张养老床位建设', '县民政局']] }) },
    {
      name: 'a row near two tasks is paired with neither',
      text: plan({ tasks: ['1.完善养老服务体系建设。〔县民政局〕', '2.完善托育服务体系建设。〔县卫健局〕'], rows: [['完善服务体系建设', '县民政局']] }),
    },
    {
      name: 'two rows near one task: neither is paired',
      text: plan({ tasks: ['1.加强组织领导。〔县委组织部〕'], rows: [['加强组织领寻', '县委组织部'], ['加强组织领异', '县委组织部']] }),
    },
    { name: 'a short title (5 characters) is never near', text: plan({ tasks: ['1.强化兜底线。〔县民政局〕'], rows: [['强化兜底钱', '县民政局']] }) },
  ],
  invalid: [
    {
      name: 'a row that adds two words to the title (统筹规划养老服务设施建设)',
      text: inserted,
      errors: [{ message: '附件1分工表序号1（第19行）的任务“统筹规划养老服务设施建设”与正文第5行的任务“统筹规划服务设施建设”写法不一致（分工表多“养老”二字），应为同一项任务；请统一两处的名称。', ...at(inserted, '统筹规划养老'), endColumn: at(inserted, '统筹规划养老').column + 12, severity: 'warning' }],
      output: inserted.replace('\t统筹规划养老服务设施建设', '\t统筹规划服务设施建设'),
    },
    {
      name: 'a character mistyped in the body',
      text: typo,
      errors: [{ message: '（分工表写作“导”，正文写作“寻”）', ...at(typo, '加强组织领导'), severity: 'warning' }],
      output: typo.replace('\t加强组织领导', '\t加强组织领寻'),
    },
    {
      name: 'a numbered cell: the name after the number is replaced',
      text: dropped,
      errors: [{ message: '（正文多“施”一字）', ...at(dropped, '统筹规划服务设建设'), severity: 'warning' }],
      output: dropped.replace('\t1.统筹规划服务设建设', '\t1.统筹规划服务设施建设'),
    },
    {
      name: 'the plan in 附件1, the 分工表 in 附件2',
      text: forwarded,
      errors: [{ message: '附件2分工表序号1（第29行）的任务“统筹规划养老服务设施建设”与正文第19行的任务', ...at(forwarded, '统筹规划养老'), severity: 'warning' }],
    },
  ],
});

describe('units/title-mismatch with the other units checks', () => {
  it('a near pair is no longer a task without a row and a row without a task', () => {
    assert.deepStrictEqual(runRule(taskWithoutRow, inserted), []);
    assert.deepStrictEqual(runRule(rowWithoutTask, inserted), []);
    assert.strictEqual(runRule(rule, inserted).length, 1);
  });

  it('the pair\'s units are compared, at warning level (the pairing is a judgement)', () => {
    const f = runRule(tableMismatch, dropped);
    assert.strictEqual(f.length, 1);
    assert.strictEqual(f[0].severity, 'warning');
    assert.match(f[0].message, /仅正文有“县财政局”/);
  });

  it('unpaired near-looking tasks and rows keep their own findings', () => {
    const text = plan({ tasks: [T2, T3], rows: [['加强组织保障', '县委组织部'], ['优化城乡养老服务布局', '县卫健局']] });
    assert.strictEqual(runRule(taskWithoutRow, text).length, 1);
    assert.strictEqual(runRule(rowWithoutTask, text).length, 1);
  });
});
