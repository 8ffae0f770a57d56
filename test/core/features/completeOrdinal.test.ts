// Next-ordinal completion at the start of a new line, on the seeds and on small drafts.
import * as assert from 'assert';
import { analyze } from '../../../server/src/core/engine/analyze';
import { complete } from '../../../server/src/core/features/completion';
import { completeOrdinal, formatMarker } from '../../../server/src/core/features/completeOrdinal';
import { seed } from '../../helpers/seeds';

/** Inserts `typed` as a new line after 1-based `afterLine` and asks for completions at its end. */
function labelsAfter(text: string, afterLine: number, typed: string): string[] {
  const lines = text.split('\n');
  lines.splice(afterLine, 0, typed);
  const doc = lines.join('\n');
  const position = { line: afterLine, character: typed.length };
  return completeOrdinal(analyze(doc), position, typed).map((c) => c.label);
}

describe('next-ordinal completion', () => {
  it('after （三）… typing （ offers （四）; its first child would be 1., not a bracketed ordinal', () => {
    const text = '一、重点任务\n\n（一）健全体系\n\n（二）创新供给\n\n（三）拓展范围。内容。\n';
    assert.deepStrictEqual(labelsAfter(text, 7, '（'), ['（四）']);
    assert.deepStrictEqual(labelsAfter(text, 7, ''), ['（四）', '二、', '1.']);
  });

  it('seed 000: after task 6 under （一）, typing （ offers （二）; typing 7 offers 7.; an empty line offers all', () => {
    const text = seed('000');
    // line 47 is 6.强化政策落地实施; the next line is blank
    assert.deepStrictEqual(labelsAfter(text, 47, '（'), ['（二）', '（1）']);
    assert.deepStrictEqual(labelsAfter(text, 47, '7'), ['7.']);
    assert.deepStrictEqual(labelsAfter(text, 47, ''), ['7.', '（二）', '四、', '（1）']);
    assert.deepStrictEqual(labelsAfter(text, 47, '四'), ['四、']);
  });

  it('seed 001 numbers tasks on across （一）–（四）: a new first item after （二） continues at 7', () => {
    const text = seed('001');
    // line 48 is （二）扩大多方参与…; ask right after it
    assert.deepStrictEqual(labelsAfter(text, 48, ''), ['（三）', '三、', '7.']);
  });

  it('keeps the drafter’s style: half-width parens, 、 after digits, full-width digits', () => {
    assert.strictEqual(formatMarker(2, 4, { parens: 'half', spaceAfter: '' }), '(四)');
    assert.strictEqual(formatMarker(3, 12, { separator: '、', spaceAfter: '' }), '12、');
    assert.strictEqual(formatMarker(4, 2, { parens: 'full', fullWidthDigits: true, spaceAfter: '' }), '（２）');
    assert.strictEqual(formatMarker(1, 24), '二十四、');
    const text = '一、总体要求\n\n(一)目标\n\n';
    assert.deepStrictEqual(labelsAfter(text, 4, '('), ['(二)']);
  });

  it('a new attachment starts afresh at 一、', () => {
    const text = seed('000');
    // line 86 is the title of 附件1, before its 一、组成人员
    assert.deepStrictEqual(labelsAfter(text, 86, ''), ['一、']);
  });

  it('replaces what was typed, from the first non-space character', () => {
    const doc = '一、总体要求\n\n　　（';
    const r = completeOrdinal(analyze(doc), { line: 2, character: 3 }, '　　（');
    assert.deepStrictEqual(r[0].range, { start: { line: 2, character: 2 }, end: { line: 2, character: 3 } });
    assert.strictEqual(r[0].insertText, '（一）');
  });

  it('says nothing inside prose or a table cell, and is wired into complete()', () => {
    assert.deepStrictEqual(labelsAfter('一、总体要求\n', 1, '为贯彻'), []);
    assert.deepStrictEqual(labelsAfter('一、总体要求\n', 1, '\t1'), []);
    const doc = '一、总体要求\n（';
    assert.ok(complete(analyze(doc), { line: 1, character: 1 }, '（').some((c) => c.label === '（一）'));
  });
});
