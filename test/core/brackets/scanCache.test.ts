// The bracket scan is cached per piece of text and shared between versions: pairing a bracket with
// the next paragraph in one document must not take it out of the cached result another document reads.
import * as assert from 'assert';
import { rule } from '../../../server/src/core/rules/brackets/unbalanced';
import { runRule, doc } from '../../helpers/ruleTester';
import { clearMemos } from '../../../server/src/core/text/memo';

const TITLE = '宝清县“一老一小”整体解决方案';
const OPENED = '1.提升养老机构服务水平。坚持公益属性。（县民政局、卫健局、';

describe('bracket scan cache', () => {
  afterEach(() => clearMemos());

  it('a bracket paired across an unjoined wrap in one document is still unclosed in another', () => {
    const joined = doc(TITLE, OPENED, '', '', '', '发改局按职责分工负责）');
    const alone = doc(TITLE, OPENED, '', '', '', '2.优化城乡养老服务布局。');
    assert.deepStrictEqual(runRule(rule, joined).map((f) => f.message), []);
    const warm = runRule(rule, alone).map((f) => f.message);
    clearMemos();
    const cold = runRule(rule, alone).map((f) => f.message);
    assert.strictEqual(cold.length, 1);
    assert.match(cold[0], /“（县民政局、卫健局、”中的“（”在本段中没有对应的“）”/);
    assert.deepStrictEqual(warm, cold);
    // and the first document, analysed again from the cache, still pairs them
    assert.deepStrictEqual(runRule(rule, joined).map((f) => f.message), []);
  });
});
