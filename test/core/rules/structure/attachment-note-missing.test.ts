import { rule } from '../../../../server/src/core/rules/structure/attachment-note-missing';
import { doc, ruleTester } from '../../../helpers/ruleTester';
import { seed } from '../../../helpers/seeds';

const body = ['北安市“一老一小”整体解决方案', '', '一、实施背景', '', '以习近平新时代中国特色社会主义思想为指导。', ''];
const seed003 = seed('003');

ruleTester(rule, {
  valid: [
    ...['000', '001', '002', '004'].map((p) => ({ name: `seed ${p}`, text: seed(p) })),
    { name: 'no attachments, no note', text: doc(...body) },
    { name: 'a note written one line per attachment (附件1.工作专班 / 附件2.重点任务分工表) lists them', text: doc(...body, '附件1.工作专班', '附件2.重点任务分工表', '', '附件1', '', '工作专班', '', '附件2', '', '重点任务分工表') },
    { name: 'a note written 附：1.… (件 left out) lists them', text: doc(...body, '附：1.工作专班', '　　2.重点任务分工表', '', '附件1', '', '工作专班', '', '附件2', '', '重点任务分工表') },
    // without a note a bare 附件 line cannot be told from a word on its own line, so it is not a label
    { name: 'a bare 附件 line and no note', text: doc(...body, '附件', '', '重点任务分工表', '', '\t序号', '\t重点任务', '', '\t1', '\t统筹规划') },
  ],
  invalid: [
    {
      name: 'seed 003: 附件1–附件4 follow a plan that never lists them',
      text: seed003,
      errors: [{ message: '文末有4个附件（附件1—附件4），但正文之后没有附件说明：应在正文下空一行写“附件：1.北安市“一老一小”整体解决方案重大项目清单”', line: 342, column: 2, severity: 'warning' }],
      output: seed003.replace(' 附件1：\n', '附件：1.北安市“一老一小”整体解决方案重大项目清单\n　　　2.北安市“一老一小”整体解决方案重大产业清单\n　　　3.北安市“一老一小”整体解决方案重大政策清单\n　　　4.北安市“一老一小”整体解决方案重大要素清单\n\n 附件1：\n'),
    },
    {
      name: 'one numbered attachment',
      text: doc(...body, '附件1', '重点任务分工表'),
      errors: [{ message: '文末有附件（附件1），但正文之后没有附件说明：应在正文下空一行写“附件：重点任务分工表”', line: 7 }],
      output: doc(...body, '附件：重点任务分工表', '', '附件1', '重点任务分工表'),
    },
  ],
});
