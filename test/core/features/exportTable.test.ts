// 导出分工表: the document's own 分工表, or the body tasks when it has none; CSV and Markdown escaping.
import * as assert from 'assert';
import { parse } from '../../../server/src/core/parse/parse';
import { exportDivisionTable, findDivisionTable, tableRows, toCsv, toMarkdown } from '../../../server/src/core/features/exportTable';
import { seed } from '../../helpers/seeds';

describe('export of the 分工表', () => {
  it('seed 002: the 分工表 of 附件1 (not the 2022 task list), 52 rows, wrapped cells keep their line break', () => {
    const m = parse(seed('002'));
    assert.strictEqual(findDivisionTable(m)?.title?.text, '促进养老托育服务健康发展重点任务分工表');
    const t = tableRows(m);
    assert.deepStrictEqual(t.header, ['序号', '任务重点', '责任单位']);
    assert.strictEqual(t.rows.length, 52);
    const r20 = t.rows.find((r) => r.cells[0] === '20')!;
    assert.ok(r20.cells[1].includes('人工智能\n5G等深度应用'), 'the wrapped task cell keeps its break');
  });

  it('seed 004 has no 分工表: the body tasks and their units, the 责任单位： label dropped', () => {
    const t = tableRows(parse(seed('004')));
    assert.strictEqual(t.source, '正文任务');
    assert.strictEqual(t.rows.length, 16);
    assert.deepStrictEqual(t.rows[0].cells, ['1', '整体目标', '市民政局、市卫健局']);
  });

  it('seed 003 has project lists but no 分工表 and no tasks: only the header', () => {
    const r = exportDivisionTable(parse(seed('003')), 'csv');
    assert.strictEqual(r.rows, 0);
    assert.strictEqual(r.content, '\ufeff序号,重点任务,责任单位\r\n');
  });

  it('CSV quotes commas, quotes and line breaks; Markdown escapes pipes and breaks lines with <br>', () => {
    const t = { source: 'x', header: ['序号', '任务', '单位'], rows: [{ section: '一、健全体系', cells: [] }, { cells: ['1', 'a,b "c"', '甲\n乙|丙'] }] };
    assert.strictEqual(toCsv(t), '\ufeff序号,任务,单位\r\n一、健全体系,,\r\n1,"a,b ""c""","甲\n乙|丙"\r\n');
    assert.strictEqual(toMarkdown(t), '| 序号 | 任务 | 单位 |\n| --- | --- | --- |\n| **一、健全体系** |  |  |\n| 1 | a,b "c" | 甲<br>乙\\|丙 |\n');
  });
});
