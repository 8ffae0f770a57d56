// Bad input gets no throw and no range outside the document.
import * as assert from 'assert';
import { analyze } from '../../server/src/core/engine/analyze';
import { assertRangesInside } from '../helpers/invariants';
import { seed } from '../helpers/seeds';

function check(text: string) {
  const a = analyze(text);
  assert.deepStrictEqual(a.failures, []);
  assertRangesInside(text, a.model);
  assertRangesInside(text, a.diagnostics);
  return a;
}

describe('adversarial input', () => {
  it('empty file', () => {
    const a = check('');
    assert.strictEqual(a.model.lineCount, 1);
    assert.strictEqual(a.diagnostics.length, 0);
  });
  it('only blank lines and full-width spaces', () => {
    check('\n\n\u3000\u3000\n  \t\n\n');
  });
  it('CRLF line ends give the same structure as LF', () => {
    const lf = seed('000');
    const crlf = lf.replace(/\n/g, '\r\n');
    const a = check(crlf).model;
    const b = check(lf).model;
    assert.strictEqual(a.tasks.length, 22);
    assert.deepStrictEqual(a.tasks.map((t) => t.units.range), b.tasks.map((t) => t.units.range));
  });
  it('old Mac CR line ends', () => {
    assert.strictEqual(check(seed('001').replace(/\n/g, '\r')).model.tasks.length, 16);
  });
  it('a BOM does not hide the 发文字号', () => {
    const a = check('\ufeff' + seed('000')).model;
    assert.strictEqual(a.head.docNumber?.text, '宝政办规〔2024〕6号');
    assert.strictEqual(a.head.docNumber?.range.start.character, 1);
    assert.strictEqual(a.tasks.length, 22);
  });
  it('a 2 MB single line', () => {
    const line = '为贯彻落实（县民政局、'.repeat(200_000);
    assert.ok(line.length >= 2_000_000);
    check(line);
    check('一、' + line + '〕');
  });
  it('random bytes decoded as text', () => {
    let s = 0x9e3779b9;
    const rnd = () => ((s = (s * 1103515245 + 12345) >>> 0) / 2 ** 32);
    for (let k = 0; k < 20; k++) {
      const bytes = Buffer.alloc(4000, 0).map(() => Math.floor(rnd() * 256));
      check(new TextDecoder('utf-8').decode(bytes));
      check(new TextDecoder('utf-16le').decode(bytes));
    }
  });
  it('structure-like noise: markers, brackets and labels without content', () => {
    check(['一、', '（', '〔', '附件：', '附件1', '\t', '\t序号', '\t1', '抄送：', '印发', '（一）〕', '1.', '(1)', '2024年99月99日'].join('\n'));
    check('\t\t\t\n\t\n\n\n\t1\n\t\n');
  });
  it('every seed: ranges inside, deterministic', () => {
    for (const p of ['000', '001', '002', '003', '004']) {
      const text = seed(p);
      const a = check(text);
      const b = analyze(text);
      assert.deepStrictEqual(JSON.stringify(a.diagnostics), JSON.stringify(b.diagnostics));
    }
  });
});
