// A real JSON-RPC client for the language server over stdio: used by the protocol tests and by
// `npm run bench`. It waits for the notifications it needs, never sleeps.
import { spawn, type ChildProcess } from 'child_process';
import * as path from 'path';
import {
  createMessageConnection, StreamMessageReader, StreamMessageWriter,
  type MessageConnection, type PublishDiagnosticsParams,
} from 'vscode-languageserver/node';

export const ROOT = path.join(__dirname, '..', '..');

export interface LogMessage {
  type: number;
  message: string;
}

export interface ServerHandle {
  proc: ChildProcess;
  connection: MessageConnection;
  /** every window/logMessage the server sent */
  logs: LogMessage[];
  /** every window/showMessage the server sent */
  shown: LogMessage[];
  /** every publishDiagnostics the server sent, in order (one handler per method: listen here) */
  published: PublishDiagnosticsParams[];
  /** resolves with the first publishDiagnostics for `uri` that satisfies `accept` */
  diagnostics(uri: string, accept?: (p: PublishDiagnosticsParams) => boolean): Promise<PublishDiagnosticsParams>;
  /** time from spawn to the initialize result, ms */
  initializeMs: number;
  stop(): Promise<void>;
}

export interface StartOptions {
  /** node arguments before `--stdio` (the bundled server by default) */
  args?: string[];
  env?: Record<string, string>;
  initializationOptions?: unknown;
  rootUri?: string | null;
  workspaceFolders?: { uri: string; name: string }[] | null;
}

export async function startServer(options: StartOptions = {}): Promise<ServerHandle> {
  const args = options.args ?? [path.join(ROOT, 'dist', 'server.js')];
  const t0 = performance.now();
  const proc = spawn(process.execPath, [...args, '--stdio'], {
    cwd: ROOT,
    env: { ...process.env, ...options.env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stderr = '';
  proc.stderr!.on('data', (d) => (stderr += d));
  const connection = createMessageConnection(new StreamMessageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!));
  const logs: LogMessage[] = [];
  const shown: LogMessage[] = [];
  const published: PublishDiagnosticsParams[] = [];
  const waiters: { uri: string; accept: (p: PublishDiagnosticsParams) => boolean; resolve: (p: PublishDiagnosticsParams) => void }[] = [];
  connection.onNotification('window/logMessage', (p: LogMessage) => logs.push(p));
  connection.onNotification('window/showMessage', (p: LogMessage) => shown.push(p));
  connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
    published.push(p);
    for (let i = 0; i < waiters.length; i++) {
      const w = waiters[i];
      if (w.uri === p.uri && w.accept(p)) {
        waiters.splice(i, 1);
        w.resolve(p);
        return;
      }
    }
  });
  connection.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => ({})));
  connection.onRequest('client/registerCapability', () => null);
  connection.onRequest('window/showMessageRequest', () => null);
  connection.onRequest('window/workDoneProgress/create', () => null);
  connection.listen();
  const exited = new Promise<void>((resolve) => proc.on('exit', () => resolve()));
  await Promise.race([
    connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: options.rootUri ?? null,
      workspaceFolders: options.workspaceFolders ?? null,
      capabilities: { workspace: { configuration: true }, textDocument: { publishDiagnostics: { versionSupport: true } } },
      initializationOptions: options.initializationOptions,
    }),
    exited.then(() => {
      throw new Error(`server exited during initialize: ${stderr}`);
    }),
  ]);
  const initializeMs = performance.now() - t0;
  await connection.sendNotification('initialized', {});
  return {
    proc,
    connection,
    logs,
    shown,
    published,
    initializeMs,
    diagnostics(uri, accept = () => true) {
      return new Promise((resolve) => waiters.push({ uri, accept, resolve }));
    },
    async stop() {
      try {
        await Promise.race([connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
        await connection.sendNotification('exit');
      } catch {
        // already gone
      }
      await Promise.race([exited, new Promise((r) => setTimeout(r, 2000))]);
      if (proc.exitCode === null) proc.kill();
      connection.dispose();
    },
  };
}

export function openDocument(h: ServerHandle, uri: string, text: string, languageId = 'gongwen', version = 1): Promise<void> {
  return h.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
}

/** Resident set size of a process in bytes (Linux /proc; ps elsewhere). */
export function rssOf(pid: number): number {
  try {
    const status = require('fs').readFileSync(`/proc/${pid}/status`, 'utf8') as string;
    const m = /VmRSS:\s+(\d+)\s+kB/.exec(status);
    if (m) return Number(m[1]) * 1024;
  } catch {
    // not Linux
  }
  const out = require('child_process').execFileSync('ps', ['-o', 'rss=', '-p', String(pid)], { encoding: 'utf8' }) as string;
  return Number(out.trim()) * 1024;
}
