import * as assert from 'assert';
import * as v8 from 'v8';
import * as vm from 'vm';
import { clearMemos, limitMemoCapacity, Memo, memoStats } from '../../../server/src/core/text/memo';

describe('Memo (bounded cache of per-paragraph results)', () => {
  it('computes once per key and answers later lookups from the cache', () => {
    const m = new Memo<number>('test/length', 10);
    let calls = 0;
    const len = (s: string) => (calls++, s.length);
    assert.strictEqual(m.get('一、总体要求', len), 6);
    assert.strictEqual(m.get('一、总体要求', len), 6);
    assert.strictEqual(calls, 1);
    assert.deepStrictEqual([m.hits, m.misses], [1, 1]);
  });

  it('stays within twice its capacity, keeping recently used keys', () => {
    const m = new Memo<string>('test/bounded', 3);
    for (let i = 0; i < 50; i++) m.get('k' + i, (k) => k);
    assert.ok(m.size <= 6, `size ${m.size}`);
    let calls = 0;
    m.get('k49', (k) => (calls++, k));
    assert.strictEqual(calls, 0, 'the newest key is still cached');
    m.get('k0', (k) => (calls++, k));
    assert.strictEqual(calls, 1, 'the oldest key was dropped');
  });

  it('clearMemos forgets every cache (cold runs in the benchmark and the fuzz property)', () => {
    const m = new Memo<string>('test/clear', 10);
    m.get('a', (k) => k);
    clearMemos();
    assert.strictEqual(m.size, 0);
    assert.ok(memoStats().some((s) => s.name === 'test/clear'));
  });

  it('hands compute() a copy of the key equal to it, so cached strings do not keep the document alive', () => {
    const m = new Memo<string>('test/copy', 10);
    const doc = '一、总体要求\n（一）加强组织领导。建立工作专班。〔县民政局、县财政局〕\n';
    const paragraph = doc.slice(7, doc.length - 1);
    let seen = '';
    const v = m.get(paragraph, (k) => (seen = k, k.slice(0, 9)));
    assert.strictEqual(seen, paragraph);
    assert.strictEqual(v, '（一）加强组织领导');
    assert.strictEqual(m.get(paragraph, () => 'recomputed'), v, 'a later lookup with the slice hits the copied key');
  });

  it('limitMemoCapacity caps every cache, as the language server does', () => {
    const m = new Memo<string>('test/ceiling', 1000);
    try {
      limitMemoCapacity(4);
      for (let i = 0; i < 100; i++) m.get('key' + i, (k) => k);
      assert.ok(m.size <= 8, `size ${m.size}`);
    } finally {
      limitMemoCapacity(Infinity);
    }
  });
  it('a key promoted from the previous generation is stored as a copy too, not as the caller\'s slice of its document', () => {
    v8.setFlagsFromString('--expose-gc');
    const gc = vm.runInNewContext('gc') as () => void;
    v8.setFlagsFromString('--no-expose-gc');
    const m = new Memo<number>('test/promote', 2);
    const paragraph = '（一）加强组织领导。建立工作专班。〔县民政局、县财政局〕';
    m.get(paragraph, (k) => k.length);
    m.get('a', () => 1); // fills the generation: the next new key moves the paragraph to the previous one
    m.get('b', () => 2);
    gc();
    const before = process.memoryUsage().heapUsed;
    (() => {
      // a 16 MB document the key is cut from (V8 makes a slice this long a view into it)
      const doc = '县'.repeat(8 * 2 ** 20) + paragraph;
      let calls = 0;
      m.get(doc.slice(doc.length - paragraph.length), () => (calls++, 0));
      assert.strictEqual(calls, 0, 'found in the previous generation');
    })();
    gc();
    const kept = process.memoryUsage().heapUsed - before;
    assert.ok(kept < 4 * 2 ** 20, `the cache keeps ${(kept / 2 ** 20).toFixed(1)} MB after its document is gone`);
  });
});
