// Push diagnostics on open and on change. Changes are debounced per document; a run that
// finishes after a newer edit arrived is dropped, so stale squiggles never overwrite fresh ones.
import type { Connection, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Workspace } from './workspace';

export const DEBOUNCE_MS = Number(process.env.GONGWEN_DEBOUNCE_MS ?? 60);

export function registerDiagnostics(connection: Connection, documents: TextDocuments<TextDocument>, workspace: Workspace): void {
  const timers = new Map<string, NodeJS.Timeout>();

  const publish = async (uri: string) => {
    const doc = documents.get(uri);
    if (!doc) return;
    const version = doc.version;
    const analysis = await workspace.analysis(doc);
    const now = documents.get(uri);
    if (!now || now.version !== version) return; // a newer edit will publish
    await connection.sendDiagnostics({ uri, version, diagnostics: analysis.diagnostics });
  };

  const schedule = (uri: string, delay: number) => {
    const t = timers.get(uri);
    if (t) clearTimeout(t);
    timers.set(uri, setTimeout(() => {
      timers.delete(uri);
      publish(uri).catch((e) => connection.console.error(`诊断失败：${e instanceof Error ? e.stack : String(e)}`));
    }, delay));
  };

  documents.onDidOpen((e) => schedule(e.document.uri, 0));
  documents.onDidChangeContent((e) => schedule(e.document.uri, DEBOUNCE_MS));
  documents.onDidClose((e) => {
    const t = timers.get(e.document.uri);
    if (t) clearTimeout(t);
    timers.delete(e.document.uri);
    void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });
  workspace.onSettingsChanged = () => {
    for (const d of documents.all()) schedule(d.uri, 0);
  };
}
