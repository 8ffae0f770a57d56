import { rule } from '../../../../server/src/core/rules/brackets/mismatched';
import { doc, ruleTester } from '../../../helpers/ruleTester';
import { seed } from '../../../helpers/seeds';

const TITLE = '崇信县“十四五”促进养老托育服务健康发展实施方案';
const seed001 = seed('001');

ruleTester(rule, {
  valid: [
    ...['000', '002', '003', '004'].map((p) => ({ name: `seed ${p}`, text: seed(p) })),
    { name: 'half-width pairs are pairs (half-width is brackets/half-width’s business)', text: doc(TITLE, '', '10. 扩大普惠性服务供给。(县发改局、民政局按职责分工负责)') },
    { name: 'a heading marker with mixed halves is numbering/mixed-style’s business', text: doc(TITLE, '一、重点任务', '（三)创建创新融合、包容开放的发展环境。') },
    // found by the fuzzer: pairing 〔 with the stray ) offered a safe fix turning the units bracket into 〔〕
    { name: 'a stray half inside a pair that closes properly later is stray, not the pair’s end', text: doc(TITLE, '', '1.统筹规划。加强建设。〔)县民政局、县财政局〕') },
  ],
  invalid: [
    {
      name: 'seed 001 task 9: （ on line 56 closed by a half-width ) on line 58, across a hard wrap',
      text: seed001,
      errors: [{ message: '括号前后不配对：以“（”开始（第56行），却以“)”结束，应为“）”', line: 58, column: 31, endColumn: 32, severity: 'error' }],
      output: seed001.replace('城市社区管委会具体落实)\n\n10.', '城市社区管委会具体落实）\n\n10.'),
    },
    {
      name: 'a 附注 under the 成文日期 read as the 通知\'s: （此件公开发布) still checked',
      text: doc('某县人民政府办公室关于印发某县养老服务方案的通知', '', '各乡镇人民政府：', '　　现将方案印发给你们，请认真贯彻落实。', '', '某县人民政府办公室', '2021年4月19日', '', '（此件公开发布)', '', '某县养老服务方案', '', '一、总体要求'),
      errors: [{ message: '以“（”开始，却以“)”结束，应为“）”', line: 9, column: 8, endColumn: 9 }],
      output: doc('某县人民政府办公室关于印发某县养老服务方案的通知', '', '各乡镇人民政府：', '　　现将方案印发给你们，请认真贯彻落实。', '', '某县人民政府办公室', '2021年4月19日', '', '（此件公开发布）', '', '某县养老服务方案', '', '一、总体要求'),
    },
    {
      name: '〔…） differ in kind',
      text: doc(TITLE, '', '1.统筹规划服务设施建设。严格执行建设标准。〔县住房和城乡建设局、县民政局）'),
      errors: [{ message: '以“〔”开始，却以“）”结束，应为“〕”', line: 3, column: 38 }],
      output: doc(TITLE, '', '1.统筹规划服务设施建设。严格执行建设标准。〔县住房和城乡建设局、县民政局〕'),
    },
    {
      name: '(…） differ in width',
      text: doc(TITLE, '', '积极发展老年教育(含老年大学）。'),
      errors: [{ message: '以“(”开始，却以“）”结束，应为“)”', line: 3, column: 15 }],
      output: doc(TITLE, '', '积极发展老年教育(含老年大学)。'),
    },
    {
      name: '《…〉',
      text: doc(TITLE, '', '根据《黑龙江省养老服务条例〉的规定。'),
      errors: [{ message: '书名号前后不配对：以“《”开始，却以“〉”结束，应为“》”', line: 3, column: 14 }],
      output: doc(TITLE, '', '根据《黑龙江省养老服务条例》的规定。'),
    },
    {
      name: 'a pair split by a paragraph break the parser did not join',
      text: doc(TITLE, '', '1.提升养老机构服务水平。坚持公益属性。（县民政局、卫健局、', '', '', '', '发改局按职责分工负责)'),
      errors: [{ message: '以“（”开始（第3行），却以“)”结束，应为“）”', line: 7, column: 11 }],
      output: doc(TITLE, '', '1.提升养老机构服务水平。坚持公益属性。（县民政局、卫健局、', '', '', '', '发改局按职责分工负责）'),
    },
  ],
});
