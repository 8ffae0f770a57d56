import { rule } from '../../../../server/src/core/rules/structure/missing-addressee';
import { doc, ruleTester } from '../../../helpers/ruleTester';
import { seed } from '../../../helpers/seeds';

const tail = ['', '　　《宝清县“一老一小”整体解决方案》已经县政府常务会议审议通过，现印发给你们，请认真抓好贯彻落实。', '', '宝清县人民政府办公室', '', '2024年9月29日', '宝清县“一老一小”整体解决方案'];

ruleTester(rule, {
  valid: [
    { name: '发文字号 below the title (a web copy)', text: ['××县人民政府办公室', '关于印发《××方案》的通知', '', '×政办发〔2024〕3号', '', '各乡镇人民政府，县政府各部门：', '　　现将《××方案》印发给你们，请认真贯彻执行。', '', '××县人民政府办公室', '2024年3月1日'].join('\n') },
    {
      name: '发文字号 both above and below the title (a web page shows it twice)',
      text: ['张政发规〔2021〕3号', '', '市政府关于印发《某市养老服务方案》的通知', '', '张政发规〔2021〕3号', '', '各镇政府，市政府各部门：', '　　现将《某市养老服务方案》印发给你们，请认真贯彻执行。', '', '某市人民政府', '2021年4月19日'].join('\n'),
    },
    {
      name: 'a different 发文字号 below the title (the forwarded document\'s number) before the 主送',
      text: ['×政办发〔2022〕5号', '', '×县人民政府办公室关于转发县民政局《×县养老服务实施方案》的通知', '', '×民发〔2022〕12号', '', '各乡镇人民政府，县政府各部门：', '　　县民政局《×县养老服务实施方案》已经县政府同意，现转发给你们，请认真贯彻执行。', '', '×县人民政府办公室', '2022年3月1日'].join('\n'),
    },
    {
      name: 'a 公开征求…意见 notice is addressed to the public, not to organs: no 主送 line',
      text: ['关于公开征求《×县养老服务高质量发展工作方案（征求意见稿）》的通知', '', '　　为广泛听取社会各界意见，现将《×县养老服务高质量发展工作方案（征求意见稿）》向社会公开征求意见。', '　　公示日期：2022年4月18日至2022年5月18日', '　　联系电话：0573—1234567'].join('\n'),
    },
    {
      name: '向社会公开征求…意见 in the title, 意见 after the quoted plan',
      text: ['关于向社会公开征求《×县托育服务发展方案》意见的通知', '', '　　现将《×县托育服务发展方案》全文公布，欢迎社会各界提出意见建议。'].join('\n'),
    },
    { name: 'an extract whose first sentence cites a 意见 (关于…。) has no title to follow', text: '根据《国务院办公厅关于促进养老托育服务健康发展的意见》（国办发〔2020〕52号）要求。' },
    {
      // a copy kept in a collection of regulations puts the number in brackets on the line under the title
      name: '发文字号 in brackets under the title, then the addressee',
      text: ['某市人民政府办公室关于印发某市安全生产专项整治方案的通知', '（某政办发〔2009〕19号）', '各县人民政府，市直有关部门：', '　　现将《某市安全生产专项整治方案》印发给你们，请认真贯彻实施。', '某市人民政府办公室', '2009年3月1日'].join('\n'),
    },
    {
      // the number is cut short (no 号): what is wrong is the number, and the addressee is there
      name: 'a 发文字号 without its 号 between the title and the addressee',
      text: ['关于印发某区营商环境实施方案的通知', '', '某政发〔2019〕1', '', '各乡镇人民政府，区政府各部门：', '', '　　《某区营商环境实施方案》已经区政府同意，现印发给你们，请认真组织实施。', '', '某区人民政府', '', '2019年3月9日'].join('\n'),
    },
    {
      // a 实施意见 as a collection or the press prints it: its date in a 题注 under the title, no addressee
      name: 'a date in a 题注 under the title',
      text: ['中共某县县委某县人民政府关于推进乡村振兴战略的实施意见', '（2018年5月23日）', '为全面贯彻《中共中央、国务院关于实施乡村振兴战略的意见》，现就我县推进乡村振兴战略提出如下实施意见。', '一、总体要求', '坚持农业农村优先发展。'].join('\n'),
    },
    {
      name: 'a 题注 naming the meeting that adopted the text',
      text: ['某县人民政府工作规则', '（2019年1月4日县政府第三次全体会议通过）', '', '第一章　总　则', '', '一、根据有关法律，制定本规则。'].join('\n'),
    },
    ...['000', '001', '002', '003', '004'].map((p) => ({ name: `seed ${p}`, text: seed(p) })),
  ],
  invalid: [
    {
      name: 'a 通知 whose title is followed by its body',
      text: doc('宝政办规〔2024〕6号', '', '关于印发《宝清县“一老一小”整体解决方案》的通知', ...tail),
      errors: [{ message: '缺少主送机关：标题之后、正文之前应写主送机关', line: 3, column: 1, severity: 'error' }],
    },
    {
      name: 'a 征求意见 notice sent to organs (not 公开) still needs its 主送',
      text: doc('宝政办函〔2024〕6号', '', '关于征求《宝清县“一老一小”整体解决方案（征求意见稿）》意见的通知', ...tail),
      errors: [{ message: '缺少主送机关', line: 3, severity: 'error' }],
    },
    {
      name: 'a wrapped title, no addressee',
      text: doc('宝政办规〔2024〕6号', '', '关于印发《宝清县“一老一小”', '', '整体解决方案》的通知', ...tail),
      errors: [{ message: '缺少主送机关', line: 3, endLine: 5 }],
    },
    {
      name: 'the 主送机关 written without its colon: named, with the colon added on its own line',
      text: doc('宝政办规〔2024〕6号', '', '关于印发《宝清县“一老一小”整体解决方案》的通知', '', '各乡（镇）人民政府，县政府各部门，各直属单位', ...tail),
      errors: [{ message: '主送机关“各乡（镇）人民政府，县政府各部门，各直属单位”之后缺少全角冒号“：”。', line: 5, column: 1, endColumn: 23, severity: 'error' }],
      output: doc('宝政办规〔2024〕6号', '', '关于印发《宝清县“一老一小”整体解决方案》的通知', '', '各乡（镇）人民政府，县政府各部门，各直属单位：', ...tail),
    },
    {
      name: 'the 主送机关 without its colon, the body on the next line, organs separated by 、',
      text: doc('关于印发《宝清县“一老一小”整体解决方案》的通知', '各乡镇人民政府、县直各部门', '　　现将方案印发给你们，请认真贯彻执行。', '', '宝清县人民政府办公室', '2024年9月29日'),
      errors: [{ message: '主送机关“各乡镇人民政府、县直各部门”之后缺少全角冒号', line: 2, column: 1, endColumn: 14 }],
      output: doc('关于印发《宝清县“一老一小”整体解决方案》的通知', '各乡镇人民政府、县直各部门：', '　　现将方案印发给你们，请认真贯彻执行。', '', '宝清县人民政府办公室', '2024年9月29日'),
    },
    {
      name: 'one organ alone under the title (an issuer a web page prints there) is not taken for the addressee',
      text: doc('关于印发《宝清县“一老一小”整体解决方案》的通知', '', '宝清县人民政府办公室', '　　现将方案印发给你们。'),
      errors: [{ message: '缺少主送机关：标题之后', line: 1 }],
    },
    {
      name: 'a first line that is not a list of organs (为进一步…) is no addressee without its colon',
      text: doc('关于印发《宝清县“一老一小”整体解决方案》的通知', '', '为进一步加强养老服务体系建设', '　　现将方案印发给你们。'),
      errors: [{ message: '缺少主送机关：标题之后', line: 1 }],
    },
  ],
});
