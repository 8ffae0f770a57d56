import { rule } from '../../../../server/src/core/rules/numbering/mixed-style';
import { doc, ruleTester } from '../../../helpers/ruleTester';
import { seed } from '../../../helpers/seeds';
import { TITLE, continuous, restarting } from './fixtures';

const seed001 = seed('001');

ruleTester(rule, {
  valid: [
    { name: 'seed 000', text: seed('000') },
    { name: 'seed 002', text: seed('002') },
    { name: 'seed 003', text: seed('003') },
    { name: 'seed 004', text: seed('004') },
    { name: 'fixture: restarting scheme', text: restarting },
    { name: 'fixture: continuous scheme (1. with a space after)', text: continuous },
    { name: 'half-width (一)(二)(三) used consistently', text: doc(TITLE, '一、重点任务', '(一)健全服务体系', '(二)创新供给体系', '(三)拓展供给范围') },
    { name: 'two markers, two forms: no majority to follow', text: doc(TITLE, '一、重点任务', '1.健全服务体系', '2、创新供给体系') },
  ],
  invalid: [
    // 一． and 一. (text taken from a PDF or Word): the first level has one standard form, 一、
    {
      name: 'every first-level marker written 一．: a note on each that the standard form is 一、',
      text: doc(TITLE, '一．总体要求', '（一）指导思想', '二．重点任务', '（一）健全服务体系'),
      errors: [
        { message: '第一层序号应写作“一、”式（GB/T 9704-2012），此处“一．”应为“一、”', line: 2, column: 1, endColumn: 3, severity: 'information' },
        { message: '此处“二．”应为“二、”', line: 4, column: 1, endColumn: 3, severity: 'information' },
      ],
      output: doc(TITLE, '一、总体要求', '（一）指导思想', '二、重点任务', '（一）健全服务体系'),
    },
    {
      name: 'an ASCII dot and the space after it, as a PDF lays it out',
      text: doc(TITLE, '一. 总体要求', '二. 重点任务'),
      errors: [
        { message: '此处“一.”应为“一、”', line: 2, severity: 'information' },
        { message: '此处“二.”应为“二、”', line: 3, severity: 'information' },
      ],
      output: doc(TITLE, '一、总体要求', '二、重点任务'),
    },
    {
      name: '二． among 一、 三、: a warning, as at any other level',
      text: doc(TITLE, '一、总体要求', '二．重点任务', '三、保障措施'),
      errors: [{ message: '序号写法不一致：本文第一层序号写作“一、”式（如第2行“一、”），此处“二．”应为“二、”', line: 3, column: 1, endColumn: 3, severity: 'warning' }],
      output: doc(TITLE, '一、总体要求', '二、重点任务', '三、保障措施'),
    },
    {
      name: '二。 among 一、 三、: a full stop typed for 、, a warning with the fix to 、',
      text: doc(TITLE, '一、总体要求', '坚持以人民为中心的发展思想。', '二。重点任务', '（一）健全服务体系。加快建设居家社区机构相协调的养老服务体系。', '三、保障措施'),
      errors: [{ message: '序号后误用句号：第一层序号写作“一、”式（如第2行“一、”），此处“二。”应为“二、”', line: 4, column: 1, endColumn: 3, severity: 'warning' }],
      output: doc(TITLE, '一、总体要求', '坚持以人民为中心的发展思想。', '二、重点任务', '（一）健全服务体系。加快建设居家社区机构相协调的养老服务体系。', '三、保障措施'),
    },
    {
      name: 'a majority of 一． does not make 三、 wrong',
      text: doc(TITLE, '一．总体要求', '二．重点任务', '三、保障措施'),
      errors: [
        { message: '此处“一．”应为“一、”', line: 2, severity: 'warning' },
        { message: '此处“二．”应为“二、”', line: 3, severity: 'warning' },
      ],
      output: doc(TITLE, '一、总体要求', '二、重点任务', '三、保障措施'),
    },
    {
      name: 'seed 001: half-width (三) among （一）（二）（四）, with a space after it',
      text: seed001,
      errors: [{ message: '序号写法不一致：本文第二层序号写作“（一）”式（如第28行“（一）”），此处“(三)”应为“（三）”', line: 62, column: 1, endLine: 62, endColumn: 4, severity: 'warning' }],
      output: seed001.replace('(三) 创建创新融合', '（三）创建创新融合'),
    },
    {
      name: '1、 among 1.',
      text: doc(TITLE, '一、重点任务', '1.健全服务体系。', '2.创新供给体系。', '3、拓展供给范围。'),
      errors: [{ message: '此处“3、”应为“3.”', line: 5, column: 1, endColumn: 3 }],
      output: doc(TITLE, '一、重点任务', '1.健全服务体系。', '2.创新供给体系。', '3.拓展供给范围。'),
    },
    {
      // found by the fuzzer: the fix's range stopped on the marker's first line, past that line's end
      name: '3、 broken over two lines among 1.: the fix replaces the marker as written, line break included',
      text: doc(TITLE, '一、重点任务', '1.健全服务体系。', '2.创新供给体系。', '\t3', '　　、拓展供给范围。'),
      errors: [{ message: '此处“3、”应为“3.”', line: 5, column: 2, endLine: 6, endColumn: 4 }],
      output: doc(TITLE, '一、重点任务', '1.健全服务体系。', '2.创新供给体系。', '\t3.拓展供给范围。'),
    },
    {
      name: 'full-width digit and full stop １． among 1.',
      text: doc(TITLE, '一、重点任务', '1.健全服务体系。', '２．创新供给体系。', '3.拓展供给范围。'),
      errors: [{ message: '此处“２．”应为“2.”', line: 4 }],
      output: doc(TITLE, '一、重点任务', '1.健全服务体系。', '2.创新供给体系。', '3.拓展供给范围。'),
    },
    {
      name: 'half-width (2) among （1）（3）',
      text: doc(TITLE, '一、重点任务', '（一）健全服务体系', '1.统筹规划', '（1）新建小区', '(2)老旧小区', '（3）农村互助'),
      errors: [{ message: '此处“(2)”应为“（2）”', line: 6 }],
      output: doc(TITLE, '一、重点任务', '（一）健全服务体系', '1.统筹规划', '（1）新建小区', '（2）老旧小区', '（3）农村互助'),
    },
    {
      name: 'a marker whose halves differ （三) is wrong whatever the others do',
      text: doc(TITLE, '一、重点任务', '（三)健全服务体系'),
      errors: [{ message: '序号括号不成对：“（三)”左右括号全角、半角不一致，应为“（三）”', line: 3, severity: 'error' }],
      output: doc(TITLE, '一、重点任务', '（三）健全服务体系'),
    },
  ],
});
