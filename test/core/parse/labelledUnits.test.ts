// A task's units on lines of their own after its text, without a bracket (责任单位：…, or 牵头单位：… and
// 配合单位：… on consecutive lines): read as the task's units list, compared with the 分工表 like a bracket.
import * as assert from 'assert';
import { parse } from '../../../server/src/core/parse/parse';
import { analyze } from '../../../server/src/core/engine/analyze';
import type { DocumentModel, Range } from '../../../server/src/core/model/types';
import { plan } from '../../helpers/plan';
import { unitsText } from '../../../server/src/core/features/generateTable';

function textAt(m: DocumentModel, r: Range): string {
  const lines = m.text.split('\n');
  return r.start.line === r.end.line ? lines[r.start.line].slice(r.start.character, r.end.character) : `${lines[r.start.line].slice(r.start.character)}⏎${lines[r.end.line].slice(0, r.end.character)}`;
}

const units = (m: DocumentModel) => m.tasks.map((t) => [t.title, t.units.items.map((u) => (u.role ? `${u.name}(${u.role})` : u.name))]);

describe('units on lines of their own after a task', () => {
  it('reads 责任单位：… on the line after the task as its units, with the items\' ranges on that line', () => {
    const m = parse(plan({ tasks: ['（一）统筹规划服务设施建设。严格执行建设标准。\n　　责任单位：县民政局、县财政局。'] }));
    assert.deepStrictEqual(units(m), [['统筹规划服务设施建设', ['县民政局', '县财政局']]]);
    const list = m.tasks[0].units;
    assert.deepStrictEqual([list.open, list.close, list.label, list.content], ['', '', '责任单位', '责任单位：县民政局、县财政局']);
    assert.strictEqual(textAt(m, list.items[1].range), '县财政局');
    assert.strictEqual(textAt(m, list.range), '责任单位：县民政局、县财政局');
    assert.strictEqual(m.tasks[0].paragraph, m.paragraphs.findIndex((p) => p.text.includes('责任单位')));
  });

  it('reads 牵头单位：… and 配合单位：… on consecutive lines (a blank line between them too) as one list with the parts', () => {
    for (const gap of ['\n', '\n\n']) {
      const m = parse(plan({ tasks: [`1.优化城乡养老服务布局。加快拓展服务供给。\n牵头单位：县卫健局${gap}配合单位：县民政局、县医保局`, '2.加强组织领导。〔县委组织部〕'] }));
      assert.deepStrictEqual(units(m), [['优化城乡养老服务布局', ['县卫健局(牵头)', '县民政局(配合)', '县医保局(配合)']], ['加强组织领导', ['县委组织部']]], JSON.stringify(gap));
      assert.strictEqual(textAt(m, m.tasks[0].units.items[2].range), '县医保局');
    }
  });

  it('reads a label that starts the task paragraph\'s last sentence (…严格执行建设标准。责任单位：…。), and the lines after it', () => {
    assert.deepStrictEqual(units(parse(plan({ tasks: ['1.统筹规划服务设施建设。严格执行建设标准。责任单位：县民政局、县财政局。'] }))), [['统筹规划服务设施建设', ['县民政局', '县财政局']]]);
    const m = parse(plan({ tasks: ['（一）统筹规划服务设施建设。严格执行建设标准。牵头单位：县民政局\n配合单位：县财政局'] }));
    assert.deepStrictEqual(units(m), [['统筹规划服务设施建设', ['县民政局(牵头)', '县财政局(配合)']]]);
    assert.strictEqual(textAt(m, m.tasks[0].units.items[0].range), '县民政局');
    // a label inside the text, or after a comma, is no units list of the task
    assert.deepStrictEqual(units(parse(plan({ tasks: ['1.统筹规划服务设施建设。由责任单位：县民政局统筹，严格执行。'] }))), []);
    assert.deepStrictEqual(units(parse(plan({ tasks: ['1.统筹规划服务设施建设。严格执行建设标准，责任单位：县民政局。'] }))), []);
  });

  it('reads none where the lines name no units, the task has its bracket already, or no heading is in force', () => {
    assert.deepStrictEqual(units(parse(plan({ tasks: ['（一）加强组织领导。建立工作机制。\n完成时限：2024年底'] }))), [], '完成时限 is no units label');
    assert.deepStrictEqual(units(parse(plan({ tasks: ['（一）加强组织领导。〔县委组织部〕\n责任单位：县委组织部、县民政局'] }))), [['加强组织领导', ['县委组织部']]], 'the bracket is the task\'s');
    const noHeading = parse(['宝清县“一老一小”整体解决方案', '', '各部门要按照分工抓好落实。', '责任单位：县民政局'].join('\n'));
    assert.deepStrictEqual(units(noHeading), [], 'a label under no heading names no task');
  });

  it('compares the list with the 分工表 row: a unit only in the body is an error, the parts too', () => {
    const text = plan({
      tasks: ['（一）统筹规划服务设施建设。严格执行建设标准。\n责任单位：县民政局、县财政局', '（二）优化城乡养老服务布局。加快拓展服务供给。\n牵头单位：县卫健局\n配合单位：县民政局'],
      rows: [['统筹规划服务设施建设', '县民政局'], ['优化城乡养老服务布局', '县民政局牵头，县卫健局配合']],
    });
    const d = analyze(text).diagnostics.filter((x) => x.code.startsWith('units/'));
    assert.deepStrictEqual(d.map((x) => [x.code, x.severity]), [['units/table-mismatch', 1], ['units/role-mismatch', 2]]);
    assert.match(d[0].message, /仅正文有“县财政局”/);
    assert.strictEqual(d[0].range.start.line, text.split('\n').findIndex((l) => l.startsWith('责任单位')));
  });

  it('a generated 分工表 cell keeps the lines apart: 县卫健局；配合单位：县民政局', () => {
    const m = parse(plan({ tasks: ['1.优化城乡养老服务布局。\n牵头单位：县卫健局\n配合单位：县民政局、县医保局'] }));
    assert.strictEqual(unitsText(m.tasks[0]), '县卫健局；配合单位：县民政局、县医保局');
  });
});
