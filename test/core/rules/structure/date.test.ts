import { rule } from '../../../../server/src/core/rules/structure/date';
import * as assert from 'assert';
import { doc, ruleTester, runRule } from '../../../helpers/ruleTester';
import { seed } from '../../../helpers/seeds';

const notice = (date: string, ...tail: string[]) =>
  doc('宝政办规〔2024〕6号', '', '宝清县人民政府办公室', '', '关于印发《宝清县“一老一小”整体解决方案》的通知', '', '各乡（镇）人民政府：', '', '　　现印发给你们，请认真抓好贯彻落实。', '', '宝清县人民政府办公室', '', date, '宝清县“一老一小”整体解决方案', '', '一、指导思想', ...tail);
// a 实施意见 as a collection or the press prints it: its date in a 题注 under the title
const noted = (note: string) =>
  doc('中共某县县委某县人民政府关于推进乡村振兴战略的实施意见', note, '为全面贯彻《中共中央、国务院关于实施乡村振兴战略的意见》，现就我县推进乡村振兴战略提出如下实施意见。', '一、总体要求', '坚持农业农村优先发展。');
const banji = (printed: string) => ['', '抄送：县委办，县纪委办。', '', `宝清县人民政府办公室       \u3000\u3000\u3000    ${printed}印发`];

