import { rule } from '../../../../server/src/core/rules/brackets/nesting';
import { doc, ruleTester } from '../../../helpers/ruleTester';
import { seed } from '../../../helpers/seeds';

const TITLE = '宝清县“一老一小”整体解决方案';

ruleTester(rule, {
  valid: [
    ...['000', '001', '002', '003', '004'].map((p) => ({ name: `seed ${p}`, text: seed(p) })),
    { name: 'seed 000: 〈〉 inside 《》', text: doc(TITLE, '', '及《双鸭山市人民政府办公室关于印发〈双鸭山市“一老一小”整体解决方案〉的通知》的要求。') },
    { name: '‘’ inside “”', text: doc(TITLE, '', '坚持“宁可‘多跑腿’，不让群众跑断腿”的原则。') },
    { name: 'quotes inside a book title', text: doc(TITLE, '', '印发《北安市“一老一小”整体解决方案》。') },
    // the first 《 lacks its 》 (brackets/unbalanced reports it): the titles after it are not nested, and fixAll
    // must not turn them into 〈〉
    { name: 'titles after an unclosed 《', text: doc(TITLE, '', '按照《关于推进养老服务的意见和《国务院办公厅关于促进养老托育服务健康发展的意见》《“十四五”国家老龄事业发展和养老服务体系规划》要求，做好工作。') },
    { name: 'a quotation after an unclosed “', text: doc(TITLE, '', '坚持“宁可多跑腿，落实“放管服”改革要求。') },
  ],
  invalid: [
    {
      name: '《 inside 《',
      text: doc(TITLE, '', '及《双鸭山市人民政府办公室关于印发《双鸭山市“一老一小”整体解决方案》的通知》的要求。'),
      errors: [{ message: '书名号内再用书名号时，内层应改用单书名号“〈〉”', line: 3, column: 18, endColumn: 36, severity: 'warning' }],
      output: doc(TITLE, '', '及《双鸭山市人民政府办公室关于印发〈双鸭山市“一老一小”整体解决方案〉的通知》的要求。'),
    },
    {
      name: '“ inside “',
      text: doc(TITLE, '', '坚持“宁可“多跑腿”，不让群众跑断腿”的原则。'),
      errors: [{ message: '引号内再用引号时，内层应改用单引号“‘’”', line: 3, column: 6, endColumn: 11 }],
      output: doc(TITLE, '', '坚持“宁可‘多跑腿’，不让群众跑断腿”的原则。'),
    },
    {
      // past the first five, one finding and one fix for the rest: a line of thousands is not thousands of squiggles,
      // and a single fixAll still changes every one of them
      name: 'eight titles in one title',
      text: doc(TITLE, '', '转发《关于' + '《A》《B》《C》《D》《E》《F》《G》《H》' + '的通知》。'),
      errors: [
        ...[6, 9, 12, 15, 18].map((column) => ({ message: '书名号内再用书名号时，内层应改用单书名号“〈〉”：“《关于《A》', line: 3, column, endColumn: column + 3 })),
        { message: '中除已标出的5处外，另有3处内层书名号应为“〈〉”', line: 3, column: 21, endColumn: 30, severity: 'warning' },
      ],
      output: doc(TITLE, '', '转发《关于' + '〈A〉〈B〉〈C〉〈D〉〈E〉〈F〉〈G〉〈H〉' + '的通知》。'),
    },
    {
      name: 'six quotations in one: the sixth is marked on its own',
      text: doc(TITLE, '', '坚持“' + '“甲”“乙”“丙”“丁”“戊”“己”' + '”的原则。'),
      errors: [4, 7, 10, 13, 16, 19].map((column) => ({ message: '引号内再用引号时，内层应改用单引号“‘’”', line: 3, column, endColumn: column + 3 })),
      output: doc(TITLE, '', '坚持“' + '‘甲’‘乙’‘丙’‘丁’‘戊’‘己’' + '”的原则。'),
    },
    {
      name: '〈〉 outside 《》 is a note',
      text: doc(TITLE, '', '根据〈黑龙江省养老服务条例〉的规定。'),
      errors: [{ message: '单书名号“〈〉”只用于书名号“《》”之内', line: 3, column: 3, severity: 'information' }],
      output: doc(TITLE, '', '根据《黑龙江省养老服务条例》的规定。'),
    },
  ],
});
