import { rule } from '../../../../server/src/core/rules/indicator/inconsistent';
import { doc, ruleTester } from '../../../helpers/ruleTester';

ruleTester(rule, {
  valid: [
    { name: 'a 分别 list agreeing with the targets elsewhere', text: doc('到2025年，养老机构护理型床位占比达到55%，普惠性托位占比达到60%。', '', '到2025年，养老机构护理型床位占比、普惠性托位占比分别达到55%和60%。') },
    { name: 'the base year’s value of a change is not a target: 由2020年的38%提高到2025年的55% beside 达到55%', text: doc('到2025年，养老机构护理型床位占比达到55%。', '', '养老机构护理型床位占比由2020年的38%提高到2025年的55%。') },
    { name: 'a part of the count: 托位5400个, 其中普惠托位3240个', text: '到2025年，全市常住人口120万人，每千人口拥有托位数4.5个，需建成托位5400个，其中普惠托位3240个，占比60%。' },
    { name: 'a part of the insurance: 城乡居民基本养老保险参保率', text: '到2025年，基本养老保险参保率达95%，城乡居民基本养老保险参保率达到90%。' },
    { name: 'another facility than 养老机构: 社区养老服务设施 30% beside 养老机构 55%', text: doc('到2025年，社区养老服务设施护理型床位占比达到30%。', '', '到2025年，全县养老机构护理型床位占比达到55%以上。') },
    { name: 'the same target twice', text: doc('到2025年，养老机构护理型床位占比达到55%。', '', '到2025年，护理型床位占比达到55%以上。') },
    { name: 'a floor and a target that meets it', text: doc('到2025年，护理型床位占比不低于55%。', '', '到2025年，护理型床位占比达到60%。') },
    { name: 'two years: 2023年 10%以上, 2025年 20%', text: '普惠性托位占比 2023 年达到 10%以上，2025 年达到 20%。' },
    { name: 'the present state and the target', text: doc('截至2020年底，每千名老人养老床位数达到69张。', '', '到2025年，每千名老年人养老床位数达到73.6张。') },
    { name: 'a part of the area: 公办养老机构 60% and the whole 55%', text: doc('到2025年，失能特困人员集中供养率达55%。', '', '到2025年，公办养老机构失能特困人员集中供养率达到60%。') },
    { name: 'a range that contains the other value: 1-2个 and 1个', text: doc('到2025年，建设1-2个示范性婴幼儿照护服务机构。', '', '主要指标', '\t序号', '\t主要指标', '\t2025年目标值', '', '\t1', '\t示范性婴幼儿照护服务机构数（个）', '\t1') },
    {
      name: 'another city’s indicator table quoted in the plan',
      text: doc('北安市“一老一小”整体解决方案', '', '到2025年，全市普惠性托位占比达到80%以上。', '', '“十四五”时期黑河市托育服务主要发展指标', '\t序号', '\t主要指标', '\t2025年目标值', '', '\t1', '\t普惠性托位占比（%）', '\t60（非约束性）'),
    },
    { name: 'a count with a thousands separator: 5400个 and 5,400个', text: doc('到2025年，全市托位数达到5400个。', '', '到2025年，全市托位数达到5,400个。') },
    { name: 'a rate written with the count’s words: 每千人口托位4.5个 and 托位数5400个', text: '到2025年，每千人口托位4.5个，全市托位数达到5400个。' },
    { name: 'a rate written with the count’s words: 千人口托位4.5个', text: '到2025年，千人口托位4.5个，全市托位数达到5400个。' },
    { name: 'a rate written with the count’s words: 每千常住人口托位数', text: '到2025年，每千常住人口托位数达到4.5个，全市托位数达到5400个。' },
    { name: 'a rate’s base after the value: 4.5个/千人', text: '到2025年，托位数达到4.5个/千人，全市托位数达到5400个。' },
    { name: 'a rate’s base between the words and the value: 托位数达到每千人口4.5个', text: '到2025年，婴幼儿托位数达到每千人口4.5个，全市托位数达到5400个。' },
    { name: 'a part of the county: 主城区 5.5个 and the whole 4.5个', text: doc('到2025年，每千人口拥有3岁以下婴幼儿托位数达到4.5个。', '', '到2025年，主城区每千人口拥有3岁以下婴幼儿托位数达到5.5个。') },
    { name: 'a part of the county: 县城 and a named 镇', text: doc('到2025年，养老机构护理型床位占比达到55%。', '', '到2025年，县城养老机构护理型床位占比达到65%，石桥镇养老机构护理型床位占比达到50%。') },
    { name: 'a part of the county: 开发区', text: doc('到2025年，每千人口拥有3岁以下婴幼儿托位数达到4.5个。', '', '到2025年，开发区每千人口拥有3岁以下婴幼儿托位数达到4个。') },
    { name: 'the level of a part written after the indicator: 覆盖率城市达到100%、农村达到60%', text: doc('到2025年，居家社区养老服务设施覆盖率达到80%。', '', '到2025年，居家社区养老服务设施覆盖率城市达到100%、农村达到60%。') },
    { name: 'the share among a part named after 其中: 其中失能老年人护理型床位占比', text: doc('到2025年，养老机构护理型床位占比达到55%。', '', '到2025年，护理型床位占比提高到55%，其中失能老年人护理型床位占比达到80%。') },
    { name: 'a bare 其中 before the share is the whole’s own figure, agreeing', text: doc('到2025年，养老机构护理型床位占比达到55%。', '', '到2025年，养老床位达到3000张，其中护理型床位占比达到55%。') },
    { name: 'a 单位 column of 万张 scales the row: 0.24 is 2400张', text: doc('到2025年，养老服务床位总量达到2400张。', '', '主要指标', '\t序号', '\t指标名称', '\t单位', '\t2025年', '', '\t1', '\t养老服务床位总量', '\t万张', '\t0.24', '') },
    { name: 'a row stating a change: 护理型床位占比提高（百分点）', text: doc('到2025年，养老机构护理型床位占比达到55%。', '', '主要指标', '\t序号', '\t主要指标', '\t2025年目标值', '', '\t1', '\t护理型床位占比提高（百分点）', '\t20', '') },
    { name: 'a row for part of the area: 养老机构护理型床位占比（城市）', text: doc('到2025年，养老机构护理型床位占比达到55%。', '', '主要指标', '\t序号', '\t主要指标', '\t2025年目标值', '', '\t1', '\t养老机构护理型床位占比（城市）', '\t60', '') },
    { name: 'the province’s target quoted beside the county’s own: 全省 60%, 我县 55%', text: doc('到2025年，全省养老机构护理型床位占比达到60%。', '', '到2025年，我县养老机构护理型床位占比达到55%。') },
    { name: 'a count for one provider is not the area’s total: 县妇幼保健院开设50个托位, 用人单位提供托位300个', text: doc('到2025年，全县托位数达到1440个。', '', '到2025年，县妇幼保健院开设50个托位，用人单位提供托位300个。') },
    { name: 'a count per facility: 每个托育机构设置不少于20个托位', text: doc('到2025年，全县托位数达到1440个。', '', '到2025年，每个托育机构设置不少于20个托位。') },
    { name: 'a number before 个托位 followed by another counts something else: 建成1个托位200个以上的中心', text: doc('到2025年，全县托位数达到1440个。', '', '到2025年，建成1个托位200个以上的综合托育服务中心。') },
    { name: 'an increase is not a level: 新增养老床位', text: doc('到2025年，新增养老床位300张。', '', '到2025年，全市养老床位达到3000张。') },
  ],
  invalid: [
    {
      name: 'a 分别 list gives each name its value: 护理型床位占比、普惠性托位占比分别达到50%、60% against 55%',
      text: doc('到2025年，养老机构护理型床位占比达到55%。', '', '到2025年，养老机构护理型床位占比、普惠性托位占比分别达到50%、60%。'),
      errors: [{ message: '“养老机构护理型床位占比”2025年目标在第1行为55%，此处为50%', line: 3, column: 31, endColumn: 34, severity: 'warning' }],
    },
    {
      name: 'a change between two years gives the target year’s value: 由2020年的38%提高到2025年的55% against 达到50%',
      text: doc('到2025年，养老机构护理型床位占比达到50%。', '', '养老机构护理型床位占比由2020年的38%提高到2025年的55%。'),
      errors: [{ message: '“养老机构护理型床位占比”2025年目标在第1行为50%，此处为55%', line: 3, column: 31, endColumn: 34, severity: 'warning' }],
    },
    {
      name: 'a population before the count is no rate: two counts still disagree',
      text: '到2025年，按常住人口120万人测算，全市托位数达到5400个，托位数达到6000个。',
      errors: [{ message: '此处为6000个', line: 1 }],
    },
    {
      name: 'two targets for the same year',
      text: doc('到2025年，养老机构护理型床位占比达到55%。', '', '到2025年，养老机构护理型床位占比达到60%。'),
      errors: [{ message: '“养老机构护理型床位占比”2025年目标在第1行为55%，此处为60%', line: 3, column: 21, endColumn: 24, severity: 'warning' }],
    },
    {
      name: 'a target below a floor stated elsewhere',
      text: doc('到2025年，护理型床位占比不低于60%。', '', '到2025年，护理型床位占比达到55%。'),
      errors: [{ message: '在第1行为不低于60%，此处为55%', line: 3, column: 17, endColumn: 20, severity: 'warning' }],
    },
    {
      name: 'the text and the indicator table disagree',
      text: doc('到2025年，全市普惠性托位占比达到80%。', '', '主要指标', '\t序号', '\t主要指标', '\t2025年目标值', '', '\t1', '\t普惠性托位占比（%）', '\t60（非约束性）'),
      errors: [{ message: '在第1行为80%，此处为60%', line: 10, column: 2, endColumn: 4, severity: 'warning' }],
    },
    {
      name: '全县城乡 is the whole county, not its 县城',
      text: doc('到2025年，每千人口拥有3岁以下婴幼儿托位数达到4.5个。', '', '到2025年，全县城乡每千人口拥有3岁以下婴幼儿托位数达到4个。'),
      errors: [{ message: '此处为4个', line: 3, severity: 'warning' }],
    },
    {
      name: 'a bare 其中 before the share is the whole’s own figure: it disagrees',
      text: doc('到2025年，养老机构护理型床位占比达到55%。', '', '到2025年，养老床位达到3000张，其中护理型床位占比达到50%。'),
      errors: [{ message: '此处为50%', line: 3, severity: 'warning' }],
    },
    {
      name: 'a year column the header calls a target stays a target: 2023年目标值 beside 2025年目标值',
      text: doc('到2023年，普惠性托位占比达到50%。', '', '主要指标', '\t序号', '\t主要指标', '\t2023年目标值', '\t2025年目标值', '', '\t1', '\t普惠性托位占比（%）', '\t45', '\t60', ''),
      errors: [{ message: '2023年目标在第1行为50%，此处为45%', line: 11, severity: 'warning' }],
    },
    {
      name: 'only the first of bare year columns is the base: 2020年 | 2025年 | 2035年 still states the 2025 target',
      text: doc('到2025年，普惠性托位占比达到50%。', '', '主要指标', '\t序号', '\t主要指标', '\t2020年', '\t2025年', '\t2035年', '', '\t1', '\t普惠性托位占比（%）', '\t30', '\t60', '\t80', ''),
      errors: [{ message: '2025年目标在第1行为50%，此处为60%', line: 13, severity: 'warning' }],
    },
    {
      name: 'a stretch goal beside a firm target (力争…达到60%) is a second tier the drafter may intend: a note',
      text: doc('到2025年，养老机构护理型床位占比达到55%。', '', '到2025年，力争养老机构护理型床位占比达到60%。'),
      errors: [{ message: '此处为60%。若一为基本目标、一为力争目标，可忽略；否则请统一为同一目标值。', line: 3, severity: 'information' }],
    },
    {
      name: 'a year inherited from the paragraph is less sure: a note',
      text: '到2025年，全市养老床位达到3000张。护理型床位占比达到55%，护理型床位占比达到60%。',
      errors: [{ message: '此处为60%', line: 1, column: 44, endColumn: 47, severity: 'information' }],
    },
  ],
});
