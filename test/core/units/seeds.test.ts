// What the units checks say about the five real documents, and that their fixes hold.
import * as assert from 'assert';
import { analyze } from '../../../server/src/core/engine/analyze';
import { applyEdits, nonOverlapping } from '../../../server/src/core/text/edits';
import { seed } from '../../helpers/seeds';

function unitsFindings(text: string): string[] {
  return analyze(text)
    .diagnostics.filter((d) => d.code.startsWith('units/'))
    .map((d) => `${d.range.start.line + 1} ${['', 'error', 'warning', 'information'][d.severity]} ${d.code}`);
}

describe('units checks on the seeds', () => {
  it('seed 000 is clean: not even a note', () => {
    assert.deepStrictEqual(unitsFindings(seed('000')), []);
  });
  it('seed 001: the truncated 城市社区管委 and the lone 应急局', () => {
    assert.deepStrictEqual(unitsFindings(seed('001')), ['68 warning units/near-miss', '80 warning units/alias-inconsistent']);
  });
  it('seed 002: slips, a run-together pair, a stray 、, 市教育局 and 市卫健委, one row without body text', () => {
    assert.deepStrictEqual(unitsFindings(seed('002')), [
      '170 warning units/row-without-task',
      '187 warning units/near-miss',
      '191 warning units/near-miss',
      '219 warning units/alias-inconsistent',
      '235 warning units/joined',
      '305 warning units/alias-inconsistent',
      '337 warning units/malformed',
    ]);
  });
  it('seed 003: 市教育局 and 市教体局 once each — a question, not a warning', () => {
    assert.deepStrictEqual(unitsFindings(seed('003')), ['889 information units/alias-inconsistent']);
  });
  it('seed 004: nothing', () => {
    assert.deepStrictEqual(unitsFindings(seed('004')), []);
  });
  for (const s of ['001', '002']) {
    it(`seed ${s}: applying the fixes leaves only what needs the drafter`, () => {
      const text = seed(s);
      const a = analyze(text);
      const fixes = a.diagnostics.filter((d) => d.code.startsWith('units/')).map((d) => d.data?.fixes?.[0]).filter((f): f is NonNullable<typeof f> => !!f);
      const fixed = applyEdits(text, nonOverlapping(fixes, text).flatMap((f) => f.edits));
      assert.notStrictEqual(fixed, text);
      const left = unitsFindings(fixed);
      assert.deepStrictEqual(left, s === '002' ? ['170 warning units/row-without-task'] : []);
    });
  }
});
