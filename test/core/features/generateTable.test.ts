// 根据正文生成分工表 on the seeds: create when absent, update in place when present, never drop a row.
import * as assert from 'assert';
import { analyze } from '../../../server/src/core/engine/analyze';
import { generateDivisionTable } from '../../../server/src/core/features/generateTable';
import { matchOf, spellingFixesOf } from '../../../server/src/core/features/unitsContext';
import { applyEdits } from '../../../server/src/core/text/edits';
import { seed } from '../../helpers/seeds';

function generate(text: string) {
  const a = analyze(text);
  const r = generateDivisionTable(a.model, matchOf(a), spellingFixesOf(a));
  return { ...r, text: applyEdits(text, r.edits) };
}

const dataRows = (text: string) => {
  const m = analyze(text).model;
  return m.tables.flatMap((t) => t.rows.filter((r) => r.kind === 'row').map((r) => ({ table: t.title?.text, cells: r.cells.map((c) => c.text) })));
};

describe('根据正文生成分工表', () => {
  it('seed 001 (no 分工表): a new 附件1 with 16 rows in 4 sections, listed in a new 附件说明, before the 版记', () => {
    const r = generate(seed('001'));
    assert.strictEqual(r.created, true);
    // the body's one 城市社区管委 among fifteen 城市社区管委会 (units/near-miss) is not copied into the table
    assert.strictEqual(r.message, '已根据正文 16 项任务生成“崇信县‘十四五’促进养老托育服务健康发展实施方案重点任务分工表”（附件1）。分工表中“城市社区管委”按本文多处的写法作“城市社区管委会”；正文中的写法请一并核改。');
    const m = analyze(r.text).model;
    assert.deepStrictEqual(m.attachmentNote?.items.map((i) => `${i.marker}${i.title}`), ['1.崇信县“十四五”促进养老托育服务健康发展实施方案重点任务分工表']);
    assert.deepStrictEqual(m.attachments.map((a) => a.label), ['附件1']);
    const t = m.tables[0];
    assert.deepStrictEqual(t.header.cells.map((c) => c.text), ['序号', '重点任务', '责任单位']);
    assert.deepStrictEqual(t.rows.filter((x) => x.kind === 'section').map((x) => x.cells[0].text), [
      '一、健全老有所养、幼有所育的政策体系', '二、扩大多方参与、多种方式的服务供给', '三、创建创新融合、包容开放的发展环境', '四、完善依法从严、便利高效的监管服务',
    ]);
    const rows = t.rows.filter((x) => x.kind === 'row');
    assert.strictEqual(rows.length, 16);
    assert.deepStrictEqual(rows[0].cells.map((c) => c.text), ['1', '加强科学规划布局', '县发改局、民政局、卫健局按职责分工负责，各乡镇人民政府、城市社区管委会具体落实']);
    assert.strictEqual(rows[12].cells[2].text, '县工信商务局、教科局、民政局、卫健局、发改局、市场监管局按职责分工负责，各乡镇人民政府、城市社区管委会具体落实');
    assert.ok(m.banji?.copyTo, 'the 版记 is still read as the 版记');
    assert.ok(r.text.indexOf('附件1') < r.text.indexOf('抄送：'));
    // every task now has its row, and running the command again changes nothing
    const m2 = matchOf(analyze(r.text));
    assert.deepStrictEqual(m2.tasksWithoutRow, []);
    assert.deepStrictEqual(generate(r.text).edits, []);
  });

  it('seed 004: the new item follows the 附件说明 as its items are written; the table goes after the last line (政策解读)', () => {
    const r = generate(seed('004'));
    assert.strictEqual(r.created, true);
    const m = analyze(r.text).model;
    assert.deepStrictEqual(m.attachmentNote?.items.map((i) => i.number), [1, 2, 3, 4]);
    assert.ok(r.text.includes('3. 重大要素清单\n\n4.泊头市“一老一小”整体解决方案重点任务分工表\n\n政策解读'));
    assert.ok(r.text.indexOf('政策解读') < r.text.indexOf('附件4'));
    assert.strictEqual(dataRows(r.text).length, 16);
    assert.deepStrictEqual(generate(r.text).edits, [], 'short titles such as “兜底线” are found again');
    const m2 = matchOf(analyze(r.text));
    assert.deepStrictEqual([m2.tasksWithoutRow, m2.rowsWithoutTask], [[], []], 'the units checks pair the generated rows with their tasks, short titles included');
  });

  it('seed 000 (table matches the body): nothing to do', () => {
    const r = generate(seed('000'));
    assert.deepStrictEqual(r.edits, []);
    assert.strictEqual(r.message, '分工表与正文任务一致，无需修改。');
  });

  it('seed 000 with a row deleted and a units cell shortened: the row comes back, the cell is corrected, nothing else moves', () => {
    const original = seed('000');
    const row3 = '\t3\n\t深化公办养老机构改革\n\t县民政局、县市场监督管理局、县发改局、县财政局、县卫生健康局、县委编办\n\n';
    const edited = original.replace(row3, '').replace('\t县民政局、县卫生健康局、县教育和体育局、县医疗保障局\n', '\t县民政局、县卫生健康局\n');
    const r = generate(edited);
    assert.strictEqual(r.updated, 1);
    assert.strictEqual(r.added, 1);
    assert.match(r.message, /按正文更新责任单位 1 行；新增 1 行（“深化公办养老机构改革”）/);
    assert.ok(r.text.includes('\t县民政局、县卫生健康局、县教育和体育局、县医疗保障局\n'));
    assert.ok(r.text.includes('\t7\n\t深化公办养老机构改革\n\t县民政局、县市场监督管理局、县发改局、县财政局、县卫生健康局、县委编办\n\n\t二、创新供给体系'));
    assert.strictEqual(dataRows(r.text).length, 22);
    assert.deepStrictEqual(generate(r.text).edits, []);
  });

  it('a row that traces to no task is kept and reported, never dropped', () => {
    const extra = '\t4\n\t建立健全考核评价机制\n\t县委组织部、县统计局\n\n\t五、保障措施';
    const text = seed('000').replace('\t五、保障措施', extra);
    const before = dataRows(text).length;
    const r = generate(text);
    assert.deepStrictEqual(r.edits, []);
    assert.deepStrictEqual(r.kept.map((k) => k.text), ['建立健全考核评价机制']);
    assert.match(r.message, /另有 1 行在正文中找不到对应任务，已保留未删：第\d+行“建立健全考核评价机制”/);
    assert.strictEqual(dataRows(applyEdits(text, r.edits)).length, before);
  });

  // task 3's bracket in seed 000 with 县卫生健康局 (used 47 times) written 县卫生健局
  const slipped = (text: string) => {
    const bracket = '〔县民政局、县市场监督管理局、县发改局、县财政局、县卫生健康局、县委编办〕';
    assert.ok(text.includes(bracket));
    return text.replace(bracket, bracket.replace('县卫生健康局', '县卫生健局'));
  };

  it('a slip in a task bracket (units/near-miss) is not copied over a correct 分工表 cell', () => {
    const text = slipped(seed('000'));
    assert.ok(analyze(text).diagnostics.some((d) => d.code === 'units/near-miss' && d.message.startsWith('“县卫生健局”疑为“县卫生健康局”')));
    const r = generate(text);
    assert.deepStrictEqual(r.edits, []);
    assert.strictEqual(r.message, '分工表与正文任务一致，无需修改。');
  });

  it('a row generated for a task whose bracket has a slip is written with the document’s spelling, and the drafter is told', () => {
    const row3 = '\t3\n\t深化公办养老机构改革\n\t县民政局、县市场监督管理局、县发改局、县财政局、县卫生健康局、县委编办\n\n';
    const text = slipped(seed('000')).replace(row3, '');
    const r = generate(text);
    assert.strictEqual(r.added, 1);
    assert.ok(r.text.includes('\t深化公办养老机构改革\n\t县民政局、县市场监督管理局、县发改局、县财政局、县卫生健康局、县委编办\n'));
    assert.ok(!r.text.slice(r.text.indexOf('重点任务分工表')).includes('县卫生健局'));
    assert.match(r.message, /分工表中“县卫生健局”按本文多处的写法作“县卫生健康局”；正文中的写法请一并核改。$/);
    assert.strictEqual(r.text.split('县卫生健局').length - 1, 1, 'the body keeps what the drafter wrote');
  });

  it('a document without tasks: nothing generated, and it says why', () => {
    const r = generate(seed('003'));
    assert.deepStrictEqual(r.edits, []);
    assert.strictEqual(r.message, '正文中没有带责任单位的重点任务，无法生成分工表。');
  });
});
