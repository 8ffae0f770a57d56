// The one real LSP client of the project: the protocol tests (test/server), the fault-isolation test and
// `npm run bench` drive the language server through it. It starts a server process (`node bin/gongwen lsp
// --stdio` by default, or any node command line), talks JSON-RPC to it through vscode-languageserver-protocol,
// keeps a copy of every open document (server edits and incremental changes are applied to it, as an editor
// would), answers the server's requests (configuration, applyEdit, showDocument) and waits for diagnostics
// instead of sleeping.
import { spawn, type ChildProcess } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import {
  createProtocolConnection, StreamMessageReader, StreamMessageWriter,
  type ProtocolConnection,
} from 'vscode-languageserver-protocol/node';
import {
  ApplyWorkspaceEditRequest, ConfigurationRequest, DidChangeTextDocumentNotification, DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification, ExitNotification, InitializeRequest, InitializedNotification, LogMessageNotification,
  PublishDiagnosticsNotification, RegistrationRequest, ShowDocumentRequest, ShowMessageNotification, ShowMessageRequest,
  ShutdownRequest, WorkDoneProgressCreateRequest,
  type ClientCapabilities, type Diagnostic, type InitializeResult, type TextDocumentContentChangeEvent, type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';

export const ROOT = path.join(__dirname, '..', '..');
export const GONGWEN_BIN = path.join(ROOT, 'bin', 'gongwen');

export const CLIENT_CAPABILITIES: ClientCapabilities = {
  workspace: { configuration: true, applyEdit: true, workspaceEdit: { documentChanges: true } },
  window: { showDocument: { support: true }, workDoneProgress: true },
  textDocument: {
    publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
    hover: { contentFormat: ['markdown', 'plaintext'] },
    definition: { linkSupport: true },
    completion: { completionItem: { snippetSupport: true } },
    documentSymbol: { hierarchicalDocumentSymbolSupport: true },
    codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } }, dataSupport: true },
    rename: { prepareSupport: true },
    foldingRange: { lineFoldingOnly: true },
  },
};

export function fileUri(p: string): string {
  return pathToFileURL(p).toString();
}

export interface Published {
  version?: number;
  diagnostics: Diagnostic[];
}

export interface Message {
  type: number;
  message: string;
}

export interface StartOptions {
  /** the node command line after the executable; `bin/gongwen lsp --stdio` by default */
  node?: string[];
  /** added to the environment; `undefined` removes a variable. GONGWEN_DEBOUNCE_MS is 0 unless given here. */
  env?: Record<string, string | undefined>;
  /** what the client answers to workspace/configuration for the `gongwen` section */
  settings?: Record<string, unknown>;
  capabilities?: ClientCapabilities;
  initializationOptions?: unknown;
  rootUri?: string | null;
}

type Waiter = { uri: string; test: (p: Published) => boolean; resolve: (p: Published) => void };

/** Every server started here; a failing test must not leave one running (mocha would never exit). */
const running = new Set<ChildProcess>();
const killAll = () => {
  for (const p of running) p.kill();
};
process.on('exit', killAll);
// under mocha: a root-level hook, run once every suite is done
if (typeof after === 'function') after(killAll);

export class LspClient {
  /** the latest diagnostics published for each document */
  readonly published = new Map<string, Published>();
  /** how many publishDiagnostics arrived, for every document together */
  publishCount = 0;
  /** window/showMessage and window/showMessageRequest */
  readonly messages: Message[] = [];
  /** window/logMessage (what the output channel shows) */
  readonly logs: Message[] = [];
  readonly shownDocuments: { uri: string; selection?: unknown }[] = [];
  readonly appliedEdits: { label?: string; edit: WorkspaceEdit }[] = [];
  readonly documents = new Map<string, TextDocument>();
  stderr = '';
  private waiters: Waiter[] = [];

  private constructor(
    readonly process: ChildProcess,
    readonly connection: ProtocolConnection,
    public settings: Record<string, unknown>,
    /** time from spawn to the initialize result, ms */
    public initializeMs = 0,
  ) {}

