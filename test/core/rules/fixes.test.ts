// Every quick fix the checks offer on the seeds, applied and checked again: the finding goes away,
// nothing new at error or warning level appears, and the safe ones together (fixAll) converge.
import * as assert from 'assert';
import { analyze } from '../../../server/src/core/engine/analyze';
import { fixAll } from '../../../server/src/core/features/fixAll';
import { applyEdits } from '../../../server/src/core/text/edits';
import type { Diagnostic } from '../../../server/src/core/rules/types';
import { seed } from '../../helpers/seeds';

const key = (d: Diagnostic) => `${d.code} ${d.message}`;
const where = (d: Diagnostic) => `${d.code} ${d.range.start.line + 1}:${d.range.start.character + 1}`;
const serious = (ds: Diagnostic[]) => new Set(ds.filter((d) => d.severity <= 2).map(where));

describe('quick fixes on the seeds', () => {
  for (const p of ['000', '001', '002', '003', '004']) {
    const text = seed(p);
    const before = analyze(text).diagnostics;
    const fixable = before.filter((d) => d.data?.fixes?.length);

    it(`seed ${p}: each fix removes its finding and adds no error or warning`, () => {
      for (const d of fixable) {
        const fixed = applyEdits(text, d.data!.fixes![0].edits);
        assert.notStrictEqual(fixed, text, `${key(d)}: the fix changes nothing`);
        const after = analyze(fixed).diagnostics;
        assert.ok(!after.some((a) => a.code === d.code && a.range.start.line === d.range.start.line), `${key(d)}: still reported after its fix`);
        const was = serious(before);
        const added = [...serious(after)].filter((k) => !was.has(k));
        assert.deepStrictEqual(added, [], `${key(d)}: the fix introduced new findings`);
      }
    });

    it(`seed ${p}: fixAll applies the safe fixes and a second run changes nothing`, () => {
      const once = fixAll(text);
      const twice = fixAll(once.text);
      assert.strictEqual(twice.text, once.text);
      const left = analyze(once.text).diagnostics.filter((d) => d.data?.fixes?.some((f) => f.safe));
      assert.deepStrictEqual(left.map(key), []);
    });
  }

  it('seed 001: fixAll converts the three bracket defects and the half-width (三), and nothing else', () => {
    const text = seed('001');
    const out = fixAll(text).text;
    const changed = text.split('\n').map((l, i) => [i + 1, l, out.split('\n')[i]] as const).filter(([, a, b]) => a !== b).map(([n]) => n);
    assert.deepStrictEqual(changed, [58, 60, 62, 64]);
    assert.ok(out.split('\n')[61].startsWith('（三）创建创新融合'));
  });
});
