// The palette commands (Chinese titles in package.nls.zh-cn.json). Each forwards to the server's
// own command through workspace/executeCommand; the server computes and applies the edits, so
// other editors get the same commands. Only the save dialog of 导出分工表 lives here.
import * as path from 'path';
import * as vscode from 'vscode';
import { ExecuteCommandRequest, type LanguageClient } from 'vscode-languageclient/node';

interface ServerResult {
  applied?: boolean;
  message?: string;
  content?: string;
  rows?: number;
  source?: string;
}

function gongwenEditor(): vscode.TextEditor | undefined {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.languageId !== 'gongwen') {
    void vscode.window.showWarningMessage('请先打开一份公文（语言模式为“公文”）再使用此命令。');
    return undefined;
  }
  return editor;
}

function send(client: LanguageClient, command: string, args: unknown[]): Promise<ServerResult | undefined> {
  return client.sendRequest(ExecuteCommandRequest.type, { command, arguments: args }) as Promise<ServerResult | undefined>;
}

async function exportTable(client: LanguageClient): Promise<void> {
  const editor = gongwenEditor();
  if (!editor) return;
  const pick = await vscode.window.showQuickPick(
    [
      { label: 'CSV', description: '可用 Excel、WPS 表格打开', format: 'csv', ext: 'csv' },
      { label: 'Markdown', description: '表格文本，可粘贴到文档或网页', format: 'markdown', ext: 'md' },
    ],
    { title: '导出分工表', placeHolder: '选择导出格式' },
  );
  if (!pick) return;
  const doc = editor.document;
  const r = await send(client, 'gongwen.server.exportDivisionTable', [doc.uri.toString(), pick.format]);
  if (!r?.content) return;
  const base = doc.isUntitled ? '分工表' : path.basename(doc.uri.fsPath).replace(/\.(gongwen\.txt|txt|gw)$/i, '') + '-分工表';
  const folder = doc.isUntitled ? vscode.workspace.workspaceFolders?.[0]?.uri : vscode.Uri.file(path.dirname(doc.uri.fsPath));
  const target = await vscode.window.showSaveDialog({
    title: '导出分工表',
    defaultUri: folder ? vscode.Uri.joinPath(folder, `${base}.${pick.ext}`) : undefined,
    filters: pick.format === 'csv' ? { CSV: ['csv'] } : { Markdown: ['md'] },
  });
  if (!target) return;
  await vscode.workspace.fs.writeFile(target, Buffer.from(r.content, 'utf8'));
  const open = await vscode.window.showInformationMessage(`已导出 ${r.rows ?? 0} 行（来自${r.source ?? '分工表'}）到 ${path.basename(target.fsPath)}。`, '打开');
  if (open) await vscode.commands.executeCommand('vscode.open', target);
}

export function registerClientCommands(context: vscode.ExtensionContext, client: LanguageClient): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('gongwen.renumber', async () => {
      const editor = gongwenEditor();
      if (!editor) return;
      const p = editor.selection.active;
      await send(client, 'gongwen.server.renumber', [editor.document.uri.toString(), { line: p.line, character: p.character }]);
    }),
    vscode.commands.registerCommand('gongwen.generateDivisionTable', async () => {
      const editor = gongwenEditor();
      if (!editor) return;
      await send(client, 'gongwen.server.generateDivisionTable', [editor.document.uri.toString()]);
    }),
    vscode.commands.registerCommand('gongwen.exportDivisionTable', () => exportTable(client)),
  );
}
