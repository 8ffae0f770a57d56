// Name helpers that replaced a regular expression by a lookup must answer as the expression did.
import * as assert from 'assert';
import { ORG_SUFFIX, looksLikeUnit, namesFor, normaliseName } from '../../../server/src/core/units/names';
import { UNIT_SUFFIX } from '../../../server/src/core/parse/patterns';
import { buildRegistry } from '../../../server/src/core/units/registry';
import { parse } from '../../../server/src/core/parse/parse';
import { SEED_FILES, seed } from '../../helpers/seeds';

function seedNames(): string[] {
  const out: string[] = [];
  for (const f of SEED_FILES) for (const m of buildRegistry(parse(seed(f.slice(0, 3))), { unitAliases: {} }).mentions) out.push(m.name, m.expanded, m.canonical);
  return out;
}

describe('units/names', () => {
  it('looksLikeUnit answers as ORG_SUFFIX or UNIT_SUFFIX on every name of the seeds and on each ending', () => {
    const endings = /^\((.*)\)\$$/.exec(ORG_SUFFIX.source)![1].split('|');
    const samples = [...seedNames(), '', '局', '会', '县自然资源', '县民政局长', '委员', '幼儿', '员会', '𠀋局', '局𠀋', 'A', '乡镇人民政府', '城市社区管委'];
    for (const e of endings) samples.push(e, '县' + e, e + '长', e.slice(1), '县' + e.slice(0, -1));
    let yes = 0;
    for (const s of samples) {
      const expected = ORG_SUFFIX.test(s) || UNIT_SUFFIX.test(s);
      if (expected) yes++;
      assert.strictEqual(looksLikeUnit(s), expected, s);
    }
    assert.ok(yes > 50 && yes < samples.length - 50, 'both answers are exercised');
  });

  it('normaliseName removes whitespace and turns half-width brackets full-width, as before', () => {
    for (const s of ['县民政局', '县 民 政 局', '县\u3000民政局', '有关部门(单位)', ' 县委\t宣传部 ', '\u00a0县\u2003局\ufeff', '']) {
      assert.strictEqual(normaliseName(s), s.replace(/[\s\u3000]+/g, '').replace(/\(/g, '（').replace(/\)/g, '）'), JSON.stringify(s));
    }
    // every code unit: the quick look must never miss one the replacement would change
    for (let c = 0; c < 0x10000; c++) {
      const s = '县' + String.fromCharCode(c) + '局';
      const expected = s.replace(/[\s\u3000]+/g, '').replace(/\(/g, '（').replace(/\)/g, '）');
      if (normaliseName(s) !== expected) assert.fail(`U+${c.toString(16)}`);
    }
  });

  it('builds one Names per jurisdiction and alias configuration', () => {
    assert.strictEqual(namesFor('宝清县', {}), namesFor('宝清县', {}));
    assert.notStrictEqual(namesFor('宝清县', {}), namesFor('北安市', {}));
    assert.notStrictEqual(namesFor('宝清县', {}), namesFor('宝清县', { 文旅局: '文化和旅游局' }));
    // a later alias overrides an earlier one: the order is part of the configuration
    const a = namesFor('宝清县', { 甲局: '民政局', 乙局: '甲局' });
    const b = namesFor('宝清县', { 乙局: '甲局', 甲局: '民政局' });
    assert.notStrictEqual(a, b);
  });
});
