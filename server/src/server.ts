// The language server: adapts the core to LSP. Every feature is one register*() call that
// returns the capability it adds; analysis is cached per document version and shared by all.
import {
  createConnection, ProposedFeatures, TextDocuments, TextDocumentSyncKind, DidChangeConfigurationNotification,
  type InitializeParams, type InitializeResult, type ServerCapabilities,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Workspace } from './lsp/workspace';
import { registerDiagnostics } from './lsp/diagnostics';
import { registerHover } from './lsp/hover';
import { registerCompletion } from './lsp/completion';
import { registerDocumentSymbols, registerFoldingRanges } from './lsp/symbols';
import { registerCodeActions } from './lsp/codeActions';
import { registerCommands } from './lsp/commands';
import { registerDefinition, registerReferences, registerRename } from './lsp/navigation';
import { registerCodeLens } from './lsp/codeLens';
import { basicCommands } from './lsp/serverCommands';
import { registerDebug } from './lsp/debug';
import { adoptServerHeapLimits, SERVER_MEMO_ENTRIES } from './lsp/launch';
import { exposedGc, IdleCollector } from './lsp/idleCollect';
import { limitMemoCapacity } from './core/text/memo';
import type { FeatureContext } from './lsp/util';

adoptServerHeapLimits();
limitMemoCapacity(SERVER_MEMO_ENTRIES);
const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const workspace = new Workspace(connection, documents);
const ctx: FeatureContext = { connection, documents, workspace };
const gc = exposedGc();
const collector = gc && new IdleCollector(gc);
if (collector) {
  workspace.onAnalysed = () => collector.busy();
  workspace.onOpenedPublished = () => collector.opened();
}

registerDiagnostics(connection, documents, workspace);
registerDebug(connection, workspace, collector);
const capabilities: ServerCapabilities = Object.assign(
  {
    textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
  } satisfies ServerCapabilities,
  registerHover(ctx),
  registerCompletion(ctx),
  registerDocumentSymbols(ctx),
  registerFoldingRanges(ctx),
  registerCodeActions(ctx),
  registerDefinition(ctx),
  registerReferences(ctx),
  registerRename(ctx),
  registerCodeLens(ctx),
  registerCommands(ctx, {
    ...basicCommands(ctx),
  }),
);

connection.onInitialize((params: InitializeParams): InitializeResult => {
  workspace.initialize(params);
  return { capabilities, serverInfo: { name: 'gongwen', version: '0.1.0' } };
});

connection.onInitialized(() => {
  if (workspace.canPullConfiguration) {
    void connection.client.register(DidChangeConfigurationNotification.type, { section: 'gongwen' });
  }
});

documents.listen(connection);
connection.listen();