ruleTester(rule, {
  valid: [
    ...['000', '001', '002', '003', '004'].map((p) => ({ name: `seed ${p}`, text: seed(p) })),
    { name: '2024年9月29日', text: notice('2024年9月29日') },
    { name: 'a leap day', text: notice('2024年2月29日') },
    { name: 'printed on the day of writing', text: notice('2024年9月29日', ...banji('2024年9月29日')) },
    { name: 'a 题注 date （2018年5月23日）', text: noted('（2018年5月23日）') },
    { name: 'a 题注 naming the meeting after its date', text: noted('（2019年1月4日县政府第三次全体会议通过）') },
    { name: 'printed later', text: notice('2024年9月29日', ...banji('2024年10月8日')) },
  ],
  invalid: [
    {
      name: 'Chinese numerals 二〇二四年九月二十九日',
      text: notice('二〇二四年九月二十九日'),
      errors: [{ message: '成文日期写法不规范：“二〇二四年九月二十九日”应使用阿拉伯数字，应为“2024年9月29日”', line: 13, column: 1, endColumn: 12, severity: 'error' }],
      output: notice('2024年9月29日'),
    },
    {
      name: 'Chinese numerals with ○ (U+25CB) typed for the zero 〇: 二○○五年四月二日',
      text: notice('二○○五年四月二日'),
      errors: [{ message: '成文日期写法不规范：“二○○五年四月二日”应使用阿拉伯数字，应为“2005年4月2日”', line: 13, column: 1, endColumn: 10, severity: 'error' }],
      output: notice('2005年4月2日'),
    },
    {
      name: 'Chinese numerals with a Latin O for the zero: 二O二四年',
      text: notice('二O二四年九月二十九日'),
      errors: [{ message: '“二O二四年九月二十九日”应使用阿拉伯数字，应为“2024年9月29日”', line: 13, column: 1, endColumn: 12 }],
      output: notice('2024年9月29日'),
    },
    {
      name: 'Chinese numerals with an Arabic 0 for the zero: 二0二四年',
      text: notice('二0二四年十月八日'),
      errors: [{ message: '“二0二四年十月八日”应使用阿拉伯数字，应为“2024年10月8日”', line: 13 }],
      output: notice('2024年10月8日'),
    },
    {
      name: 'leading zeros 2024年09月05日',
      text: notice('2024年09月05日'),
      errors: [{ message: '月、日不编虚位（1不编为01），应为“2024年9月5日”', line: 13 }],
      output: notice('2024年9月5日'),
    },
    {
      name: 'full-width digits',
      text: notice('２０２４年９月２９日'),
      errors: [{ message: '数字应为半角，应为“2024年9月29日”', line: 13 }],
      output: notice('2024年9月29日'),
    },
    {
      name: 'a two-digit year cannot be completed for certain: no fix',
      text: notice('24年9月29日'),
      errors: [{ message: '“24年9月29日”年份应标全称。', line: 13 }],
    },
    {
      name: 'spaces inside the date are only a note',
      text: notice('2024 年 9 月 29 日'),
      errors: [{ message: '年月日之间不应有空格，应为“2024年9月29日”', line: 13, severity: 'information' }],
      output: notice('2024年9月29日'),
    },
    {
      // a draft leaves the day blank until it is signed: a note, not a wrong date
      name: 'a draft’s date left blank: 2024年　　月　　日',
      text: notice('2024年　　月　　日'),
      errors: [{ message: '成文日期“2024年　　月　　日”尚未填写完整', line: 13, column: 1, severity: 'information' }],
    },
    {
      // a model text (范文) writes its date with placeholders
      name: 'a date written with placeholders: 20××年×月×日',
      text: notice('20××年×月×日'),
      errors: [{ message: '成文日期“20××年×月×日”尚未填写完整', line: 13, severity: 'information' }],
    },
    {
      // a published 通知 had 2021年2月22 under its 署名: the date is there, its 日 is not
      name: 'a date without its 日',
      text: notice('2024年9月29'),
      errors: [{ message: '成文日期写法不规范：“2024年9月29”缺“日”字，应为“2024年9月29日”。', line: 13, column: 1, endColumn: 10 }],
      output: notice('2024年9月29日'),
    },
    {
      name: 'no 31 in September',
      text: notice('2024年9月31日'),
      errors: [{ message: '成文日期“2024年9月31日”不是有效日期：2024年9月没有31日', line: 13, severity: 'error' }],
    },
    {
      name: 'no 29 February in 2023',
      text: notice('2023年2月29日'),
      errors: [{ message: '2023年2月没有29日', line: 13 }],
    },
    {
      name: 'month 13',
      text: notice('2024年13月1日'),
      errors: [{ message: '不是有效日期：没有13月', line: 13 }],
    },
    {
      name: 'the 版记 印发日期 with a leading zero',
      text: notice('2024年9月29日', ...banji('2024年09月29日')),
      errors: [{ message: '印发日期写法不规范：“2024年09月29日”月、日不编虚位', line: 20 }],
      output: notice('2024年9月29日', ...banji('2024年9月29日')),
    },
    {
      // the 印发日期 missing its 日 as the 成文日期 under a 署名 can (2021年2月22): the date is there, its 日 is not
      name: 'the 版记 印发日期 without its 日: 2024年9月29印发',
      text: notice('2024年9月29日', ...banji('2024年9月29')),
      errors: [{ message: '印发日期写法不规范：“2024年9月29”缺“日”字，应为“2024年9月29日”。', line: 20, column: 25, endColumn: 34 }],
      output: notice('2024年9月29日', ...banji('2024年9月29日')),
    },
    {
      name: 'the 印发日期 without its 日 on a line of its own under the 印发机关',
      text: notice('2024年9月29日', '', '抄送：县委办，县纪委办。', '', '宝清县人民政府办公室', '2024年10月8印发'),
      errors: [{ message: '印发日期写法不规范：“2024年10月8”缺“日”字，应为“2024年10月8日”。', line: 21, column: 1, endColumn: 10 }],
      output: notice('2024年9月29日', '', '抄送：县委办，县纪委办。', '', '宝清县人民政府办公室', '2024年10月8日印发'),
    },
    {
      name: 'a 题注 date with leading zeros is wrong as the 成文日期 is',
      text: noted('（2018年05月03日）'),
      errors: [{ message: '题注日期写法不规范：“2018年05月03日”月、日不编虚位（1不编为01），应为“2018年5月3日”。', line: 2, column: 2, endColumn: 13, severity: 'error' }],
      output: noted('（2018年5月3日）'),
    },
    {
      name: 'a 题注 date in full-width digits, before the meeting that adopted the text',
      text: noted('（２０１９年１月４日县政府第三次全体会议通过）'),
      errors: [{ message: '题注日期写法不规范：“２０１９年１月４日”数字应为半角，应为“2019年1月4日”。', line: 2, column: 2, endColumn: 11 }],
      output: noted('（2019年1月4日县政府第三次全体会议通过）'),
    },
    {
      name: 'a 题注 date that does not exist',
      text: noted('（2018年2月30日）'),
      errors: [{ message: '题注日期“2018年2月30日”不是有效日期：2018年2月没有30日。', line: 2, column: 2, severity: 'error' }],
    },
    {
      // newspapers and collections print the 题注 date in Chinese numerals: a note, and a fix not applied blind
      name: 'a 题注 date in Chinese numerals is only a note',
      text: noted('（二〇一八年五月二十三日）'),
      errors: [{ message: '题注日期“二〇一八年五月二十三日”用汉字数字：报刊、汇编中常见；作为公文印发时成文日期应使用阿拉伯数字，即“2018年5月23日”。', line: 2, column: 2, endColumn: 13, severity: 'information' }],
      output: noted('（2018年5月23日）'),
    },
    {
      name: 'printed before it was written',
      text: notice('2024年9月29日', ...banji('2024年9月20日')),
      errors: [{ message: '印发日期“2024年9月20日”早于成文日期“2024年9月29日”（第13行）', line: 20 }],
    },
  ],
});

describe('structure/date on a 题注', () => {
  it('offers Arabic numerals for a 题注 date in Chinese numerals, but not to be applied blind (the press prints it so)', () => {
    const [f] = runRule(rule, noted('（二〇一八年五月二十三日）'));
    assert.strictEqual(f.fixes?.[0].safe, false);
    const [g] = runRule(rule, noted('（2018年05月03日）'));
    assert.strictEqual(g.fixes?.[0].safe, true);
  });
});
