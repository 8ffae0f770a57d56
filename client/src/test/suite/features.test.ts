// Navigation and information features through VS Code's own provider commands, on real seed positions:
// hover, go to definition (task ⇄ 分工表 row), document symbols (the Outline view), completion.
// Each test first checks that the server announces its provider, so a lost registration fails by name.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { hoverText, openGongwen, positionOf, seedUri, serverHas } from './helpers';

/** Fails at once, and clearly, when the server no longer announces the feature a test exercises. */
function requireProvider(capability: string): void {
  assert.ok(serverHas(capability), `the language server announces ${capability} in its InitializeResult`);
}

describe('hover, definition, symbols, completion', () => {
  after(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  it('hover on a heading names its level, its ordinal and its siblings', async () => {
    const editor = await openGongwen(seedUri('004'));
    requireProvider('hoverProvider');
    const at = positionOf(editor.document, '三、重点任务').translate(0, 1);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, at);
    const text = hoverText(hovers);
    assert.match(text, /三、重点任务/);
    assert.match(text, /第一层/);
    assert.match(text, /同级共 ?4 ?项/, `四 first-level headings 一、…四、 in the plan; hover said: ${text}`);
  });

  it('no hover on ordinary body text', async () => {
    const editor = await openGongwen(seedUri('004'));
    requireProvider('hoverProvider');
    const at = positionOf(editor.document, '和区域均衡布局').translate(0, 3);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, at);
    assert.strictEqual(hoverText(hovers).trim(), '');
  });

  it('go to definition: a body task ⇄ its 重点任务分工表 row', async () => {
    const editor = await openGongwen(seedUri('000'));
    requireProvider('definitionProvider');
    const doc = editor.document;
    const task = positionOf(doc, '1.统筹规划服务设施建设').translate(0, 4);
    const there = await definitions(doc.uri, task);
    assert.strictEqual(there.length, 1, JSON.stringify(there));
    assert.ok(there[0].range.start.line > 250, `the 分工表 row is in 附件2 (after line 250), got line ${there[0].range.start.line + 1}`);
    assert.match(doc.lineAt(there[0].range.start.line).text + doc.getText(there[0].range), /统筹规划服务设施建设|^\s*1\s*$/);
    const back = await definitions(doc.uri, there[0].range.start);
    assert.ok(back.some((l) => l.range.start.line === task.line), `row → task: expected line ${task.line + 1}, got ${back.map((l) => l.range.start.line + 1)}`);
  });

  it('document symbols: parts → headings → tasks, and the attachments', async () => {
    const editor = await openGongwen(seedUri('000'));
    requireProvider('documentSymbolProvider');
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', editor.document.uri);
    assert.ok(symbols?.length, 'symbols for seed 000');
    const paths: string[][] = [];
    const walk = (s: vscode.DocumentSymbol, trail: string[]) => {
      const here = [...trail, s.name];
      paths.push(here);
      s.children.forEach((c) => walk(c, here));
    };
    symbols.forEach((s) => walk(s, []));
    const task = paths.find((p) => p[p.length - 1].includes('统筹规划服务设施建设'));
    assert.ok(task, 'task 1 is a symbol');
    assert.ok(task.some((n) => n.includes('三、重点任务')), `task 1 sits under 三、重点任务: ${task.join(' › ')}`);
    assert.ok(task.some((n) => n.includes('（一）健全服务体系')), `task 1 sits under （一）健全服务体系: ${task.join(' › ')}`);
    assert.ok(paths.some((p) => p[p.length - 1].startsWith('附件1')), '附件1 is a symbol');
    assert.ok(paths.some((p) => p[p.length - 1].startsWith('附件2')), '附件2 is a symbol');
  });

  it('completion at a new numbered line offers the next ordinal: after （三） typing （ offers （四）', async () => {
    const doc = await vscode.workspace.openTextDocument({
      language: 'gongwen',
      content: '一、总体要求\n\n（一）基本原则\n\n坚持统筹推进。\n\n（二）主要目标\n\n到2025年基本建成。\n\n（三）工作步骤\n\n分三步实施。\n\n（',
    });
    await vscode.window.showTextDocument(doc);
    requireProvider('completionProvider');
    const end = doc.positionAt(doc.getText().length);
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, end, '（');
    const labels = list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    assert.ok(labels.some((l) => l.startsWith('（四）')), `（四） offered; got: ${labels.slice(0, 20).join(' | ')}`);
    assert.ok(!labels.some((l) => l.startsWith('（三）')), `（三） is taken; got: ${labels.slice(0, 20).join(' | ')}`);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('completion inside a units bracket offers the departments the document uses', async () => {
    const editor = await openGongwen(seedUri('000'));
    requireProvider('completionProvider');
    const doc = editor.document;
    // right after the 、 that follows the first unit of task 2's bracket
    const at = positionOf(doc, '〔县民政局、县自然资源局').translate(0, '〔县民政局、'.length);
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, at, '、');
    const labels = list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    for (const name of ['县卫生健康局', '县财政局', '县教育和体育局']) {
      assert.ok(labels.includes(name), `${name} offered; got: ${labels.slice(0, 20).join('、')}`);
    }
  });
});

async function definitions(uri: vscode.Uri, at: vscode.Position): Promise<vscode.Location[]> {
  const r = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', uri, at);
  return (r ?? []).map((l) => ('targetUri' in l ? new vscode.Location(l.targetUri, l.targetSelectionRange ?? l.targetRange) : l));
}
