// No network, configuration is data, untrusted workspaces declared: checked on the sources, so a
// change that would break one of them fails here rather than in a review.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.join(__dirname, '..');

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...sources(p));
    else if (/\.ts$/.test(e.name)) out.push(p);
  }
  return out;
}

const FILES = [...sources('server/src'), ...sources('client/src')].map((f) => ({ f, text: fs.readFileSync(path.join(ROOT, f), 'utf8') }));

describe('security', () => {
  it('the extension declares it works in untrusted and virtual workspaces', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    assert.strictEqual(pkg.capabilities?.untrustedWorkspaces?.supported, true);
    assert.strictEqual(pkg.capabilities?.virtualWorkspaces, true);
  });

  it('no source reaches the network', () => {
    assert.ok(FILES.length > 20);
    const network = /from ['"](node:)?(http|https|http2|net|tls|dgram|dns)['"]|require\(['"](node:)?(http|https|http2|net|tls|dgram|dns)['"]\)|\bfetch\(|XMLHttpRequest|WebSocket/;
    for (const { f, text } of FILES) assert.ok(!network.test(text), `${f} reaches the network`);
  });

  it('configuration is data: nothing is evaluated or loaded by a computed name', () => {
    const code = /\beval\(|new Function\(|require\((?!['"])|import\((?!['"])|vm\.run/;
    // the one evaluation allowed, of a constant: V8's gc() taken from a context made while --expose-gc was set
    const allowed: Record<string, string> = { 'server/src/lsp/idleCollect.ts': `vm.runInNewContext('typeof gc === "function" ? gc : undefined')` };
    for (const { f, text } of FILES) {
      const exempt = allowed[f.split(path.sep).join('/')];
      if (exempt) assert.ok(text.includes(exempt), `${f} no longer has its allowed evaluation`);
      assert.ok(!code.test(exempt ? text.split(exempt).join('') : text), `${f} evaluates or loads code by a computed name`);
    }
  });
});
