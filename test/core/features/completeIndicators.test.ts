import * as assert from 'assert';
import { analyze } from '../../../server/src/core/engine/analyze';
import { complete, COMPLETION_PROVIDERS } from '../../../server/src/core/features/completion';
import { completeIndicators } from '../../../server/src/core/features/completeIndicators';
import { doc } from '../../helpers/ruleTester';
import { seed } from '../../helpers/seeds';

function at(text: string, line: number, character: number) {
  const a = analyze(text);
  return complete(a, { line, character }, text.split('\n')[line]);
}

describe('indicator completion', () => {
  it('is registered', () => assert.ok(COMPLETION_PROVIDERS.includes(completeIndicators)));

  it('running text: 每千人 offers the canonical 托位 indicator, replacing what was typed', () => {
    const items = at('到2025年，全县每千人', 0, 12);
    const item = items.find((i) => i.label === '每千人口拥有3岁以下婴幼儿托位数')!;
    assert.ok(item, items.map((i) => i.label).join('、'));
    assert.strictEqual(item.insertText, '每千人口拥有3岁以下婴幼儿托位数');
    assert.deepStrictEqual(item.range, { start: { line: 0, character: 9 }, end: { line: 0, character: 12 } });
    assert.ok(item.filterText!.startsWith('每千人'));
    assert.match(item.detail!, /国家目标 2025年≥4.5个/);
    assert.match(item.documentation!, /计算公式：3岁以下婴幼儿托位数 ÷ 常住人口（千人）/);
  });

  it('running text: a phrasing seen in documents (护理型床位) completes to the canonical name', () => {
    const items = at('全县护理型床', 0, 6);
    assert.ok(items.some((i) => i.insertText === '养老机构护理型床位占比' && i.filterText!.startsWith('护理型床')), items.map((i) => i.label).join('、'));
  });

  it('in prose, fewer than three characters offer nothing (养老 alone is every other sentence)', () => {
    assert.deepStrictEqual(at('全县每', 0, 3), []);
    assert.deepStrictEqual(at('推进养老', 0, 4), []);
  });

  it('an indicator table’s 主要指标 cell: every indicator, in the table form name（unit）', () => {
    const text = doc('主要发展指标', '\t序号', '\t主要指标', '\t2025年目标值', '', '\t1', '\t', '\t≥90', '');
    const items = at(text, 6, 1);
    assert.ok(items.length >= 25);
    const item = items.find((i) => i.label === '基本养老保险参保率（%）')!;
    assert.ok(item);
    assert.deepStrictEqual(item.range, { start: { line: 6, character: 1 }, end: { line: 6, character: 1 } });
  });

  it('seed 003 line 60: typing in a 主要指标 cell narrows the list and replaces the whole cell', () => {
    const text = seed('003');
    const items = at(text, 59, 3);
    assert.ok(items.length > 0 && items.every((i) => i.label.includes('基本')), items.map((i) => i.label).join('、'));
    const item = items.find((i) => i.label === '基本养老保险参保率（%）')!;
    assert.deepStrictEqual(item.range, { start: { line: 59, character: 1 }, end: { line: 59, character: 13 } });
    assert.ok(item.filterText!.startsWith('基本'));
  });

  it('the value cell of an indicator table is not a name cell', () => {
    const text = seed('003');
    assert.deepStrictEqual(at(text, 60, 4).filter((i) => i.label.endsWith('）')), []);
  });
});
