import { rule } from '../../../../server/src/core/rules/structure/attachment-title';
import { doc, ruleTester } from '../../../helpers/ruleTester';
import { seed } from '../../../helpers/seeds';

const body = ['宝清县“一老一小”整体解决方案', '', '一、指导思想', '', '以习近平新时代中国特色社会主义思想为指导。', ''];
const seed002 = seed('002');

ruleTester(rule, {
  valid: [
    ...['000', '001', '003', '004'].map((p) => ({ name: `seed ${p}`, text: seed(p) })),
    { name: 'titles identical, label with a tab and a colon', text: doc(...body, '附件：1.工作专班', '2.重点任务分工表', '', '附件1：工作专班', '', '\t附件2', '', '重点任务分工表') },
    { name: 'titles that start with a year (1.2023年…): the year is the title\'s, not the marker\'s', text: doc(...body, '附件：1.2023年县政府工作报告任务分解一览表', '　　　　　2.2023年十件民生实事任务一览表', '', '附件1', '', '2023年县政府工作报告任务分解一览表', '', '附件2', '', '2023年十件民生实事任务一览表') },
  ],
  invalid: [
    {
      name: 'the note names the attachment in 《》: only the marks differ, not a shortening',
      text: doc(...body, '附件：1.《重点任务分工表》', '', '附件1', '', '重点任务分工表'),
      errors: [{ message: '只差书名号', line: 7, severity: 'information' }],
      output: doc(...body, '附件：1.重点任务分工表', '', '附件1', '', '重点任务分工表'),
    },
    {
      name: 'seed 002: the note writes 2022 年 with a stray space',
      text: seed002,
      errors: [{ message: '附件说明中的名称“万源市促进养老托育服务健康发展2022 年任务清单”与附件2的标题“万源市促进养老托育服务健康发展2022年任务清单”只差空格', line: 73, column: 9, severity: 'information' }],
      output: seed002.replace('健康发展2022 年任务清单', '健康发展2022年任务清单'),
    },
    {
      name: 'a different name',
      text: doc(...body, '附件：1.工作专班', '2.重点任务分工表', '', '附件1', '工作专班', '', '附件2', '重点工作责任清单'),
      errors: [{ message: '附件说明中的名称“重点任务分工表”与附件2的标题“重点工作责任清单”不一致，两处应完全相同', line: 8, column: 3, endColumn: 10, severity: 'warning' }],
      output: doc(...body, '附件：1.工作专班', '2.重点工作责任清单', '', '附件1', '工作专班', '', '附件2', '重点工作责任清单'),
    },
    {
      name: 'a shortened name is a note',
      text: doc(...body, '附件：重大政策清单', '', '附件', '泊头市“一老一小”整体解决方案重大政策清单'),
      errors: [{ message: '不一致（一方是另一方的简写）', line: 7, column: 4, severity: 'information' }],
      output: doc(...body, '附件：泊头市“一老一小”整体解决方案重大政策清单', '', '附件', '泊头市“一老一小”整体解决方案重大政策清单'),
    },
  ],
});
