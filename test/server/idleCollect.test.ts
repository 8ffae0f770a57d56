// The collection when the server falls quiet: once after a run of analyses, only when the heap has grown,
// never while analyses keep coming; and the server started with the client's node flags does it.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { IdleCollector } from '../../server/src/lsp/idleCollect';
import { DEBUG_MEMORY_REQUEST } from '../../server/src/lsp/debug';
import { SERVER_ENV, SERVER_EXEC_ARGV } from '../../server/src/lsp/launch';
import { LspClient, ROOT } from '../helpers/lspClient';
import { SEED_FILES, SEEDS_DIR } from '../helpers/seeds';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('IdleCollector', () => {
  it('collects once when the analyses stop, not while they keep coming', async () => {
    let calls = 0;
    const c = new IdleCollector(() => calls++, 400, 0);
    for (let i = 0; i < 6; i++) {
      c.busy();
      await sleep(20);
    }
    assert.strictEqual(calls, 0, 'an analysis every 20 ms never leaves 400 ms of quiet');
    await sleep(1000);
    assert.strictEqual(c.collections, 1);
    assert.strictEqual(calls, 2, 'one collection is two gc() calls (the second returns the emptied pages)');
  });

  it('does not collect when the heap has not grown by the threshold since the last collection', async () => {
    let calls = 0;
    const c = new IdleCollector(() => calls++, 10, 1024 * 2 ** 20);
    c.busy();
    await sleep(50);
    assert.strictEqual(calls, 0);
  });
});

describe('the server started with the client\'s node flags collects its heap when quiet', function () {
  this.timeout(60000);
  it('opens every seed twice, falls quiet and has collected', async () => {
    const { client } = await LspClient.start({ node: [...SERVER_EXEC_ARGV, path.join(ROOT, 'dist', 'server.js'), '--stdio'], env: { ...SERVER_ENV }, rootUri: null });
    try {
      // twice each seed, as 20 open documents would: more than the 3 MB of heap growth that makes a collection worth it
      for (let i = 0; i < 2; i++) {
        for (const f of SEED_FILES) {
          const uri = `file:///idle/${i}/${f}`;
          await client.open(uri, fs.readFileSync(path.join(SEEDS_DIR, f), 'utf8') + '\n'.repeat(i));
          await client.waitForDiagnostics(uri);
        }
      }
      await sleep(2500);
      const after = await client.connection.sendRequest<{ idleCollections: number | null; execArgv: string[] }>(DEBUG_MEMORY_REQUEST, {});
      assert.ok(after.execArgv.includes('--expose-gc'));
      assert.ok((after.idleCollections ?? 0) >= 1, `${after.idleCollections} collections`);
    } finally {
      await client.stop();
    }
  });
});
