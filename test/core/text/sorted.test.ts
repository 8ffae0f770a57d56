import * as assert from 'assert';
import { countBelow, holdsSorted } from '../../../server/src/core/text/sorted';

describe('searches in ascending lists', () => {
  const list = [2, 5, 5, 9, 14];
  it('countBelow is the index of the first element at or above the bound, as a linear count gives', () => {
    for (let b = 0; b <= 16; b++) assert.strictEqual(countBelow(list, b), list.filter((x) => x < b).length, `bound ${b}`);
    assert.strictEqual(countBelow([], 3), 0);
    assert.strictEqual(countBelow(Int32Array.from(list), 6), 3);
  });
  it('holdsSorted finds exactly the elements the list holds', () => {
    for (let x = 0; x <= 16; x++) assert.strictEqual(holdsSorted(list, x), list.includes(x), `x ${x}`);
    assert.strictEqual(holdsSorted([], 0), false);
  });
});
