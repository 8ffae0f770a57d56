// Diagnostics in the editor are the CLI's diagnostics: same ranges, severities, codes and messages,
// for every seed — published by the real language server into VS Code's Problems.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { cliDiagnostics, codeOf, describeCli, describeDiagnostic, diagnosticsOf, openGongwen, seedFiles, seedUri, workspaceDir } from './helpers';

describe('diagnostics', () => {
  after(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  it('seed 000 (a clean, published document) gets no error and no warning', async () => {
    const uri = seedUri('000');
    await openGongwen(uri);
    const ds = await diagnosticsOf(uri);
    const loud = ds.filter((d) => d.severity <= vscode.DiagnosticSeverity.Warning).map(describeDiagnostic);
    assert.deepStrictEqual(loud, []);
  });

  it('seed 004 lists 附件1–3 that never follow: three structure/attachment-missing errors on the 附件说明 lines', async () => {
    const uri = seedUri('004');
    const editor = await openGongwen(uri);
    const ds = await diagnosticsOf(uri, (d) => d.some((x) => codeOf(x) === 'structure/attachment-missing'));
    const missing = ds.filter((d) => codeOf(d) === 'structure/attachment-missing');
    assert.deepStrictEqual(missing.map((d) => d.range.start.line + 1), [111, 113, 115]);
    for (const d of missing) {
      assert.strictEqual(d.severity, vscode.DiagnosticSeverity.Error);
      // the code links to the rule's page, shipped with the extension
      assert.ok(typeof d.code === 'object' && d.code.target.scheme === 'file', `code with a file link: ${JSON.stringify(d.code)}`);
      assert.ok(fs.existsSync(d.code.target.fsPath), `rule page ${d.code.target.fsPath} exists`);
      assert.match(d.message, /附件说明列出“附件\d：.+”，但文末没有任何附件/);
      assert.match(editor.document.getText(d.range), /重大|泊头市/, 'the range covers the listed attachment title');
    }
  });

  for (const f of seedFiles()) {
    it(`${f}: the editor shows exactly what \`gongwen check\` reports`, async () => {
      const uri = vscode.Uri.file(path.join(workspaceDir(), f));
      await openGongwen(uri);
      const expected = cliDiagnostics(uri.fsPath).map(describeCli).sort();
      const ds = await diagnosticsOf(uri, (d) => d.map(describeDiagnostic).sort().join('\n') === expected.join('\n'));
      assert.deepStrictEqual(ds.map(describeDiagnostic).sort(), expected);
    });
  }

  it('gongwen.rules in the settings turns a check off and back on, live', async () => {
    const uri = seedUri('004');
    await openGongwen(uri);
    await diagnosticsOf(uri, (d) => d.some((x) => codeOf(x) === 'structure/attachment-missing'));
    const config = vscode.workspace.getConfiguration('gongwen');
    await config.update('rules', { 'structure/attachment-missing': 'off' }, vscode.ConfigurationTarget.Workspace);
    try {
      await diagnosticsOf(uri, (d) => !d.some((x) => codeOf(x) === 'structure/attachment-missing'));
      await config.update('rules', { 'structure/attachment-missing': 'warning' }, vscode.ConfigurationTarget.Workspace);
      const warned = await diagnosticsOf(uri, (d) => d.some((x) => codeOf(x) === 'structure/attachment-missing' && x.severity === vscode.DiagnosticSeverity.Warning));
      assert.strictEqual(warned.filter((x) => codeOf(x) === 'structure/attachment-missing').length, 3);
    } finally {
      await config.update('rules', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await diagnosticsOf(uri, (d) => d.filter((x) => codeOf(x) === 'structure/attachment-missing' && x.severity === vscode.DiagnosticSeverity.Error).length === 3);
  });

  it('an edit is re-checked live, unsaved: deleting the 附件说明 takes its errors away, undo brings them back', async () => {
    const uri = seedUri('004');
    const editor = await openGongwen(uri);
    const before = (await diagnosticsOf(uri)).map(describeDiagnostic).sort();
    // delete the 附件说明 block: the attachment-missing errors must go, live, without saving
    const doc = editor.document;
    const start = doc.positionAt(doc.getText().indexOf('附件：1.'));
    const end = doc.positionAt(doc.getText().indexOf('政策解读'));
    await editor.edit((e) => e.delete(new vscode.Range(start, end)));
    const after = await diagnosticsOf(uri, (d) => !d.some((x) => codeOf(x) === 'structure/attachment-missing'));
    assert.ok(after.length < before.length, `expected fewer diagnostics after the edit; before ${before.length}, after ${after.length}`);
    await vscode.commands.executeCommand('undo');
    const again = await diagnosticsOf(uri, (d) => d.map(describeDiagnostic).sort().join('\n') === before.join('\n'));
    assert.deepStrictEqual(again.map(describeDiagnostic).sort(), before);
    assert.ok(!editor.document.isDirty, 'undo restores the saved text');
  });
});
