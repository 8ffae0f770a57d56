// Code actions: every fix a check attached to a diagnostic becomes a quick fix with exactly its
// edits; source.fixAll.gongwen applies every safe fix at once (also on save, when the drafter
// turns on editor.codeActionsOnSave).
import {
  CodeActionKind, type CodeAction, type Diagnostic as LspDiagnostic, type ServerCapabilities, type TextEdit,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis, Diagnostic, Fix } from '../core/index';
import { fixAllEdits } from '../core/features/fixAll';
import { analysisOf, guard, type FeatureContext } from './util';

export const FIX_ALL_KIND = 'source.fixAll.gongwen';

/** Does the client's `only` filter admit `kind`? (quickfix admits quickfix.x; source admits source.fixAll.gongwen.) */
export function kindWanted(only: readonly string[] | undefined, kind: string): boolean {
  if (!only || only.length === 0) return true;
  return only.some((o) => kind === o || kind.startsWith(o + '.'));
}

function sameDiagnostic(a: LspDiagnostic, b: Diagnostic): boolean {
  return (
    a.code === b.code && a.message === b.message &&
    a.range.start.line === b.range.start.line && a.range.start.character === b.range.start.character &&
    a.range.end.line === b.range.end.line && a.range.end.character === b.range.end.character
  );
}

/** The fixes of a diagnostic the client sent back: from its data, or found again in the analysis. */
function fixesOf(d: LspDiagnostic, analysis: Analysis): Fix[] {
  const data = d.data as { fixes?: Fix[] } | undefined;
  if (data?.fixes?.length) return data.fixes;
  return analysis.diagnostics.find((x) => sameDiagnostic(d, x))?.data?.fixes ?? [];
}

export async function fixAllFor(ctx: FeatureContext, doc: TextDocument, analysis: Analysis) {
  const config = await ctx.workspace.configFor(doc.uri);
  return fixAllEdits(doc.getText(), { config, uri: doc.uri }, analysis.diagnostics);
}

export function fixAllTitle(count: number): string {
  return `修复全部可自动修复的问题（${count} 处）`;
}

export function registerCodeActions(ctx: FeatureContext): ServerCapabilities {
  ctx.connection.onCodeAction(
    guard(ctx, 'codeAction', [] as CodeAction[], async (params) => {
      const a = await analysisOf(ctx, params.textDocument.uri);
      if (!a) return [];
      const { doc, analysis } = a;
      const uri = doc.uri;
      const only = params.context.only;
      const out: CodeAction[] = [];
      if (kindWanted(only, CodeActionKind.QuickFix)) {
        for (const d of params.context.diagnostics) {
          if (d.source !== 'gongwen') continue;
          const fixes = fixesOf(d, analysis);
          for (const f of fixes) {
            out.push({
              title: f.title,
              kind: CodeActionKind.QuickFix,
              diagnostics: [d],
              isPreferred: fixes.length === 1 || f.safe === true,
              edit: { changes: { [uri]: f.edits as TextEdit[] } },
            });
          }
        }
      }
      const wantsFixAll = only?.length ? kindWanted(only, FIX_ALL_KIND) : out.length > 0;
      if (wantsFixAll) {
        const all = await fixAllFor(ctx, doc, analysis);
        // in the lightbulb menu only when it does more than the fix already on offer
        if (all.edits.length && (only?.length || all.applied.length > 1)) {
          out.push({
            title: fixAllTitle(all.applied.length),
            kind: only?.length ? FIX_ALL_KIND : CodeActionKind.QuickFix,
            edit: { changes: { [uri]: all.edits as TextEdit[] } },
          });
        }
      }
      return out;
    }),
  );
  return { codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.SourceFixAll, FIX_ALL_KIND], resolveProvider: false } };
}
