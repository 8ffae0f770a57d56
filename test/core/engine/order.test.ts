// The engine orders diagnostics at one position by check id as localeCompare would, without the collator.
import * as assert from 'assert';
import { compareCheckIds } from '../../../server/src/core/engine/analyze';
import { RULES } from '../../../server/src/core/rules/index';

describe('engine: check ids ordered without the collator', () => {
  const ids = RULES.map((r) => r.meta.id);

  it('every check id sorts as localeCompare sorts it', () => {
    const byCollator = [...ids].reverse().sort((a, b) => a.localeCompare(b));
    assert.deepStrictEqual([...ids].reverse().sort(compareCheckIds), byCollator);
    for (const a of ids) for (const b of ids) assert.strictEqual(Math.sign(compareCheckIds(a, b)), Math.sign(a.localeCompare(b)), `${a} vs ${b}`);
  });

  it('hyphen, slash, digits and letters order alike in both; an id with other characters goes through the collator', () => {
    // - before / before digits before letters in both orders; an id outside [a-z0-9/-] goes through the collator
    assert.ok(compareCheckIds('units/a-b', 'units/a/b') < 0);
    assert.strictEqual(Math.sign(compareCheckIds('Units/B', 'units/a')), Math.sign('Units/B'.localeCompare('units/a')));
  });
});
