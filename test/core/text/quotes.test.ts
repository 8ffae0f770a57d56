import * as assert from 'assert';
import { nestQuotes } from '../../../server/src/core/text/quotes';

describe('nestQuotes: quotes inside quotes in messages', () => {
  it('a quoted title that has quotes of its own: the inner pair becomes ‘’', () => {
    assert.strictEqual(
      nestQuotes('已根据正文 16 项任务生成“崇信县“十四五”促进养老托育服务健康发展实施方案重点任务分工表”（附件1）。'),
      '已根据正文 16 项任务生成“崇信县‘十四五’促进养老托育服务健康发展实施方案重点任务分工表”（附件1）。',
    );
  });

  it('levels alternate: “…‘…“…”…’…”', () => {
    assert.strictEqual(nestQuotes('“甲“乙“丙”乙”甲”与“丁”'), '“甲‘乙“丙”乙’甲”与“丁”');
  });

  it('messages without nesting are returned as they are (the same string)', () => {
    const m = '序号重复：“三、”已在第120行使用，此处应为“四、”';
    assert.strictEqual(nestQuotes(m), m);
    assert.strictEqual(nestQuotes('没有引号'), '没有引号');
  });

  it('a message that quotes an unpaired quote mark, or does not pair up, is left alone', () => {
    for (const m of [
      '引号不成对：“他说“你好”中的“““在本段中没有对应的“””。',
      '“““在第3行没有对应的“””',
      '“推进“十四五”规划',
      '规划”中的“”',
    ]) assert.strictEqual(nestQuotes(m), m, m);
  });

  it('a quote mark quoted on its own beside a nested title is kept as the literal it is', () => {
    assert.strictEqual(nestQuotes('“”” 多余：“推进“十四五”规划”'), '“”” 多余：“推进‘十四五’规划”');
  });
});
