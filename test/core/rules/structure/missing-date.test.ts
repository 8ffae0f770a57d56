import { rule } from '../../../../server/src/core/rules/structure/missing-date';
import { doc, ruleTester } from '../../../helpers/ruleTester';

const notice = (...tail: string[]) =>
  doc('宝政办规〔2024〕6号', '', '宝清县人民政府办公室', '', '关于印发《宝清县“一老一小”整体解决方案》的通知', '', '各乡（镇）人民政府：', '', '　　现印发给你们，请认真抓好贯彻落实。', '', ...tail);

ruleTester(rule, {
  valid: [
    { name: 'an extract whose first sentence cites a 意见 (关于…。) has no title to follow', text: '根据《国务院办公厅关于促进养老托育服务健康发展的意见》（国办发〔2020〕52号）要求。' },
    { name: 'signature followed by a date', text: notice('宝清县人民政府办公室', '', '2024年9月29日', '宝清县“一老一小”整体解决方案', '一、指导思想') },
    { name: 'date in Chinese numerals still counts as present', text: notice('宝清县人民政府办公室', '二〇二四年九月二十九日') },
    { name: 'date in Chinese numerals with ○ (U+25CB) for the zero still counts as present', text: notice('宝清县人民政府办公室', '二○○五年四月二日') },
    { name: 'date in Chinese numerals with Ｏ for the zero still counts as present', text: notice('宝清县人民政府办公室', '二ＯＯ五年四月二日') },
    { name: 'a date without its 日 is there: structure/date says what is wrong with it', text: notice('宝清县人民政府办公室', '', '2024年9月29', '', '宝清县“一老一小”整体解决方案') },
    { name: 'a draft’s date left blank (2024年　　月　　日) is there: structure/date notes it', text: notice('宝清县人民政府办公室', '', '2024年　　月　　日', '', '宝清县“一老一小”整体解决方案') },
    { name: 'a date written with placeholders (20xx年12月28日) is there', text: notice('宝清县人民政府办公室', '20xx年12月28日') },
    { name: 'a plan without a notice', text: doc('万源市促进养老托育服务健康发展实施方案', '', '一、总体要求', '', '以习近平新时代中国特色社会主义思想为指导。') },
    {
      name: 'an 意见 whose body has headings: its signature and date follow them',
      text: doc('××市人民政府关于加快发展养老服务业的实施意见', '', '各区县人民政府，市政府各部门：', '　　结合我市实际，提出如下实施意见。', '一、总体要求', '（一）指导思想。坚持以人民为中心。', '二、重点任务', '（一）完善居家养老服务。', '', '××市人民政府', '2024年3月1日'),
    },
    {
      // a 实施意见 as a collection or the press prints it: its date in a 题注 under the title, no addressee, no 署名
      name: 'a date in a 题注 under the title',
      text: doc('中共某县县委某县人民政府关于推进乡村振兴战略的实施意见', '（2018年5月23日）', '为全面贯彻《中共中央、国务院关于实施乡村振兴战略的意见》，现就我县推进乡村振兴战略提出如下实施意见。', '一、总体要求', '坚持农业农村优先发展。'),
    },
  ],
  invalid: [
    {
      name: 'signature without a date',
      text: notice('宝清县人民政府办公室', '', '宝清县“一老一小”整体解决方案', '', '一、指导思想'),
      errors: [{ message: '缺少成文日期：发文机关署名“宝清县人民政府办公室”', line: 11, column: 1, endColumn: 11 }],
    },
    {
      name: 'notice with neither signature nor date is only a note',
      text: doc('关于印发《宝清县“一老一小”整体解决方案》的通知', '', '各乡（镇）人民政府：', '', '一、指导思想'),
      errors: [{ message: '未找到发文机关署名和成文日期：通知正文之后', line: 1, severity: 'information' }],
    },
    {
      name: 'the note names the document by its own kind: a 请示 is no 通知',
      text: doc('关于申请文物保护专项经费的请示', '', '县人民政府：', '', '现将有关情况请示如下。'),
      errors: [{ message: '未找到发文机关署名和成文日期：请示正文之后', line: 1, severity: 'information' }],
    },
  ],
});
