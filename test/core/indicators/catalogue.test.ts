import * as assert from 'assert';
import { BUILTIN_INDICATORS, buildCatalogue, catalogueFor } from '../../../server/src/core/indicators/catalogue';
import { findIndicatorMentions } from '../../../server/src/core/indicators/mentions';
import { defaultConfig, mergeConfig, type ConfigProblem } from '../../../server/src/core/config';
import { parse } from '../../../server/src/core/parse/parse';

describe('indicator catalogue', () => {
  it('has at least 25 standard 养老/托育 indicators, each complete and sourced', () => {
    assert.ok(BUILTIN_INDICATORS.length >= 25, `${BUILTIN_INDICATORS.length}`);
    for (const i of BUILTIN_INDICATORS) {
      for (const k of ['id', 'name', 'definition', 'formula', 'unit', 'valueUnit', 'source'] as const) assert.ok(i[k], `${i.id}: ${k}`);
      assert.ok(i.national || i.nationalNote, `${i.id}: a national target or a note saying why there is none`);
      if (i.national) {
        assert.ok(i.national.source && i.national.verification, `${i.id}: national source and how it was checked`);
        assert.ok(['online', 'seeds', 'unverified'].includes(i.national.verified), i.id);
      }
    }
    assert.ok(BUILTIN_INDICATORS.some((i) => i.domain === '养老') && BUILTIN_INDICATORS.some((i) => i.domain === '托育'));
  });

  it('ids are unique and no phrasing names two indicators', () => {
    const ids = new Set<string>();
    const owner = new Map<string, string>();
    for (const i of BUILTIN_INDICATORS) {
      assert.ok(!ids.has(i.id), `duplicate id ${i.id}`);
      ids.add(i.id);
      for (const p of [...i.phrasings, ...i.valuePhrasings, ...i.tableNames]) {
        assert.ok(!owner.has(p) || owner.get(p) === i.id, `“${p}” is a phrasing of ${owner.get(p)} and ${i.id}`);
        owner.set(p, i.id);
      }
    }
  });

  it('carries the national targets the brief names: 4.5 托位, 55% 护理型床位, 55% 彩票公益金', () => {
    const by = (id: string) => BUILTIN_INDICATORS.find((i) => i.id === id)!;
    assert.deepStrictEqual([by('childcare-places-per-1000').national?.value, by('childcare-places-per-1000').national?.year], [4.5, 2025]);
    assert.strictEqual(by('nursing-bed-share').national?.value, 55);
    assert.strictEqual(by('nursing-bed-share').national?.attribute, '约束性');
    assert.strictEqual(by('lottery-fund-eldercare-share').national?.value, 55);
    assert.match(by('lottery-fund-eldercare-share').national!.source, /国办发〔2019〕5号/);
    assert.match(by('nursing-bed-share').national!.source, /国发〔2021〕35号/);
  });

  it('user indicators from gongwen.config.json are validated with clear messages', () => {
    const problems: ConfigProblem[] = [];
    const config = mergeConfig(defaultConfig(), {
      indicators: [
        { name: '每千人口医疗卫生机构床位数', formula: '床位数 ÷ 常住人口（千人）', unit: '张/千人', phrasings: ['每千人口床位数'] },
        { name: '缺公式的指标', unit: '%' },
        'not an object',
        { name: '坏国家目标', formula: 'a ÷ b', unit: '%', national: { value: '五十五', year: 2025, source: '《某规划》' } },
      ],
    }, 'gongwen.config.json', problems);
    assert.strictEqual(config.indicators.length, 2, 'the two usable entries are kept');
    const messages = problems.map((p) => `${p.source}: ${p.message}`);
    assert.ok(messages.some((m) => /gongwen\.config\.json: 自定义指标第2项（“缺公式的指标”）：缺少“formula”（计算公式）；已忽略该项。/.test(m)), messages.join('\n'));
    assert.ok(messages.some((m) => /自定义指标第3项：应为对象/.test(m)), messages.join('\n'));
    assert.ok(messages.some((m) => /自定义指标第4项（“坏国家目标”）：国家目标“value”应为数字；已忽略国家目标。/.test(m)), messages.join('\n'));
  });

  it('a user indicator is recognised in the text, with its derived kind and unit', () => {
    const catalogue = buildCatalogue([{ name: '每千人口医疗卫生机构床位数', formula: '床位数 ÷ 常住人口（千人）', unit: '张/千人', phrasings: ['每千人口床位数'] }]);
    const mine = catalogue.find((i) => i.user)!;
    assert.strictEqual(mine.kind, 'per-thousand');
    assert.strictEqual(mine.valueUnit, '张');
    const shared = new Map<string, unknown>();
    const config = { ...defaultConfig(), indicators: [{ name: '每千人口医疗卫生机构床位数', formula: '床位数 ÷ 常住人口（千人）', unit: '张/千人', phrasings: ['每千人口床位数'] }] };
    catalogueFor(config, shared);
    const mentions = findIndicatorMentions(parse('到2025年，全县每千人口床位数达到6.5张。'), shared);
    assert.deepStrictEqual(mentions.map((m) => [m.indicator.name, m.values[0]?.value, m.values[0]?.year]), [['每千人口医疗卫生机构床位数', 6.5, 2025]]);
  });

  it('a user indicator with a built-in name replaces it', () => {
    const catalogue = buildCatalogue([{ name: '养老机构护理型床位占比', formula: '本省口径', unit: '%', national: { value: 60, comparison: '不低于', year: 2025, source: '本省规划' } }]);
    const n = catalogue.filter((i) => i.name === '养老机构护理型床位占比');
    assert.strictEqual(n.length, 1);
    assert.strictEqual(n[0].formula, '本省口径');
    assert.deepStrictEqual([n[0].national?.value, n[0].national?.comparison, n[0].national?.verified], [60, '>=', 'user']);
  });
});
