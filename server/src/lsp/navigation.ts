// Definition (task ↔ 分工表 row), references and rename of a department.
import {
  ErrorCodes, ResponseError, type Location, type LocationLink, type ServerCapabilities, type WorkspaceEdit,
} from 'vscode-languageserver/node';
import { definition, prepareRename, references, rename, RenameError } from '../core/features/navigation';
import { matchOf, registryOf } from '../core/features/unitsContext';
import { analysisOf, guard, type FeatureContext } from './util';

function refuse(e: unknown): never {
  // the editor shows this message as it is: say in Chinese why the rename cannot happen
  if (e instanceof RenameError) throw new ResponseError(ErrorCodes.InvalidRequest, e.message);
  throw e;
}

export function registerDefinition(ctx: FeatureContext): ServerCapabilities {
  ctx.connection.onDefinition(
    guard(ctx, 'definition', null as Location[] | LocationLink[] | null, async (params) => {
      const a = await analysisOf(ctx, params.textDocument.uri);
      if (!a) return null;
      const targets = definition(a.analysis.model, matchOf(a.analysis), params.position);
      if (!targets.length) return null;
      const uri = a.doc.uri;
      if (ctx.workspace.supportsDefinitionLinks) {
        return targets.map((t): LocationLink => ({ targetUri: uri, targetRange: t.range, targetSelectionRange: t.selection }));
      }
      return targets.map((t): Location => ({ uri, range: t.selection }));
    }),
  );
  return { definitionProvider: true };
}

export function registerReferences(ctx: FeatureContext): ServerCapabilities {
  ctx.connection.onReferences(
    guard(ctx, 'references', [] as Location[], async (params) => {
      const a = await analysisOf(ctx, params.textDocument.uri);
      if (!a) return [];
      return references(registryOf(a.analysis), params.position).map((m) => ({ uri: a.doc.uri, range: m.range }));
    }),
  );
  return { referencesProvider: true };
}

export function registerRename(ctx: FeatureContext): ServerCapabilities {
  ctx.connection.onPrepareRename(async (params) => {
    const a = await analysisOf(ctx, params.textDocument.uri);
    if (!a) return null;
    try {
      return prepareRename(registryOf(a.analysis), params.position);
    } catch (e) {
      return refuse(e);
    }
  });
  ctx.connection.onRenameRequest(async (params): Promise<WorkspaceEdit | null> => {
    const a = await analysisOf(ctx, params.textDocument.uri);
    if (!a) return null;
    let edits;
    try {
      edits = rename(registryOf(a.analysis), params.position, params.newName, a.doc.getText());
    } catch (e) {
      return refuse(e);
    }
    if (ctx.workspace.supportsDocumentChanges) return { documentChanges: [{ textDocument: { uri: a.doc.uri, version: a.doc.version }, edits }] };
    return { changes: { [a.doc.uri]: edits } };
  });
  return { renameProvider: { prepareProvider: true } };
}
