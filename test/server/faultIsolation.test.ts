// Through the protocol: a server whose rule list holds a check that always throws (added by a
// test-only entry point) still publishes every other check's diagnostics and logs the failure
// once, with the rule id, to the output channel.
import * as assert from 'assert';
import * as path from 'path';
import { openDocument, startServer, ROOT, type ServerHandle } from '../helpers/lspClient';
import { analyze } from '../../server/src/core/engine/analyze';
import { FAULTY_RULE_ID } from '../fixtures/faultyRule';
import { seed } from '../helpers/seeds';

describe('fault isolation (language server)', function () {
  this.timeout(60_000);
  let h: ServerHandle;

  before(async () => {
    h = await startServer({
      args: ['--require', require.resolve('tsx/cjs'), path.join(ROOT, 'test', 'fixtures', 'faultyServer.ts')],
      env: { GONGWEN_DEBOUNCE_MS: '0' },
    });
  });
  after(() => h?.stop());

  it('publishes the other checks and logs the failure once', async () => {
    const text = seed('004');
    const uri = 'file:///faulty/004.gw';
    const first = h.diagnostics(uri);
    await openDocument(h, uri, text);
    const published = await first;
    const expected = analyze(text).diagnostics.map((d) => `${d.code} ${d.range.start.line}:${d.range.start.character}`);
    assert.ok(expected.length > 0);
    assert.deepStrictEqual(published.diagnostics.map((d) => `${d.code} ${d.range.start.line}:${d.range.start.character}`), expected);
    // two more versions: analysed again, the failure is not logged again
    for (const version of [2, 3]) {
      const next = h.diagnostics(uri, (p) => p.version === version);
      await h.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text: text + '\n'.repeat(version) }] });
      assert.strictEqual((await next).diagnostics.length, expected.length);
    }
    const errors = h.logs.filter((l) => l.message.includes(FAULTY_RULE_ID));
    assert.strictEqual(errors.length, 1, JSON.stringify(h.logs));
    assert.strictEqual(errors[0].type, 1, 'logged as an error');
    assert.match(errors[0].message, /故意抛出的测试错误/);
  });
});
