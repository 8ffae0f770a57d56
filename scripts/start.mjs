#!/usr/bin/env node
// `npm start`: Gongwen as a drafter meets it — VS Code in the browser (code-server) with the extension
// loaded from this checkout and the seeds open, no desktop VS Code needed. Builds, installs the editor
// into .e2e/ when it is missing (scripts/e2e-setup.sh), prints what the checks find in each seed and the
// URL, and serves until Ctrl+C. For a summary without a browser: npm run check -- FILE…
//
// usage: npm start -- [FOLDER] [--port N] [--host ADDR] [--smoke]
//   FOLDER   a folder of your own documents (default: a copy of seeds/ in .e2e/start/seeds)
//   --host   127.0.0.1 by default; any other address (0.0.0.0 to reach it from another machine) gets a password
//   --smoke  open it once in headless chromium, check that seed 004's diagnostics show, save
//            test-results/start.png and exit (used by scripts/e2e-run.mjs)
import { randomBytes } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import {
  E2E_DIR, ROOT, build, cleanup, ensureSetup, launchBrowser, onCleanup, remoteUri, startCodeServer, workbenchUrl,
} from './e2e/lib.mjs';

function parseArgs(argv) {
  const o = { port: 8080, host: '127.0.0.1', smoke: false, folder: undefined };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--port') o.port = Number(argv[++i]);
    else if (a === '--host') o.host = argv[++i];
    else if (a === '--smoke') o.smoke = true;
    else if (a === '-h' || a === '--help') { console.log(fs.readFileSync(new URL(import.meta.url), 'utf8').split('\n').slice(1, 12).join('\n')); process.exit(0); }
    else if (!a.startsWith('-')) o.folder = path.resolve(a);
    else { console.error(`unknown option ${a}`); process.exit(2); }
  }
  if (!Number.isInteger(o.port) || o.port < 0 || o.port > 65535) { console.error('--port needs a number'); process.exit(2); }
  return o;
}

function portFree(port, host) {
  return new Promise((resolve) => {
    const srv = net.createServer().once('error', () => resolve(false)).listen(port, host, () => srv.close(() => resolve(true)));
  });
}

/** The seeds, copied once: a drafter may edit and save them here without touching the repository's test corpus. */
function seedsCopy(dir) {
  fs.mkdirSync(dir, { recursive: true });
  for (const f of fs.readdirSync(path.join(ROOT, 'seeds'))) {
    if (!fs.existsSync(path.join(dir, f))) fs.copyFileSync(path.join(ROOT, 'seeds', f), path.join(dir, f));
  }
  return dir;
}

/** The extension, "installed" as a link to this checkout: code-server loads it like any installed extension. */
function linkExtension(extensionsDir) {
  unlinkExtensions(extensionsDir);
  fs.mkdirSync(extensionsDir, { recursive: true });
  const { publisher, name, version } = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  fs.symlinkSync(ROOT, path.join(extensionsDir, `${publisher}.${name}-${version}`), 'dir');
}

/** Removes the extensions dir without ever following the link into the checkout. */
function unlinkExtensions(extensionsDir) {
  if (!fs.existsSync(extensionsDir)) return;
  for (const f of fs.readdirSync(extensionsDir)) {
    const p = path.join(extensionsDir, f);
    if (fs.lstatSync(p).isSymbolicLink()) fs.unlinkSync(p);
  }
  fs.rmSync(extensionsDir, { recursive: true, force: true });
}

function summary(folder) {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'gongwen'), 'check', '--format', 'json', folder], { encoding: 'utf8' });
  if (r.status !== 0 && r.status !== 1) return [`  (gongwen check: ${r.stderr.trim()})`];
  const names = ['错误 error', '警告 warning', '提示 info'];
  return JSON.parse(r.stdout).map(({ file, diagnostics }) => {
    const n = [1, 2, 3].map((s) => diagnostics.filter((d) => d.severity === s).length);
    const counts = n.map((k, i) => `${k} ${names[i]}`).join(' · ');
    return `  ${path.relative(folder, file) || path.basename(file)}   ${counts}`;
  });
}

async function smoke(server, folder) {
  const { page } = await launchBrowser();
  const seed = fs.readdirSync(folder).find((f) => f.startsWith('004_'));
  await page.goto(workbenchUrl(server, folder, [['openFile', remoteUri(server, path.join(folder, seed))]]));
  await page.locator('#status\\.editor\\.mode', { hasText: /公文|Gongwen/ }).waitFor({ timeout: 60_000 });
  await page.keyboard.press('Control+Shift+M');
  await page.locator('.markers-panel .monaco-list-row', { hasText: '附件说明列出' }).first().waitFor({ timeout: 60_000 });
  fs.mkdirSync(path.join(ROOT, 'test-results'), { recursive: true });
  await page.screenshot({ path: path.join(ROOT, 'test-results', 'start.png') });
  console.log(`npm start smoke test: ${seed} opened as 公文 with its diagnostics in the Problems panel (test-results/start.png)`);
}

const opts = parseArgs(process.argv.slice(2));
try {
  build({ suite: false });
  ensureSetup();
  const base = path.join(E2E_DIR, 'start');
  const folder = opts.folder || seedsCopy(path.join(base, 'seeds'));
  if (!fs.existsSync(folder)) throw new Error(`no such folder: ${folder}`);
  const extensionsDir = path.join(base, 'extensions');
  linkExtension(extensionsDir);
  let port = opts.smoke ? 0 : opts.port;
  if (port && !(await portFree(port, opts.host))) {
    console.log(`port ${port} is in use; taking a free one (choose with npm start -- --port N)`);
    port = 0;
  }
  const loopback = ['127.0.0.1', 'localhost', '::1'].includes(opts.host);
  const password = loopback ? undefined : randomBytes(9).toString('base64url');
  const server = await startCodeServer({ dir: base, folder, extensionsDir, port, host: opts.host, password });
  onCleanup(() => unlinkExtensions(extensionsDir));
  if (opts.smoke) {
    await smoke(server, folder);
  } else {
    const shown = opts.host === '0.0.0.0' ? `http://<this machine's address>:${server.port}/` : `http://${server.authority}/`;
    console.log([
      '',
      'Gongwen 公文 — 在浏览器中打开 / open in a browser:',
      '',
      `    ${shown}`,
      ...(password ? ['', `    密码 password: ${password}`] : []),
      '',
      `VS Code (code-server) with Gongwen loaded from this checkout, on ${folder}:`,
      ...summary(folder),
      '',
      opts.folder ? 'Open a document from the Explorer on the left.'
        : 'Open 004_… from the Explorer to see the squiggles and the Problems panel (Ctrl+Shift+M); 000_… is clean.\n'
        + 'These are copies of seeds/: edit freely. Your own documents: npm start -- /path/to/folder',
      'Ctrl+C stops it.',
      '',
    ].join('\n'));
    await server.exited;
    console.error('code-server stopped; its log: ' + server.logFile);
  }
} catch (e) {
  console.error(`npm start: ${e.message}`);
  process.exitCode = 1;
} finally {
  await cleanup();
}
