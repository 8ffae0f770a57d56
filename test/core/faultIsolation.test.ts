// One check that throws does not stop the others: the engine reports it once, with its id.
import * as assert from 'assert';
import { analyze } from '../../server/src/core/engine/analyze';
import { RULES } from '../../server/src/core/rules/index';
import { faultyRule, FAULTY_RULE_ID } from '../fixtures/faultyRule';
import { seed } from '../helpers/seeds';

describe('fault isolation (core)', () => {
  const text = seed('004');
  const clean = analyze(text);

  it('every other check still reports, first or last in the list', () => {
    assert.ok(clean.diagnostics.some((d) => d.code === 'structure/attachment-missing'), 'seed 004 has findings to lose');
    for (const rules of [[faultyRule, ...RULES], [...RULES, faultyRule]]) {
      const a = analyze(text, { rules });
      assert.deepStrictEqual(a.diagnostics, clean.diagnostics);
      assert.deepStrictEqual(a.failures.map((f) => f.rule), [FAULTY_RULE_ID]);
      assert.match(a.failures[0].message, /故意抛出的测试错误/);
      assert.ok(a.failures[0].stack?.includes('faultyRule'), 'the stack points at the check');
    }
  });

  it('a check turned off is not run, so it cannot fail', () => {
    const a = analyze(text, { rules: [faultyRule, ...RULES], config: { rules: { [FAULTY_RULE_ID]: 'off' }, unitAliases: {}, indicators: [] } });
    assert.deepStrictEqual(a.failures, []);
  });
});
