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
