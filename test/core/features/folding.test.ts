// Folding on the real seeds: every heading folds over its section, attachments and tables fold.
import * as assert from 'assert';
import { parse } from '../../../server/src/core/parse/parse';
import { foldingRanges } from '../../../server/src/core/features/folding';
import { SEED_FILES, seed } from '../../helpers/seeds';

const at = (seedText: string) => {
  const f = foldingRanges(parse(seedText));
  return new Map(f.map((r) => [r.startLine + 1, r.endLine + 1]));
};

describe('folding ranges', () => {
  for (const file of SEED_FILES) {
    it(`${file}: one range per start line, each spanning at least two lines, in order`, () => {
      const f = foldingRanges(parse(seed(file.slice(0, 3))));
      for (let i = 0; i < f.length; i++) {
        assert.ok(f[i].endLine > f[i].startLine);
        if (i) assert.ok(f[i].startLine > f[i - 1].startLine);
      }
    });
  }

  it('seed 000: 通知, each heading over its section, the 附件说明, the attachments, the table and its sections', () => {
    const f = at(seed('000'));
    assert.strictEqual(f.get(5), 17, '通知: title to date');
    assert.strictEqual(f.get(34), 72, '三、重点任务 up to its last task');
    assert.strictEqual(f.get(36), 47, '（一）健全服务体系');
    assert.strictEqual(f.get(81), 83, '附件说明');
    assert.strictEqual(f.get(85), 252, '附件1');
    assert.strictEqual(f.get(256), 358, 'the 分工表 from its title');
    assert.strictEqual(f.get(262), 286, 'the table section 一、健全服务体系');
    assert.ok(!f.has(38), 'a one-line task does not fold');
  });

  it('seed 001: a task paragraph that wraps folds; the last heading stops before the 版记', () => {
    const f = at(seed('001'));
    assert.strictEqual(f.get(34), 36, '3. 落实财税支持政策 wraps over two lines');
    assert.strictEqual(f.get(82), 92, '三、保障措施 ends at its last paragraph, before 抄送');
  });

  it('seed 004: the last heading stops before the 附件说明', () => {
    const f = at(seed('004'));
    assert.strictEqual(f.get(107), 109);
    assert.strictEqual(f.get(111), 115);
  });
});
