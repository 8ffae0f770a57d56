import { rule } from '../../../../server/src/core/rules/structure/foreign-jurisdiction';
import { doc, ruleTester } from '../../../helpers/ruleTester';
import { seed } from '../../../helpers/seeds';

const county = (...lines: string[]) =>
  doc('宝清县“一老一小”整体解决方案', '', '为贯彻落实《双鸭山市“一老一小”整体解决方案》，结合我县实际，制定本方案。', '', ...lines);
const table = (title: string) => [title, '\t序号', '\t主要指标', '\t2025年目标值', '', '\t1', '\t每千人口托位数（个）', '\t4.5'];

ruleTester(rule, {
  valid: [
    ...['000', '001', '002', '004'].map((p) => ({ name: `seed ${p}`, text: seed(p) })),
    { name: 'the parent city cited in running text', text: county('一、指导思想', '', '认真落实《双鸭山市“一老一小”整体解决方案》要求。') },
    { name: 'a heading that starts with words ending in 市 (推进城市…)', text: county('一、推进城市公共空间适儿化改造') },
    { name: 'a table titled with the document’s own place', text: county(...table('“十四五”时期宝清县托育服务主要发展指标')) },
    { name: 'a place the document never names as a place', text: county('一、哈尔滨市场调研') },
    {
      name: 'a city plan with a table for one of its counties',
      text: doc('双鸭山市“一老一小”整体解决方案', '', '双鸭山市宝清县、集贤县养老服务设施情况如下。', '', ...table('宝清县养老服务主要发展指标')),
    },
  ],
  invalid: [
    {
      name: 'seed 003: a 黑河市 indicator table in the 北安市 plan',
      text: seed('003'),
      errors: [{ message: '表格标题““十四五”时期黑河市托育服务主要发展指标”写的是“黑河市”，而本文是北安市的文件（黑河市是北安市的上级），同一文件中““十四五”时期北安市养老服务主要发展指标”用的是北安市', line: 130, column: 8, endColumn: 11, severity: 'warning' }],
    },
    {
      name: 'a county plan with the parent city’s table title',
      text: county(...table('“十四五”时期双鸭山市托育服务主要发展指标')),
      errors: [{ message: '写的是“双鸭山市”，而本文是宝清县的文件', line: 5, column: 8, severity: 'warning' }],
    },
    {
      name: 'a heading naming another county’s 专班',
      text: county('一、集贤县养老托育服务综合专班', '', '专班办公室设在集贤县人民政府办公室。'),
      errors: [{ message: '标题“一、”“集贤县养老托育服务综合专班”写的是“集贤县”', line: 5, column: 3, endColumn: 6 }],
    },
    {
      name: 'a city plan naming another city with no relation shown: a note',
      text: doc('北安市“一老一小”整体解决方案', '', '学习借鉴《五大连池市养老服务条例》。', '', ...table('五大连池市托育服务主要发展指标')),
      errors: [{ message: '写的是“五大连池市”', line: 5, severity: 'information' }],
    },
  ],
});
