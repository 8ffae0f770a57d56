// Completion: every core provider's items, each as a text edit over the range it replaces.
import { InsertTextFormat, type CompletionItem, type ServerCapabilities } from 'vscode-languageserver/node';
import { complete } from '../core/features/completion';
import { analysisOf, guard, lineText, wordRangeAt, type FeatureContext } from './util';

/** （ starts an ordinal or a units bracket; 〔 、 ， ： continue a units list. */
export const COMPLETION_TRIGGERS = ['（', '(', '〔', '、', '，', '：'];

export function registerCompletion(ctx: FeatureContext): ServerCapabilities {
  ctx.connection.onCompletion(
    guard(ctx, 'completion', [] as CompletionItem[], async (params) => {
      const a = await analysisOf(ctx, params.textDocument.uri);
      if (!a) return [];
      const text = lineText(a.doc, params.position.line);
      return complete(a.analysis, params.position, text).map((c): CompletionItem => ({
        label: c.label,
        kind: c.kind as CompletionItem['kind'],
        detail: c.detail,
        documentation: c.documentation ? { kind: 'markdown', value: c.documentation } : undefined,
        textEdit: { range: c.range ?? wordRangeAt(text, params.position), newText: c.insertText },
        insertTextFormat: c.snippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
        sortText: c.sortText,
        filterText: c.filterText,
      }));
    }),
  );
  return { completionProvider: { triggerCharacters: COMPLETION_TRIGGERS, resolveProvider: false } };
}
