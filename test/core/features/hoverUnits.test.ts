import * as assert from 'assert';
import { analyze } from '../../../server/src/core/engine/analyze';
import { hover, HOVER_PROVIDERS } from '../../../server/src/core/features/hover';
import { unitHover } from '../../../server/src/core/features/hoverUnits';
import { seed } from '../../helpers/seeds';

function lineOf(text: string, n: number): string {
  return text.split('\n')[n - 1];
}

describe('features/hoverUnits', () => {
  it('is the first hover provider', () => {
    assert.strictEqual(HOVER_PROVIDERS[0], unitHover);
  });

  it('seed 000: 县发改局 — canonical name, spellings, tasks, rows, member list and duties', () => {
    const text = seed('000');
    const a = analyze(text);
    const ch = lineOf(text, 102).indexOf('县发改局') + 1;
    const h = hover(a, { line: 101, character: ch })!;
    assert.deepStrictEqual(h.range, { start: { line: 101, character: 5 }, end: { line: 101, character: 9 } });
    assert.strictEqual(h.markdown, ['**县发改局** — 规范名称：县发展和改革局', '本文写法：“县发改局”', '正文任务 13 项', '分工表 13 行', '工作专班成员单位（第102行）', '主要职责见第188行'].join('\n\n'));
  });

  it('seed 001: an abbreviated name, its roles and the jurisdiction it dropped', () => {
    const text = seed('001');
    const a = analyze(text);
    const h = unitHover(a, { line: 29, character: lineOf(text, 30).indexOf('卫健局') + 1 })!;
    assert.ok(h.markdown.startsWith('**卫健局** — 规范名称：县卫生健康局'), h.markdown);
    assert.ok(h.markdown.includes('此处省略了行政区划，即“县卫健局”'));
    assert.ok(h.markdown.includes('本文写法：“卫健局”、“县卫健局”'));
    assert.ok(h.markdown.includes('正文任务 15 项（按职责分工负责 14，按职责分工具体负责 1）'), h.markdown);
  });

  it('seed 001: a slip says what it was meant to be', () => {
    const text = seed('001');
    const h = unitHover(analyze(text), { line: 67, character: lineOf(text, 68).indexOf('城市社区管委具体') + 2 })!;
    assert.ok(h.markdown.includes('疑为“城市社区管委会”之误（本文使用 15 次）'), h.markdown);
  });

  it('passes elsewhere, so the heading hover still answers', () => {
    const text = seed('000');
    const a = analyze(text);
    assert.strictEqual(unitHover(a, { line: 35, character: 2 }), undefined);
    assert.ok(hover(a, { line: 35, character: 1 })?.markdown.includes('健全服务体系'));
  });

  it('works before any check ran (empty memo)', () => {
    const a = analyze(seed('002'), { rules: [] });
    assert.strictEqual(a.shared.size, 0);
    const h = unitHover(a, { line: 84, character: 2 })!;
    assert.ok(h.markdown.startsWith('**市民政局**'), h.markdown);
    assert.ok(h.markdown.includes('分工表 60 行（按职责分工负责 31，牵头 15，参加 12，负责 2）'), h.markdown);
  });
});
