// The outline (textDocument/documentSymbol) and folding (textDocument/foldingRange).
import type { DocumentSymbol, FoldingRange, ServerCapabilities } from 'vscode-languageserver/node';
import { documentSymbols, type SymbolNode } from '../core/features/symbols';
import { foldingRanges } from '../core/features/folding';
import { analysisOf, guard, type FeatureContext } from './util';

function toLsp(n: SymbolNode): DocumentSymbol {
  return {
    name: n.name,
    detail: n.detail,
    kind: n.kind as DocumentSymbol['kind'],
    range: n.range,
    selectionRange: n.selectionRange,
    children: n.children.map(toLsp),
  };
}

export function registerDocumentSymbols(ctx: FeatureContext): ServerCapabilities {
  ctx.connection.onDocumentSymbol(
    guard(ctx, 'documentSymbol', [] as DocumentSymbol[], async (params) => {
      const a = await analysisOf(ctx, params.textDocument.uri);
      return a ? documentSymbols(a.analysis.model).map(toLsp) : [];
    }),
  );
  return { documentSymbolProvider: { label: '公文结构' } };
}

export function registerFoldingRanges(ctx: FeatureContext): ServerCapabilities {
  ctx.connection.onFoldingRanges(
    guard(ctx, 'foldingRange', [] as FoldingRange[], async (params) => {
      const a = await analysisOf(ctx, params.textDocument.uri);
      return a ? foldingRanges(a.analysis.model) : [];
    }),
  );
  return { foldingRangeProvider: true };
}
