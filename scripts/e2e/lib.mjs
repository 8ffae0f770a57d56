// The real editor for the end-to-end runs: code-server (VS Code's server + workbench) on a free loopback
// port with a scratch HOME, driven by Debian's chromium through playwright-core. Everything it starts it
// stops by PID, and every scratch folder goes, whatever happens (see `cleanup`).
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const E2E_DIR = process.env.GONGWEN_E2E_DIR || path.join(ROOT, '.e2e');
export const CODE_SERVER = path.join(E2E_DIR, 'node_modules', '.bin', 'code-server');
export const CHROMIUM = process.env.GONGWEN_CHROMIUM || '/usr/bin/chromium';

// Settings for every run: no start page, no telemetry, no update checks, no trust prompt.
export const SETTINGS = {
  'workbench.startupEditor': 'none',
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'extensions.ignoreRecommendations': true,
  'workbench.enableExperiments': false,
  'workbench.tips.enabled': false,
  'security.workspace.trust.enabled': false,
  'window.restoreWindows': 'none',
  'files.hotExit': 'off',
  'git.openRepositoryInParentFolders': 'never', // npm start's seeds copy sits inside this checkout: no git prompt
  'chat.disableAIFeatures': true,
  'workbench.colorTheme': 'Default Light Modern',
  'workbench.reduceMotion': 'on', // hovers and menus appear at once, not mid-fade in a screenshot
};

const cleanups = [];
/** Registers `fn` to run at exit, on Ctrl+C and on errors, in reverse order; returns an unregister function. */
export function onCleanup(fn) {
  cleanups.push(fn);
  return () => { const i = cleanups.indexOf(fn); if (i >= 0) cleanups.splice(i, 1); };
}
export async function cleanup() {
  while (cleanups.length) {
    const fn = cleanups.pop();
    try { await fn(); } catch (e) { console.error(`[e2e] cleanup: ${e.message}`); }
  }
}
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(sig, () => { console.error(`[e2e] ${sig}: stopping`); cleanup().finally(() => process.exit(130)); });
}

const t0 = Date.now();
export function log(msg) {
  console.log(`[e2e ${((Date.now() - t0) / 1000).toFixed(1).padStart(5)}s] ${msg}`);
}

/** Runs scripts/e2e-setup.sh (a fast no-op when everything is installed). Throws with its message if it cannot install. */
export function ensureSetup() {
  const r = spawnSync('bash', [path.join(ROOT, 'scripts', 'e2e-setup.sh')], { stdio: 'inherit', env: { ...process.env, GONGWEN_E2E_DIR: E2E_DIR } });
  if (r.status !== 0) {
    throw new Error('the e2e editor could not be installed (scripts/e2e-setup.sh failed, see above). '
      + 'It needs the Debian packages chromium, ripgrep and libkrb5-dev (apt-get, as root) and the npm registry.');
  }
}

export function build({ suite = true } = {}) {
  const run = (args) => {
    const r = spawnSync(process.execPath, args, { cwd: ROOT, stdio: 'inherit' });
    if (r.status !== 0) throw new Error(`build failed: node ${args.join(' ')}`);
  };
  run(['esbuild.mjs']);
  if (suite) run([path.join('scripts', 'build-e2e.mjs')]);
}

/** A scratch folder under the OS temp dir, removed at cleanup. */
export function scratch(prefix) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `gongwen-${prefix}-`));
  onCleanup(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** A copy of seeds/ to open as the workspace: the tests edit documents and must never touch the repo's seeds. */
export function seedWorkspace(parent) {
  const ws = path.join(parent, 'seeds');
  fs.mkdirSync(ws, { recursive: true });
  for (const f of fs.readdirSync(path.join(ROOT, 'seeds'))) fs.copyFileSync(path.join(ROOT, 'seeds', f), path.join(ws, f));
  return ws;
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => { const { port } = srv.address(); srv.close(() => resolve(port)); });
  });
}

/**
 * Starts code-server on a free loopback port; resolves once /healthz answers.
 * Returns { port, pid, url, logFile, stop() }; stop() also runs at cleanup.
 */
