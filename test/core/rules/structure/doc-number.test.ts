import { rule } from '../../../../server/src/core/rules/structure/doc-number';
import { doc, ruleTester } from '../../../helpers/ruleTester';
import { seed } from '../../../helpers/seeds';

const head = (number: string, ...body: string[]) =>
  doc(number, '', '宝清县人民政府办公室', '', '关于印发《宝清县“一老一小”整体解决方案》的通知', '', '各乡（镇）人民政府：', '', ...body);
const body = (sentence: string) => head('宝政办规〔2024〕6号', sentence);
const seed002 = seed('002');

ruleTester(rule, {
  valid: [
    { name: 'seed 000: 宝政办规〔2024〕6号 and four cited numbers', text: seed('000') },
    { name: 'seed 001', text: seed('001') },
    { name: 'seed 003', text: seed('003') },
    { name: 'seed 004', text: seed('004') },
    { name: 'a year in ( ) that is not a document number', text: body('全市托位数（2025）达到4.5个，较上年（2024年）增长。') },
    { name: 'a cited number written right', text: body('根据《国务院办公厅关于促进养老托育服务健康发展的意见》（国办发〔2020〕52号）要求。') },
  ],
  invalid: [
    {
      name: 'own number without its 号: the 号 is added',
      text: head('宝政办规〔2024〕6'),
      errors: [{ message: '发文字号“宝政办规〔2024〕6”缺少“号”字。应为“宝政办规〔2024〕6号”', line: 1, column: 1, endColumn: 12, severity: 'error' }],
      output: head('宝政办规〔2024〕6号'),
    },
    {
      name: 'own number without its 号 and with [2024] 06: one fix writes it as it should be',
      text: head('宝政办规[2024]06'),
      errors: [{ message: '发文字号“宝政办规[2024]06”缺少“号”字；年份应用六角括号“〔〕”括入，不用“[]”；序号不编虚位（“06”应为“6”）。应为“宝政办规〔2024〕6号”', line: 1, severity: 'error' }],
      output: head('宝政办规〔2024〕6号'),
    },
    {
      name: 'own number without its 号 under the title, the 主送机关 after it',
      text: doc('宝清县人民政府办公室关于印发《宝清县“一老一小”整体解决方案》的通知', '', '宝政办规〔2024〕6', '', '各乡（镇）人民政府：', '', '现印发给你们。'),
      errors: [{ message: '缺少“号”字', line: 3, column: 1, severity: 'error' }],
      output: doc('宝清县人民政府办公室关于印发《宝清县“一老一小”整体解决方案》的通知', '', '宝政办规〔2024〕6号', '', '各乡（镇）人民政府：', '', '现印发给你们。'),
    },
    {
      name: 'the word citing the number is no part of its 机关代字: 根据国办发[2020]52号',
      text: '根据国办发[2020]52号文件精神。',
      errors: [{ message: '引用的发文字号“国办发[2020]52号”格式不对', line: 1, column: 3 }],
      output: '根据国办发〔2020〕52号文件精神。',
    },
    {
      name: 'own number with [2024]',
      text: head('宝政办规[2024]6号'),
      errors: [{ message: '发文字号“宝政办规[2024]6号”格式不对：年份应用六角括号“〔〕”括入，不用“[]”。应为“宝政办规〔2024〕6号”', line: 1, column: 1, endColumn: 13, severity: 'error' }],
      output: head('宝政办规〔2024〕6号'),
    },
    {
      name: 'own number with (2024)',
      text: head('宝政办规(2024)6号'),
      errors: [{ message: '不用“()”', line: 1, severity: 'error' }],
      output: head('宝政办规〔2024〕6号'),
    },
    {
      name: 'own number with full-width （2024）',
      text: head('宝政办规（2024）6号'),
      errors: [{ message: '不用“（）”', line: 1 }],
      output: head('宝政办规〔2024〕6号'),
    },
    {
      name: 'own number with small brackets ﹝2024﹞ (U+FE5D/U+FE5E, look like 〔〕)',
      text: head('宝政办规﹝2024﹞6号'),
      errors: [{ message: '发文字号“宝政办规﹝2024﹞6号”格式不对：年份应用六角括号“〔〕”括入，不用“﹝﹞”。应为“宝政办规〔2024〕6号”', line: 1, column: 1, endColumn: 13, severity: 'error' }],
      output: head('宝政办规〔2024〕6号'),
    },
    {
      name: 'own number with full-width square ［2024］',
      text: head('宝政办规［2024］6号'),
      errors: [{ message: '不用“［］”', line: 1, severity: 'error' }],
      output: head('宝政办规〔2024〕6号'),
    },
    {
      name: 'a cited number in small brackets (中发﹝2019﹞25号) is a warning',
      text: body('为贯彻《国家积极应对人口老龄化中长期规划》(中发﹝2019﹞25号)要求。'),
      errors: [{ message: '引用的发文字号“中发﹝2019﹞25号”格式不对：年份应用六角括号“〔〕”括入，不用“﹝﹞”', line: 9, column: 23, endColumn: 34, severity: 'warning' }],
      output: body('为贯彻《国家积极应对人口老龄化中长期规划》(中发〔2019〕25号)要求。'),
    },
    {
      name: 'own number with 第 and a leading zero',
      text: head('宝政办规〔2024〕第06号'),
      errors: [{ message: '序号前不加“第”字；序号不编虚位（“06”应为“6”）。应为“宝政办规〔2024〕6号”', line: 1, severity: 'error' }],
      output: head('宝政办规〔2024〕6号'),
    },
    {
      name: 'own number with full-width digits',
      text: head('宝政办规〔２０２４〕６号'),
      errors: [{ message: '年份和序号应用半角阿拉伯数字', line: 1, severity: 'warning' }],
      output: head('宝政办规〔2024〕6号'),
    },
    {
      name: 'a cited number in ( ) is a warning',
      text: body('根据《国务院办公厅关于促进养老托育服务健康发展的意见》（国办发(2020)52号）要求。'),
      errors: [{ message: '引用的发文字号“国办发(2020)52号”格式不对', line: 9, column: 29, endColumn: 41, severity: 'warning' }],
      output: body('根据《国务院办公厅关于促进养老托育服务健康发展的意见》（国办发〔2020〕52号）要求。'),
    },
    {
      name: 'seed 002: a stray space in a cited 国办发〔2020〕52 号 is a note',
      text: seed002,
      errors: [{ message: '引用的发文字号“国办发〔2020〕52 号”格式不对：发文字号中间不应有空格。应为“国办发〔2020〕52号”', line: 6, column: 32, severity: 'information' }],
      output: seed002.replace('国办发〔2020〕52 号', '国办发〔2020〕52号'),
    },
  ],
});
