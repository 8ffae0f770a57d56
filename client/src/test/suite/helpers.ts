// Shared by the in-editor tests: finding the seeds in the scratch workspace, opening them, and waiting
// for the editor to reach a state (diagnostics, language switch) by listening — never by sleeping.
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import type { GongwenApi } from '../../extension';

export const EXTENSION_ID = 'gongwen.gongwen';
const DEFAULT_TIMEOUT = 30_000;

export function extension(): vscode.Extension<GongwenApi> {
  const ext = vscode.extensions.getExtension<GongwenApi>(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is not loaded`);
  return ext;
}

/** The scratch copy of seeds/ the runner opened as the workspace (the tests edit documents; the repo's seeds stay untouched). */
export function workspaceDir(): string {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the runner must open a workspace folder holding a copy of seeds/');
  const dir = folder.uri.fsPath;
  // the tests write files and settings into it: never into the repository's own seeds/
  assert.ok(path.resolve(dir) !== path.join(extension().extensionPath, 'seeds'), 'open a scratch copy of seeds/, not the repository\'s (scripts/e2e-run.mjs does)');
  return dir;
}

export function seedUri(prefix: string): vscode.Uri {
  const dir = workspaceDir();
  const name = fs.readdirSync(dir).find((f) => f.startsWith(prefix) && f.endsWith('.txt'));
  assert.ok(name, `no seed ${prefix}* in ${dir}`);
  return vscode.Uri.file(path.join(dir, name));
}

export function seedFiles(): string[] {
  return fs.readdirSync(workspaceDir()).filter((f) => /^\d{3}_.*\.txt$/.test(f)).sort();
}

/** Resolves once `check()` returns a value, re-checking whenever one of `events` fires (and every 100 ms,
 *  in case the state changed without an event). Times out with `describe()` so a failure says what was seen. */
export function waitFor<T>(
  what: string,
  check: () => T | undefined | false,
  events: vscode.Event<unknown>[] = [],
  timeout = DEFAULT_TIMEOUT,
  describe: () => string = () => '',
): Promise<T> {
  return new Promise((resolve, reject) => {
    const subs: vscode.Disposable[] = [];
    const done = (fn: () => void) => {
      subs.forEach((s) => s.dispose());
      clearTimeout(timer);
      clearInterval(poll);
      fn();
    };
    const test = () => {
      let v: T | undefined | false;
      try {
        v = check();
      } catch (e) {
        done(() => reject(e));
        return;
      }
      if (v !== undefined && v !== false) done(() => resolve(v as T));
    };
    for (const e of events) subs.push(e(test));
    const timer = setTimeout(() => done(() => reject(new Error(`timed out after ${timeout} ms waiting for ${what}${describe() ? `; last seen: ${describe()}` : ''}`))), timeout);
    const poll = setInterval(test, 100);
    test();
  });
}

export function documentFor(uri: vscode.Uri): vscode.TextDocument | undefined {
  return vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
}

/** Opens a file in an editor and waits until auto-detection has made it a Gongwen document. */
export async function openGongwen(uri: vscode.Uri): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(doc, { preview: false });
  await waitFor(`${path.basename(uri.fsPath)} to become a gongwen document`,
    () => documentFor(uri)?.languageId === 'gongwen',
    [vscode.workspace.onDidOpenTextDocument], DEFAULT_TIMEOUT, () => `languageId=${documentFor(uri)?.languageId}`);
  // setTextDocumentLanguage replaces the document: show the new one
  const editor = await vscode.window.showTextDocument(documentFor(uri)!, { preview: false });
  await extension().activate();
  return editor;
}

/** Waits for the server's diagnostics on `uri` (for the document's current text) and returns them. */
export async function diagnosticsOf(uri: vscode.Uri, accept: (d: vscode.Diagnostic[]) => boolean = () => true): Promise<vscode.Diagnostic[]> {
  return waitFor(`diagnostics on ${path.basename(uri.fsPath)}`,
    () => {
      const ds = vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'gongwen');
      return published.has(uri.toString()) && accept(ds) ? ds : undefined;
    },
    [vscode.languages.onDidChangeDiagnostics], DEFAULT_TIMEOUT,
    () => JSON.stringify(vscode.languages.getDiagnostics(uri).map(describeDiagnostic)));
}

/** Documents the server has published diagnostics for at least once (an empty list counts: seed 000 is clean). */
const published = new Set<string>();
vscode.languages.onDidChangeDiagnostics((e) => e.uris.forEach((u) => published.add(u.toString())));

export function codeOf(d: vscode.Diagnostic): string {
  return typeof d.code === 'object' ? String(d.code.value) : String(d.code);
}

const SEVERITY = ['error', 'warning', 'information', 'hint'];

/** One line per diagnostic, in the CLI's terms: 0-based range, severity, code, message. */
export function describeDiagnostic(d: vscode.Diagnostic): string {
  const r = d.range;
  return `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character} ${SEVERITY[d.severity]} [${codeOf(d)}] ${d.message}`;
}

interface CliDiagnostic {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  severity: 1 | 2 | 3 | 4;
  code: string;
  message: string;
  data?: { fixes?: { title: string; safe?: boolean; edits: { range: CliDiagnostic['range']; newText: string }[] }[] };
}

/** What `gongwen check --format json` says about a file: the reference the editor must agree with. */
export function cliDiagnostics(file: string): CliDiagnostic[] {
  const bin = path.join(extension().extensionPath, 'bin', 'gongwen');
  const r = spawnSync(process.execPath, [bin, 'check', '--format', 'json', file], { encoding: 'utf8', env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' } });
  assert.ok(r.status === 0 || r.status === 1, `gongwen check exited ${r.status}: ${r.stderr}`);
  return JSON.parse(r.stdout)[0].diagnostics;
}

export function describeCli(d: CliDiagnostic): string {
  const r = d.range;
  return `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character} ${SEVERITY[d.severity - 1]} [${d.code}] ${d.message}`;
}

/** Feature gate: which providers the running language server announced in its InitializeResult. */
export function serverHas(capability: string): boolean {
  const caps = extension().exports?.serverCapabilities();
  assert.ok(caps, 'the language client has not started');
  return Boolean(caps[capability]);
}

export function positionOf(doc: vscode.TextDocument, needle: string, nth = 0): vscode.Position {
  const text = doc.getText();
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    assert.ok(at >= 0, `“${needle}” (#${nth + 1}) not found in ${path.basename(doc.uri.fsPath)}`);
  }
  return doc.positionAt(at);
}

export function hoverText(hovers: vscode.Hover[]): string {
  return hovers.flatMap((h) => h.contents).map((c) => (typeof c === 'string' ? c : c.value)).join('\n');
}

export async function closeAll(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}
