// Code lens above each task: its 分工表 row, or that it has none.
import * as assert from 'assert';
import { analyze } from '../../../server/src/core/engine/analyze';
import { codeLenses } from '../../../server/src/core/features/codeLens';
import { matchOf } from '../../../server/src/core/features/unitsContext';
import { seed } from '../../helpers/seeds';

const lenses = (text: string) => {
  const a = analyze(text);
  return codeLenses(a.model, matchOf(a)).map((l) => ({ line: l.range.start.line + 1, title: l.title, target: l.target && l.target.start.line + 1, generate: l.generate }));
};

describe('code lens', () => {
  it('seed 000: every task names its row; where the 序号 restarts, the section and 序号 are given', () => {
    const l = lenses(seed('000'));
    assert.strictEqual(l.length, 22);
    assert.deepStrictEqual(l[0], { line: 38, title: '分工表 第1行', target: 264, generate: undefined });
    assert.deepStrictEqual(l[6], { line: 50, title: '分工表 第7行（二、创新供给体系 序号 1）', target: 290, generate: undefined });
    assert.deepStrictEqual(l[21], { line: 79, title: '分工表 第22行（五、保障措施 序号 3）', target: 356, generate: undefined });
  });

  it('a task whose row was deleted: “分工表中无此任务”, clickable to add it', () => {
    const text = seed('000').replace('\t3\n\t深化公办养老机构改革\n\t县民政局、县市场监督管理局、县发改局、县财政局、县卫生健康局、县委编办\n\n', '');
    const l = lenses(text).find((x) => x.line === 42)!;
    assert.deepStrictEqual(l, { line: 42, title: '分工表中无此任务', target: undefined, generate: true });
  });

  it('seed 002: body items the rows quote get one lens listing their rows', () => {
    const l = lenses(seed('002'));
    assert.deepStrictEqual(l[0], { line: 15, title: '分工表 第1、2、3行', target: 83, generate: undefined });
    assert.strictEqual(l.length, 21);
  });

  it('seeds 001 and 004 have no 分工表: one lens on the first task offers to generate it', () => {
    assert.deepStrictEqual(lenses(seed('001')), [{ line: 30, title: '尚无重点任务分工表：根据正文 16 项任务生成', target: undefined, generate: true }]);
    assert.strictEqual(lenses(seed('004')).length, 1);
    assert.deepStrictEqual(lenses(seed('003')), [], 'no tasks, no lens');
  });
});
