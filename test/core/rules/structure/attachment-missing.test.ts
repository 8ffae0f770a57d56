import { rule } from '../../../../server/src/core/rules/structure/attachment-missing';
import { doc, ruleTester } from '../../../helpers/ruleTester';

// a 通知 whose 附件说明 lists the plan as 附件1; the plan's text follows the date with its title but no 附件1 label
const NOTICE = ['某县人民政府办公室关于印发某县养老服务工作方案的通知', '', '各乡镇人民政府，县直各有关单位：', '　　现将《某县养老服务工作方案》印发给你们，请认真贯彻执行。', ''];
const unlabelled = (...rest: string[]) =>
  doc(...NOTICE, '　　附件：1.某县养老服务工作方案', '　　　　　2.重点任务分工表', '', '某县人民政府办公室', '2022年4月18日', '', ...rest, '某县养老服务工作方案', '', '一、工作目标', '　　到2025年，养老服务体系更加完善。', '', '附件2', '', '重点任务分工表');

const body = ['宝清县“一老一小”整体解决方案', '', '一、指导思想', '', '以习近平新时代中国特色社会主义思想为指导。', ''];

ruleTester(rule, {
  valid: [
    {
      name: 'both listed attachments follow',
      text: doc(...body, '附件：1.宝清县“一老一小”工作专班', '', '2.宝清县“一老一小”工作重点任务分工表', '', '附件1', '宝清县“一老一小”工作专班', '', '\t附件2', '', '宝清县“一老一小”工作重点任务分工表'),
    },
    {
      name: 'label with a full-width colon and leading space',
      text: doc(...body, '附件：1.重大项目清单', '', ' 附件1：', '', '北安市“一老一小”整体解决方案重大项目清单'),
    },
    {
      name: 'a single unnumbered item and a lone 附件',
      text: doc(...body, '附件：重点任务分工表', '', '附件', '', '重点任务分工表'),
    },
    {
      name: 'a single unnumbered item in the notice, before the 署名, and a lone 附件 after the date',
      text: doc('××县人民政府关于印发《××县养老服务补贴管理办法》的通知', '', '各乡镇人民政府，县政府各部门：', '　　现将《××县养老服务补贴管理办法》印发给你们，请遵照执行。', '', '附件：××县养老服务补贴管理办法', '', '××县人民政府', '2024年3月1日', '', '附件', '', '××县养老服务补贴管理办法', '', '第一章　总　则', '第一条　为规范养老服务补贴管理，制定本办法。'),
    },
    { name: 'no 附件说明 at all', text: doc(...body) },
    { name: 'the plan after the 通知 carries its 附件1 label', text: unlabelled('附件1', '') },
  ],
  invalid: [
    {
      // a county notice as published on its site: the attachments are downloads, named as files
      name: 'items named as files (.docx, .pdf): the attachments go as files of their own, only a note',
      text: doc(...body, '附件：1.目标任务分解表.docx', '　　　2.主要工作任务.PDF', '', '某县人民政府办公室', '2023年6月26日'),
      errors: [
        { message: '附件说明列出“附件1：目标任务分解表.docx”，是单独的docx文件，不在本文中；请确认已随文附上。', line: 7, severity: 'information' },
        { message: '是单独的pdf文件', line: 8, severity: 'information' },
      ],
    },
    {
      name: 'the plan listed as 附件1 follows the 通知 with its title but without the 附件1 label',
      text: unlabelled(),
      errors: [{ message: '附件说明列出“附件1：某县养老服务工作方案”，其正文已附在通知之后（第12行），但缺少“附件1”标识：应在该标题之前一行顶格写“附件1”。', line: 6, column: 6, severity: 'warning' }],
      output: unlabelled('附件1', ''),
    },
    {
      name: 'the same past a 附注 （此件公开发布） under the date',
      text: unlabelled('（此件公开发布）', ''),
      errors: [{ message: '其正文已附在通知之后（第14行），但缺少“附件1”标识', line: 6, severity: 'warning' }],
      output: unlabelled('（此件公开发布）', '', '附件1', ''),
    },
    {
      name: 'the same past two 附注 lines, the second a long one',
      text: unlabelled('（此件主动公开）', '（联系人：张三，联系电话：0451-12345678）', ''),
      errors: [{ message: '其正文已附在通知之后（第15行），但缺少“附件1”标识', line: 6, severity: 'warning' }],
      output: unlabelled('（此件主动公开）', '（联系人：张三，联系电话：0451-12345678）', '', '附件1', ''),
    },
    {
      name: 'an item whose title is not the plan’s that follows is still missing',
      text: unlabelled().replace('1.某县养老服务工作方案', '1.某县养老服务补贴办法'),
      errors: [{ message: '附件说明列出“附件1：某县养老服务补贴办法”，但文末没有附件1（现有：附件2）。', line: 6, severity: 'error' }],
    },
    {
      name: 'three items, no attachment follows (seed 004)',
      text: doc(...body, '附件：1.泊头市“一老一小”工作协调推进机制', '', '2. 重大政策清单', '', '3. 重大要素清单'),
      errors: [
        { message: '附件说明列出“附件1：泊头市“一老一小”工作协调推进机制”，但文末没有任何附件', line: 7, column: 4 },
        { message: '附件2：重大政策清单', line: 9, column: 1 },
        { message: '附件3：重大要素清单', line: 11, column: 1 },
      ],
    },
    {
      name: 'the second attachment is missing',
      text: doc(...body, '附件：1.工作专班', '2.重点任务分工表', '', '附件1', '工作专班'),
      errors: [{ message: '附件说明列出“附件2：重点任务分工表”，但文末没有附件2（现有：附件1）', line: 8, column: 1, endColumn: 10 }],
    },
  ],
});
