// The collection when the server falls quiet: once after a run of analyses, only when the heap has grown,
// never while analyses keep coming; and the server started with the client's node flags does it.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { exposedGc, IdleCollector } from '../../server/src/lsp/idleCollect';
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

  it('collects after an opened document only when the old generation has grown, once however many are published together', async () => {
    let calls = 0;
    const c = new IdleCollector(() => calls++, 60_000, 0, 0, 0);
    c.opened();
    c.opened();
    c.opened();
    assert.strictEqual(calls, 0, 'not before the diagnostics that were just sent are on their way');
    await new Promise((r) => setImmediate(r));
    assert.strictEqual(calls, 1, 'three documents published in one turn, one collection');
    assert.strictEqual(c.openCollections, 1);
    const never = new IdleCollector(() => calls++, 60_000, 0, 1024 * 2 ** 20);
    never.opened();
    await new Promise((r) => setImmediate(r));
    assert.strictEqual(calls, 1, 'the old generation has not grown by 1 GB');
    const relative = new IdleCollector(() => calls++, 60_000, 0, 0, 100);
    relative.opened();
    await new Promise((r) => setImmediate(r));
    assert.strictEqual(calls, 1, 'nor by 100 times what was in use');
  });

  it('exposedGc: the given gc(), or one made at run time that collects, without giving gc to later contexts', async () => {
    const gc = exposedGc();
    assert.ok(gc, 'a gc() whether or not mocha runs with --expose-gc');
    const ref = ((): WeakRef<object> => new WeakRef({ garbage: new Array(1000).fill(1) }))();
    await new Promise((r) => setImmediate(r)); // a WeakRef's target is kept until the job that made it ends
    gc();
    assert.strictEqual(ref.deref(), undefined, 'the unreachable object was collected');
    if (!process.execArgv.includes('--expose-gc')) {
      assert.strictEqual(require('vm').runInNewContext('typeof gc'), 'undefined', 'the flag was set only to make the function');
    }
  });

  it('does not collect when the heap has not grown by the threshold since the last collection', async () => {
    let calls = 0;
    const c = new IdleCollector(() => calls++, 10, 1024 * 2 ** 20);
    c.busy();
    await sleep(50);
    assert.strictEqual(calls, 0);
  });
});

async function openSeedsTwice(client: LspClient): Promise<void> {
  // twice each seed, as 20 open documents would: more than the 3 MB of heap growth that makes a collection worth it
  for (let i = 0; i < 2; i++) {
    for (const f of SEED_FILES) {
      const uri = `file:///idle/${i}/${f}`;
      await client.open(uri, fs.readFileSync(path.join(SEEDS_DIR, f), 'utf8') + '\n'.repeat(i));
      await client.waitForDiagnostics(uri);
    }
  }
  await sleep(2500);
}

interface Collections {
  idleCollections: number | null;
  openedCollections: number | null;
  execArgv: string[];
}

describe('the server collects its heap after openings and when quiet', function () {
  this.timeout(60000);
  it('started with the client\'s node flags: opens every seed twice, falls quiet and has collected; keystrokes do not collect', async () => {
    const { client } = await LspClient.start({ node: [...SERVER_EXEC_ARGV, path.join(ROOT, 'dist', 'server.js'), '--stdio'], env: { ...SERVER_ENV }, rootUri: null });
    try {
      await openSeedsTwice(client);
      const after = await client.connection.sendRequest<Collections>(DEBUG_MEMORY_REQUEST, {});
      assert.ok(after.execArgv.includes('--expose-gc'));
      assert.ok((after.idleCollections ?? 0) >= 1, `${after.idleCollections} collections`);
      // ten first readings grow the old generation by several MB: collected after some of the openings too
      assert.ok((after.openedCollections ?? 0) >= 1, `${after.openedCollections} collections after openings`);
      // keystrokes never do: their analyses find the paragraphs in the memos, and the drafter waits on them
      const uri = `file:///idle/1/${SEED_FILES[0]}`;
      for (let i = 0; i < 30; i++) {
        const version = await client.edit(uri, [{ range: { start: { line: 3, character: 0 }, end: { line: 3, character: 0 } }, text: '的' }]);
        await client.waitForDiagnostics(uri, version);
      }
      const typed = await client.connection.sendRequest<Collections>(DEBUG_MEMORY_REQUEST, {});
      assert.strictEqual(typed.openedCollections, after.openedCollections);
    } finally {
      await client.stop();
    }
  });

  it('`gongwen lsp` started by another editor, without those flags, makes gc() itself and collects the same way', async () => {
    const { client } = await LspClient.start({ rootUri: null }); // bin/gongwen lsp --stdio, plain node
    try {
      await openSeedsTwice(client);
      const after = await client.connection.sendRequest<Collections>(DEBUG_MEMORY_REQUEST, {});
      assert.ok(!after.execArgv.includes('--expose-gc'), after.execArgv.join(' '));
      assert.ok((after.idleCollections ?? 0) >= 1, `${after.idleCollections} collections`);
      assert.ok((after.openedCollections ?? 0) >= 1, `${after.openedCollections} collections after openings`);
    } finally {
      await client.stop();
    }
  });
});
