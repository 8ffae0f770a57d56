// The language server: adapts the core to LSP. Every feature is one register*() call;
// analysis is cached per document version and shared by all features.
import {
  createConnection, ProposedFeatures, TextDocuments, TextDocumentSyncKind, DidChangeConfigurationNotification,
  type InitializeParams, type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Workspace } from './lsp/workspace';
import { registerDiagnostics } from './lsp/diagnostics';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const workspace = new Workspace(connection, documents);

connection.onInitialize((params: InitializeParams): InitializeResult => {
  workspace.initialize(params);
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
    },
    serverInfo: { name: 'gongwen', version: '0.1.0' },
  };
});

connection.onInitialized(() => {
  if (workspace.canPullConfiguration) {
    void connection.client.register(DidChangeConfigurationNotification.type, { section: 'gongwen' });
  }
});

registerDiagnostics(connection, documents, workspace);

documents.listen(connection);
connection.listen();
