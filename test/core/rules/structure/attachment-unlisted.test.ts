import { rule } from '../../../../server/src/core/rules/structure/attachment-unlisted';
import { doc, ruleTester } from '../../../helpers/ruleTester';
import { seed } from '../../../helpers/seeds';

const body = ['宝清县“一老一小”整体解决方案', '', '一、指导思想', '', '以习近平新时代中国特色社会主义思想为指导。', ''];

ruleTester(rule, {
  valid: [
    ...['000', '001', '002', '003', '004'].map((p) => ({ name: `seed ${p}`, text: seed(p) })),
    { name: 'a single unnumbered item and a lone 附件', text: doc(...body, '附件：重点任务分工表', '', '附件', '', '重点任务分工表') },
    {
      name: 'items whose titles start with a year (1.2023年…) are listed',
      text: doc(...body, '附件：1.2023年县政府工作报告任务分解一览表', '　　　　　2.2023年十件民生实事任务一览表', '', '附件1', '', '2023年县政府工作报告任务分解一览表', '', '附件2', '', '2023年十件民生实事任务一览表'),
    },
  ],
  invalid: [
    {
      name: '附件3 follows but the note lists two',
      text: doc(...body, '附件：1.工作专班', '', '2.重点任务分工表', '', '附件1', '工作专班', '', '附件2', '重点任务分工表', '', '附件3', '重大项目清单'),
      errors: [{ message: '附件3“重大项目清单”没有在附件说明中列出（附件说明列了：1.工作专班；2.重点任务分工表）', line: 17, column: 1, endColumn: 4 }],
      output: doc(...body, '附件：1.工作专班', '', '2.重点任务分工表', '', '3.重大项目清单', '', '附件1', '工作专班', '', '附件2', '重点任务分工表', '', '附件3', '重大项目清单'),
    },
    {
      name: 'items aligned under the first one keep their indentation',
      text: doc(...body, '附件：1.工作专班', '      2.重点任务分工表', '', '附件1', '工作专班', '', '附件2', '重点任务分工表', '', '附件3：重大项目清单'),
      errors: [{ message: '附件3“重大项目清单”没有在附件说明中列出', line: 16 }],
      output: doc(...body, '附件：1.工作专班', '      2.重点任务分工表', '      3.重大项目清单', '', '附件1', '工作专班', '', '附件2', '重点任务分工表', '', '附件3：重大项目清单'),
    },
    {
      name: 'a note written one line per attachment gets its item written the same way (附件3.…)',
      text: doc(...body, '附件1.工作专班', '附件2.重点任务分工表', '', '附件1', '工作专班', '', '附件2', '重点任务分工表', '', '附件3', '重大项目清单'),
      errors: [{ message: '附件3“重大项目清单”没有在附件说明中列出（附件说明列了：1.工作专班；2.重点任务分工表）', line: 16, column: 1, endColumn: 4 }],
      output: doc(...body, '附件1.工作专班', '附件2.重点任务分工表', '附件3.重大项目清单', '', '附件1', '工作专班', '', '附件2', '重点任务分工表', '', '附件3', '重大项目清单'),
    },
    {
      name: 'a CRLF file gets CRLF in the added item',
      text: doc(...body, '附件：1.工作专班', '      2.分工表', '', '附件1', '工作专班', '', '附件2', '分工表', '', '附件3：清单').replace(/\n/g, '\r\n'),
      errors: [{ message: '附件3“清单”没有在附件说明中列出', line: 16 }],
      output: doc(...body, '附件：1.工作专班', '      2.分工表', '      3.清单', '', '附件1', '工作专班', '', '附件2', '分工表', '', '附件3：清单').replace(/\n/g, '\r\n'),
    },
  ],
});
