// Quick fixes in the editor: on a copy of seed 000 with typical drafting slips put in, every diagnostic
// that carries a fix offers it as a quick fix, and applying it through the editor changes the text exactly
// as the fix's edits say (the same edits `gongwen check --format json` reports) — and the diagnostic goes.
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import { cliDiagnostics, codeOf, describeCli, diagnosticsOf, extension, openGongwen, seedUri, serverHas, workspaceDir } from './helpers';

/** Slips a drafter makes, each applied to the clean seed 000 once (the first occurrence). */
export const SLIPS: [string, string][] = [
  ['宝政办规〔2024〕6号', '宝政办规[2024]6号'], // year bracket of the 发文字号
  ['（一）健全服务体系', '(一)健全服务体系'], // half-width parentheses in a heading
  ['二、发展目标', '三、发展目标'], // a first-level ordinal repeated
  ['2024年9月29日', '2024年09月29日'], // 成文日期 with a leading zero
];

function slipped(text: string): string {
  for (const [from, to] of SLIPS) {
    assert.ok(text.includes(from), `seed 000 contains “${from}”`);
    text = text.replace(from, to);
  }
  return text;
}

describe('quick fixes', () => {
  let uri: vscode.Uri;
  before(() => {
    const file = path.join(workspaceDir(), 'slips.gongwen.txt');
    fs.writeFileSync(file, slipped(fs.readFileSync(seedUri('000').fsPath, 'utf8')));
    uri = vscode.Uri.file(file);
  });
  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });
  after(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  it('every fix the CLI reports is offered as a quick fix and applies exactly its edits', async () => {
    const editor = await openGongwen(uri);
    assert.ok(serverHas('codeActionProvider'), 'the language server announces codeActionProvider');
    const expected = cliDiagnostics(uri.fsPath);
    const fixable = expected.filter((d) => d.data?.fixes?.length);
    assert.ok(fixable.length >= SLIPS.length, `every slip is found with a fix; diagnostics: ${expected.map(describeCli).join(' | ') || 'none'}`);
    await diagnosticsOf(uri, (ds) => ds.length === expected.length);
    const original = editor.document.getText();
    for (const d of fixable) {
      for (const fix of d.data!.fixes!) {
        const range = new vscode.Range(d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character);
        const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
          'vscode.executeCodeActionProvider', uri, range, vscode.CodeActionKind.QuickFix.value, 10);
        const action = actions.find((a) => a.title === fix.title);
        assert.ok(action, `quick fix “${fix.title}” for ${describeCli(d)}; offered: ${actions.map((a) => a.title).join(' | ')}`);
        // what the fix's edits do to the text, computed here independently of the editor
        const doc = editor.document;
        let want = original;
        for (const e of [...fix.edits].sort((a, b) => doc.offsetAt(pos(b.range.start)) - doc.offsetAt(pos(a.range.start)))) {
          want = want.slice(0, doc.offsetAt(pos(e.range.start))) + e.newText + want.slice(doc.offsetAt(pos(e.range.end)));
        }
        assert.ok(action.edit, `“${fix.title}” carries its edit`);
        assert.ok(await vscode.workspace.applyEdit(action.edit), 'the edit applies');
        assert.strictEqual(editor.document.getText(), want, `“${fix.title}” changes exactly its edits`);
        const after = await diagnosticsOf(uri, (ds) => !ds.some((x) => codeOf(x) === d.code && x.range.start.line === d.range.start.line && x.message === d.message));
        assert.ok(!after.some((x) => x.message === d.message), `“${d.message}” is gone after the fix`);
        await vscode.commands.executeCommand('workbench.action.files.revert');
        assert.strictEqual(editor.document.getText(), original);
      }
    }
  });

  it('source.fixAll.gongwen applies every safe fix in one step, and the result checks clean of them', async () => {
    const editor = await openGongwen(uri);
    assert.ok(serverHas('codeActionProvider'), 'the language server announces codeActionProvider');
    const safe = cliDiagnostics(uri.fsPath).filter((d) => d.data?.fixes?.some((f) => f.safe));
    assert.ok(safe.length > 0, 'a check offers a safe fix for these slips');
    await diagnosticsOf(uri, (ds) => ds.some((x) => codeOf(x) === safe[0].code));
    const all = new vscode.Range(0, 0, editor.document.lineCount, 0);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider', uri, all, 'source.fixAll.gongwen', 10);
    const fixAll = actions.find((a) => a.kind?.value === 'source.fixAll.gongwen');
    assert.ok(fixAll?.edit, `source.fixAll.gongwen offered with an edit; got ${actions.map((a) => a.kind?.value).join(', ')}`);
    assert.ok(await vscode.workspace.applyEdit(fixAll.edit));
    const left = await diagnosticsOf(uri, (ds) => !ds.some((x) => safe.some((s) => s.message === x.message && codeOf(x) === s.code)));
    for (const s of safe) assert.ok(!left.some((x) => x.message === s.message), `fixed: ${s.message}`);
    // the editor's fix-all and the command line's `gongwen check --fix` write the same text
    const copy = path.join(os.tmpdir(), `gongwen-fixall-${process.pid}.gongwen.txt`);
    fs.writeFileSync(copy, fs.readFileSync(uri.fsPath));
    try {
      const r = spawnSync(process.execPath, [path.join(extension().extensionPath, 'bin', 'gongwen'), 'check', '--fix', copy],
        { encoding: 'utf8', env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' } });
      assert.ok(r.status === 0 || r.status === 1, `gongwen check --fix exited ${r.status}: ${r.stderr}`);
      assert.strictEqual(editor.document.getText(), fs.readFileSync(copy, 'utf8'), 'source.fixAll.gongwen = gongwen check --fix');
    } finally {
      fs.rmSync(copy, { force: true });
    }
  });
});

function pos(p: { line: number; character: number }): vscode.Position {
  return new vscode.Position(p.line, p.character);
}