  /** Starts the server and runs initialize / initialized. */
  static async start(options: StartOptions = {}): Promise<{ client: LspClient; init: InitializeResult }> {
    const t0 = performance.now();
    const child = spawn(process.execPath, options.node ?? [GONGWEN_BIN, 'lsp', '--stdio'], {
      cwd: ROOT,
      env: { ...process.env, GONGWEN_DEBOUNCE_MS: '0', ...options.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    running.add(child);
    const exited = new Promise<void>((resolve) => child.once('exit', () => (running.delete(child), resolve())));
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const client = new LspClient(child, connection, options.settings ?? {});
    child.stderr!.on('data', (d) => (client.stderr += d.toString()));
    client.wire();
    connection.listen();
    const init = await Promise.race([
      connection.sendRequest(InitializeRequest.type, {
        processId: process.pid,
        rootUri: options.rootUri === undefined ? fileUri(ROOT) : options.rootUri,
        capabilities: options.capabilities ?? CLIENT_CAPABILITIES,
        initializationOptions: options.initializationOptions,
        workspaceFolders: null,
      }),
      exited.then((): never => {
        throw new Error(`server exited during initialize: ${client.stderr}`);
      }),
    ]);
    client.initializeMs = performance.now() - t0;
    await connection.sendNotification(InitializedNotification.type, {});
    return { client, init };
  }

  private wire(): void {
    const c = this.connection;
    c.onNotification(PublishDiagnosticsNotification.type, (p) => {
      this.publishCount++;
      const entry = { version: p.version, diagnostics: p.diagnostics };
      this.published.set(p.uri, entry);
      this.waiters = this.waiters.filter((w) => {
        if (w.uri !== p.uri || !w.test(entry)) return true;
        w.resolve(entry);
        return false;
      });
    });
    c.onNotification(ShowMessageNotification.type, (p) => this.messages.push(p));
    c.onNotification(LogMessageNotification.type, (p) => this.logs.push(p));
    c.onRequest(ShowMessageRequest.type, (p) => {
      this.messages.push({ type: p.type, message: p.message });
      return null;
    });
    c.onRequest(ConfigurationRequest.type, (p) => p.items.map((it) => (it.section === 'gongwen' ? this.settings : null)));
    c.onRequest(RegistrationRequest.type, () => null);
    c.onRequest(WorkDoneProgressCreateRequest.type, () => null);
    c.onRequest(ShowDocumentRequest.type, (p) => {
      this.shownDocuments.push({ uri: p.uri, selection: p.selection });
      return { success: true };
    });
    c.onRequest(ApplyWorkspaceEditRequest.type, async (p) => {
      this.appliedEdits.push({ label: p.label, edit: p.edit });
      await this.applyWorkspaceEdit(p.edit);
      return { applied: true };
    });
  }

  /** Applies a workspace edit to the client's copies and tells the server, as an editor does. */
  async applyWorkspaceEdit(edit: WorkspaceEdit): Promise<void> {
    const byUri = new Map<string, TextEdit[]>();
    for (const [uri, edits] of Object.entries(edit.changes ?? {})) byUri.set(uri, edits);
    for (const dc of edit.documentChanges ?? []) {
      if ('textDocument' in dc) {
        const doc = this.documents.get(dc.textDocument.uri);
        if (doc && dc.textDocument.version !== null && dc.textDocument.version !== doc.version) throw new Error(`edit for version ${dc.textDocument.version}, document is at ${doc.version}`);
        byUri.set(dc.textDocument.uri, dc.edits as TextEdit[]);
      }
    }
    for (const [uri, edits] of byUri) {
      const doc = this.documents.get(uri);
      if (!doc) throw new Error(`edit for a document that is not open: ${uri}`);
      await this.change(uri, TextDocument.applyEdits(doc, edits));
    }
  }

  async open(uri: string, text: string, languageId = 'gongwen'): Promise<void> {
    this.documents.set(uri, TextDocument.create(uri, languageId, 1, text));
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version: 1, text } });
  }

  /** Replaces the whole text (one full-range change); returns the new version. */
  async change(uri: string, text: string): Promise<number> {
    const doc = this.documents.get(uri)!;
    const end = doc.positionAt(doc.getText().length);
    return this.edit(uri, [{ range: { start: { line: 0, character: 0 }, end }, text }]);
  }

  /** Sends changes as an editor does while the drafter types (incremental sync); returns the new version. */
  async edit(uri: string, changes: TextDocumentContentChangeEvent[]): Promise<number> {
    const doc = this.documents.get(uri)!;
    const version = doc.version + 1;
    TextDocument.update(doc, changes, version);
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: changes });
    return version;
  }

  async close(uri: string): Promise<void> {
    this.documents.delete(uri);
    await this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  text(uri: string): string {
    return this.documents.get(uri)!.getText();
  }

  /** Resolves with the first diagnostics for `uri` published for at least `version` (the current one by default). */
  waitForDiagnostics(uri: string, version = this.documents.get(uri)?.version, timeoutMs = 10000): Promise<Diagnostic[]> {
    const test = (p: Published) => version === undefined || (p.version ?? 0) >= version;
    const have = this.published.get(uri);
    if (have && test(have)) return Promise.resolve(have.diagnostics);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} (version ${version}) within ${timeoutMs} ms\n${this.stderr}`)), timeoutMs);
      this.waiters.push({ uri, test, resolve: (p) => (clearTimeout(timer), resolve(p.diagnostics)) });
    });
  }

  /** Shuts the server down politely and waits for the process to exit; returns its exit code. */
  async stop(): Promise<number | null> {
    const exited = new Promise<number | null>((resolve) => {
      if (this.process.exitCode !== null) resolve(this.process.exitCode);
      else this.process.once('exit', (code) => resolve(code));
    });
    try {
      await this.connection.sendRequest(ShutdownRequest.type);
      await this.connection.sendNotification(ExitNotification.type);
    } catch {
      // the process may already be gone
    }
    const timer = setTimeout(() => this.process.kill(), 5000);
    const code = await exited;
    clearTimeout(timer);
    this.connection.dispose();
    return code;
  }
}

/** Resident set size of a process in bytes (Linux /proc; ps elsewhere). */
export function rssOf(pid: number): number {
  try {
    const m = /VmRSS:\s+(\d+)\s+kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    if (m) return Number(m[1]) * 1024;
  } catch {
    // not Linux
  }
  const out = require('child_process').execFileSync('ps', ['-o', 'rss=', '-p', String(pid)], { encoding: 'utf8' }) as string;
  return Number(out.trim()) * 1024;
}
