// A real LSP client for protocol tests: starts `node bin/gongwen lsp --stdio` as a child process and
// talks JSON-RPC to it through vscode-languageserver-protocol. It keeps a copy of every open
// document (server edits are applied to it, as an editor would), answers the server's requests
// (configuration, applyEdit, showDocument) and waits for diagnostics instead of sleeping.
import { spawn, type ChildProcess } from 'child_process';
import * as path from 'path';
import { pathToFileURL } from 'url';
import {
  createProtocolConnection, StreamMessageReader, StreamMessageWriter,
  type ProtocolConnection,
} from 'vscode-languageserver-protocol/node';
import {
  ApplyWorkspaceEditRequest, ConfigurationRequest, DidChangeTextDocumentNotification, DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification, ExitNotification, InitializeRequest, InitializedNotification, PublishDiagnosticsNotification,
  RegistrationRequest, ShowDocumentRequest, ShowMessageNotification, ShowMessageRequest, ShutdownRequest, WorkDoneProgressCreateRequest,
  type ClientCapabilities, type Diagnostic, type InitializeResult, type TextEdit, type WorkspaceEdit,
} from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';

export const ROOT = path.join(__dirname, '..', '..');
const BIN = path.join(ROOT, 'bin', 'gongwen');

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

interface Published {
  version?: number;
  diagnostics: Diagnostic[];
}

type Waiter = { uri: string; test: (p: Published) => boolean; resolve: (p: Published) => void };

/** Every server started by a test; a failing test must not leave one running (mocha would never exit). */
const running = new Set<ChildProcess>();
const killAll = () => {
  for (const p of running) p.kill();
};
process.on('exit', killAll);
// under mocha: a root-level hook, run once every suite is done
if (typeof after === 'function') after(killAll);

export class LspClient {
  readonly published = new Map<string, Published>();
  readonly messages: { type: number; message: string }[] = [];
  readonly shownDocuments: { uri: string; selection?: unknown }[] = [];
  readonly appliedEdits: { label?: string; edit: WorkspaceEdit }[] = [];
  readonly documents = new Map<string, TextDocument>();
  stderr = '';
  private waiters: Waiter[] = [];

  private constructor(readonly process: ChildProcess, readonly connection: ProtocolConnection, public settings: Record<string, unknown>) {}

  /** Starts the server and runs initialize / initialized. */
  static async start(options: { settings?: Record<string, unknown>; args?: string[]; capabilities?: ClientCapabilities } = {}): Promise<{ client: LspClient; init: InitializeResult }> {
    const child = spawn(process.execPath, [BIN, 'lsp', ...(options.args ?? ['--stdio'])], {
      cwd: ROOT,
      env: { ...process.env, GONGWEN_DEBOUNCE_MS: '0' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    running.add(child);
    child.once('exit', () => running.delete(child));
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const client = new LspClient(child, connection, options.settings ?? {});
    child.stderr!.on('data', (d) => (client.stderr += d.toString()));
    client.wire();
    connection.listen();
    const init = await connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: fileUri(ROOT),
      capabilities: options.capabilities ?? CLIENT_CAPABILITIES,
      workspaceFolders: null,
    });
    await connection.sendNotification(InitializedNotification.type, {});
    return { client, init };
  }

  private wire(): void {
    const c = this.connection;
    c.onNotification(PublishDiagnosticsNotification.type, (p) => {
      const entry = { version: p.version, diagnostics: p.diagnostics };
      this.published.set(p.uri, entry);
      this.waiters = this.waiters.filter((w) => {
        if (w.uri !== p.uri || !w.test(entry)) return true;
        w.resolve(entry);
        return false;
      });
    });
    c.onNotification(ShowMessageNotification.type, (p) => this.messages.push(p));
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

  /** Replaces the whole text (the server handles incremental sync; a full-range change is one). */
  async change(uri: string, text: string): Promise<number> {
    const doc = this.documents.get(uri)!;
    const version = doc.version + 1;
    const end = doc.positionAt(doc.getText().length);
    this.documents.set(uri, TextDocument.create(uri, doc.languageId, version, text));
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version },
      contentChanges: [{ range: { start: { line: 0, character: 0 }, end }, text }],
    });
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
