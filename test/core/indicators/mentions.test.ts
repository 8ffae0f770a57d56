// Recognising indicator mentions: every number form the seeds use, the year a value is for, tables.
import * as assert from 'assert';
import { parse } from '../../../server/src/core/parse/parse';
import { findIndicatorMentions, MENTIONS_KEY, type IndicatorMention } from '../../../server/src/core/indicators/mentions';
import { parseValueAt } from '../../../server/src/core/indicators/numbers';
import { doc } from '../../helpers/ruleTester';
import { seed } from '../../helpers/seeds';

const mentionsOf = (text: string) => findIndicatorMentions(parse(text));
const brief = (m: IndicatorMention) => m.values.map((v) => `${m.indicator.id} ${v.comparison}${v.value}${v.max !== undefined ? '-' + v.max : ''}${v.unit} ${v.year ?? '-'}/${v.yearKind ?? '-'}`);

describe('indicator numbers', () => {
  const cases: [string, number, string, number][] = [
    ['57万人', 570000, '人', 10000],
    ['11.1953万', 111953, '', 1],
    ['1449个', 1449, '个', 1],
    ['4.5个', 4.5, '个', 0.1],
    ['55%', 55, '%', 1],
    ['55％', 55, '%', 1],
    ['８０%', 80, '%', 1],
    ['1600 张', 1600, '张', 1],
    ['1 名', 1, '人', 1],
    ['79.27岁', 79.27, '岁', 0.01],
    ['1.43亿元', 143000000, '元', 1e6],
  ];
  for (const [text, value, unit, resolution] of cases) {
    it(`${text} → ${value} ${unit || '(no unit)'}`, () => {
      const v = parseValueAt(text, 0)!;
      assert.ok(Math.abs(v.value - value) < 1e-6, `${v.value}`);
      assert.strictEqual(v.unit, unit);
      assert.ok(Math.abs(v.resolution - resolution) < 1e-9, `${v.resolution}`);
    });
  }
  it('80%以上 is a floor, 1/3以上 a share of 33.3%, 1-2个 a range', () => {
    assert.strictEqual(parseValueAt('80%以上', 0)?.post, '以上');
    const third = parseValueAt('1/3 以上', 0)!;
    assert.ok(Math.abs(third.value - 100 / 3) < 1e-9);
    assert.deepStrictEqual([third.unit, third.fraction, third.post], ['%', true, '以上']);
    assert.deepStrictEqual([parseValueAt('1-2个', 0)?.value, parseValueAt('1—2个', 0)?.max], [1, 2]);
  });
});

