// The parser reuses the last parse's work (its line table, its tables) when the next text differs by an
// edit: after any chain of edits, the model must equal the one a parse from nothing gives.
import * as assert from 'assert';
import { parse } from '../../server/src/core/parse/parse';
import { clearMemos } from '../../server/src/core/text/memo';
import { seed } from '../helpers/seeds';

const PIECES = ['的', '\n', '\r\n', '\r', '\t', '\t1', '\n\n', '一、', '（一）', '1.', ' ', '\u3000', '。', '〔县民政局〕', '附件2', '\t序号\n\t重点任务\n\t责任单位\n', '抄送：', '2024年9月29日印发'];

function rng(seedValue: number): () => number {
  let s = seedValue;
  return () => (s = (s * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
}

function edit(text: string, rnd: () => number): string {
  const at = Math.floor(rnd() * (text.length + 1));
  const r = rnd();
  if (r < 0.45) return text.slice(0, at) + PIECES[Math.floor(rnd() * PIECES.length)] + text.slice(at);
  // deletions, now and then across line breaks (joining lines, splitting a \r\n)
  const len = r < 0.9 ? 1 + Math.floor(rnd() * 3) : 1 + Math.floor(rnd() * 200);
  return text.slice(0, at) + text.slice(at + len);
}

describe('parse after an edit equals parse from nothing', () => {
  for (const name of ['000', '001', '002', '003', '004']) {
    it(`seed ${name}: 150 chained edits`, () => {
      const rnd = rng(Number(name) + 7);
      let text = seed(name);
      clearMemos();
      parse(text);
      for (let i = 0; i < 150; i++) {
        text = edit(text, rnd);
        const warm = JSON.stringify(parse(text));
        clearMemos();
        const cold = JSON.stringify(parse(text));
        assert.strictEqual(warm, cold, `edit ${i}`);
        // the next edit starts from the cold parse's state half the time, from a warm one otherwise
        if (rnd() < 0.5) parse(text);
      }
    });
  }
  it('seed 003: edits of one original in turn (two changes between versions, as the benchmark makes them)', () => {
    const rnd = rng(11);
    const original = seed('003');
    clearMemos();
    parse(original);
    for (let i = 0; i < 150; i++) {
      let text = edit(original, rnd);
      if (rnd() < 0.3) text = edit(text, rnd);
      const warm = JSON.stringify(parse(text));
      clearMemos();
      assert.strictEqual(warm, JSON.stringify(parse(text)), `edit ${i}`);
    }
  });
  it('a CR-only text, then the same text with \\r\\n, then \\n', () => {
    const base = seed('000');
    for (const t of [base.replace(/\n/g, '\r'), base.replace(/\n/g, '\r\n'), base, base.replace(/\n/g, '\r'), base.slice(0, 500) + '\r' + base.slice(500)]) {
      const warm = JSON.stringify(parse(t));
      clearMemos();
      assert.strictEqual(warm, JSON.stringify(parse(t)));
    }
  });
});
