import { rule } from '../../../../server/src/core/rules/structure/copy-to';
import { doc, ruleTester } from '../../../helpers/ruleTester';
import { seed } from '../../../helpers/seeds';

const withCopy = (...lines: string[]) =>
  doc('宝清县“一老一小”整体解决方案', '', '一、指导思想', '', '以习近平新时代中国特色社会主义思想为指导。', '', ...lines, '', '宝清县人民政府办公室       　　　　　　    2024年9月29日印发');

/** the 印发机关 and the 印发日期 on lines of their own, as text taken from a PDF has them */
const printerApart = (copy: string) =>
  doc('宝清县“一老一小”整体解决方案', '', '一、指导思想', '', '以习近平新时代中国特色社会主义思想为指导。', '', copy, '宝清县人民政府办公室', '2024年9月29日印发');

ruleTester(rule, {
  valid: [
    { name: 'the 印发机关 on its own line after the 抄送 line', text: printerApart('抄送：县委办公室，县人大常委会办公室，县政协办公室。') },
    { name: 'the 印发机关 on its own line after a 抄送 line wrapped in two', text: printerApart('抄送：县委办公室，县人大常委会办公室，县政协办公室，县\n法院，县检察院。') },
    ...['000', '001', '002', '003', '004'].map((p) => ({ name: `seed ${p}`, text: seed(p) })),
    { name: 'one line', text: withCopy('抄送：县委办公室，人大常委会办公室，县政协办公室。') },
    { name: 'one organ alone on a line between lines ending with ，', text: withCopy('抄送：县委各部门，县人大常委会办公室，', '      县政协办公室，', '      县法院，县检察院。') },
    { name: 'a name hard-wrapped inside (县 / 法院) is no organ on a line of its own', text: withCopy('抄送：县委办公室，县人大常委会办公室，县政协办公室，县', '法院，县检察院。') },
    { name: 'a name wrapped after its 县人民政府 (办公室 alone names no organ)', text: withCopy('抄送：县委办公室，县人民政府', '办公室，县法院。') },
    { name: 'grouped over two lines, each ending with 。 (seed 000)', text: withCopy('抄送：县委办，县纪委办。', '', '      县人大办，县政协办。') },
    // found by the fuzzer: prose taken for the 抄送 list must not have its 。 turned into ，
    {
      name: 'prose after a 抄送 label is not a list of organs',
      text: withCopy('抄送：为贯彻落实《国务院办公厅关于促进养老托育服务健康发展的意见》精神，进一步扩大“一老一小”服务有效供给，结合我市实际，制定本实施方案。各乡镇要认真落实。'),
    },
    // found by the fuzzer (seed 676781853): marks with no organ name beside them separate nothing, and --fix
    // turned both 。 into ， (a sentence fewer)
    { name: 'full stops with no organ beside them', text: withCopy('抄送：\t1', '。（。宝政办规〔2024〕6号。') },
  ],
  invalid: [
    {
      name: '、 between the organs',
      text: withCopy('抄送：县委办公室、人大常委会办公室、县政协办公室。'),
      errors: [{ message: '抄送机关之间应用全角逗号“，”分隔，此处用了“、”', line: 7, column: 9, endColumn: 10 }],
      output: withCopy('抄送：县委办公室，人大常委会办公室，县政协办公室。'),
    },
    {
      name: 'no full stop at the end',
      text: withCopy('抄送：县委办公室，县政协办公室'),
      errors: [{ message: '最后一个抄送机关之后应标句号“。”', line: 7, column: 15, endColumn: 16 }],
      output: withCopy('抄送：县委办公室，县政协办公室。'),
    },
    {
      name: 'a comma at the end instead of the full stop, over a wrapped line',
      text: withCopy('抄送：县委办，县纪委办，', '      县人大办，县政协办，'),
      errors: [{ message: '最后一个抄送机关之后应标句号“。”，此处为“，”', line: 8, column: 16 }],
      output: withCopy('抄送：县委办，县纪委办，', '      县人大办，县政协办。'),
    },
    {
      name: 'a half-width colon and half-width commas',
      text: withCopy('抄送:县委办公室,县政协办公室。'),
      errors: [
        { message: '“抄送”后应用全角冒号“：”，此处为半角“:”', line: 7, column: 3 },
        { message: '此处用了“,”', line: 7, column: 9 },
      ],
      output: withCopy('抄送：县委办公室，县政协办公室。'),
    },
    {
      // the 抄送 line without its 。 ran on into the 印发机关's line: the fix goes at the end of the list, not after the organ
      name: 'a comma at the end of the 抄送 line, the 印发机关 on the line after it',
      text: printerApart('抄送：县委办公室，县政协办公室，'),
      errors: [{ message: '最后一个抄送机关之后应标句号“。”，此处为“，”', line: 7, column: 16, endLine: 7, endColumn: 17 }],
      output: printerApart('抄送：县委办公室，县政协办公室。'),
    },
    {
      // the organ on a line of its own was glued to the last organ of the line before (县人大常委会办公室县政协办公室)
      name: 'one organ alone on a line, no comma at the line ends around it',
      text: withCopy('抄送：县委各部门，县人大常委会办公室', '      县政协办公室', '      县法院，县检察院。'),
      errors: [
        { message: '抄送机关之间缺少逗号：“县人大常委会办公室”与下一行的“县政协办公室”之间应加“，”', line: 7, column: 18, endColumn: 19, severity: 'warning' },
        { message: '抄送机关之间缺少逗号：“县政协办公室”与下一行的“县法院”之间应加“，”', line: 8, column: 12, endColumn: 13, severity: 'warning' },
      ],
      output: withCopy('抄送：县委各部门，县人大常委会办公室，', '      县政协办公室，', '      县法院，县检察院。'),
    },
    {
      name: 'a full stop in the middle of a line',
      text: withCopy('抄送：县委办公室。县政协办公室。'),
      errors: [{ message: '此处用了“。”', line: 7, column: 9 }],
      output: withCopy('抄送：县委办公室，县政协办公室。'),
    },
  ],
});
