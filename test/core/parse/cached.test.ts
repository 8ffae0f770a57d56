// The parser caches what it reads from a line or a units bracket (matchMarker by its first 16
// characters, a units bracket by its content and line breaks). A cached reading must give the model a
// cold parse gives, wherever the same text appears again.
import * as assert from 'assert';
import { parse } from '../../../server/src/core/parse/parse';
import { clearMemos } from '../../../server/src/core/text/memo';

function cold(text: string) {
  clearMemos();
  return JSON.stringify(parse(text));
}

describe('parser caches', () => {
  it('a units bracket read once is rebased to every task that closes with it, in any paragraph and position', () => {
    const text = [
      '一、重点任务',
      '',
      '（一）加强组织领导。统筹推进养老托育工作。（县民政局、县财政局按职责分工负责）',
      '',
      '（二）完善政策。制定配套措施。（县民政局、县财政局按职责分工负责）',
      '',
      '（三）强化保障。各乡镇人民政府要切实履行属地责任，落实工作措施。（县民政局、',
      '县财政局按职责分工负责）',
    ].join('\n');
    const m = parse(text);
    assert.strictEqual(m.tasks.length, 3);
    const [a, b, c] = m.tasks.map((t) => t.units);
    // same content, different places: each item's range points at its own paragraph's characters
    assert.deepStrictEqual(a.items.map((i) => [i.name, i.role, i.range.start.line]), [['县民政局', '按职责分工负责', 2], ['县财政局', '按职责分工负责', 2]]);
    assert.deepStrictEqual(b.items.map((i) => [i.name, i.range.start.line, i.range.start.character]), [['县民政局', 4, 16], ['县财政局', 4, 21]]);
    // hard-wrapped after 、: the second unit starts on the next line
    assert.deepStrictEqual(c.items.map((i) => [i.name, i.range.start.line]), [['县民政局', 6], ['县财政局', 7]]);
    // every range holds its name in the document
    const lines = text.split('\n');
    for (const u of [a, b, c]) {
      for (const i of u.items) assert.strictEqual(lines[i.range.start.line].slice(i.range.start.character, i.range.end.character), i.name);
      assert.strictEqual(lines[u.range.start.line][u.range.start.character], '（');
    }
    assert.strictEqual(JSON.stringify(m), cold(text));
  });

  it('a line break inside the brackets is part of the key: wrapped after a unit it separates, unwrapped it does not', () => {
    // 县委\n宣传部 wraps inside one name; 县民政局\n县财政局 lists two (units/split reads the break)
    const one = '1.加强宣传。做好宣传工作。（县民政局县财政局）';
    const two = '1.加强宣传。做好宣传工作。（县民政局\n县财政局）';
    const a = parse(one).tasks[0]?.units;
    const b = parse(two).tasks[0]?.units;
    assert.ok(a && b);
    assert.deepStrictEqual(a.items.map((i) => i.name), ['县民政局县财政局']);
    assert.deepStrictEqual(b.items.map((i) => i.name), ['县民政局', '县财政局']);
    assert.strictEqual(JSON.stringify(parse(two)), cold(two));
    assert.strictEqual(JSON.stringify(parse(one)), cold(one));
  });

  it('a marker read once gives every heading with the same first characters its own ranges', () => {
    const text = ['一、总体要求', '', '（一）加强领导。', '', '二、总体要求', '', '（一）加强领导。'].join('\n');
    const m = parse(text);
    assert.deepStrictEqual(m.headings.map((h) => [h.marker, h.markerRange.start.line, h.parent]), [['一、', 0, -1], ['（一）', 2, 0], ['二、', 4, -1], ['（一）', 6, 2]]);
    assert.strictEqual(JSON.stringify(m), cold(text));
  });

  it('一． read as a heading before a title is not the reading of 一． before a number or a mark: the title’s first character is part of the key', () => {
    const text = ['一．总体要求', '', '一．5个百分点。', '', '二．重点任务', '', '二．，', '', '二．', '', '三．保障措施'].join('\n');
    const m = parse(text);
    assert.deepStrictEqual(m.headings.map((h) => [h.marker, h.line]), [['一．', 0], ['二．', 4], ['三．', 10]]);
    assert.strictEqual(JSON.stringify(m), cold(text));
    for (const t of ['一．5个百分点。', '一．总体要求']) assert.strictEqual(JSON.stringify(parse(t)), cold(t), t);
  });
});
