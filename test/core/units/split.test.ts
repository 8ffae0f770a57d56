// Reading units lists: separators, roles, 等… tails, one unit per line.
import * as assert from 'assert';
import { splitUnits } from '../../../server/src/core/units/split';
import { parse } from '../../../server/src/core/parse/parse';
import { makeSpan } from '../../../server/src/core/text/span';
import { splitLines } from '../../../server/src/core/text/lines';
import { seed } from '../../helpers/seeds';

function cell(text: string) {
  const lines = splitLines(text);
  return makeSpan(lines, lines.map((l, i) => ({ line: i, start: 0, end: l.text.length })));
}

function read(text: string): string[] {
  return splitUnits(cell(text)).items.map((u) => u.name + (u.role ? '/' + u.role : '') + (u.etc ? '+' + u.etc : ''));
}

describe('units/split', () => {
  it('keeps roles out of the names, on every unit of the group they close', () => {
    assert.deepStrictEqual(read('市民政局、市卫健局牵头，市发改局、市财政局、市国资委参加；相关乡镇（街道）人民政府负责。'), [
      '市民政局/牵头', '市卫健局/牵头', '市发改局/参加', '市财政局/参加', '市国资委/参加', '相关乡镇（街道）人民政府/负责',
    ]);
  });
  it('reads 按职责分工负责, 按职责分工具体负责, 具体落实 and 配合', () => {
    assert.deepStrictEqual(read('县教科局、人社局按职责分工具体负责，各乡镇人民政府、城市社区管委会具体落实'), [
      '县教科局/按职责分工具体负责', '人社局/按职责分工具体负责', '各乡镇人民政府/具体落实', '城市社区管委会/具体落实',
    ]);
    assert.deepStrictEqual(read('市民政局牵头，古东关街道办事处配合。'), ['市民政局/牵头', '古东关街道办事处/配合']);
  });
  it('reads 牵头单位：…；配合单位：… as two groups with their roles, the labels out of the names', () => {
    assert.deepStrictEqual(read('牵头单位：县民政局；配合单位：县财政局、县卫健局'), ['县民政局/牵头', '县财政局/配合', '县卫健局/配合']);
    assert.deepStrictEqual(read('责任单位：县民政局；配合单位：县财政局参加'), ['县民政局', '县财政局/参加']);
    // the two labels on one line, spaces between them (a units line after a task, typed in a word processor)
    assert.deepStrictEqual(read('牵头单位：县民政局　　配合单位：县财政局、县卫健局'), ['县民政局/牵头', '县财政局/配合', '县卫健局/配合']);
    assert.deepStrictEqual(read('责任单位：县民政局、县财政局  完成时限：2024年底'), ['县民政局', '县财政局']);
    const c = cell('牵头单位：县民政局； 配合单位： 县财政局');
    const s = splitUnits(c);
    assert.deepStrictEqual(s.items.map((u) => c.text.slice(u.range.start.character, u.range.end.character)), ['县民政局', '县财政局']);
  });
  it('splits units separated by spaces (a cell copied from a word processor), never a name from its role', () => {
    assert.deepStrictEqual(read('县民政局  县财政局'), ['县民政局', '县财政局']);
    assert.deepStrictEqual(read('县民政局　县财政局　县卫健局'), ['县民政局', '县财政局', '县卫健局']);
    assert.deepStrictEqual(read('县民政局 牵头，县财政局 配合'), ['县民政局/牵头', '县财政局/配合']);
    assert.deepStrictEqual(read('县民政局 、县财政局'), ['县民政局', '县财政局']);
    assert.deepStrictEqual(read('县民政局 等有关部门'), ['县民政局+等有关部门']);
    const c = cell('县民政局  县财政局');
    assert.deepStrictEqual(splitUnits(c).items.map((u) => c.text.slice(u.range.start.character, u.range.end.character)), ['县民政局', '县财政局']);
  });
  it('joins a name hard-wrapped before its ending (市人社 / 局), while one unit per line stays apart', () => {
    assert.deepStrictEqual(read('市委老干部局、市教体局、市人社\n局'), ['市委老干部局', '市教体局', '市人社局']);
    assert.deepStrictEqual(read('各乡镇人民政府、城市社区管委\n会具体落实'), ['各乡镇人民政府/具体落实', '城市社区管委会/具体落实']);
    assert.deepStrictEqual(read('县民政局\n县财政局\n县卫健局'), ['县民政局', '县财政局', '县卫健局']);
    assert.deepStrictEqual(read('县民政局、县人力资源和社\n会保障局、县社\n区指导中心、县老干部\n服务中心'), ['县民政局', '县人力资源和社会保障局', '县社区指导中心', '县老干部服务中心']);
    assert.deepStrictEqual(read('市卫健局\n民政局\n北安市发改局\n国网黑龙江北安市电业局有限公司'), ['市卫健局', '民政局', '北安市发改局', '国网黑龙江北安市电业局有限公司']);
  });
  it('leaves out what other labels in the bracket say (完成时限：…, 牵头领导：…) up to the next units label', () => {
    assert.deepStrictEqual(read('责任单位：县民政局、县财政局；完成时限：2024年12月底前'), ['县民政局', '县财政局']);
    assert.deepStrictEqual(read('牵头领导：张三；牵头部门：县民政局；配合部门：县财政局'), ['县民政局/牵头', '县财政局/配合']);
    assert.deepStrictEqual(read('县民政局、县财政局；完成时间：长期坚持，每年评估'), ['县民政局', '县财政局']);
    assert.deepStrictEqual(read('县委宣传部：县民政局'), ['县委宣传部：县民政局'], 'a unit before a colon is no label');
    assert.deepStrictEqual(read('牵头单位：县民政局\n配合单位：县财政局'), ['县民政局/牵头', '县财政局/配合'], 'a label on the next line');
    assert.deepStrictEqual(read('县民政局、县财政局\n完成时限：2024年底'), ['县民政局', '县财政局']);
  });
  it('reads a role in brackets after a name as that unit\'s alone, and drops notes and marks on who leads', () => {
    assert.deepStrictEqual(read('县民政局（牵头）、县财政局'), ['县民政局/牵头', '县财政局']);
    assert.deepStrictEqual(read('县民政局、县财政局(牵头单位)'), ['县民政局', '县财政局/牵头']);
    assert.deepStrictEqual(read('县民政局、县财政局（列第一位的为牵头单位）'), ['县民政局', '县财政局']);
    assert.deepStrictEqual(read('县民政局*、县财政局'), ['县民政局', '县财政局']);
    assert.deepStrictEqual(read('县民政局、有关部门（单位）'), ['县民政局', '有关部门（单位）'], 'a name that ends in brackets keeps them');
  });
  it('keeps 等有关部门（单位） as the tail of the unit before it', () => {
    assert.deepStrictEqual(read('市民政局、市财政局等有关部门（单位）按职责分工负责。'), ['市民政局/按职责分工负责', '市财政局/按职责分工负责+等有关部门（单位）']);
    assert.deepStrictEqual(read('市卫健局牵头，市妇联、市教科局等相关部门参加。'), ['市卫健局/牵头', '市妇联/参加', '市教科局/参加+等相关部门']);
    assert.deepStrictEqual(read('市人社局\n\n市民政局\n\n市职教中心等'), ['市人社局', '市民政局', '市职教中心+等']);
  });
  it('reads a standalone 有关部门（单位） as an item of its own', () => {
    assert.deepStrictEqual(read('市发改局、市民政局、市卫健局牵头，有关部门（单位） 参加'), ['市发改局/牵头', '市民政局/牵头', '市卫健局/牵头', '有关部门（单位）/参加']);
  });
  it('splits on 和 between two units, never inside 住房和城乡建设局', () => {
    assert.deepStrictEqual(read('市民政局、市卫健局和各乡镇（街道）人民政府负责。'), ['市民政局/负责', '市卫健局/负责', '各乡镇（街道）人民政府/负责']);
    assert.deepStrictEqual(read('县住房和城乡建设局、县人力资源和社会保障局、县文化广电和旅游局、县教育和体育局'), ['县住房和城乡建设局', '县人力资源和社会保障局', '县文化广电和旅游局', '县教育和体育局']);
  });
  it('splits sentences of a cell on 。 (seed 002, row 43)', () => {
    assert.deepStrictEqual(read('市民政局、市卫健局、市发改局按职责分工负责。各乡镇（街道）人民政府配合。'), [
      '市民政局/按职责分工负责', '市卫健局/按职责分工负责', '市发改局/按职责分工负责', '各乡镇（街道）人民政府/配合',
    ]);
  });
  it('keeps an empty item for 、、 and a role-only item after a stray 、', () => {
    const r = splitUnits(cell('市住建局牵头，市财政局、按职责分工负责'));
    assert.deepStrictEqual(r.items.map((u) => [u.name, u.role]), [['市住建局', '牵头'], ['市财政局', '按职责分工负责'], ['', '按职责分工负责']]);
    assert.deepStrictEqual(r.before.map((s) => s?.char), [undefined, '，', '、']);
    assert.deepStrictEqual(read('县民政局、、县财政局'), ['县民政局', '', '县财政局']);
  });
  it('reads one unit per line in a table cell (seed 003)', () => {
    const m = parse(seed('003'));
    const t = m.tables.find((x) => x.title?.text.includes('重大政策清单'))!;
    const r = t.rows.find((x) => x.kind === 'row' && x.seq === 3)!;
    const c = r.cells.find((x) => x.column === t.unitsColumn)!;
    assert.deepStrictEqual(splitUnits(c).items.map((u) => u.name), ['市财政局', '市税务局', '市住建局', '市城管执法局', '国网黑龙江北安市电业局有限公司']);
  });
  it('does not split a name wrapped after 县委 (县委\\n宣传部)', () => {
    assert.deepStrictEqual(read('县民政局、县委\n宣传部'), ['县民政局', '县委宣传部']);
  });
  it('takes over known items only where they agree, range included', () => {
    const m = parse(seed('000'));
    for (const t of m.tasks) {
      const again = splitUnits(t.units, 1, t.units.text.length - 1, t.units.items);
      assert.strictEqual(again.items.length, t.units.items.length);
      again.items.forEach((it, i) => assert.strictEqual(it, t.units.items[i], `task ${t.index} item ${i}`));
    }
    const c = cell('县民政局、县财政局');
    const fresh = splitUnits(c);
    const moved = fresh.items.map((it) => ({ ...it, range: { start: { line: 9, character: 0 }, end: { line: 9, character: 4 } } }));
    const renamed = fresh.items.map((it) => ({ ...it, name: it.name + '甲' }));
    for (const known of [moved, renamed, fresh.items.slice(0, 1)]) {
      const r = splitUnits(c, 0, c.text.length, known);
      assert.deepStrictEqual(r.items, fresh.items);
      r.items.forEach((it, i) => assert.notStrictEqual(it, known[i]));
    }
    splitUnits(c, 0, c.text.length, fresh.items).items.forEach((it, i) => assert.strictEqual(it, fresh.items[i]));
  });
});
