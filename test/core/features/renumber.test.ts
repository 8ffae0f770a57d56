// The renumber command on seed text: rewrites one level's numerals in order, keeps each marker's
// written style, respects a continuous scheme, and touches nothing else.
import * as assert from 'assert';
import { parse } from '../../../server/src/core/parse/parse';
import { renumber } from '../../../server/src/core/features/renumber';
import { applyEdits } from '../../../server/src/core/text/edits';
import { doc } from '../../helpers/ruleTester';
import { seed } from '../../helpers/seeds';

const at = (line1: number, col1 = 1) => ({ line: line1 - 1, character: col1 - 1 });

function run(text: string, line1: number, col1 = 1): string | undefined {
  const r = renumber(parse(text), at(line1, col1));
  return r && applyEdits(text, r.edits);
}

describe('features/renumber', () => {
  it('1. 2. 4. → 1. 2. 3.', () => {
    const text = doc('方案', '一、重点任务', '1.统筹规划。', '2.优化布局。', '4.深化改革。');
    assert.strictEqual(run(text, 5), doc('方案', '一、重点任务', '1.统筹规划。', '2.优化布局。', '3.深化改革。'));
  });

  it('works from anywhere in the level: the cursor on a body line of a numbered paragraph block', () => {
    const text = doc('方案', '一、重点任务', '1.统筹规划。', '', '具体要求如下，分步实施。', '2.优化布局。', '4.深化改革。');
    const r = renumber(parse(text), at(5, 3));
    assert.ok(r);
    assert.strictEqual(applyEdits(text, r.edits), text.replace('4.深化', '3.深化'));
    assert.match(r.title, /重新编号：本组第三层序号依次编为 1\.—3\./);
  });

  it('edits only the numerals and keeps each marker’s own style', () => {
    const text = doc('方案', '一、重点任务', '(1)新建小区', '(2)老旧小区', '（4） 农村互助', '１．统筹', '２．优化', '５．深化');
    const model = parse(text);
    const r = renumber(model, at(5))!;
    assert.deepStrictEqual(r.edits.map((e) => [e.range.start.line, e.range.start.character, e.range.end.character, e.newText]), [[4, 1, 2, '3']]);
    assert.strictEqual(applyEdits(text, r.edits), text.replace('（4） 农村', '（3） 农村'));
    assert.strictEqual(run(text, 8), text.replace('５．深化', '３．深化'));
  });

  it('seed 001: tasks 1–16 continuous across （一）–（四） stay as they are', () => {
    const text = seed('001');
    for (const line of [30, 50, 64, 78]) assert.strictEqual(renumber(parse(text), at(line)), undefined, `line ${line}`);
  });

  it('seed 001 with task 3 deleted: renumbers 4–16 to 3–15, continuously across （一）–（四）', () => {
    const lines = seed('001').split('\n');
    const without = [...lines.slice(0, 33), ...lines.slice(37)].join('\n'); // lines 34–37: task 3 and its wrap
    const r = renumber(parse(without), at(34))!;
    assert.ok(r, 'renumber offered');
    assert.match(r.title, /全文连续编为 1\.—15\./);
    const out = applyEdits(without, r.edits);
    const markers = out.split('\n').map((l) => /^(\d+)\. /.exec(l)?.[1]).filter(Boolean).map(Number);
    assert.deepStrictEqual(markers, Array.from({ length: 15 }, (_, i) => i + 1));
    // nothing but the numerals changed
    assert.strictEqual(out.replace(/^\d+\. /gm, 'N. '), without.replace(/^\d+\. /gm, 'N. '));
    assert.strictEqual(r.edits.length, 13);
    assert.ok(r.edits.every((e) => e.range.start.line === e.range.end.line && e.range.end.character - e.range.start.character <= 2));
  });

  it('seed 000: a restarting level is renumbered within its own group only', () => {
    const text = seed('000').replace('3.深化公办养老机构改革', '5.深化公办养老机构改革');
    const r = renumber(parse(text), at(42))!;
    assert.strictEqual(r.edits.length, 1);
    assert.strictEqual(applyEdits(text, r.edits), seed('000'));
    assert.strictEqual(renumber(parse(seed('000')), at(50)), undefined, '（二） 1.–5. already in order');
  });

  it('seed 003: the second 四、 becomes 五、', () => {
    const text = seed('003');
    const r = renumber(parse(text), at(264))!;
    assert.strictEqual(applyEdits(text, r.edits), text.replace('四、北安市养老托育服务综合专班', '五、北安市养老托育服务综合专班'));
  });

  it('in a table: rewrites the 序号 column, keeping restarts after section rows (seed 000 分工表)', () => {
    const good = seed('000');
    const text = good.replace('\t3\n\t深化公办养老机构改革', '\t4\n\t深化公办养老机构改革');
    assert.notStrictEqual(text, good);
    const r = renumber(parse(text), at(273, 2))!;
    assert.ok(r);
    assert.strictEqual(applyEdits(text, r.edits), good);
    assert.strictEqual(renumber(parse(good), at(273, 2)), undefined);
  });

  it('nothing to number: before any heading', () => {
    assert.strictEqual(renumber(parse(seed('000')), at(1)), undefined);
  });
});
