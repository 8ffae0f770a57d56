// spanPos answers by binary search for spans of many segments (a paragraph wrapped over
// thousands of lines); it must say exactly what the walk over the segments says.
import * as assert from 'assert';
import fc from 'fast-check';
import type { Position, Segment } from '../../server/src/core/model/types';
import { spanPos } from '../../server/src/core/text/span';

function walk(segs: Segment[], off: number): Position {
  let acc = 0;
  for (let i = 0; i < segs.length; i++) {
    const s = segs[i];
    const len = s.end - s.start;
    if (off < acc + len || (off === acc + len && i === segs.length - 1)) return { line: s.line, character: s.start + (off - acc) };
    acc += len;
  }
  const last = segs[segs.length - 1];
  return { line: last.line, character: last.end };
}

describe('spanPos on spans of many segments', () => {
  it('equals the walk over the segments, zero-length segments and offsets past the end included', () => {
    const segments = fc.array(fc.record({ start: fc.integer({ min: 0, max: 5 }), len: fc.integer({ min: 0, max: 4 }) }), { minLength: 17, maxLength: 80 })
      .map((xs) => xs.map((x, i) => ({ line: i * 2, start: x.start, end: x.start + x.len })));
    fc.assert(fc.property(segments, fc.nat({ max: 400 }), (segs, raw) => {
      const total = segs.reduce((s, x) => s + x.end - x.start, 0);
      const off = raw % (total + 3);
      assert.deepStrictEqual(spanPos({ segments: segs }, off), walk(segs, off));
    }), { seed: 11, numRuns: 2000 });
  });

  it('sees segments added after a first question', () => {
    const segs: Segment[] = Array.from({ length: 20 }, (_, i) => ({ line: i, start: 0, end: 2 }));
    assert.deepStrictEqual(spanPos({ segments: segs }, 40), { line: 19, character: 2 });
    segs.push({ line: 20, start: 0, end: 3 });
    assert.deepStrictEqual(spanPos({ segments: segs }, 41), { line: 20, character: 1 });
  });
});