export async function startCodeServer({ dir, folder, extensionsDir, env = {}, port, quiet = true, host = '127.0.0.1', password }) {
  if (!fs.existsSync(CODE_SERVER)) throw new Error(`code-server is not installed in ${E2E_DIR}; run scripts/e2e-setup.sh`);
  const home = path.join(dir, 'home');
  const data = path.join(dir, 'data');
  const exts = extensionsDir || path.join(dir, 'extensions');
  for (const d of [home, path.join(data, 'User'), exts]) fs.mkdirSync(d, { recursive: true });
  // npm start reuses its profile: keep what the user changed there, add the settings it lacks
  const settings = path.join(data, 'User', 'settings.json');
  if (!fs.existsSync(settings)) {
    fs.writeFileSync(settings, JSON.stringify(SETTINGS, null, 2));
  } else {
    try {
      const mine = JSON.parse(fs.readFileSync(settings, 'utf8'));
      fs.writeFileSync(settings, JSON.stringify({ ...SETTINGS, ...mine }, null, 2));
    } catch { /* settings with comments, written by hand: leave them as they are */ }
  }
  port = port || await freePort();
  const logFile = path.join(dir, 'code-server.log');
  const out = fs.openSync(logFile, 'a');
  // no password on loopback only: anyone who reaches code-server gets the editor and its terminal
  const args = ['--bind-addr', `${host}:${port}`, '--auth', password ? 'password' : 'none', '--disable-telemetry', '--disable-update-check',
    '--disable-workspace-trust', '--disable-getting-started-override', '--user-data-dir', data, '--extensions-dir', exts];
  if (folder) args.push(folder);
  // HOME: code-server writes ~/.config/code-server and ~/.local/share/code-server
  const child = spawn(CODE_SERVER, args, {
    // EXTENSIONS_GALLERY: no marketplace look-ups (this network has none); a closed loopback port fails at once
    env: { ...process.env, PASSWORD: password || '', HOME: home, EXTENSIONS_GALLERY: JSON.stringify({ serviceUrl: 'http://127.0.0.1:9/gallery', itemUrl: 'http://127.0.0.1:9/item' }), XDG_CONFIG_HOME: path.join(home, '.config'), XDG_DATA_HOME: path.join(home, '.local', 'share'), ...env },
    stdio: ['ignore', quiet ? out : 'inherit', quiet ? out : 'inherit'],
    // its own process group, so stopping it also stops its helpers (extension hosts, file watcher, language servers)
    detached: true,
  });
  fs.closeSync(out);
  let exited = false;
  const exitedP = new Promise((resolve) => child.on('exit', (code, sig) => { exited = true; resolve({ code, sig }); }));
  const group = (sig) => { try { process.kill(-child.pid, sig); return true; } catch { return false; } };
  const stop = async () => {
    if (!exited) {
      group('SIGTERM');
      const t = setTimeout(() => { if (!exited) group('SIGKILL'); }, 5000);
      await exitedP;
      clearTimeout(t);
    }
    // helpers that outlive code-server by a moment (the file watcher) go with their group
    for (let i = 0; i < 30 && group(0); i++) await new Promise((r) => setTimeout(r, 100));
    group('SIGKILL');
  };
  onCleanup(stop);
  const url = `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (exited) throw new Error(`code-server exited at start; its log:\n${fs.readFileSync(logFile, 'utf8').slice(-3000)}`);
    try {
      const r = await fetch(`${url}/healthz`);
      if (r.ok) break;
    } catch { /* not listening yet */ }
    if (Date.now() > deadline) throw new Error(`code-server did not answer on ${url}/healthz within 30 s; log: ${logFile}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return { port, pid: child.pid, url, logFile, authority: new URL(url).host, stop, exited: exitedP };
}

/** Installs a .vsix into an extensions dir with code-server's own CLI. */
export function installVsix({ dir, vsix, extensionsDir }) {
  const home = path.join(dir, 'home');
  fs.mkdirSync(home, { recursive: true });
  const r = spawnSync(CODE_SERVER, ['--install-extension', vsix, '--extensions-dir', extensionsDir, '--user-data-dir', path.join(dir, 'data')],
    { encoding: 'utf8', env: { ...process.env, HOME: home } });
  if (r.status !== 0) throw new Error(`code-server --install-extension failed (${r.status}):\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

/** Headless Debian chromium driven by playwright-core (installed in .e2e/, not a dependency of the project). */
export async function launchBrowser({ viewport = { width: 1400, height: 860 } } = {}) {
  const require = createRequire(path.join(E2E_DIR, 'package.json'));
  const { chromium } = require('playwright-core');
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing; run scripts/e2e-setup.sh (Debian package chromium)`);
  const profile = scratch('chromium');
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM, headless: true, viewport, locale: 'zh-CN',
    // without the background-networking flags chromium keeps dialling out, and this network refuses it
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--lang=zh-CN'],
  });
  onCleanup(() => context.close());
  const page = context.pages()[0] || await context.newPage();
  return { context, page };
}

/** The workbench URL that opens `folder`, with optional payload entries ([["openFile", uri]], …). */
export function workbenchUrl(server, folder, payload) {
  let u = `${server.url}/?folder=${encodeURIComponent(folder)}`;
  if (payload) u += `&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  return u;
}

export function remoteUri(server, file) {
  return `vscode-remote://${server.authority}${file}`;
}

/** The capabilities the built language server announces (dist/server.js over stdio): the UI test only
 *  exercises what the server offers, and says what it left out. */
export async function serverCapabilities() {
  const require = createRequire(path.join(ROOT, 'package.json'));
  const rpc = require('vscode-jsonrpc/node');
  const child = spawn(process.execPath, [path.join(ROOT, 'dist', 'server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'ignore'] });
  const conn = rpc.createMessageConnection(new rpc.StreamMessageReader(child.stdout), new rpc.StreamMessageWriter(child.stdin));
  conn.listen();
  try {
    const result = await conn.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {}, workspaceFolders: null });
    return result.capabilities;
  } finally {
    conn.dispose();
    child.kill();
  }
}
