// Hover: the core's providers (headings, departments, indicators) answer in Markdown.
import type { ServerCapabilities } from 'vscode-languageserver/node';
import { hover } from '../core/features/hover';
import { analysisOf, guard, type FeatureContext } from './util';

export function registerHover(ctx: FeatureContext): ServerCapabilities {
  ctx.connection.onHover(
    guard(ctx, 'hover', null, async (params) => {
      const a = await analysisOf(ctx, params.textDocument.uri);
      if (!a) return null;
      const r = hover(a.analysis, params.position);
      return r ? { contents: { kind: 'markdown', value: r.markdown }, range: r.range } : null;
    }),
  );
  return { hoverProvider: true };
}
