// Hover on indicators as a pure function of (analysis, position), on the seeds.
import * as assert from 'assert';
import { analyze } from '../../../server/src/core/engine/analyze';
import { hover, HOVER_PROVIDERS } from '../../../server/src/core/features/hover';
import { indicatorHover } from '../../../server/src/core/features/hoverIndicators';
import { headingHover } from '../../../server/src/core/features/hoverHeading';
import { findIndicatorMentions } from '../../../server/src/core/indicators/mentions';
import { SEED_FILES, seed } from '../../helpers/seeds';

describe('indicator hover', () => {
  it('comes before the heading hover', () => {
    assert.ok(HOVER_PROVIDERS.indexOf(indicatorHover) >= 0);
    assert.ok(HOVER_PROVIDERS.indexOf(indicatorHover) < HOVER_PROVIDERS.indexOf(headingHover));
  });

  for (const file of SEED_FILES) {
    it(`${file}: every indicator mention, on its phrase and on its values, shows the formula`, () => {
      const analysis = analyze(seed(file.slice(0, 3)));
      const mentions = findIndicatorMentions(analysis.model, analysis.shared);
      let positions = 0;
      for (const m of mentions) {
        const at = [m.range.start, { line: m.range.end.line, character: m.range.end.character - 1 }, ...m.values.map((v) => v.range.start)];
        for (const p of at) {
          const h = hover(analysis, p);
          assert.ok(h, `no hover at ${p.line + 1}:${p.character + 1} (${m.phrase})`);
          assert.ok(h.markdown.includes(m.indicator.formula), `hover at ${p.line + 1}:${p.character + 1} lacks the formula of ${m.indicator.name}`);
          positions++;
        }
      }
      assert.ok(mentions.length > 0 && positions >= mentions.length);
    });
  }

  it('seed 000 line 32: 每千人口4.5个托位数 shows the definition, the national target with its source and what the document states', () => {
    const a = analyze(seed('000'));
    const h = hover(a, { line: 31, character: 172 })!;
    assert.match(h.markdown, /\*\*每千人口拥有3岁以下婴幼儿托位数\*\*/);
    assert.match(h.markdown, /计算公式：3岁以下婴幼儿托位数 ÷ 常住人口（千人）/);
    assert.match(h.markdown, /单位：个\/千人/);
    assert.match(h.markdown, /国家目标：到2025年每千人口拥有3岁以下婴幼儿托位数达到4.5个.*《“十四五”公共服务规划》/);
    assert.match(h.markdown, /- 第32行：2025年 4.5个\n- 第50行：2025年 4.5个/);
  });

  it('seed 000 line 32: on 1449个托位 the hover shows what the numbers imply (no population is stated)', () => {
    const a = analyze(seed('000'));
    const h = hover(a, { line: 31, character: 160 })!;
    assert.match(h.markdown, /\*\*推算\*\*：1449 ÷ 4.5 × 1000 = 322000/);
    assert.match(h.markdown, /文中未写明人口基数.*对应人口约32.2万人/);
  });

  it('seed 004 line 43: on 2608 the computation that checks it', () => {
    const a = analyze(seed('004'));
    const h = hover(a, { line: 42, character: 158 })!;
    assert.match(h.markdown, /\*\*核算不符\*\*：4.5 × 570（千人）= 2565个/);
    assert.match(h.markdown, /文中为2608个/);
  });

  it('seed 003 line 357: on 共25个 the sum of its parts', () => {
    const a = analyze(seed('003'));
    const h = hover(a, { line: 356, character: 7 })!;
    assert.match(h.markdown, /\*\*核算相符\*\*：19 \+ 6 = 25/);
  });

  it('seed 003 line 60: a table row shows the table value with its unit and every other statement', () => {
    const a = analyze(seed('003'));
    const h = hover(a, { line: 59, character: 3 })!;
    assert.match(h.markdown, /\*\*基本养老保险参保率\*\*/);
    assert.match(h.markdown, /- 第53行：2025年 达90%\n- 第60行，表格：2025年 ≥90%/);
  });

  it('no indicator, no indicator hover', () => {
    const a = analyze(seed('000'));
    assert.strictEqual(indicatorHover(a, { line: 23, character: 5 }), undefined);
  });
});
