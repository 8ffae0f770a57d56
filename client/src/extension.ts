// activate(): start the language server and switch plain-text policy documents to Gongwen.
// Nothing else lives here: every feature is in the server.
import * as path from 'path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { looksLikePolicyDocument } from '../../server/src/core/detect';
import { SERVER_ENV, SERVER_EXEC_ARGV } from '../../server/src/lsp/launch';
import { registerClientCommands } from './commands';

let client: LanguageClient | undefined;

function maybeAdopt(doc: vscode.TextDocument): void {
  if (doc.languageId !== 'plaintext' || doc.uri.scheme === 'output') return;
  if (!vscode.workspace.getConfiguration('gongwen').get<boolean>('autoDetect', true)) return;
  if (looksLikePolicyDocument(doc.getText())) void vscode.languages.setTextDocumentLanguage(doc, 'gongwen');
}

/** What activate() returns: lets the in-editor tests see which features the running server offers. */
export interface GongwenApi {
  serverCapabilities(): Record<string, unknown> | undefined;
}

export async function activate(context: vscode.ExtensionContext): Promise<GongwenApi> {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    // the heap limits and malloc settings of a long-lived server (lsp/launch.ts); the benchmark launches with the
    // same (the client adds `env` to the editor's environment)
    run: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: [...SERVER_EXEC_ARGV], env: { ...SERVER_ENV } } },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: [...SERVER_EXEC_ARGV, '--nolazy', '--inspect=6009'], env: { ...SERVER_ENV } } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: 'gongwen' }],
    synchronize: {
      configurationSection: 'gongwen',
      fileEvents: vscode.workspace.createFileSystemWatcher('**/gongwen.config.json'),
    },
    outputChannelName: 'Gongwen 公文',
  };
  client = new LanguageClient('gongwen', 'Gongwen 公文', serverOptions, clientOptions);
  await client.start();
  registerClientCommands(context, client);

  context.subscriptions.push(vscode.workspace.onDidOpenTextDocument(maybeAdopt));
  vscode.workspace.textDocuments.forEach(maybeAdopt);
  return { serverCapabilities: () => client?.initializeResult?.capabilities as Record<string, unknown> | undefined };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
