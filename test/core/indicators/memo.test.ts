// The mentions and sums are kept per paragraph text between analyses: an analysis that finds most
// paragraphs in the memo must say exactly what a first analysis says, for the configuration it runs with.
import * as assert from 'assert';
import { parse } from '../../../server/src/core/parse/parse';
import { defaultConfig, type GongwenConfig } from '../../../server/src/core/config';
import { computationsFor, mentionsFor } from '../../../server/src/core/indicators/context';
import { clearMemos, memoStats } from '../../../server/src/core/text/memo';
import { seed } from '../../helpers/seeds';

function indicatorsOf(text: string, config: GongwenConfig = defaultConfig()): string {
  const ctx = { model: parse(text), config, shared: new Map<string, unknown>() };
  const mentions = mentionsFor(ctx).map((m) => ({ ...m, host: m.host.range, indicator: m.indicator.id }));
  return JSON.stringify([mentions, computationsFor(ctx)]);
}

/** Texts whose mentions and sums were computed rather than remembered. */
const misses = () => memoStats().filter((s) => s.name === 'indicators/mentions' || s.name === 'indicators/short texts').reduce((n, s) => n + s.misses, 0);

const userConfig = (): GongwenConfig => ({
  ...defaultConfig(),
  indicators: [{ name: '养老服务设施覆盖率', formula: '设有设施的社区 ÷ 社区总数 × 100%', unit: '%', phrasings: ['养老服务设施'] }],
});

/**
 * Analyses `text`, then `next` (one text changed, inserted or deleted): the unchanged texts come from the last
 * scan or the memo, so at most one is computed again, and the warm result equals a cold analysis of `next`.
 */
function assertOnlyChangedTextRecomputed(text: string, next: string): void {
  clearMemos();
  indicatorsOf(text);
  const before = misses();
  const warm = indicatorsOf(next);
  assert.ok(misses() - before <= 1, `${misses() - before} texts recomputed`);
  clearMemos();
  assert.strictEqual(warm, indicatorsOf(next));
}

describe('indicator memo', () => {
  afterEach(() => clearMemos());

  for (const id of ['000', '003', '004']) {
    it(`seed ${id}: after a one-character edit, a warm analysis equals a cold one`, () => {
      const text = seed(id);
      const at = text.indexOf('。', text.length >> 1);
      assertOnlyChangedTextRecomputed(text, text.slice(0, at) + '，' + text.slice(at));
    });
  }

  it('a paragraph inserted or deleted: the texts after it are still remembered, and the result is a cold one', () => {
    const text = seed('003');
    const at = text.indexOf('\n', text.length >> 2) + 1;
    const inserted = text.slice(0, at) + '全县新增养老床位200张。\n' + text.slice(at);
    const deleted = text.slice(0, at) + text.slice(text.indexOf('\n', at) + 1);
    for (const next of [inserted, deleted]) assertOnlyChangedTextRecomputed(text, next);
  });

  it('a first reading offers its texts to the memo when the next scan loses its place: two paragraphs deleted at once', () => {
    // the scan follows the last one at most one text ahead: after two deletions every later text is looked up
    const text = seed('003');
    const lines = text.split('\n');
    // two paragraphs of the body, each one line, one after the other, the second followed by more body
    const body = parse(text).paragraphs.filter((p) => p.region === 'body' && p.range.start.line === p.range.end.line);
    const k = body.findIndex((p, i) => i > 10 && body[i + 1]?.range.start.line === p.range.start.line + 1);
    const first = body[k].range.start.line;
    assertOnlyChangedTextRecomputed(text, [...lines.slice(0, first), ...lines.slice(first + 2)].join('\n'));
  });

  /** Analyses each text in turn with warm caches; each result equals a cold analysis of that text. */
  function assertChainWarmEqualsCold(texts: string[]): void {
    clearMemos();
    const warm = texts.map((t) => indicatorsOf(t));
    texts.forEach((t, i) => {
      clearMemos();
      assert.strictEqual(warm[i], indicatorsOf(t), `version ${i}`);
    });
  }

  it('placements handed on from the last version: lines shifted, a table edited or moved, a sum and a rate paragraph unchanged', () => {
    const text = seed('003');
    const table = text.indexOf('\t≥90');
    const beforeTables = text.indexOf('\n', text.indexOf('（一）养老服务体系')) + 1;
    assertChainWarmEqualsCold([
      text,
      // a character typed in a paragraph: nothing moves
      text.replace('全市基本养老服务体系', '全市基本养老的服务体系'),
      // a line added above the indicator tables: every later mention moves one line down
      text.slice(0, beforeTables) + '\n' + text.slice(beforeTables),
      text,
      // a value cell of an indicator table edited, then back
      text.slice(0, table) + '\t≥95' + text.slice(table + 4),
      text,
    ]);
    const s0 = seed('000');
    const at = s0.indexOf('到2025年，全县建立1449个托位');
    // a rate paragraph (每千人口4.5个托位数) with a line inserted above it, and a sum's paragraph edited
    assertChainWarmEqualsCold([s0, s0.slice(0, at) + '\n' + s0.slice(at), s0, s0.replace('共', '共计')]);
  });

  it('a paragraph whose inherited 到20XX年 changes is placed again, not handed on', () => {
    const body = '全县养老机构护理型床位占比达到55%。';
    const a = `一、目标\n到2025年，建立三级网络。\n${body}\n`;
    assertChainWarmEqualsCold([a, a.replace('2025', '2030'), a]);
  });

  it('the 到20XX年 a paragraph inherits is added per analysis, not kept with the paragraph text', () => {
    const body = '全县养老机构护理型床位占比达到55%。';
    clearMemos();
    const a = indicatorsOf(`一、目标\n到2025年，建立三级网络。\n${body}\n`);
    const b = indicatorsOf(`一、目标\n到2030年，建立三级网络。\n${body}\n`);
    assert.match(a, /"year":2025,"yearKind":"target","yearSource":"context"/);
    assert.match(b, /"year":2030,"yearKind":"target","yearSource":"context"/);
  });

  it('a user catalogue and the built-in one do not share remembered mentions', () => {
    const text = '到2025年，城乡社区养老服务设施达到90%。';
    clearMemos();
    const builtin = indicatorsOf(text);
    const user = indicatorsOf(text, userConfig());
    const builtinAgain = indicatorsOf(text);
    assert.ok(user.includes('user:养老服务设施覆盖率'), user);
    assert.ok(!builtin.includes('user:'), builtin);
    assert.strictEqual(builtinAgain, builtin);
    clearMemos();
    assert.strictEqual(indicatorsOf(text, userConfig()), user);
  });
});