describe('indicator mentions', () => {
  it('a phrase followed by 达到 and a value, with its target year', () => {
    assert.deepStrictEqual(mentionsOf('到2025年，全县养老机构护理型床位占比达到55%；建立县、乡、村三级养老服务网络。').flatMap(brief), ['nursing-bed-share =55% 2025/target']);
  });
  it('a value written inside the phrase: 每千人口4.5个托位数 (seed 000)', () => {
    const m = mentionsOf('到2025年，全县建立1449个托位，实现每千人口4.5个托位数，托育机构保育人员总数达到236人。');
    assert.deepStrictEqual(m.flatMap(brief), [
      'childcare-places =1449个 2025/target',
      'childcare-places-per-1000 =4.5个 2025/target',
      'childcare-caregivers =236人 2025/target',
    ]);
    assert.strictEqual(m[1].phrase, '每千人口4.5个托位数');
  });
  it('a value before the phrase: 80%的农村设有互助养老服务设施', () => {
    assert.deepStrictEqual(mentionsOf('到2025年，80%的农村设有互助养老服务设施。').flatMap(brief), ['rural-mutual-aid-eldercare-coverage =80% 2025/target']);
  });
  it('comparison words and 以上: 不低于 55%, 60%以上, 超过1人, ≥', () => {
    const m = mentionsOf('到2025年，护理型床位占比不低于 55%，公办养老机构入住率达到65%以上，每千名老年人配套社会工作者人数超过1人。');
    assert.deepStrictEqual(m.flatMap(brief), ['nursing-bed-share >=55% 2025/target', 'public-institution-occupancy-rate >=65% 2025/target', 'social-workers-per-1000-elderly >1人 2025/target']);
  });
  it('two years in one sentence: 2023 年达到 10%以上，2025 年达到 20%', () => {
    assert.deepStrictEqual(mentionsOf('普惠性托位占比 2023 年达到 10%以上，2025 年达到 20%。').flatMap(brief), [
      'inclusive-childcare-place-share >=10% 2023/target',
      'inclusive-childcare-place-share =20% 2025/target',
    ]);
  });
  it('截至2020年 is the present state; a year in a closed aside is not the year of what follows', () => {
    assert.deepStrictEqual(mentionsOf('截至2020年年末，全市养老机构54家；每千名老人养老床位数达到69张。').flatMap(brief), ['beds-per-1000-elderly =69张 2020/status']);
    const m = mentionsOf('2025 年末预期目标为每千人配备托位 4.5 个（2020 年每千人 0.2 个），按全市总人口 57 万人测算，应配备托位达到 2608 个。');
    assert.deepStrictEqual(m.flatMap(brief), ['childcare-places-per-1000 =4.5个 2025/target', 'childcare-places =2608个 2025/target']);
  });
  it('a sentence without a year inherits the paragraph’s, then the block’s 到2025年', () => {
    const m = mentionsOf(doc('二、发展目标', '', '到2025年，建立覆盖城乡的养老服务体系。', '', '全县养老机构护理型床位占比达到55%。'));
    assert.deepStrictEqual(m.map((x) => [x.values[0].year, x.values[0].yearSource]), [[2025, 'context']]);
  });
  it('a loosely attached number counts only in the indicator’s unit (彩票公益金…总额60%以上)', () => {
    assert.deepStrictEqual(mentionsOf('年度福利彩票公益金县级分成部分总额60%以上用于养老服务发展。').flatMap(brief), ['lottery-fund-eldercare-share >=60% -/-']);
    assert.deepStrictEqual(mentionsOf('积极争取中央和省级彩票公益金项目，投资460万元建成运营敬老院。').flatMap(brief), []);
  });
  it('a change between two years: 由2020年的38%提高到2025年的55% is the 2025 target and a 2020 base', () => {
    assert.deepStrictEqual(mentionsOf('养老机构护理型床位占比由2020年的38%提高到2025年的55%。').flatMap(brief), ['nursing-bed-share =55% 2025/target', 'nursing-bed-share =38% 2020/status']);
    assert.deepStrictEqual(mentionsOf('每千人口拥有3岁以下婴幼儿托位数从2020年的1.2个增加到2025年的4.5个。').flatMap(brief), ['childcare-places-per-1000 =4.5个 2025/target', 'childcare-places-per-1000 =1.2个 2020/status']);
    // the target year from the sentence when the change names only the base year
    assert.deepStrictEqual(mentionsOf('到2025年，养老机构护理型床位占比将由2020年38%提高到55%以上。').flatMap(brief), ['nursing-bed-share >=55% 2025/target', 'nursing-bed-share =38% 2020/status']);
    // written as reached (已由…提高到55%): the present state, not the paragraph's 2025 target
    assert.deepStrictEqual(mentionsOf('到2025年，养老服务体系更加完善。全县养老机构护理型床位占比已由2020年的38%提高到50%。').flatMap(brief), ['nursing-bed-share =50% 2025/status', 'nursing-bed-share =38% 2020/status']);
    // not read: units that differ, or a base year after the target year
    assert.deepStrictEqual(mentionsOf('养老机构护理型床位占比由2020年的38个提高到2025年的55%。').flatMap(brief), []);
    assert.deepStrictEqual(mentionsOf('养老机构护理型床位占比由2025年的38%提高到2020年的55%。').flatMap(brief), []);
  });
  it('a 分别 list pairs its values in order with as many catalogue names', () => {
    assert.deepStrictEqual(mentionsOf('到2025年，全县养老机构护理型床位占比、普惠性托位占比分别达到55%和60%。').flatMap(brief), ['nursing-bed-share =55% 2025/target', 'inclusive-childcare-place-share =60% 2025/target']);
    assert.deepStrictEqual(mentionsOf('到2025年，每千人口拥有3岁以下婴幼儿托位数、普惠性托位占比分别达到4.5个、60%以上。').flatMap(brief), ['childcare-places-per-1000 =4.5个 2025/target', 'inclusive-childcare-place-share >=60% 2025/target']);
  });
  it('a 分别 list is not read when the pairing is not certain', () => {
    const none = (text: string) => assert.deepStrictEqual(mentionsOf(text).flatMap(brief), [], text);
    // 普惠托位数 is no catalogue indicator (and under 每千人口 it is a rate): two values, one name
    none('到2025年，每千人口拥有3岁以下婴幼儿托位数、普惠托位数分别达到4.5个、2个。');
    // more values than names, or fewer
    none('到2025年，养老机构护理型床位占比、普惠性托位占比分别达到55%、60%、70%。');
    none('到2025年，养老机构护理型床位占比、普惠性托位占比分别达到55%。');
    // a value in another unit than its name's: the order is not the names'
    none('到2025年，养老机构护理型床位占比、每千人口拥有3岁以下婴幼儿托位数分别达到4.5个、55%。');
    // another list before the names (years, places) the values may pair with
    none('2024年、2025年养老机构护理型床位占比、普惠性托位占比分别达到50%、55%。');
    // an unnamed item before the first name
    none('到2025年，公办机构床位占比、养老机构护理型床位占比、普惠性托位占比分别达到30%、55%、60%。');
    // shares of something else: 分别占
    none('养老机构护理型床位占比、普惠性托位占比分别占55%、60%。');
  });
  it('phrases recognised only with a value: 托位 alone is not a mention', () => {
    assert.deepStrictEqual(mentionsOf('将出生婴儿减少腾出的空余幼儿园学位转化为托位。'), []);
  });
  it('scope words and increases are recorded', () => {
    const [a] = mentionsOf('到2025年，公办养老机构失能特困人员集中供养率达到60%。');
    assert.strictEqual(a.scope, '公办');
    const [b] = mentionsOf('“十三五”时期，新增民办养老机构37家、养老床位2964张。');
    assert.strictEqual(b.delta, true);
    assert.deepStrictEqual(brief(b), ['eldercare-beds-total =2964张 2020/status']);
  });
  it('an indicator table: ≥90, 90（非约束性）, 4.5（约束性）, declared units, the header year', () => {
    const m = mentionsOf(doc('“十四五”时期主要发展指标', '\t序号', '\t主要指标', '\t2025年目标值', '', '\t1', '\t基本养老保险参保率（%）', '\t≥90', '', '\t2', '\t婴幼儿基本公共服务覆盖面（%）', '\t90（非约束性）', '', '\t3', '\t每千人口托位数（个）', '\t4.5（约束性）', ''));
    assert.deepStrictEqual(m.flatMap(brief), ['basic-pension-insurance-rate >=90 2025/target', 'infant-basic-public-service-coverage =90 2025/target', 'childcare-places-per-1000 =4.5 2025/target']);
    assert.deepStrictEqual(m.map((x) => [x.declaredUnit?.unit, x.values[0].attribute, x.where]), [['%', undefined, 'table'], ['%', '非约束性', 'table'], ['个', '约束性', 'table']]);
    assert.deepStrictEqual(m[0].range, { start: { line: 6, character: 1 }, end: { line: 6, character: 10 } });
  });
  it('an 指标属性 column gives the attribute', () => {
    const m = mentionsOf(doc('主要指标', '\t序号', '\t主要指标', '\t2025年目标值', '\t指标属性', '', '\t1', '\t养老机构护理型床位占比（%）', '\t≥55', '\t约束性', ''));
    assert.deepStrictEqual(m.map((x) => x.values[0].attribute), ['约束性']);
  });
  it('a phrase wrapped over two lines keeps its range across them', () => {
    const m = mentionsOf('到2025年，全县每千人口拥有3岁以下婴幼儿托\n位数达到4.5个，护理型床位占比达到55%。');
    assert.deepStrictEqual(m[0].range, { start: { line: 0, character: 9 }, end: { line: 1, character: 2 } });
    assert.deepStrictEqual(brief(m[0]), ['childcare-places-per-1000 =4.5个 2025/target']);
  });
  it('is memoised in the shared map under indicators/mentions', () => {
    const shared = new Map<string, unknown>();
    const model = parse(seed('000'));
    const a = findIndicatorMentions(model, shared);
    assert.strictEqual(shared.get(MENTIONS_KEY), a);
    assert.strictEqual(findIndicatorMentions(model, shared), a);
  });
  it('finds the indicators of the seeds: both indicator tables of seed 003 (28 rows), seed 004’s 57万人 sentence', () => {
    const m3 = findIndicatorMentions(parse(seed('003')));
    assert.strictEqual(m3.filter((m) => m.where === 'table' && m.line >= 54 && m.line <= 176).length, 28);
    const m4 = findIndicatorMentions(parse(seed('004')));
    assert.ok(m4.some((m) => m.line === 42 && m.indicator.id === 'childcare-places' && m.values[0].value === 2608));
  });
});
