// snippets/indicators.json: valid VS Code snippets whose expansions the checks understand.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyze } from '../server/src/core/engine/analyze';
import { findIndicatorMentions } from '../server/src/core/indicators/mentions';

const ROOT = path.join(__dirname, '..');
const FILE = path.join(ROOT, 'snippets', 'indicators.json');

interface Snippet {
  prefix: string | string[];
  body: string | string[];
  description: string;
}

/** Tab stops of a snippet body; throws on a `$` that is neither a tab stop, a variable nor escaped. */
function tabStops(body: string): { stops: number[]; expand: (values: Record<number, string>) => string } {
  const TOKEN = /\\\$|\$(\d+)|\$\{(\d+)\}|\$\{(\d+):([^${}]*)\}|\$\{(\d+)\|([^|$]+)\|\}|\$([A-Z_]+)|\$\{([A-Z_]+)(?::[^}]*)?\}/g;
  const stops: number[] = [];
  let last = 0;
  for (const m of body.matchAll(TOKEN)) {
    assert.ok(!body.slice(last, m.index).includes('$'), `stray $ in “${body}”`);
    const n = m[1] ?? m[2] ?? m[3] ?? m[5];
    if (n !== undefined) stops.push(Number(n));
    last = m.index! + m[0].length;
  }
  assert.ok(!body.slice(last).includes('$'), `stray $ in “${body}”`);
  const expand = (values: Record<number, string>) =>
    body.replace(TOKEN, (all, a, b, c, def, d, choices) => {
      if (all === '\\$') return '$';
      const n = Number(a ?? b ?? c ?? d);
      if (Number.isNaN(n)) return '';
      return values[n] ?? def ?? (choices ? choices.split(',')[0] : '');
    });
  return { stops, expand };
}

const snippets = (): Record<string, Snippet> => JSON.parse(fs.readFileSync(FILE, 'utf8'));
const bodyOf = (s: Snippet) => (Array.isArray(s.body) ? s.body.join('\n') : s.body);

describe('indicator snippets', () => {
  it('are contributed for the gongwen language', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    const entry = pkg.contributes.snippets.find((s: { path: string }) => s.path === './snippets/indicators.json');
    assert.deepStrictEqual(entry, { language: 'gongwen', path: './snippets/indicators.json' });
  });

  it('is valid JSON; every body parses with tab stops numbered 1…n (and $0), no stray $', () => {
    const all = snippets();
    assert.ok(Object.keys(all).length >= 5);
    for (const [name, s] of Object.entries(all)) {
      assert.ok(s.prefix && s.description && s.body, name);
      const { stops } = tabStops(bodyOf(s));
      const numbered = [...new Set(stops.filter((n) => n > 0))].sort((a, b) => a - b);
      assert.deepStrictEqual(numbered, numbered.map((_, i) => i + 1), `${name}: tab stops ${numbered.join(',')}`);
      assert.ok(numbered.length > 0, `${name} has tab stops`);
    }
  });

  it('covers the brief’s sentences: 托位测算, 护理型床位占比, 养老床位总量, 社会工作者配比 and the indicator table', () => {
    const bodies = Object.values(snippets()).map(bodyOf).join('\n');
    assert.ok(bodies.includes('到2025年，全县每千人口拥有3岁以下婴幼儿托位数达到${1:4.5}个，按全县总人口${2}万人测算，应配备托位${3}个。'));
    for (const w of ['护理型床位占比', '养老服务床位总量', '社会工作者', '\t序号\n\t主要指标\n\t2025年目标值\n\t指标属性']) assert.ok(bodies.includes(w), w);
  });

  it('the 托位 sentence, filled in, is checked: 32万人 → 1440 passes, 1500 is an arithmetic error', () => {
    const s = Object.values(snippets()).find((x) => bodyOf(x).includes('应配备托位'))!;
    const { expand } = tabStops(bodyOf(s));
    assert.deepStrictEqual(analyze(expand({ 2: '32', 3: '1440' })).diagnostics, []);
    const bad = analyze(expand({ 2: '32', 3: '1500' })).diagnostics;
    assert.deepStrictEqual(bad.map((d) => d.code), ['indicator/arithmetic']);
  });

  it('every snippet expanded with its defaults states indicators the checks recognise, with no false alarm', () => {
    for (const [name, s] of Object.entries(snippets())) {
      const { expand } = tabStops(bodyOf(s));
      const text = expand({});
      const a = analyze(text);
      assert.ok(findIndicatorMentions(a.model, a.shared).length > 0, `${name}: no indicator recognised in “${text}”`);
      assert.deepStrictEqual(a.diagnostics.filter((d) => d.severity <= 2).map((d) => d.message), [], name);
    }
  });

  it('the table skeleton is read as an indicator table', () => {
    const s = snippets()['指标表'];
    const a = analyze(tabStops(bodyOf(s)).expand({}));
    assert.strictEqual(a.model.tables.length, 1);
    assert.deepStrictEqual(a.model.tables[0].header.cells.map((c) => c.text), ['序号', '主要指标', '2025年目标值', '指标属性']);
    const m = findIndicatorMentions(a.model, a.shared);
    assert.deepStrictEqual(m.map((x) => [x.indicator.id, x.values[0]?.value, x.values[0]?.attribute]), [['childcare-places-per-1000', 4.5, '预期性'], ['nursing-bed-share', 55, '约束性']]);
  });
});
