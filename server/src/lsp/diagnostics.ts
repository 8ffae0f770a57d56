// Push diagnostics on open and on change. Changes are debounced per document; a run that
// finishes after a newer edit arrived is dropped, so stale squiggles never overwrite fresh ones.
import type { Connection, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Workspace } from './workspace';

export const DEBOUNCE_MS = Number(process.env.GONGWEN_DEBOUNCE_MS ?? 60);

export function registerDiagnostics(connection: Connection, documents: TextDocuments<TextDocument>, workspace: Workspace): void {
  // a pending run per document: cancelling it is how a newer edit drops the older one
  const timers = new Map<string, () => void>();
  // documents opened whose diagnostics have not been sent yet, with the version opened: their first analysis read
  // every paragraph afresh
  const opened = new Map<string, number>();

  const publish = async (uri: string) => {
    const doc = documents.get(uri);
    if (!doc) return;
    const version = doc.version;
    const analysis = await workspace.analysis(doc);
    const now = documents.get(uri);
    if (!now || now.version !== version) return; // a newer edit will publish
    await connection.sendDiagnostics({ uri, version, diagnostics: analysis.diagnostics });
    if (opened.delete(uri)) workspace.onOpenedPublished?.();
  };

  const schedule = (uri: string, delay: number) => {
    timers.get(uri)?.();
    const run = () => {
      timers.delete(uri);
      publish(uri).catch((e) => connection.console.error(`诊断失败：${e instanceof Error ? e.stack : String(e)}`));
    };
    // without a debounce, run as soon as the pending messages are read: Node clamps setTimeout(0) to 1 ms
    if (delay <= 0) {
      const i = setImmediate(run);
      timers.set(uri, () => clearImmediate(i));
    } else {
      const t = setTimeout(run, delay);
      timers.set(uri, () => clearTimeout(t));
    }
  };

  documents.onDidOpen((e) => {
    opened.set(e.document.uri, e.document.version);
    schedule(e.document.uri, 0);
  });
  // the library announces an opened document as changed content too, right after onDidOpen: rescheduling it would
  // replace the immediate run with the debounce, and every opened document would wait for it
  documents.onDidChangeContent((e) => {
    if (opened.get(e.document.uri) === e.document.version && timers.has(e.document.uri)) return;
    schedule(e.document.uri, DEBOUNCE_MS);
  });
  documents.onDidClose((e) => {
    timers.get(e.document.uri)?.();
    timers.delete(e.document.uri);
    opened.delete(e.document.uri);
    void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });
  workspace.onSettingsChanged = () => {
    for (const d of documents.all()) schedule(d.uri, 0);
  };
}
