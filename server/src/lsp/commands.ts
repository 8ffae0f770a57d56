// workspace/executeCommand: the server's own commands. VS Code's client forwards its palette
// commands (重新编号, 根据正文生成分工表, 导出分工表) here; other editors call them directly.
import type { ServerCapabilities, TextEdit, WorkspaceEdit } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { FeatureContext } from './util';

export const SERVER_COMMANDS = {
  fixAll: 'gongwen.server.fixAll',
  showLocation: 'gongwen.server.showLocation',
  renumber: 'gongwen.server.renumber',
  generateDivisionTable: 'gongwen.server.generateDivisionTable',
  exportDivisionTable: 'gongwen.server.exportDivisionTable',
} as const;

/** A command's answer: applied edits are reported, so the client can tell the drafter what happened. */
export interface CommandResult {
  applied?: boolean;
  message?: string;
  [key: string]: unknown;
}

export type CommandHandler = (args: unknown[]) => Promise<CommandResult | undefined>;

/** Applies edits to one open document, pinned to the version they were computed for. */
export async function applyDocumentEdits(ctx: FeatureContext, doc: TextDocument, edits: TextEdit[], label: string): Promise<boolean> {
  if (!edits.length) return false;
  const edit: WorkspaceEdit = ctx.workspace.supportsDocumentChanges
    ? { documentChanges: [{ textDocument: { uri: doc.uri, version: doc.version }, edits }] }
    : { changes: { [doc.uri]: edits } };
  const r = await ctx.connection.workspace.applyEdit({ label, edit });
  return r.applied;
}

export function registerCommands(ctx: FeatureContext, handlers: Record<string, CommandHandler>): ServerCapabilities {
  ctx.connection.onExecuteCommand(async (params) => {
    const h = handlers[params.command];
    if (!h) {
      void ctx.connection.window.showErrorMessage(`Gongwen：未知命令 ${params.command}`);
      return undefined;
    }
    try {
      const r = await h(params.arguments ?? []);
      if (r?.message) void ctx.connection.window.showInformationMessage(r.message);
      return r;
    } catch (e) {
      const msg = e instanceof Error ? e.message : String(e);
      ctx.connection.console.error(`命令 ${params.command} 出错：${e instanceof Error ? e.stack : msg}`);
      void ctx.connection.window.showErrorMessage(`Gongwen：${msg}`);
      return { applied: false, message: msg };
    }
  });
  return { executeCommandProvider: { commands: Object.keys(handlers) } };
}
