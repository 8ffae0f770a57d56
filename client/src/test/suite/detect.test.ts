// Auto-detection: a plain-text file that looks like a policy document becomes a Gongwen document as it
// opens (gongwen.autoDetect); an ordinary text file stays plain text.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { documentFor, extension, openGongwen, seedFiles, seedUri, waitFor, workspaceDir } from './helpers';

describe('auto-detection (gongwen.autoDetect)', () => {
  after(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  it('the extension activates when a plain-text file opens', async () => {
    const doc = await vscode.workspace.openTextDocument(seedUri('001'));
    assert.strictEqual(path.extname(doc.uri.fsPath), '.txt');
    await waitFor('the extension to activate', () => extension().isActive);
  });

  it('every seed (.txt, opened as plaintext) switches to language gongwen', async () => {
    for (const f of seedFiles()) {
      const editor = await openGongwen(vscode.Uri.file(path.join(workspaceDir(), f)));
      assert.strictEqual(editor.document.languageId, 'gongwen', f);
    }
  });

  it('an ordinary text file stays plaintext', async () => {
    const shopping = path.join(workspaceDir(), 'shopping-list.txt');
    fs.writeFileSync(shopping, '周末采购清单\n\n大米两袋、鸡蛋一盒、酱油一瓶。\n记得带购物袋。\n');
    const plain = vscode.Uri.file(shopping);
    // Both documents pass through the same onDidOpenTextDocument listener in order: once the seed
    // opened after it has switched, the shopping list has been looked at and left alone.
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(plain), { preview: false });
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await openGongwen(seedUri('002'));
    const doc = await vscode.workspace.openTextDocument(plain);
    assert.strictEqual(doc.languageId, 'plaintext');
    assert.strictEqual(documentFor(plain)?.languageId, 'plaintext');
  });
});
