// Definition, references and rename on the real seeds.
import * as assert from 'assert';
import { analyze } from '../../../server/src/core/engine/analyze';
import { definition, prepareRename, references, rename, RenameError } from '../../../server/src/core/features/navigation';
import { matchOf, registryOf } from '../../../server/src/core/features/unitsContext';
import { applyEdits } from '../../../server/src/core/text/edits';
import { seed } from '../../helpers/seeds';

/** Position of the `nth` occurrence of `needle` on 1-based `line`, `offset` characters into it. */
function at(text: string, line: number, needle: string, nth = 0, offset = 1) {
  const l = text.split('\n')[line - 1];
  let i = -1;
  for (let k = 0; k <= nth; k++) i = l.indexOf(needle, i + 1);
  assert.ok(i >= 0, `line ${line} has no “${needle}”`);
  return { line: line - 1, character: i + offset };
}

describe('navigation', () => {
  const s000 = seed('000');
  const a000 = analyze(s000);

  describe('go to definition', () => {
    it('seed 000: task 1 → its 分工表 row (selection on the task cell), and the row → back to the task title', () => {
      const [row] = definition(a000.model, matchOf(a000), at(s000, 38, '统筹规划'));
      assert.deepStrictEqual([row.range.start.line + 1, row.range.end.line + 1], [264, 266]);
      assert.deepStrictEqual(row.selection, { start: { line: 264, character: 1 }, end: { line: 264, character: 11 } });
      // also from the units bracket at the end of the task
      assert.deepStrictEqual(definition(a000.model, matchOf(a000), at(s000, 38, '县社区指导中心')), [row]);
      const [task] = definition(a000.model, matchOf(a000), at(s000, 266, '县残联'));
      assert.strictEqual(task.selection.start.line + 1, 38);
      assert.strictEqual(s000.split('\n')[37].slice(task.selection.start.character, task.selection.end.character), '统筹规划服务设施建设');
    });

    it('seed 000: the second section restarts its 序号: task 7 (二、1) goes to 分工表 row 7, not row 1', () => {
      const [row] = definition(a000.model, matchOf(a000), at(s000, 50, '提高公办'));
      assert.strictEqual(row.range.start.line + 1, 290);
    });

    it('seed 002: a row that quotes body item （二） goes to that heading; the heading goes to its rows', () => {
      const s = seed('002');
      const a = analyze(s);
      const [target] = definition(a.model, matchOf(a), at(s, 84, '结合'));
      assert.strictEqual(target.selection.start.line + 1, 15);
      const rows = definition(a.model, matchOf(a), at(s, 15, '加强科学'));
      // three rows of the 分工表 and the first of the 2022 task list
      assert.deepStrictEqual(rows.map((r) => r.range.start.line + 1), [83, 87, 91, 303]);
    });

    it('prose that is no task and no row has no definition', () => {
      assert.deepStrictEqual(definition(a000.model, matchOf(a000), at(s000, 24, '以习近平')), []);
    });
  });

  describe('references of a department', () => {
    it('seed 000: 县民政局 in every task, every row, the 专班 list and the 主要职责', () => {
      const refs = references(registryOf(a000), at(s000, 42, '县民政局'));
      const count = (src: string) => refs.filter((r) => r.source === src).length;
      assert.deepStrictEqual([count('task'), count('table'), count('member'), count('duty')], [22, 22, 1, 1]);
      assert.ok(refs.every((r) => s000.split('\n')[r.range.start.line].slice(r.range.start.character, r.range.end.character) === '县民政局'));
    });

    it('seed 001: 民政局 written without 县 after 县发改局、 is the same department as 县民政局', () => {
      const s = seed('001');
      const a = analyze(s);
      const refs = references(registryOf(a), at(s, 30, '民政局'));
      const spellings = new Set(refs.map((r) => s.split('\n')[r.range.start.line].slice(r.range.start.character, r.range.end.character)));
      assert.deepStrictEqual([...spellings].sort(), ['民政局', '县民政局'].sort());
      assert.strictEqual(refs.length, 15);
    });

    it('no department under the cursor: no references', () => {
      assert.deepStrictEqual(references(registryOf(a000), at(s000, 24, '以习近平')), []);
    });
  });

  describe('rename of a department', () => {
    it('seed 000: 县民政局 → 县民政和社会保障局 in 22 tasks, 22 rows, the 专班 list, the 主要职责 and the running text', () => {
      const reg = registryOf(a000);
      const p = at(s000, 42, '县民政局');
      assert.deepStrictEqual(prepareRename(reg, p), { range: { start: { line: 41, character: 170 }, end: { line: 41, character: 174 } }, placeholder: '县民政局' });
      assert.strictEqual(rename(reg, p, '县民政和社会保障局').length, 46, 'the lists alone');
      const edits = rename(reg, p, '县民政和社会保障局', s000);
      assert.strictEqual(edits.length, 47, 'and 办公室副主任由县民政局、… (line 176)');
      assert.ok(edits.some((e) => e.range.start.line === 175));
      const out = applyEdits(s000, edits);
      assert.ok(!out.includes('县民政局'));
      assert.strictEqual(out.replace(/县民政和社会保障局/g, '县民政局'), s000, 'nothing else changed');
    });

    it('seed 001: an abbreviation stays an abbreviation', () => {
      const s = seed('001');
      const a = analyze(s);
      const edits = rename(registryOf(a), at(s, 30, '民政局'), '县民政和社会保障局');
      assert.deepStrictEqual([...new Set(edits.map((e) => e.newText))].sort(), ['民政和社会保障局', '县民政和社会保障局'].sort());
      const out = applyEdits(s, edits);
      assert.ok(out.includes('（县发改局、民政和社会保障局、卫健局按职责分工负责'));
    });

    it('refuses an empty name, a list of names and a name the document uses for another department, saying why', () => {
      const reg = registryOf(a000);
      const p = at(s000, 42, '县民政局');
      assert.throws(() => rename(reg, p, '  '), (e: Error) => e instanceof RenameError && e.message === '新名称不能为空。');
      assert.throws(() => rename(reg, p, '县民政局、县财政局'), /不是一个单位名称/);
      assert.throws(() => rename(reg, p, '县财政局'), (e: Error) => /“县财政局”已是文档中的另一个单位（县财政局，第38行等），改名会把“县民政局”与它合并/.test(e.message));
      // another spelling of the same department is no clash: it unifies the spelling
      assert.doesNotThrow(() => rename(reg, at(s000, 42, '县卫生健康局'), '县卫健局'));
      assert.throws(() => prepareRename(reg, at(s000, 24, '以习近平')), /此处不是单位名称/);
    });
  });
});
