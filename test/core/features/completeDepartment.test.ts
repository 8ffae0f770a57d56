// Department and role completion inside units brackets and 分工表 units cells.
import * as assert from 'assert';
import { analyze } from '../../../server/src/core/engine/analyze';
import { complete } from '../../../server/src/core/features/completion';
import { unitsSlot } from '../../../server/src/core/features/completeDepartment';
import { seed } from '../../helpers/seeds';
import { plan } from '../../helpers/plan';

/** Completions with the cursor right after `needle` (+ `typed`) on 1-based `line`. */
function labels(prefix: string, line: number, needle: string, typed = '') {
  const lines = seed(prefix).split('\n');
  const l = lines[line - 1];
  const i = l.indexOf(needle) + needle.length;
  assert.ok(i >= needle.length, `line ${line} has no “${needle}”`);
  lines[line - 1] = l.slice(0, i) + typed + l.slice(i);
  const items = complete(analyze(lines.join('\n')), { line: line - 1, character: i + typed.length }, lines[line - 1]);
  return items;
}

describe('department completion', () => {
  it('seed 000, after 〔县民政局、: the document’s departments, most used first, the one already listed left out', () => {
    const items = labels('000', 42, '〔县民政局、');
    const names = items.map((c) => c.label);
    assert.deepStrictEqual(names.slice(0, 3), ['县卫生健康局', '县教育和体育局', '县发改局']);
    assert.ok(!names.includes('县民政局'));
    assert.ok(names.includes('县消防救援大队'));
    assert.strictEqual(items.find((c) => c.label === '县发改局')?.detail, '县发展和改革局');
    assert.deepStrictEqual(items[0].range, { start: { line: 41, character: 175 }, end: { line: 41, character: 175 } });
  });

  it('replaces the part typed since the last 、', () => {
    const items = labels('000', 42, '〔县民政局、', '县财');
    assert.deepStrictEqual(items[0].range, { start: { line: 41, character: 175 }, end: { line: 41, character: 177 } });
  });

  it('right after a complete name: the roles first', () => {
    const items = labels('000', 42, '〔县民政局');
    assert.deepStrictEqual(items.slice(0, 6).map((c) => c.label), ['牵头', '参加', '负责', '配合', '按职责分工负责', '具体落实']);
  });

  it('seed 001 writes 民政局 after 县财政局、: completion offers it that way, with its full name as detail', () => {
    const items = labels('001', 36, '（县财政局、');
    const mz = items.find((c) => c.label === '民政局');
    assert.ok(mz);
    assert.strictEqual(mz.detail, '县民政局');
  });

  it('in a 分工表 units cell (seed 002) and after 责任单位： (seed 004)', () => {
    assert.ok(labels('002', 93, '\t市民政局牵头，').some((c) => c.label === '市卫健局'));
    assert.ok(labels('004', 35, '〔责任单位：').some((c) => c.label === '市民政局'));
  });

  it('in a 配合单位 cell beside 牵头单位', () => {
    const text = plan({ tasks: ['1.统筹规划服务设施建设。〔县民政局牵头，县财政局配合〕'], rows: [['统筹规划服务设施建设', '县民政局', '县财政局']], header: ['重点任务', '牵头单位', '配合单位'] });
    const lines = text.split('\n');
    const line = lines.lastIndexOf('\t县财政局');
    const slot = unitsSlot(analyze(text).model, { line, character: lines[line].length }, lines[line]);
    assert.ok(slot, 'the cursor in the 配合单位 cell is in a units list');
  });

  it('offers standard names the document does not use yet, with its own level (县…), last', () => {
    const items = labels('000', 42, '〔县民政局、');
    const std = items.find((c) => c.label === '县退役军人事务局');
    assert.ok(std, 'a built-in name with 县');
    assert.ok(items.indexOf(std) > items.findIndex((c) => c.label === '县消防救援大队'));
  });

  it('is silent in prose, in a 发文字号 year and in an ordinary parenthesis', () => {
    const doc = analyze('宝政办规〔2024〕6号\n');
    assert.strictEqual(unitsSlot(doc.model, { line: 0, character: 7 }, '宝政办规〔202'), undefined);
    assert.strictEqual(unitsSlot(doc.model, { line: 0, character: 8 }, '各乡（镇'), undefined);
    assert.deepStrictEqual(labels('000', 38, '严格执行国家、'), []);
  });
});
