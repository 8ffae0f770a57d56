// The bounded property run inside `npm test` (a fixed seed, so a failure reproduces; FUZZ_SEED
// and FUZZ_RUNS change it). `npm run fuzz` runs the same properties 100,000+ times.
import * as assert from 'assert';
import fc from 'fast-check';
import { analyze } from '../../server/src/core/engine/analyze';
import { RULES } from '../../server/src/core/rules/index';
import type { Rule } from '../../server/src/core/rules/types';
import { assertRangesInside } from '../helpers/invariants';
import { seed } from '../helpers/seeds';
import { pathologicalInputs } from '../../bench/pathological';
import {
  caseText, checkAllFixes, checkFix, checkFixAll, checkRobust, countSentences, editedArb, editsOverlap,
} from './properties';

const SEED = Number(process.env.FUZZ_SEED ?? 20240929);
const RUNS = Number(process.env.FUZZ_RUNS ?? 300);
const params = (numRuns: number): fc.Parameters<unknown> => ({ seed: SEED, numRuns, endOnFailure: true });

describe('property-based fuzzing (bounded)', function () {
  this.timeout(120_000);

  it(`random edits of the seeds: no throw, ranges inside, deterministic (${RUNS} cases)`, () => {
    fc.assert(fc.property(editedArb, (c) => {
      checkRobust(caseText(c));
    }), params(RUNS) as fc.Parameters<[unknown]>);
  });

  it('every quick fix on edited seeds edits only its ranges and removes no department or sentence', () => {
    fc.assert(fc.property(editedArb, (c) => {
      checkAllFixes(caseText(c));
    }), params(Math.ceil(RUNS / 3)) as fc.Parameters<[unknown]>);
  });

  it('fixAll twice equals once, and no two fixes of one pass overlap', () => {
    fc.assert(fc.property(editedArb, (c) => {
      checkFixAll(caseText(c));
    }), params(Math.ceil(RUNS / 6)) as fc.Parameters<[unknown]>);
    for (const p of ['000', '001', '002', '003', '004']) checkFixAll(seed(p));
  });

  // found by npm run fuzz (seed 693085087): a marker broken over two lines (（ at a line's end, 2) on the next) got
  // a renumbering edit placed on the first line, past its end
  it('a marker broken over two lines: its fixes lie inside the document and change its numeral only', () => {
    const text = caseText({ doc: { seed: 0, from: 0, lines: 1, eol: '\n' }, edits: [{ op: 'insert', at: 0, text: '(2)' }, { op: 'replace', at: 0, length: 1, text: '\t序号\n\t重点任务\n\t责任单位\n（\n' }, { op: 'delete', at: 0, length: 5 }] } as never);
    checkRobust(text);
    const first = analyze(text).diagnostics.find((d) => d.code === 'numbering/first')!;
    const edit = (first.data as { fixes: { edits: { range: { start: { line: number; character: number } } ; newText: string }[] }[] }).fixes[0].edits[0];
    assert.deepStrictEqual([edit.range.start, edit.newText], [{ line: 3, character: 0 }, '1']);
  });

  // found by npm run fuzz (seed 705594746): 责任单位： with a stray ） on the next line was read as a units list
  // （“）”, then a 发文字号); the fix of the bracket (） → 」) unread it and so “removed” a department
  it('责任单位： followed by a stray bracket is no units list: no fix removes a department', () => {
    const text = caseText({ doc: { seed: 0, from: 0, lines: 1, eol: '\n' }, edits: [{ op: 'insert', at: 0, text: '；' }, { op: 'insert', at: 0, text: '（二十四）「。责任单位：\r\n）' }] } as never);
    checkRobust(text);
    checkAllFixes(text);
  });

  it('pathological inputs: no throw, no failing check, every range inside', function () {
    this.timeout(300_000);
    for (const p of pathologicalInputs()) {
      const a = analyze(p.text);
      assert.deepStrictEqual(a.failures, [], p.name);
      assertRangesInside(p.text, a.model);
      assertRangesInside(p.text, a.diagnostics);
    }
  });
});

