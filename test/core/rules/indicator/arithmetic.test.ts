import { rule } from '../../../../server/src/core/rules/indicator/arithmetic';
import { doc, ruleTester } from '../../../helpers/ruleTester';

const TABLE = (name: string, value: string) => doc('主要发展指标', '\t序号', '\t主要指标', '\t2025年目标值', '', '\t1', `\t${name}`, `\t${value}`, '');

ruleTester(rule, {
  valid: [
    { name: 'a change and its increase that agree: 新增984个, 由420个增加到1404个 (420 + 984 = 1404)', text: '到2025年，全县新增托位984个，托位数由420个增加到1404个；用人单位提供托位不少于100个。' },
    { name: 'the same with the years written: 由2020年的420个增加到2025年的1404个', text: '全县新增托位984个，托位数由2020年的420个增加到2025年的1404个。' },
    { name: 'an increase of a part (普惠托位) is not the change of the whole (托位数)', text: '到2025年，新增普惠托位300个，托位数由420个增加到1404个。' },
    { name: 'two increases in the unit: which one is the change’s cannot be told', text: '到2025年，新增托位900个，新增普惠托位300个，托位数由420个增加到1404个。' },
    { name: 'an increase of something named before 新增 (养老床位新增900张) is not another thing’s change', text: '到2025年，养老床位新增900张，护理型床位由420张增加到1404张。' },
    { name: 'an approximate increase is not checked: 新增托位约900个', text: '到2025年，新增托位约900个，托位数由420个增加到1404个。' },
    { name: 'an increase in another sentence is not the change’s', text: '到2025年，新增托位900个。托位数由420个增加到1404个。' },
    { name: 'an increase of something else (养老床位, named after its number) is not the change’s', text: '到2025年，新增900个养老床位，托位数由420个增加到1404个。' },
    { name: 'an increase without a name, not in the clause next to the change, is not the change’s', text: '到2025年，新增900个，护理型床位比例提高，由420个增加到1404个。' },
    { name: 'the 普惠托位 themselves are no base for their share', text: '到2025年，普惠托位占比达到60%，普惠托位达到3000个。' },
    { name: 'per-thousand total that holds: 4.5 × 320 = 1440', text: '到2025年，全县每千人口拥有3岁以下婴幼儿托位数达到4.5个，按全县总人口32万人测算，应配备托位1440个。' },
    { name: 'a total within the rounding of the population: 32.2万 → 1449', text: '到2025年，全县每千人口拥有3岁以下婴幼儿托位数达到4.5个，按全县总人口32.2万人测算，应配备托位1449个。' },
    { name: 'seed 000: 1449个托位 and 每千人口4.5个托位数 with no population stated', text: '到2025年，全县建立1449个托位，实现每千人口4.5个托位数，托育机构保育人员总数达到236人。' },
    { name: 'an elderly base of 11.1953万: 14.3 × 111.953 = 1601', text: '到2025年，养老服务床位总量达到1600张，每千名老年人养老床位数达到14.3张（按60周岁及以上老年人口11.1953万人测算）。' },
    { name: 'a share of a stated total: 1600 × 55% = 880', text: '到2025年，养老服务床位总量达到1600张，护理型床位占比达到55%，即护理型床位880张。' },
    { name: 'a total written as a floor (1379个以上) is not computed', text: '到2025年，全市每千人口拥有托位数达到4.5个，按全市总人口28万人测算，托位达到1379个以上。' },
    { name: 'an approximate population (约32万人) is no base', text: '全县常住人口约32万人。到2025年，全县建立1500个托位，实现每千人口4.5个托位数。' },
    { name: 'a population of another year is no base for a 2025 target', text: '截至2020年底，全县常住人口28万人。到2025年，全县建立1500个托位，实现每千人口4.5个托位数。' },
    { name: 'inferred population within rounding or truncation: 7万 read as 7.0–7.99万', text: '全市60周岁以上老年人7万人，养老服务床位总量达到5298张，每千名老年人养老床位数达到69张。' },
    { name: 'seed 003 section row: 共25个，养老19个、托育6个', text: doc('\t序号', '\t项目名称', '', '\t北安市（共25个，养老19个、托育6个）', '', '\t1', '\t养老院项目') },
    { name: 'seed 003: parenthetical breakdown that adds up in two units', text: '全市养老机构54家、床位数5298张（公办4家、床位586张；民办50家、床位4712张）。' },
    { name: 'seed 003: 其中 breakdown in 亿元 and 个 that adds up', text: '计划投资1.43亿元，谋划公办养老服务项目8个、新建设床位900张，其中，计划投资1亿元，新建项目5个，计划投资0.43亿元，改扩建项目3个。' },
    { name: 'overlapping shares after 其中 are not summed', text: '到2025年，全市各类养老床位数达到5598张以上，其中，普惠养老床位占6.3%，护理型床位占55%，民办养老机构床位占89.5%。' },
    { name: 'two totals in one unit: we cannot tell which the parts add up to', text: '新增床位300张，养老床位达到5598张，其中护理型床位3000张、普惠床位1000张。' },
    { name: '1/3以上 is a share below 100%', text: '到2025年，1/3以上行政村建有老年大学学习点，老年大学覆盖面达到1/3以上。' },
    { name: '80%以上 is within 100%', text: '到2025年，普惠性托位占比达到80%以上。' },
    { name: 'a table value of ≥90 is within 100%', text: TABLE('基本养老保险参保率（%）', '≥90') },
    { name: 'a count for part of the county (城区托位数) is not the county rate times a population', text: '到2025年，每千人口拥有3岁以下婴幼儿托位数达到4.5个，城区托位数达到900个（城区常住人口18万人）。' },
    { name: 'age thresholds hold one another: 65岁以上 and 80岁以上 are no breakdown of 60岁以上', text: '截至2020年底，全县60岁以上老年人口8.5万人，占总人口的21%，其中65岁以上老年人口6.2万人，80岁以上高龄老人1.1万人。' },
    { name: 'births are no population base: 出生人口0.3万人', text: '到2025年，全县出生人口0.3万人，每千人口拥有3岁以下婴幼儿托位数达到4.5个，托位总数达到1440个。' },
    { name: 'the urban population is no base for the county rate: 城区常住人口18万人', text: '到2025年，城区常住人口18万人，每千人口拥有3岁以下婴幼儿托位数达到4.5个，托位总数达到1440个。' },
    { name: 'a group of the elderly is no base: 失能老年人2000人', text: '到2025年，全县失能老年人2000人，每千名老年人拥有养老床位数达到40张，养老床位数达到3200张。' },
    { name: 'a count over 100 is not a share', text: '到2025年，养老服务床位总量达到1600张。' },
  ],
  invalid: [
    {
      name: 'an increase that does not take the base to the target: 新增托位900个, 由420个增加到1404个',
      text: '到2025年，全县新增托位900个，托位数由420个增加到1404个。',
      errors: [{ message: '新增数与起止数不符：由420个增加到1404个，增加了984个；文中写“新增托位900个”（420 + 900 = 1320个，不是1404个）', line: 1, column: 14, endColumn: 18, severity: 'warning' }],
    },
    {
      name: 'the same without names, the clauses next to each other: 新增900个，由420个增加到1404个',
      text: '到2025年，全县新增900个，由420个增加到1404个。',
      errors: [{ message: '420 + 900 = 1320个，不是1404个', line: 1, severity: 'warning' }],
    },
    {
      name: 'the change first, with its years: 托位数由2020年的420个增加到2025年的1404个，新增900个',
      text: '全县托位数由2020年的420个增加到2025年的1404个，新增900个。',
      errors: [{ message: '420 + 900 = 1320个，不是1404个', line: 1, severity: 'warning' }],
    },
    {
      name: 'a 户籍人口 stated in passing may not be the base (每千人口 counts residents): a note',
      text: '到2025年，全县户籍人口35万人，每千人口拥有3岁以下婴幼儿托位数达到4.5个，托位总数达到1440个。',
      errors: [{ message: '按本段所写“户籍人口35万人”推算，4.5 × 350（千人）= 1575个，文中为1440个', line: 1, severity: 'information' }],
    },
    {
      name: 'a part’s label keeps the whole number before it: 65岁以上, not 5岁以上',
      text: '截至2020年底，全县60岁以上老年人口8.5万人，其中60至64岁老年人口2万人，65岁以上老年人口6.2万人。',
      errors: [{ message: '分项之和与总数不符：60至64岁老年人口2万人 + 65岁以上老年人口6.2万人 = 8.2万人', line: 1, severity: 'information' }],
    },
    {
      name: 'the rate written short (每千人口托位4.5个) is still the rate',
      text: '到2025年，按常住人口120万人测算，每千人口托位4.5个，全市托位数达到5000个。',
      errors: [{ message: '4.5 × 1200（千人）= 5400个，文中为5000个', line: 1 }],
    },
    {
      name: 'per-thousand total that does not hold: 4.5 × 320 = 1440, not 1500',
      text: '到2025年，全县每千人口拥有3岁以下婴幼儿托位数达到4.5个，按全县总人口32万人测算，应配备托位1500个。',
      errors: [{ message: '4.5 × 320（千人）= 1440个，文中为1500个', line: 1, column: 51, endColumn: 56, severity: 'error' }],
      output: '到2025年，全县每千人口拥有3岁以下婴幼儿托位数达到4.5个，按全县总人口32万人测算，应配备托位1440个。',
    },
    {
      name: 'seed 004: 按全市总人口 57 万人测算 gives 2565, not 2608',
      text: '2025 年末预期目标为每千人配备托位 4.5 个（2020 年每千人 0.2 个），按全市总人口 57 万人测算，应配备托位达到 2608 个，确保为婴幼儿获得机构托育服务提供更多机会。',
      errors: [{ message: '4.5 × 570（千人）= 2565个，文中为2608个。考虑人口数的取整，应在2542—2588个之间；2608个对应人口约57.96万人', line: 1, column: 67, endColumn: 73, severity: 'error' }],
      output: '2025 年末预期目标为每千人配备托位 4.5 个（2020 年每千人 0.2 个），按全市总人口 57 万人测算，应配备托位达到 2565 个，确保为婴幼儿获得机构托育服务提供更多机会。',
    },
    {
      name: 'a population stated elsewhere in the paragraph gives a warning',
      text: '全县常住人口32万人。到2025年，全县建立1500个托位，实现每千人口4.5个托位数。',
      errors: [{ message: '按本段所写“常住人口32万人”推算，4.5 × 320（千人）= 1440个，文中为1500个', line: 1, column: 23, endColumn: 28, severity: 'warning' }],
    },
    {
      name: 'an elderly base of 11.1953万: 20 × 111.953 = 2239, not 1600',
      text: '到2025年，养老服务床位总量达到1600张，每千名老年人养老床位数达到20张（按60周岁及以上老年人口11.1953万人测算）。',
      errors: [{ message: '20 × 111.953（千名老年人）= 2239.06张，文中为1600张', line: 1, column: 18, endColumn: 23, severity: 'error' }],
      output: '到2025年，养老服务床位总量达到2239张，每千名老年人养老床位数达到20张（按60周岁及以上老年人口11.1953万人测算）。',
    },
    {
      name: 'a share of a stated total that does not hold: 1600 × 55% = 880, not 900',
      text: '到2025年，养老服务床位总量达到1600张，护理型床位占比达到55%，即护理型床位900张。',
      errors: [{ message: '1600 × 55% = 880张，文中为900张', line: 1, column: 43, endColumn: 47, severity: 'error' }],
      output: '到2025年，养老服务床位总量达到1600张，护理型床位占比达到55%，即护理型床位880张。',
    },
    {
      name: '共25个 whose parts add up to 26',
      text: doc('\t序号', '\t项目名称', '', '\t北安市（共25个，养老19个、托育7个）', '', '\t1', '\t养老院项目'),
      errors: [{ message: '养老19个 + 托育7个 = 26个，与“共25个”不一致', line: 4, column: 7, endColumn: 10, severity: 'error' }],
    },
    {
      name: 'a parenthetical breakdown that does not add up is a warning',
      text: '全市养老机构54家、床位数5298张（公办4家、床位586张；民办50家、床位4700张）。',
      errors: [{ message: '床位586张 + 床位4700张 = 5286张，与“床位数5298张”不一致', line: 1, column: 14, endColumn: 19, severity: 'warning' }],
    },
    {
      name: 'a 其中 breakdown that does not add up is only a note',
      text: '计划投资1.43亿元，谋划项目8个，其中，计划投资1亿元，新建项目5个，计划投资0.43亿元，改扩建项目4个。',
      errors: [{ message: '新建项目5个 + 改扩建项目4个 = 9个，与“谋划项目8个”不一致（如各分项互不重叠且已列全）', line: 1, column: 16, endColumn: 18, severity: 'information' }],
    },
    {
      name: 'a share over 100%',
      text: '到2025年，养老机构护理型床位占比达到120%。',
      errors: [{ message: '比例超过100%：“养老机构护理型床位占比”', line: 1, column: 21, endColumn: 25, severity: 'error' }],
    },
    {
      name: 'a share over 100 in an indicator table (≥120 in a （%） row)',
      text: TABLE('护理型养老床位占比（%）', '≥120'),
      errors: [{ message: '写作120%，比例不能超过100%', line: 8, column: 3, endColumn: 6, severity: 'error' }],
    },
  ],
});
