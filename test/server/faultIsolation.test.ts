// Through the protocol: a server whose rule list holds a check that always throws (added by a
// test-only entry point) still publishes every other check's diagnostics and logs the failure
// once, with the rule id, to the output channel.
import * as assert from 'assert';
import * as path from 'path';
import { LspClient, ROOT } from '../helpers/lspClient';
import { analyze } from '../../server/src/core/engine/analyze';
import { FAULTY_RULE_ID } from '../fixtures/faultyRule';
import { seed } from '../helpers/seeds';

describe('fault isolation (language server)', function () {
  this.timeout(60_000);
  let client: LspClient;

  before(async () => {
    ({ client } = await LspClient.start({
      node: ['--require', require.resolve('tsx/cjs'), path.join(ROOT, 'test', 'fixtures', 'faultyServer.ts'), '--stdio'],
      rootUri: null,
    }));
  });
  after(() => client?.stop());

  it('publishes the other checks and logs the failure once', async () => {
    const text = seed('004');
    const uri = 'file:///faulty/004.gw';
    await client.open(uri, text);
    const published = await client.waitForDiagnostics(uri, 1, 30_000);
    const expected = analyze(text).diagnostics.map((d) => `${d.code} ${d.range.start.line}:${d.range.start.character}`);
    assert.ok(expected.length > 0);
    assert.deepStrictEqual(published.map((d) => `${d.code} ${d.range.start.line}:${d.range.start.character}`), expected);
    // two more versions: analysed again, the failure is not logged again
    for (const version of [2, 3]) {
      assert.strictEqual(await client.change(uri, text + '\n'.repeat(version)), version);
      assert.strictEqual((await client.waitForDiagnostics(uri, version)).length, expected.length);
    }
    const errors = client.logs.filter((l) => l.message.includes(FAULTY_RULE_ID));
    assert.strictEqual(errors.length, 1, JSON.stringify(client.logs));
    assert.strictEqual(errors[0].type, 1, 'logged as an error');
    assert.match(errors[0].message, /故意抛出的测试错误/);
  });
});
