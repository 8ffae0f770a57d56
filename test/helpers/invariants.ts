// Properties every analysis must have, whatever the input: used by adversarial and fuzz tests.
import * as assert from 'assert';
import type { Range } from '../../server/src/core/model/types';
import { splitLines } from '../../server/src/core/text/lines';

/** Walks any value and yields every object that looks like an LSP Range. */
export function* rangesIn(value: unknown, seen = new Set<unknown>()): Generator<Range> {
  if (!value || typeof value !== 'object' || seen.has(value)) return;
  seen.add(value);
  const v = value as Record<string, unknown>;
  if (v.start && v.end && typeof (v.start as Record<string, unknown>).line === 'number' && typeof (v.end as Record<string, unknown>).character === 'number') {
    yield v as unknown as Range;
  }
  for (const k of Object.keys(v)) {
    if (k === 'text') continue;
    yield* rangesIn(v[k], seen);
  }
}

/** Every Range in `value`, by a plain walk (rangesIn's generator is slow on a whole model). */
function collectRanges(value: unknown, out: Range[], seen: Set<unknown>): void {
  if (!value || typeof value !== 'object' || seen.has(value)) return;
  seen.add(value);
  if (Array.isArray(value)) {
    for (const x of value) collectRanges(x, out, seen);
    return;
  }
  const v = value as Record<string, unknown>;
  const s = v.start as Record<string, unknown> | undefined;
  const e = v.end as Record<string, unknown> | undefined;
  if (s && e && typeof s.line === 'number' && typeof e.character === 'number') out.push(v as unknown as Range);
  for (const k in v) if (k !== 'text') collectRanges(v[k], out, seen);
}

export function assertRangesInside(text: string, value: unknown): number {
  const lines = splitLines(text);
  let n = 0;
  const ranges: Range[] = [];
  collectRanges(value, ranges, new Set());
  for (const r of ranges) {
    n++;
    for (const p of [r.start, r.end]) {
      assert.ok(p.line >= 0 && p.line < lines.length, `line ${p.line} outside 0..${lines.length - 1}`);
      assert.ok(p.character >= 0 && p.character <= lines[p.line].text.length, `character ${p.character} outside line ${p.line} (length ${lines[p.line].text.length})`);
    }
    assert.ok(r.start.line < r.end.line || (r.start.line === r.end.line && r.start.character <= r.end.character), `range ends before it starts: ${JSON.stringify(r)}`);
  }
  return n;
}
