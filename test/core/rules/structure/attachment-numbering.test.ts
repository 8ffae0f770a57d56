import { rule } from '../../../../server/src/core/rules/structure/attachment-numbering';
import { doc, ruleTester } from '../../../helpers/ruleTester';
import { seed } from '../../../helpers/seeds';

const body = ['宝清县“一老一小”整体解决方案', '', '一、指导思想', '', '以习近平新时代中国特色社会主义思想为指导。', ''];

ruleTester(rule, {
  valid: [
    ...['000', '001', '002', '003', '004'].map((p) => ({ name: `seed ${p}`, text: seed(p) })),
    { name: 'a single attachment without a number', text: doc(...body, '附件：重点任务分工表', '', '附件', '重点任务分工表') },
    {
      // GB/T 9704 7.3.4: a long name goes on on the next line, under its first character
      name: 'two attachments, the first name wrapped onto the next line',
      text: doc('关于公布挂牌督办整改单位的通知', '各乡镇人民政府，县政府直属各单位：', '　　现予以公布。', '附件：1.2014年县级工贸企业重大事故隐患挂牌督办整改', '　　　单位名单', '　　　2.2014年县级道路交通事故多发点段挂牌督办整改单位名单', '某县人民政府办公室', '2014年5月15日'),
    },
    {
      name: 'two attachments, the first name wrapped onto an unindented line (a web copy)',
      text: doc('关于公布挂牌督办整改单位的通知', '各乡镇人民政府，县政府直属各单位：', '　　现予以公布。', '附件：1.2014年县级工贸企业重大事故隐患挂牌督办整改', '单位名单', '2.2014年县级道路交通事故多发点段挂牌督办整改单位名单', '某县人民政府办公室', '2014年5月15日'),
    },
  ],
  invalid: [
    {
      name: 'items 1. 3. 2.',
      text: doc(...body, '附件：1.工作专班', '3.重点任务分工表', '2.重大项目清单'),
      errors: [{ message: '附件说明的序号应依次为1. 2. 3.……：第2项写作“3.”，第3项写作“2.”', line: 7, column: 1 }],
      output: doc(...body, '附件：1.工作专班', '2.重点任务分工表', '3.重大项目清单'),
    },
    {
      name: 'a note written 附：1.… (件 left out) whose second item is 3.',
      text: doc(...body, '附：1.任务分解表', '3.工作任务清单'),
      errors: [{ message: '附件说明的序号应依次为1. 2. 3.……：第2项写作“3.”', line: 7, column: 1 }],
      output: doc(...body, '附：1.任务分解表', '2.工作任务清单'),
    },
    {
      name: 'the first item, on the 附件： line, without a number',
      text: doc(...body, '附件：工作专班', '2.重点任务分工表'),
      errors: [{ message: '第1项没有序号', line: 7 }],
      output: doc(...body, '附件：1.工作专班', '2.重点任务分工表'),
    },
    {
      name: 'a single attachment numbered 1.',
      text: doc(...body, '附件：1.重点任务分工表', '', '附件', '重点任务分工表'),
      errors: [{ message: '只有一个附件时，附件说明不编序号：“附件：1.重点任务分工表”应为“附件：重点任务分工表”', line: 7, column: 4, endColumn: 6, severity: 'information' }],
      output: doc(...body, '附件：重点任务分工表', '', '附件', '重点任务分工表'),
    },
    {
      name: 'attachments out of order',
      text: doc(...body, '附件2', '重点任务分工表', '', '附件1', '工作专班'),
      errors: [
        { message: '附件编号不连续：第一个附件应为“附件1”，此处为“附件2”', line: 7 },
        { message: '附件顺序颠倒：“附件1”排在“附件2”之后', line: 10 },
      ],
    },
    {
      name: 'an attachment number used twice',
      text: doc(...body, '附件1', '工作专班', '', '附件1', '重点任务分工表'),
      errors: [{ message: '附件编号重复：“附件1”已在第7行使用', line: 10 }],
    },
  ],
});
