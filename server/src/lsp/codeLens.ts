// Code lens above each task: its 分工表 row (click to reveal it) or “分工表中无此任务” (click to add it).
import type { CodeLens, ServerCapabilities } from 'vscode-languageserver/node';
import { codeLenses } from '../core/features/codeLens';
import { matchOf } from '../core/features/unitsContext';
import { SERVER_COMMANDS } from './commands';
import { analysisOf, guard, type FeatureContext } from './util';

export function registerCodeLens(ctx: FeatureContext): ServerCapabilities {
  ctx.connection.onCodeLens(
    guard(ctx, 'codeLens', [] as CodeLens[], async (params) => {
      const a = await analysisOf(ctx, params.textDocument.uri);
      if (!a) return [];
      const uri = a.doc.uri;
      return codeLenses(a.analysis.model, matchOf(a.analysis)).map((l): CodeLens => ({
        range: l.range,
        command: l.target
          ? { title: l.title, command: SERVER_COMMANDS.showLocation, arguments: [uri, l.target] }
          : { title: l.title, command: SERVER_COMMANDS.generateDivisionTable, arguments: [uri] },
      }));
    }),
  );
  return { codeLensProvider: { resolveProvider: false } };
}
