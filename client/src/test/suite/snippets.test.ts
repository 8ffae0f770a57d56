// Snippets: each one contributed for gongwen expands in a Gongwen document, by its name, with its
// tab stops resolved to their defaults — and the 通知 skeleton reads in GB/T 9704 order.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import { cliDiagnostics, describeCli, describeDiagnostic, diagnosticsOf, extension, waitFor } from './helpers';

interface SnippetDef { prefix: string | string[]; body: string | string[]; description?: string }

function contributedSnippets(): Record<string, SnippetDef> | undefined {
  const pkg = extension().packageJSON as { contributes?: { snippets?: { language: string; path: string }[] } };
  const entries = pkg.contributes?.snippets?.filter((s) => s.language === 'gongwen') ?? [];
  if (!entries.length) return undefined;
  // every snippet file contributed for gongwen (the document skeletons, the indicator sentences …)
  return Object.assign({}, ...entries.map((e) => JSON.parse(fs.readFileSync(path.join(extension().extensionPath, e.path), 'utf8'))));
}

/** Expands the snippet `name` into a new untitled Gongwen document; `inspect` sees it before it is closed. */
async function expand(name: string, inspect?: (doc: vscode.TextDocument) => Promise<void>): Promise<string> {
  const doc = await vscode.workspace.openTextDocument({ language: 'gongwen', content: '' });
  const editor = await vscode.window.showTextDocument(doc);
  try {
    await vscode.commands.executeCommand('editor.action.insertSnippet', { langId: 'gongwen', name });
    const text = await waitFor(`snippet “${name}” to expand`, () => editor.document.getText() || undefined, [vscode.workspace.onDidChangeTextDocument]);
    await inspect?.(editor.document);
    return text;
  } finally {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
}

describe('snippets', () => {
  it('every gongwen snippet expands by name in a Gongwen document', async () => {
    const snippets = contributedSnippets();
    assert.ok(snippets, 'package.json contributes snippets for gongwen');
    const names = Object.keys(snippets);
    assert.ok(names.length >= 5, `snippets: ${names.join(', ')}`);
    for (const name of names) {
      const body = ([] as string[]).concat(snippets[name].body).join('\n');
      const text = await expand(name);
      // the first literal run of the body (before any tab stop) appears as written
      const literal = body.split(/\$\{?\d|\$\{[A-Z_]+/)[0].replace(/\\(.)/g, '$1').trim();
      if (literal) assert.ok(text.includes(literal), `“${name}” expands to text starting with “${literal}”; got “${text.slice(0, 80)}”`);
      assert.doesNotMatch(text, /\$\{\d+[:|]/, `“${name}”: every tab stop is resolved`);
    }
  });

  it('the 通知 skeleton (prefix tz) is in GB/T 9704 order and, as expanded, draws no error or warning', async () => {
    const snippets = contributedSnippets();
    const name = snippets && Object.keys(snippets).find((n) => ([] as string[]).concat(snippets[n].prefix).includes('tz'));
    assert.ok(name, 'a gongwen snippet has the prefix tz (the 通知 skeleton)');
    const text = await expand(name, async (doc) => {
      // the language server checks the new document: a skeleton that the checks flag would teach drafters wrong.
      // Wait for the diagnostics of the expanded text (not the empty document's): the CLI's for the same text.
      const copy = path.join(os.tmpdir(), `gongwen-snippet-${process.pid}.txt`);
      fs.writeFileSync(copy, doc.getText());
      const want = (() => { try { return cliDiagnostics(copy).map(describeCli).sort().join('\n'); } finally { fs.rmSync(copy, { force: true }); } })();
      const ds = await diagnosticsOf(doc.uri, (d) => d.map(describeDiagnostic).sort().join('\n') === want);
      const loud = ds.filter((d) => d.severity <= vscode.DiagnosticSeverity.Warning).map(describeDiagnostic);
      assert.deepStrictEqual(loud, [], 'the expanded 通知 skeleton has no error or warning');
    });
    const order = [/〔\d{4}〕/, /通知/, /：/, /附件/, /\d{4}年\d{1,2}月\d{1,2}日/, /抄送/, /印发/];
    let at = 0;
    for (const re of order) {
      const m = re.exec(text.slice(at));
      assert.ok(m, `${re} after offset ${at} in:\n${text}`);
      at += m.index + m[0].length;
    }
  });
});
