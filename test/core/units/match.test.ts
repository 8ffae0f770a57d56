// Task ↔ row matching on the seeds: by title (seed 000), by quoted sentences of body items that
// carry no units (seed 002), and no 分工表 where there is none (seeds 001, 003, 004).
import * as assert from 'assert';
import { parse } from '../../../server/src/core/parse/parse';
import { divisionTables, matchTasksToRows, MATCH_KEY, normaliseText } from '../../../server/src/core/units/match';
import { seed } from '../../helpers/seeds';
import { plan } from '../../helpers/plan';

describe('units/match', () => {
  it('seed 000: 22 tasks and 22 rows, paired by title in order', () => {
    const m = parse(seed('000'));
    assert.deepStrictEqual(divisionTables(m).map((t) => t.index), [0]);
    const r = matchTasksToRows(m);
    assert.strictEqual(r.pairs.length, 22);
    assert.ok(r.pairs.every((p) => p.how === 'title'));
    assert.deepStrictEqual(r.pairs.map((p) => p.task), Array.from({ length: 22 }, (_, i) => i));
    assert.deepStrictEqual(r.tasksWithoutRow, []);
    assert.deepStrictEqual(r.rowsWithoutTask, []);
    assert.deepStrictEqual(r.divisionOf, [0]);
    // the pair points at the task's heading and units paragraph
    const p = r.pairs[19];
    assert.strictEqual(m.headings[p.heading].title, '建立工作机制，落实部门责任');
    assert.strictEqual(p.paragraph, m.tasks[19].paragraph);
  });

  it('a task cell numbered as the body numbers it (1. / （二）) names its task by the title after the number', () => {
    const m = parse(plan({
      tasks: ['1.统筹规划服务设施建设。严格执行建设标准。〔县民政局〕', '2.优化城乡养老服务布局。加快拓展服务供给。〔县卫健局〕', '（三）5万张养老床位建设。〔县民政局〕'],
      rows: [['1.统筹规划服务设施建设', '县民政局'], ['（二）优化城乡养老服务布局', '县卫健局'], ['1.5万张养老床位建设', '县民政局']],
    }));
    const r = matchTasksToRows(m);
    assert.deepStrictEqual(r.pairs.map((p) => [p.task, p.row, p.how]), [[0, 1, 'title'], [1, 2, 'title']]);
    assert.deepStrictEqual(r.rowsWithoutTask.map((x) => x.row), [3], 'a number that goes on (1.5万) is not a marker');
  });

  it('a row may name a task by the words before the first ：or ，of its title (6 characters or more)', () => {
    const m = parse(plan({
      tasks: ['1.统筹规划服务设施建设：严格执行建设标准，加快建设。〔县民政局〕', '2.优化城乡养老服务布局，加快拓展服务供给。〔县卫健局〕', '3.托育方面：推进婴幼儿照护服务。〔县卫健局〕', '4.优化城乡养老服务布局。〔县民政局〕'],
      rows: [['统筹规划服务设施建设', '县民政局'], ['优化城乡养老服务布局', '县卫健局'], ['托育方面', '县卫健局']],
    }));
    const r = matchTasksToRows(m);
    // a title written out whole (task 4) wins over the head of another (task 2); 托育方面 is too short to be a head
    assert.deepStrictEqual(r.pairs.map((p) => [p.task, p.row]), [[0, 1], [3, 2]]);
    assert.deepStrictEqual(r.rowsWithoutTask.map((x) => x.row), [3]);
  });

  it('seed 002: rows quote the body items （一）–（二十四）, which carry no units', () => {
    const m = parse(seed('002'));
    const r = matchTasksToRows(m);
    assert.deepStrictEqual(r.divisionOf, [0], 'the 2022 list is not the 分工表');
    const first = r.pairs.filter((p) => p.table === 0);
    assert.strictEqual(first.length, 51);
    assert.ok(first.every((p) => p.task === -1), 'no body task has units');
    const title = (seq: number) => {
      const p = first.find((x) => m.tables[0].rows[x.row].seq === seq)!;
      return [m.headings[p.heading].marker, p.how];
    };
    assert.deepStrictEqual(title(1), ['（二）', 'quote']);
    assert.deepStrictEqual(title(16), ['（九）', 'title']);
    assert.deepStrictEqual(title(30), ['（十五）', 'quote'], 'a row that adds a sentence of its own still quotes one');
    assert.deepStrictEqual(title(51), ['（二十三）', 'title']);
    assert.deepStrictEqual(r.rowsWithoutTask.filter((x) => x.table === 0).map((x) => m.tables[0].rows[x.row].seq), [22]);
  });

  it('seeds 001 and 004 have tasks and no table; seed 003 has lists that are no 分工表', () => {
    for (const s of ['001', '004']) {
      const r = matchTasksToRows(parse(seed(s)));
      assert.deepStrictEqual([r.pairs.length, r.divisionOf.length], [0, 0], s);
    }
    const m3 = parse(seed('003'));
    assert.ok(divisionTables(m3).length >= 4);
    assert.deepStrictEqual(matchTasksToRows(m3).divisionOf, []);
  });

  it('short rows never match by shared vocabulary alone', () => {
    const m = parse(plan({ tasks: ['1.发展养老护理员队伍建设工作。开展培训。〔县人社局〕'], rows: [['发展养老护理员队伍', '县人社局']] }));
    const r = matchTasksToRows(m);
    assert.deepStrictEqual(r.pairs, []);
  });

  it('ignores punctuation and whitespace', () => {
    assert.strictEqual(normaliseText('发展“托幼一体化” “托育医一体化”。'), '发展托幼一体化托育医一体化');
    const m = parse(plan({ tasks: ['1.坚持普惠主导，市场补充。引导社会资本。〔县发改局〕'], rows: [['坚持普惠主导 市场补充', '县发改局']] }));
    assert.strictEqual(matchTasksToRows(m).pairs[0].how, 'title');
  });

  it('memoises in the shared map', () => {
    const m = parse(seed('000'));
    const shared = new Map<string, unknown>();
    const a = matchTasksToRows(m, shared);
    assert.strictEqual(shared.get(MATCH_KEY), a);
    assert.strictEqual(matchTasksToRows(m, shared), a);
  });

  it('normaliseText drops exactly what the punctuation class drops, code unit by code unit', () => {
    const punct = /[\s\u3000，。、；：！？“”‘’（）()《》〔〕【】「」『』,.;:!?"'\-—–…·／/]/g;
    const samples = [
      '', '，', '县民政局', '（一）统筹规划服务设施建设。', ' 坚持普惠主导，市场补充 ', '“一老一小”——整体解决方案…',
      'a-b/c／d·e\u00a0f\u2028g\ufeffh\u3000i\tj\nk', '𠀋𠀋，𠀋', '，，。。', 'abc', '末尾，',
    ];
    for (let c = 0; c < 0x3100; c += 7) samples.push(String.fromCharCode(c, c + 1, 0x4e00, c + 2));
    for (const s of [...samples, seed('002')]) assert.strictEqual(normaliseText(s), s.replace(punct, ''), JSON.stringify(s.slice(0, 40)));
  });
});
