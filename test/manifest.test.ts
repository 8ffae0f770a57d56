// The extension manifest: every %key% resolves in both language files, the palette commands have
// Chinese titles, and what the client contributes matches what the server serves.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.join(__dirname, '..');
const read = (f: string) => JSON.parse(fs.readFileSync(path.join(ROOT, f), 'utf8'));

/** Keys that appear twice in one JSON object (a merge can leave them; JSON.parse silently keeps the last). */
function duplicateKeys(text: string): string[] {
  const dups: string[] = [];
  const stack: Set<string>[] = [];
  const re = /"((?:[^"\\]|\\.)*)"\s*:|[{}]/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0] === '{') stack.push(new Set());
    else if (m[0] === '}') stack.pop();
    else {
      const top = stack[stack.length - 1];
      if (top.has(m[1])) dups.push(m[1]);
      top.add(m[1]);
    }
  }
  return dups;
}

describe('package.json contributions', () => {
  const pkg = read('package.json');
  const en = read('package.nls.json');
  const zh = read('package.nls.zh-cn.json');

  it('has no key twice in one object', () => {
    assert.deepStrictEqual(duplicateKeys(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')), []);
    assert.deepStrictEqual(duplicateKeys('{"a": {"b": 1, "b": 2}}'), ['b'], 'the detector works');
  });

  it('snippet prefixes are unique across every gongwen snippet file', () => {
    const files = pkg.contributes.snippets.filter((s: { language: string }) => s.language === 'gongwen').map((s: { path: string }) => s.path);
    assert.ok(files.includes('./snippets/gongwen.json'));
    const prefixes = files.flatMap((f: string) => Object.values(read(f) as Record<string, { prefix: string | string[] }>).flatMap((x) => ([] as string[]).concat(x.prefix)));
    assert.strictEqual(new Set(prefixes).size, prefixes.length);
  });

  it('every %key% has an English and a Chinese text', () => {
    const keys = [...JSON.stringify(pkg.contributes).matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]);
    assert.ok(keys.length >= 8);
    for (const k of keys) {
      assert.ok(en[k], `package.nls.json lacks ${k}`);
      assert.ok(zh[k], `package.nls.zh-cn.json lacks ${k}`);
      assert.match(zh[k], /[\u4e00-\u9fff]/, `${k} in Chinese`);
    }
    assert.deepStrictEqual(Object.keys(en).sort(), Object.keys(zh).sort(), 'the two files have the same keys');
  });

  it('the four settings, each described', () => {
    const props = pkg.contributes.configuration.properties;
    assert.deepStrictEqual(Object.keys(props).sort(), ['gongwen.autoDetect', 'gongwen.rules', 'gongwen.trace.server', 'gongwen.units.aliases']);
    for (const p of Object.values(props) as { markdownDescription?: string; description?: string }[]) assert.ok(p.markdownDescription ?? p.description);
  });

  it('the palette commands have Chinese titles', () => {
    const titles = Object.fromEntries(pkg.contributes.commands.map((c: { command: string; title: string }) => [c.command, zh[c.title.replace(/%/g, '')]]));
    assert.deepStrictEqual(titles, {
      'gongwen.renumber': '重新编号',
      'gongwen.generateDivisionTable': '根据正文生成分工表',
      'gongwen.exportDivisionTable': '导出分工表',
    });
  });

  it('the language has its configuration and grammar; snippet files are a list', () => {
    const lang = pkg.contributes.languages.find((l: { id: string }) => l.id === 'gongwen');
    assert.strictEqual(lang.configuration, './language-configuration.json');
    const conf = read('language-configuration.json');
    for (const pair of [['（', '）'], ['〔', '〕'], ['《', '》'], ['“', '”'], ['【', '】']]) {
      assert.ok(conf.brackets.some((b: string[]) => b[0] === pair[0] && b[1] === pair[1]), `bracket ${pair.join('')}`);
      assert.ok(conf.autoClosingPairs.some((b: { open: string; close: string }) => b.open === pair[0] && b.close === pair[1]), `auto-closing ${pair.join('')}`);
      assert.ok(conf.surroundingPairs.some((b: string[]) => b[0] === pair[0] && b[1] === pair[1]), `surrounding ${pair.join('')}`);
    }
    assert.ok(Array.isArray(pkg.contributes.snippets));
    assert.ok(pkg.contributes.grammars.some((g: { scopeName: string }) => g.scopeName === 'text.gongwen'));
  });
});
