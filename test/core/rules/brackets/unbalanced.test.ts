import { rule } from '../../../../server/src/core/rules/brackets/unbalanced';
import { doc, ruleTester } from '../../../helpers/ruleTester';
import { seed } from '../../../helpers/seeds';

const TITLE = '宝清县“一老一小”整体解决方案';

ruleTester(rule, {
  valid: [
    ...['000', '001', '002', '003', '004'].map((p) => ({ name: `seed ${p}`, text: seed(p) })),
    { name: 'a units bracket hard-wrapped over a blank line (seed 001 task 9)', text: doc(TITLE, '1.提升养老机构服务水平。坚持公益属性。（县民政局、卫健局、财政局、', '', '发改局按职责分工负责，各乡镇人民政府具体落实）') },
    {
      name: 'a bracket closed in the next paragraph the parser did not join (three blank lines)',
      text: doc(TITLE, '1.提升养老机构服务水平。坚持公益属性。（县民政局、卫健局、', '', '', '', '发改局按职责分工负责）'),
    },
    { name: 'nested brackets and quotes', text: doc(TITLE, '为贯彻落实《双鸭山市人民政府办公室关于印发〈双鸭山市“一老一小”整体解决方案〉的通知》（双政办规〔2022〕25号）的要求。') },
    { name: 'list markers 1) 2) closed by a lone half-width parenthesis', text: doc(TITLE, '', '补贴分为：1)建设补贴；2)运营补贴；a)其他。') },
    { name: 'list markers 1） 2） closed by a lone full-width parenthesis', text: doc(TITLE, '', '1）完善设施；2）提升质量；3）加强监管。', '', '要求如下：１）完善设施；２）提升质量。') },
    { name: 'a heading marker is not a bracket to pair', text: doc(TITLE, '一、重点任务', '（一）健全服务体系', '(二)创新供给体系') },
  ],
  invalid: [
    {
      name: 'a full-width close after a number in running text is no list marker',
      text: doc(TITLE, '', '完善设施，提升质量达到90）。'),
      errors: [{ message: '括号不成对', line: 3 }],
    },
    {
      name: 'a units bracket never closed',
      text: doc(TITLE, '', '1.统筹规划服务设施建设。严格执行建设标准。〔县住房和城乡建设局、县民政局'),
      errors: [{ message: '六角括号不成对：“〔县住房和城乡建设局、县……”中的“〔”在本段中没有对应的“〕”', line: 3, column: 23, endColumn: 24 }],
    },
    {
      name: 'a closing bracket with no opening one',
      text: doc(TITLE, '', '2.优化城乡养老服务布局。县民政局、县财政局按职责分工负责）'),
      errors: [{ message: '括号不成对：“……县财政局按职责分工负责）”中的“）”在本段中没有对应的“（”', line: 3, column: 30 }],
    },
    {
      name: 'both ends: a 《 left open in one paragraph and a 》 alone two paragraphs later',
      text: doc(TITLE, '', '为贯彻落实《国务院办公厅关于促进养老托育服务健康发展的意见，', '', '一、总体要求', '', '根据上级要求》，结合实际制定本方案。'),
      errors: [
        { message: '书名号不成对：“《国务院办公厅关于促进养……”中的“《”在本段中没有对应的“》”', line: 3, column: 6 },
        { message: '书名号不成对：“根据上级要求》”中的“》”在本段中没有对应的“《”', line: 7, column: 7 },
      ],
    },
    {
      name: 'a quotation mark never closed',
      text: doc(TITLE, '', '推动“互联网+养老服务发展。'),
      errors: [{ message: '引号不成对', line: 3, column: 3 }],
    },
    {
      name: 'a crossing: “ opened inside 《》 and closed after it',
      text: doc(TITLE, '', '落实《关于“一老一小》”工作的意见。'),
      errors: [{ message: '引号与书名号交叉：“《关于“一老一小》””中““”在“《》”之内打开，却在其外关闭；应在“》”之前关闭', line: 3, column: 6, endColumn: 7 }],
    },
    {
      name: '200 000 lone brackets on one line are reported five times, not 200 000',
      text: doc(TITLE, '', '为贯彻落实（县民政局、'.repeat(200_000)),
      errors: Array.from({ length: 5 }, (_, i) => ({ message: '括号不成对', line: 3, column: 6 + 11 * i })),
    },
    {
      name: 'in a table cell',
      text: doc(TITLE, '', '分工表', '\t序号', '\t责任单位', '', '\t1', '\t市民政局牵头，相关乡镇（街道人民政府负责。'),
      errors: [{ message: '括号不成对：“（街道人民政府负责。”中的“（”在本单元格中没有对应的“）”', line: 8, column: 13 }],
    },
  ],
});