// The properties must be able to fail: checks with bad fixes are caught.
describe('fix-safety properties catch bad fixes', () => {
  const meta = (id: string): Rule['meta'] => ({ id, family: 'structure', severity: 'warning', description: { zh: '测试', en: 'test' }, fixable: true });
  const text = seed('000');

  it('a fix that deletes a department', () => {
    const rule: Rule = {
      meta: meta('structure/test-delete-unit'),
      run: ({ model }) => [{ range: model.tasks[0].units.items[1].range, message: '删除', fixes: [{ title: '删除单位', safe: true, edits: [{ range: model.tasks[0].units.items[1].range, newText: '' }] }] }],
    };
    assert.throws(() => checkAllFixes(text, { rules: [rule] }), /removed the department “县自然资源局” from task 1/);
  });

  it('a fix that renames a department in place is not a removal', () => {
    const rule: Rule = {
      meta: meta('structure/test-rename-unit'),
      run: ({ model }) => [{ range: model.tasks[0].units.items[1].range, message: '改名', fixes: [{ title: '改名', edits: [{ range: model.tasks[0].units.items[1].range, newText: '县自然资源和规划局' }] }] }],
    };
    assert.strictEqual(checkAllFixes(text, { rules: [rule] }), 1);
  });

  it('a fix that joins two sentences', () => {
    const rule: Rule = {
      meta: meta('structure/test-join-sentences'),
      run: ({ model }) => {
        const lines = model.text.split('\n');
        const h = model.headings.find((x) => lines[x.titleRange.end.line][x.titleRange.end.character] === '。')!;
        const end = h.titleRange.end;
        return [{ range: h.titleRange, message: '合并', fixes: [{ title: '句号改逗号', edits: [{ range: { start: end, end: { line: end.line, character: end.character + 1 } }, newText: '，' }] }] }];
      },
    };
    assert.throws(() => checkAllFixes(text, { rules: [rule] }), /removed a sentence/);
  });

  it('a fix whose edit lies outside the document', () => {
    assert.throws(() => checkFix('一、总体要求', { title: '越界', edits: [{ range: { start: { line: 0, character: 4 }, end: { line: 0, character: 9 } }, newText: '' }] }), /character 9 outside line 0/);
    assert.throws(() => checkFix('一、总体要求', { title: '越界', edits: [{ range: { start: { line: 3, character: 0 }, end: { line: 3, character: 0 } }, newText: '。' }] }), /line 3 outside/);
  });

  it('a fix with overlapping edits', () => {
    const r = (a: number, b: number) => ({ start: { line: 0, character: a }, end: { line: 0, character: b } });
    assert.throws(() => checkFix('一、总体要求。', { title: '重叠', edits: [{ range: r(0, 3), newText: 'x' }, { range: r(2, 4), newText: 'y' }] }), /overlapping/);
    assert.ok(editsOverlap({ from: 3, to: 3 }, { from: 3, to: 3 }), 'two insertions at one place');
    assert.ok(editsOverlap({ from: 4, to: 4 }, { from: 3, to: 6 }), 'an insertion inside a replacement');
    assert.ok(!editsOverlap({ from: 0, to: 3 }, { from: 3, to: 6 }), 'ranges that touch');
    assert.ok(!editsOverlap({ from: 3, to: 3 }, { from: 3, to: 6 }), 'an insertion before a replacement');
  });

  it('a safe fix that never converges breaks “fixAll twice equals once”', () => {
    const rule: Rule = {
      meta: meta('structure/test-endless'),
      run: ({ model }) => {
        const end = { line: model.lineCount - 1, character: model.text.length - model.text.lastIndexOf('\n') - 1 };
        return [{ range: { start: end, end }, message: '再加一句', fixes: [{ title: '加句', safe: true, edits: [{ range: { start: end, end }, newText: '再加一句。' }] }] }];
      },
    };
    assert.throws(() => checkFixAll('一、总体要求。', { rules: [rule] }), /twice differs from once/);
  });

  it('sentences are counted as a drafter would', () => {
    assert.strictEqual(countSentences('一、总体要求。加强领导。。\n（一）要求！是否？'), 4);
    assert.strictEqual(countSentences('。。 。'), 0);
  });

  it('the registered checks run in the fuzz (the rule list is not empty)', () => {
    assert.ok(RULES.length >= 2);
  });
});
