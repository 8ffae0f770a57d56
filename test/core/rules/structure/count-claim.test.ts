import { rule } from '../../../../server/src/core/rules/structure/count-claim';
import { doc, ruleTester } from '../../../helpers/ruleTester';
import { seed } from '../../../helpers/seeds';

const seed003 = seed('003');
const projects = (claim: string) => seed003.replace('北安市（共25个，养老19个、托育6个）', claim);
const policies = (from: string, to: string) => {
  const out = seed003.replace(from, to);
  if (out === seed003) throw new Error(`fixture: ${from} not in seed 003`);
  return out;
};
const TITLE = '宝清县“一老一小”整体解决方案';
const list = (title: string, n: number) => {
  const out = [TITLE, '', title, '\t序号', '\t主要指标', '\t2025年目标值', ''];
  for (let i = 1; i <= n; i++) out.push(`\t${i}`, `\t指标${i}`, '\t100', '');
  return doc(...out);
};

ruleTester(rule, {
  valid: [
    { name: 'seed 003: 共25个 = 25 rows, 养老19个、托育6个 = 25; 共16项 and 共12项 count measures, 共1项 and 共4项 rows or measures', text: seed003 },
    ...['000', '001', '002', '004'].map((p) => ({ name: `seed ${p}`, text: seed(p) })),
    { name: 'a table title whose count matches its rows', text: list('主要发展指标（共3项）', 3) },
    {
      name: 'a table whose parts are written 一 / 养老项目（2个） in the 序号 and title columns: sections, not rows to count',
      text: doc('某县养老托育项目', '', '表2　重点项目表（共3个项目）', '\t序号', '\t项目名称', '\t责任单位', '', '\t一', '\t养老项目（2个）', '', '\t1', '\t县社会福利中心', '\t县民政局', '', '\t2', '\t城关敬老院改造', '\t县民政局', '', '\t二', '\t托育项目（1个）', '', '\t3', '\t县托育中心', '\t县卫健局'),
    },
    { name: 'a heading whose count matches its children', text: doc(TITLE, '一、重点任务（共2项）', '（一）健全服务体系', '（二）创新供给体系') },
    { name: 'a heading counting the tasks two levels down', text: doc(TITLE, '一、重点任务（共3项）', '（一）健全服务体系', '1.统筹规划。', '2.优化布局。', '（二）创新供给体系', '1.提高能力。') },
    { name: 'figures in another unit describe the items, they are not parts: 共2个，新增床位300张、护理型床位150张', text: projects('北安市（共25个，新增床位300张、护理型床位150张）') },
    { name: 'figures larger than the total are what the items hold: 共25个，建成托育机构6个、托位200个', text: projects('北安市（共25个，建成托育机构6个、托位200个）') },
    { name: 'a 合计 row is none of the items: 共3项 over 3 rows and a 合计', text: doc(TITLE, '', '主要发展指标（共3项）', '\t序号', '\t主要指标', '\t2025年目标值', '', '\t1', '\t指标1', '\t100', '', '\t2', '\t指标2', '\t100', '', '\t3', '\t指标3', '\t100', '', '\t合计', '\t', '\t300', '') },
    { name: 'a 小计 row between groups is none of the items either', text: doc(TITLE, '', '重点项目（共3个）', '\t序号', '\t项目名称', '\t投资', '', '\t一、养老项目', '', '\t1', '\t项目1', '\t100', '', '\t2', '\t项目2', '\t100', '', '\t小计', '\t', '\t200', '', '\t二、托育项目', '', '\t3', '\t项目3', '\t100', '') },
    { name: 'a count in running text heads nothing', text: doc(TITLE, '一、发展基础', '全市共有托育服务机构23个，共招收婴幼儿348人。') },
    { name: 'a count in Chinese numerals that matches: 共两条 over two children', text: doc(TITLE, '四、保障措施（共两条）', '（一）加强组织领导', '（二）加强资金保障') },
    { name: 'a count in Chinese numerals that matches: 共十二项 over twelve rows', text: list('主要发展指标（共十二项）', 12) },
    { name: 'a heading announcing its items: 以下三个方面 over three children', text: doc(TITLE, '二、重点做好以下三个方面工作', '（一）健全服务体系', '（二）创新供给体系', '（三）强化要素保障') },
    { name: 'not a count: 共同, 以下几个方面, 共二十余个', text: doc(TITLE, '一、共同推进以下几个方面（共二十余个）', '（一）健全服务体系', '（二）创新供给体系') },
    { name: 'a part in Chinese numerals is not read as a part (打造一个品牌): only the total is checked', text: projects('北安市（共二十五个，打造一个品牌、一个中心）') },
  ],
  invalid: [
    {
      name: 'seed 003 附件1: 共24个 over 25 rows',
      text: projects('北安市（共24个，养老18个、托育6个）'),
      errors: [{ message: '数量不符：此处写“共24个”，但其下表格有25行（第359—633行）', line: 357, column: 6, endColumn: 10, severity: 'warning' }],
    },
    {
      name: 'seed 003 附件1: the parts do not add up to the total',
      text: projects('北安市（共25个，养老19个、托育5个）'),
      errors: [{ message: '分项之和与总数不符：养老19＋托育5＝24，但写的是“共25个”', line: 357, severity: 'error' }],
    },
    {
      name: 'seed 003 附件1: more rows name 托育 than 托育4个 allows',
      text: projects('北安市（共25个，养老21个、托育4个）'),
      errors: [{ message: '此处写“托育4个”，但其下名称含“托育”的就有6行', line: 357, severity: 'information' }],
    },
    {
      name: 'seed 003 附件3: 共15项 over 4 rows holding 16 numbered measures — unsure what was counted',
      text: policies('（一）必选项（共16项）', '（一）必选项（共15项）'),
      errors: [{ message: '数量可能不符：此处写“共15项”，其下表格有4行、单元格内编号的措施16条，都不是15', line: 666, severity: 'information' }],
    },
    {
      name: 'seed 003 附件3: 自选项（共3项） over 3 rows and 4 measures',
      text: policies('（二）自选项（共4项）', '（二）自选项（共2项）'),
      errors: [{ message: '其下表格有3行、单元格内编号的措施4条，都不是2', line: 833 }],
    },
    {
      name: 'a table title over the wrong number of rows',
      text: list('主要发展指标（共4项）', 3),
      errors: [{ message: '数量不符：此处写“共4项”，但其下表格有3行', line: 3, column: 8 }],
    },
    {
      name: 'a count in Chinese numerals: 共两条 over three children',
      text: doc(TITLE, '四、保障措施（共两条）', '（一）加强组织领导', '（二）加强资金保障', '（三）加强督查考核'),
      errors: [{ message: '数量不符：此处写“共两条”，但其下有3项', line: 2, column: 8, endColumn: 11, severity: 'warning' }],
    },
    {
      name: 'a count in Chinese numerals over a table: 共二十四个 over 25 rows',
      text: projects('北安市（共二十四个，养老18个、托育6个）'),
      errors: [{ message: '数量不符：此处写“共二十四个”，但其下表格有25行（第359—633行）', line: 357, column: 6, endColumn: 11, severity: 'warning' }],
    },
    {
      name: 'a heading announcing its items in Chinese numerals: 以下三个方面 over two children',
      text: doc(TITLE, '二、主要有以下三个方面', '（一）健全服务体系', '（二）创新供给体系'),
      errors: [{ message: '数量不符：此处写“以下三个”，但其下有2项', line: 2, column: 6, endColumn: 10, severity: 'warning' }],
    },
    {
      name: 'a heading over the wrong number of children',
      text: doc(TITLE, '一、重点任务（共3项）', '（一）健全服务体系', '（二）创新供给体系'),
      errors: [{ message: '数量不符：此处写“共3项”，但其下有2项', line: 2, column: 8, endColumn: 11, severity: 'warning' }],
    },
  ],
});
