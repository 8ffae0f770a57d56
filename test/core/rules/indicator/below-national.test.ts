import { rule } from '../../../../server/src/core/rules/indicator/below-national';
import { doc, ruleTester } from '../../../helpers/ruleTester';

const TABLE = (name: string, value: string) => doc('主要发展指标', '\t序号', '\t主要指标', '\t2025年目标值', '', '\t1', `\t${name}`, `\t${value}`, '');

ruleTester(rule, {
  valid: [
    { name: 'a county plan quoting the city’s figure: 全市 50% is not the county’s target', text: doc('某县人民政府办公室关于印发某县“一老一小”整体解决方案的通知', '', '某县“一老一小”整体解决方案', '', '到2025年，全市养老机构护理型床位占比达到50%。') },
    { name: 'the base year of a change is not compared: 由2020年的38%提高到2025年的55%', text: '养老机构护理型床位占比由2020年的38%提高到2025年的55%。' },
    { name: 'a change to the national target: 由1.8个提高到4.5个', text: '到2025年，每千人口拥有3岁以下婴幼儿托位数由1.8个提高到4.5个。' },
    { name: 'a part of the insurance: 城乡居民基本养老保险参保率 90% beside the whole at 95%', text: '到2025年，基本养老保险参保率达95%，城乡居民基本养老保险参保率达到90%。' },
    { name: 'values paired with years listed before them: 分别达到4个和4.5个', text: '2024年、2025年每千人口拥有3岁以下婴幼儿托位数分别达到4个和4.5个。' },
    { name: 'an increase on the present, not a level: 在现有基础上提高1个', text: '到2025年，全县每千人口拥有3岁以下婴幼儿托位数在现有基础上提高1个。' },
    { name: 'a difference from another place: 比全省平均水平高0.5个', text: '到2025年，每千人口拥有3岁以下婴幼儿托位数比全省平均水平高0.5个。' },
    { name: 'a bare 2020年 column before the 2025年 one holds the base, not a 2020 target', text: doc('主要指标', '\t序号', '\t主要指标', '\t2020年', '\t2025年', '', '\t1', '\t每千名老年人拥有养老床位数（张）', '\t32', '\t40', '') },
    {
      name: 'a year before the notice’s date is past: 到2020年底…30张 in a plan issued in 2022',
      text: doc('某县人民政府办公室关于印发某县“一老一小”整体解决方案的通知', '', '各乡镇人民政府，县政府有关部门：', '', '《某县“一老一小”整体解决方案》已经县政府同意，现印发给你们，请认真贯彻落实。', '', '某县人民政府办公室', '', '2022年3月10日', '', '某县“一老一小”整体解决方案', '', '“十三五”期间，到2020年底，全县每千名老年人拥有养老床位数达到30张。'),
    },
    { name: '“十四五”以来 is the period so far, not its target', text: '“十四五”以来，全县养老机构护理型床位占比提高到45%。' },
    { name: 'a figure written as reached (已提升至45%) is the present state, not the paragraph’s 2025 target', text: '到2025年，全县养老服务体系更加完善。全县养老机构护理型床位占比已提升至45%，下一步将继续提高。' },
    { name: '现阶段 is the present state', text: '到2025年，全县养老服务体系更加完善。现阶段全县养老机构护理型床位占比为45%。' },
    { name: 'a year a change is measured from (比2020年增加540张) is not the year of the figures after it', text: '到2025年，全县养老服务床位总量达到2400张，比2020年增加540张，每千名老年人拥有养老床位数达到33张。' },
    { name: 'the same with 与2020年相比', text: '到2025年，与2020年相比，每千名老年人拥有养老床位数达到33张。' },
    { name: 'the national target itself: 护理型床位占比达到55%', text: '到2025年，全县养老机构护理型床位占比达到55%。' },
    { name: 'a floor at the national target: 不低于 55%', text: '到 2025 年底，养老机构照护能力大幅提升，护理型床位占比不低于 55%。' },
    { name: 'above the national target: 60%以上', text: '到2025年，护理型养老床位占比达到60%以上。' },
    { name: 'another year than the national one: 2023年 40%', text: '到2023年，养老机构护理型床位占比达到40%。' },
    { name: 'the present state is not a target: 截至2020年 40%', text: '截至2020年底，全县养老机构护理型床位占比为40%。' },
    { name: 'no year at all: nothing to compare', text: '养老机构护理型床位占比达到40%。' },
    { name: 'a part of the area: 公办养老机构护理型床位占比 40%', text: '到2025年，公办养老机构护理型床位占比达到40%。' },
    { name: 'seed 000: 每千人口4.5个托位数', text: '到2025年，全县建立1449个托位，实现每千人口4.5个托位数。' },
    { name: 'a national target for 2030 is not compared with 2025: 新生儿访视率 85%', text: '到2025年，新生儿访视率达到 85%以上。' },
    { name: 'a national total (900万张) is not compared with a county total', text: '到2025年，养老服务床位总量达到 1600 张。' },
    { name: 'an indicator table at the national target: 护理型养老床位占比（%）≥55', text: TABLE('护理型养老床位占比（%）', '≥55') },
    { name: 'lottery fund share from 2022 on at 55%', text: '自2022年起，用于社会福利事业的彩票公益金不低于55%用于养老服务发展。' },
    { name: 'a cap (不超过) is not a weaker target', text: '到2025年，养老机构护理型床位占比不超过60%。' },
    { name: 'another facility than 养老机构: 社区养老服务设施护理型床位占比 30%', text: '到2025年，社区养老服务设施护理型床位占比达到30%。' },
    { name: 'another facility, with 的: 日间照料中心的护理型床位占比 20%', text: '到2025年，日间照料中心的护理型床位占比达到20%。' },
  ],
  invalid: [
    {
      name: '全市 in a city’s own plan is its own target',
      text: doc('某市人民政府办公室关于印发某市“一老一小”整体解决方案的通知', '', '某市“一老一小”整体解决方案', '', '到2025年，全市养老机构护理型床位占比达到50%。'),
      errors: [{ message: '低于国家目标55%', line: 5, severity: 'warning' }],
    },
    {
      name: 'a 分别 list: the second name’s value is below the national target',
      text: '到2025年，每千人口拥有3岁以下婴幼儿托位数、养老机构护理型床位占比分别达到4.5个、50%。',
      errors: [{ message: '“养老机构护理型床位占比”2025年目标为50%，低于国家目标55%', line: 1, column: 45, endColumn: 48, severity: 'warning' }],
    },
    {
      name: 'a change between two years to a target below the national one: 由2020年的38%提高到2025年的50%',
      text: '养老机构护理型床位占比由2020年的38%提高到2025年的50%。',
      errors: [{ message: '2025年目标为50%，低于国家目标55%', line: 1, column: 31, endColumn: 34, severity: 'warning' }],
    },
    {
      name: 'a year taken from an earlier sentence is less sure: a note, even below a binding target',
      text: '到2025年，全县养老服务体系更加完善。全县养老机构护理型床位占比为45%。',
      errors: [{ message: '此处年份系按上文推断，如确为2025年目标，请按国家要求调整。', line: 1, severity: 'information' }],
    },
    {
      name: 'the 养老机构 themselves, written 养老服务机构中: still compared',
      text: '到2025年，养老服务机构中护理型床位占比达到40%。',
      errors: [{ message: '“护理型床位占比”2025年目标为40%，低于国家目标55%', line: 1, severity: 'warning' }],
    },
    {
      name: 'a change to a lower target: the target is the value after 提高到, not the start',
      text: '到2025年，每千人口托位数由1.8个提高到3个。',
      errors: [{ message: '2025年目标为3个，低于国家目标4.5个', line: 1 }],
    },
    {
      name: 'below a binding national target: 护理型床位占比 40% by 2025',
      text: '到2025年，养老机构护理型床位占比达到40%。',
      errors: [{ message: '“养老机构护理型床位占比”2025年目标为40%，低于国家目标55%', line: 1, column: 21, endColumn: 24, severity: 'warning' }],
    },
    {
      name: 'below it in an indicator table: ≥50',
      text: TABLE('护理型养老床位占比（%）', '≥50'),
      errors: [{ message: '低于国家目标55%', line: 8, column: 3, endColumn: 5, severity: 'warning' }],
    },
    {
      name: 'a lottery-fund share below the 55% every government must meet (from 2022)',
      text: '到2023年，福利彩票公益金用于养老服务的比例达到50%。',
      errors: [{ message: '各地均须达到的要求', line: 1, column: 26, endColumn: 29, severity: 'warning' }],
    },
    {
      name: 'below a national average (预期性): only a note',
      text: '到2025年，基本养老保险参保率达到90%。',
      errors: [{ message: '地方可结合实际确定', line: 1, column: 19, endColumn: 22, severity: 'information' }],
    },
    {
      name: 'below the 托位 target (预期性, checked online): a note',
      text: '到2025年，全县每千人口拥有3岁以下婴幼儿托位数达到3个。',
      errors: [{ message: '低于国家目标4.5个', line: 1, column: 28, endColumn: 30, severity: 'information' }],
    },
  ],
});
