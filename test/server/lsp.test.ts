// The language server over stdio, driven by a real JSON-RPC client, at real seed positions.
import * as assert from 'assert';
import * as path from 'path';
import {
  CodeActionRequest, CodeLensRequest, CompletionRequest, DefinitionRequest, DocumentSymbolRequest, ExecuteCommandRequest,
  FoldingRangeRequest, HoverRequest, PrepareRenameRequest, ReferencesRequest, RenameRequest,
  type CodeAction, type CompletionItem, type DocumentSymbol, type InitializeResult, type Location, type LocationLink,
  type MarkupContent, type TextEdit,
} from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze } from '../../server/src/core/engine/analyze';
import { docsBase } from '../../server/src/node/paths';
import { DEBUG_MEMORY_REQUEST } from '../../server/src/lsp/debug';
import { GONGWEN_BIN, LspClient, fileUri } from '../helpers/lspClient';
import { SEEDS_DIR, SEED_FILES, seed } from '../helpers/seeds';
import { slipped } from '../helpers/slips';

const seedUri = (prefix: string) => fileUri(path.join(SEEDS_DIR, SEED_FILES.find((f) => f.startsWith(prefix))!));

describe('language server over stdio (gongwen lsp --stdio)', function () {
  this.timeout(30000);
  let client: LspClient;
  let init: InitializeResult;

  before(async () => {
    ({ client, init } = await LspClient.start());
  });

  after(async () => {
    const code = await client.stop();
    assert.strictEqual(code, 0, 'a polite shutdown exits 0');
  });

  it('declares every feature it serves', () => {
    const c = init.capabilities;
    assert.strictEqual(init.serverInfo?.name, 'gongwen');
    assert.ok(c.hoverProvider);
    assert.ok(c.documentSymbolProvider);
    assert.ok(c.foldingRangeProvider);
    assert.ok(c.completionProvider?.triggerCharacters?.includes('（'));
    const kinds = typeof c.codeActionProvider === 'object' ? c.codeActionProvider.codeActionKinds : [];
    assert.deepStrictEqual(kinds, ['quickfix', 'source.fixAll', 'source.fixAll.gongwen']);
    assert.ok(c.executeCommandProvider?.commands.includes('gongwen.server.fixAll'));
    assert.ok(c.executeCommandProvider?.commands.includes('gongwen.server.exportDivisionTable'));
    assert.ok(c.executeCommandProvider?.commands.includes('gongwen.server.generateDivisionTable'));
    assert.ok(c.definitionProvider);
    assert.ok(c.referencesProvider);
    assert.deepStrictEqual(c.renameProvider, { prepareProvider: true });
    assert.ok(c.codeLensProvider);
  });

  it('publishes the same diagnostics as the core for every seed; seed 000 gets no error or warning', async () => {
    for (const f of SEED_FILES) {
      const uri = seedUri(f.slice(0, 3));
      const text = seed(f.slice(0, 3));
      await client.open(uri, text);
      const diags = await client.waitForDiagnostics(uri);
      assert.deepStrictEqual(diags, JSON.parse(JSON.stringify(analyze(text, { uri, docsBase: docsBase() }).diagnostics)), f);
      if (f.startsWith('000')) assert.deepStrictEqual(diags.filter((d) => d.severity! <= 2), []);
    }
    const d004 = client.published.get(seedUri('004'))!.diagnostics;
    const missing = d004.find((d) => d.code === 'structure/attachment-missing');
    assert.ok(missing, 'seed 004 lists attachments that never follow');
    assert.strictEqual(missing.range.start.line, 110);
    assert.strictEqual(missing.source, 'gongwen');
  });

  it('diagnostics follow an edit (incremental sync) and carry its version', async () => {
    const uri = 'untitled:edit-me.gw';
    await client.open(uri, seed('000'));
    await client.waitForDiagnostics(uri);
    // drop the 成文日期 of the 通知: structure/missing-date must appear, for version 2
    const version = await client.change(uri, seed('000').replace('2024年9月29日\n宝清县“一老一小”整体解决方案', '宝清县“一老一小”整体解决方案'));
    const diags = await client.waitForDiagnostics(uri, version);
    assert.strictEqual(client.published.get(uri)!.version, 2);
    assert.ok(diags.some((d) => d.code === 'structure/missing-date'), JSON.stringify(diags));
    await client.close(uri);
  });

  it('applies range edits as an editor sends them while typing, and publishes what the core finds in the result', async () => {
    const uri = 'untitled:typed.gw';
    await client.open(uri, seed('000'));
    await client.waitForDiagnostics(uri);
    // the 成文日期 (line 17, 0-based 16) deleted in three keystroke-sized changes, then one more character typed
    // elsewhere: every change is a range, as VS Code sends them, and the server must end with the same text
    await client.edit(uri, [{ range: { start: { line: 16, character: 8 }, end: { line: 16, character: 10 } }, text: '' }]);
    await client.edit(uri, [{ range: { start: { line: 16, character: 0 }, end: { line: 16, character: 8 } }, text: '' }]);
    await client.edit(uri, [{ range: { start: { line: 16, character: 0 }, end: { line: 17, character: 0 } }, text: '' }]);
    const version = await client.edit(uri, [{ range: { start: { line: 30, character: 0 }, end: { line: 30, character: 0 } }, text: '的' }]);
    const diags = await client.waitForDiagnostics(uri, version);
    const text = client.text(uri);
    assert.ok(!text.includes('2024年9月29日\n宝清县'), 'the date line is gone from the client copy');
    assert.deepStrictEqual(diags, JSON.parse(JSON.stringify(analyze(text, { uri, docsBase: docsBase() }).diagnostics)));
    assert.ok(diags.some((d) => d.code === 'structure/missing-date'), JSON.stringify(diags.map((d) => d.code)));
    await client.close(uri);
  });

  it('hover on a heading marker tells its level and its siblings', async () => {
    const uri = seedUri('000');
    const h = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 35, character: 1 } });
    assert.ok(h);
    const md = (h.contents as MarkupContent).value;
    assert.match(md, /（一）健全服务体系/);
    assert.match(md, /第二层/);
    assert.match(md, /同级共 4 项，本项为第 1 项/);
    assert.deepStrictEqual(h.range, { start: { line: 35, character: 0 }, end: { line: 35, character: 3 } });
    const none = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 23, character: 5 } });
    assert.strictEqual(none, null, 'prose has no hover');
  });

  it('completion: on a new line after task 6 of （一）, typing （ offers （二） replacing the （', async () => {
    const uri = 'untitled:complete.gw';
    const lines = seed('000').split('\n');
    lines.splice(47, 0, '（');
    await client.open(uri, lines.join('\n'));
    const r = await client.connection.sendRequest(CompletionRequest.type, {
      textDocument: { uri },
      position: { line: 47, character: 1 },
      context: { triggerKind: 2, triggerCharacter: '（' },
    });
    const items = (Array.isArray(r) ? r : r?.items ?? []) as CompletionItem[];
    assert.deepStrictEqual(items.map((i) => i.label), ['（二）', '（1）']);
    assert.deepStrictEqual(items[0].textEdit, { range: { start: { line: 47, character: 0 }, end: { line: 47, character: 1 } }, newText: '（二）' });
    await client.close(uri);
  });

  it('documentSymbol: the plan, its headings and tasks, the attachments and the 分工表', async () => {
    const uri = seedUri('000');
    const syms = (await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as DocumentSymbol[];
    assert.deepStrictEqual(syms.map((s) => s.name).slice(2, 5), ['关于印发《宝清县“一老一小”整体解决方案》的通知', '宝清县“一老一小”整体解决方案', '附件说明']);
    const plan = syms[3];
    const tasks = plan.children![2].children![0].children!;
    assert.strictEqual(tasks[0].name, '1.统筹规划服务设施建设');
    assert.strictEqual(tasks[0].selectionRange.start.line, 37);
    const table = syms[6].children![0];
    assert.strictEqual(table.name, '宝清县“一老一小”工作重点任务分工表');
    assert.strictEqual(table.children!.flatMap((s) => s.children!).length, 22);
  });

  it('foldingRange: headings fold over their sections', async () => {
    const uri = seedUri('000');
    const f = await client.connection.sendRequest(FoldingRangeRequest.type, { textDocument: { uri } });
    const at = new Map(f!.map((r) => [r.startLine, r.endLine]));
    assert.strictEqual(at.get(33), 71, '三、重点任务');
    assert.strictEqual(at.get(35), 46, '（一）健全服务体系');
    assert.strictEqual(at.get(84), 251, '附件1');
  });

  it('codeAction on a clean seed offers nothing; source.fixAll offers nothing either', async () => {
    const uri = seedUri('000');
    const diags = client.published.get(uri)!.diagnostics;
    const quick = (await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: { start: { line: 37, character: 0 }, end: { line: 37, character: 0 } },
      context: { diagnostics: diags.filter((d) => d.range.start.line === 37) },
    })) as CodeAction[];
    assert.deepStrictEqual(quick, []);
    const all = await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll.gongwen'] },
    });
    assert.deepStrictEqual(all, []);
  });

  it('codeAction: each fix of a diagnostic is a quick fix; applying it changes exactly its span and the diagnostic goes', async () => {
    const uri = 'untitled:slips.gw';
    await client.open(uri, slipped());
    const diags = await client.waitForDiagnostics(uri);
    const d = diags.find((x) => x.code === 'structure/doc-number')!;
    assert.ok(d, JSON.stringify(diags.map((x) => x.code)));
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri }, range: d.range, context: { diagnostics: [d], only: ['quickfix'] },
    })) as CodeAction[];
    assert.deepStrictEqual(actions.map((a) => [a.title, a.kind, a.isPreferred]), [['改为“宝政办规〔2024〕6号”', 'quickfix', true]]);
    assert.deepStrictEqual(actions[0].diagnostics, [d]);
    const edits = actions[0].edit!.changes![uri];
    assert.deepStrictEqual(edits, [
      { range: { start: { line: 0, character: 4 }, end: { line: 0, character: 5 } }, newText: '〔' },
      { range: { start: { line: 0, character: 9 }, end: { line: 0, character: 10 } }, newText: '〕' },
    ]);
    const before = client.text(uri);
    await client.applyWorkspaceEdit(actions[0].edit!);
    const after = client.text(uri);
    assert.strictEqual(after, before.replace('宝政办规[2024]6号', '宝政办规〔2024〕6号'), 'only the two brackets changed');
    const left = await client.waitForDiagnostics(uri);
    assert.ok(!left.some((x) => x.code === 'structure/doc-number'));
    assert.strictEqual(left.length, diags.length - 1);
  });

  it('source.fixAll.gongwen: every safe fix in one edit set; the repeated 三、 (no safe fix) stays', async () => {
    const uri = 'untitled:slips.gw';
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [], only: ['source.fixAll.gongwen'] },
    })) as CodeAction[];
    assert.deepStrictEqual(actions.map((a) => [a.title, a.kind]), [['修复全部可自动修复的问题（2 处）', 'source.fixAll.gongwen']]);
    await client.applyWorkspaceEdit(actions[0].edit!);
    assert.strictEqual(client.text(uri), seed('000').replace('二、发展目标', '三、发展目标'));
    const left = await client.waitForDiagnostics(uri);
    assert.deepStrictEqual(left.map((x) => x.code), ['numbering/gap']);
  });

  it('重新编号 at the repeated 三、 renumbers the level through workspace/applyEdit', async () => {
    const uri = 'untitled:slips.gw';
    const r = (await client.connection.sendRequest(ExecuteCommandRequest.type, {
      command: 'gongwen.server.renumber', arguments: [uri, { line: 25, character: 1 }],
    })) as { applied: boolean; message: string };
    assert.strictEqual(r.applied, true);
    assert.match(r.message, /重新编号/);
    assert.strictEqual(client.text(uri), seed('000'));
    assert.deepStrictEqual((await client.waitForDiagnostics(uri)).filter((d) => d.severity! <= 2), []);
    const again = (await client.connection.sendRequest(ExecuteCommandRequest.type, {
      command: 'gongwen.server.renumber', arguments: [uri, { line: 25, character: 1 }],
    })) as { applied: boolean; message: string };
    assert.deepStrictEqual(again, { applied: false, message: '光标所在的序号已经连续，无需重新编号。' });
    await client.close(uri);
  });

  it('gongwen.server.fixAll applies the safe fixes for editors without source actions', async () => {
    const uri = 'untitled:fixall.gw';
    await client.open(uri, slipped());
    await client.waitForDiagnostics(uri);
    const r = (await client.connection.sendRequest(ExecuteCommandRequest.type, { command: 'gongwen.server.fixAll', arguments: [uri] })) as { applied: boolean; count: number };
    assert.strictEqual(r.applied, true);
    assert.strictEqual(r.count, 3);
    assert.strictEqual(client.text(uri), seed('000').replace('二、发展目标', '三、发展目标'));
    await client.close(uri);
  });

  it('export the 分工表 as CSV and as Markdown', async () => {
    const uri = seedUri('000');
    const csv = (await client.connection.sendRequest(ExecuteCommandRequest.type, { command: 'gongwen.server.exportDivisionTable', arguments: [uri, 'csv'] })) as { content: string; rows: number };
    assert.strictEqual(csv.rows, 22);
    const lines = csv.content.split('\r\n');
    assert.strictEqual(lines[0], '\ufeff序号,重点任务,责任单位');
    assert.strictEqual(lines[1], '一、健全服务体系,,');
    assert.match(lines[2], /^1,统筹规划服务设施建设,县住房和城乡建设局、县自然资源局、/);
    const md = (await client.connection.sendRequest(ExecuteCommandRequest.type, { command: 'gongwen.server.exportDivisionTable', arguments: [uri, 'markdown'] })) as { content: string };
    assert.match(md.content, /^\| 序号 \| 重点任务 \| 责任单位 \|\n\| --- \| --- \| --- \|\n\| \*\*一、健全服务体系\*\* \| {2}\| {2}\|\n\| 1 \| 统筹规划服务设施建设 \| 县住房和城乡建设局、/);
  });

  it('definition: task 1 → its 分工表 row (LocationLink), and the row → back to the task title', async () => {
    const uri = seedUri('000');
    const links = (await client.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri }, position: { line: 37, character: 4 } })) as LocationLink[];
    assert.strictEqual(links.length, 1);
    assert.strictEqual(links[0].targetUri, uri);
    assert.deepStrictEqual(links[0].targetSelectionRange, { start: { line: 264, character: 1 }, end: { line: 264, character: 11 } });
    const back = (await client.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri }, position: { line: 264, character: 3 } })) as LocationLink[];
    assert.deepStrictEqual(back[0].targetSelectionRange, { start: { line: 37, character: 2 }, end: { line: 37, character: 12 } });
  });

  it('references: 县民政局 in 22 tasks, 22 rows, the 专班 list and the 主要职责', async () => {
    const uri = seedUri('000');
    const refs = (await client.connection.sendRequest(ReferencesRequest.type, {
      textDocument: { uri }, position: { line: 41, character: 171 }, context: { includeDeclaration: true },
    })) as Location[];
    assert.strictEqual(refs.length, 46);
    const lines = seed('000').split('\n');
    assert.ok(refs.every((r) => r.uri === uri && lines[r.range.start.line].slice(r.range.start.character, r.range.end.character) === '县民政局'));
  });

  it('rename: prepareRename gives the name; the rename edits every place; a clash is refused with a Chinese message', async () => {
    const uri = 'untitled:rename.gw';
    await client.open(uri, seed('000'));
    await client.waitForDiagnostics(uri);
    const prep = await client.connection.sendRequest(PrepareRenameRequest.type, { textDocument: { uri }, position: { line: 41, character: 171 } });
    assert.deepStrictEqual(prep, { range: { start: { line: 41, character: 170 }, end: { line: 41, character: 174 } }, placeholder: '县民政局' });
    await assert.rejects(
      client.connection.sendRequest(PrepareRenameRequest.type, { textDocument: { uri }, position: { line: 23, character: 3 } }),
      (e: Error) => /此处不是单位名称/.test(e.message),
    );
    await assert.rejects(
      client.connection.sendRequest(RenameRequest.type, { textDocument: { uri }, position: { line: 41, character: 171 }, newName: '县财政局' }),
      (e: Error) => /“县财政局”已是文档中的另一个单位/.test(e.message),
    );
    const edit = await client.connection.sendRequest(RenameRequest.type, { textDocument: { uri }, position: { line: 41, character: 171 }, newName: '县民政和社会保障局' });
    assert.ok(edit?.documentChanges);
    await client.applyWorkspaceEdit(edit);
    const after = client.text(uri);
    assert.ok(!after.includes('县民政局'));
    assert.strictEqual(after.replace(/县民政和社会保障局/g, '县民政局'), seed('000'));
    // the renamed document still checks clean and still pairs every task with its row
    const diags = await client.waitForDiagnostics(uri);
    assert.deepStrictEqual(diags.filter((d) => d.severity! <= 2), []);
    await client.close(uri);
  });

  it('codeLens: each task of seed 000 names its row and reveals it when clicked', async () => {
    const uri = seedUri('000');
    const lenses = await client.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri } });
    assert.strictEqual(lenses!.length, 22);
    assert.deepStrictEqual(lenses![0].range, { start: { line: 37, character: 0 }, end: { line: 37, character: 0 } });
    assert.strictEqual(lenses![0].command!.title, '分工表 第1行');
    assert.strictEqual(lenses![0].command!.command, 'gongwen.server.showLocation');
    await client.connection.sendRequest(ExecuteCommandRequest.type, { command: lenses![0].command!.command, arguments: lenses![0].command!.arguments });
    const shown = client.shownDocuments.at(-1) as { uri: string; selection: { start: { line: number } } };
    assert.strictEqual(shown.uri, uri);
    assert.strictEqual(shown.selection.start.line, 263);
  });

  it('根据正文生成分工表 on seed 001: the server applies the new attachment; its code lens then names the rows', async () => {
    const uri = 'untitled:generate.gw';
    await client.open(uri, seed('001'));
    await client.waitForDiagnostics(uri);
    const [lens] = (await client.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri } }))!;
    assert.strictEqual(lens.command!.title, '尚无重点任务分工表：根据正文 16 项任务生成');
    const r = (await client.connection.sendRequest(ExecuteCommandRequest.type, { command: lens.command!.command, arguments: lens.command!.arguments })) as { applied: boolean; message: string };
    assert.strictEqual(r.applied, true);
    assert.match(r.message, /已根据正文 16 项任务生成/);
    assert.ok(client.messages.some((m) => m.message === r.message), 'the drafter is told what happened');
    assert.strictEqual(client.appliedEdits.at(-1)!.label, '根据正文生成分工表');
    assert.match(client.text(uri), /附件1\n\n崇信县“十四五”促进养老托育服务健康发展实施方案重点任务分工表\n\n\t序号\n\t重点任务\n\t责任单位/);
    await client.waitForDiagnostics(uri);
    const lenses = (await client.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri } }))!;
    assert.strictEqual(lenses.length, 16);
    assert.ok(lenses.every((l) => /^分工表 第\d+行/.test(l.command!.title)));
    await client.close(uri);
  });

  it('gongwen.server.showLocation asks the editor to reveal the range', async () => {
    const uri = seedUri('000');
    const range = { start: { line: 263, character: 1 }, end: { line: 263, character: 2 } };
    await client.connection.sendRequest(ExecuteCommandRequest.type, { command: 'gongwen.server.showLocation', arguments: [uri, range] });
    assert.deepStrictEqual(client.shownDocuments.at(-1), { uri, selection: range });
  });
});

describe('gongwen lsp without a transport flag', function () {
  this.timeout(30000);
  it('defaults to stdio', async () => {
    const { client, init } = await LspClient.start({ node: [GONGWEN_BIN, 'lsp'] });
    try {
      assert.ok(init.capabilities.hoverProvider);
      const uri = 'untitled:x.gw';
      await client.open(uri, '一、总体要求\n');
      const diags = await client.waitForDiagnostics(uri);
      assert.deepStrictEqual(diags.filter((d) => d.severity! <= 2), []);
    } finally {
      assert.strictEqual(await client.stop(), 0);
    }
  });
});

describe('gongwen lsp heap limits (another editor starts it without the client\'s node flags)', function () {
  this.timeout(60000);
  it('keeps the young generation small (V8 would grow it to 16 MB)', async () => {
    const { client } = await LspClient.start();
    try {
      for (const f of SEED_FILES) {
        const uri = seedUri(f.slice(0, 3));
        await client.open(uri, seed(f.slice(0, 3)));
        await client.waitForDiagnostics(uri);
      }
      // every seed once more, edited: about 25 MB allocated, enough for V8's defaults to grow the young generation to 16 MB
      for (const f of SEED_FILES) await client.waitForDiagnostics(seedUri(f.slice(0, 3)), await client.change(seedUri(f.slice(0, 3)), seed(f.slice(0, 3)) + '\n'));
      const m = await client.connection.sendRequest<{ spaces: { name: string; size: number }[]; execArgv: string[] }>(DEBUG_MEMORY_REQUEST, {});
      assert.deepStrictEqual(m.execArgv, [], 'started as `gongwen lsp`, with no node flags');
      const young = m.spaces.find((s) => s.name === 'new_space')!.size;
      // it may have doubled once while the CLI bundle loaded, before the server set the limit
      assert.ok(young <= 4 * 2 ** 20, `young generation ${(young / 2 ** 20).toFixed(1)} MB`);
    } finally {
      await client.stop();
    }
  });
});

export type { TextEdit, TextDocument };

describe('debounce', function () {
  this.timeout(60000);
  it('an opened document is analysed at once; edits wait for the debounce', async () => {
    // a debounce far longer than any analysis: diagnostics that arrive before it ran out were not debounced
    const { client } = await LspClient.start({ env: { GONGWEN_DEBOUNCE_MS: '20000' } });
    try {
      const uri = 'untitled:debounce.gw';
      await client.open(uri, '一、总体要求\n三、保障措施\n');
      const diags = await client.waitForDiagnostics(uri, 1, 15000);
      assert.ok(diags.some((d) => d.code === 'numbering/gap'), JSON.stringify(diags));
      const version = await client.change(uri, '一、总体要求\n二、保障措施\n');
      await assert.rejects(client.waitForDiagnostics(uri, version, 3000), /no diagnostics/);
    } finally {
      await client.stop();
    }
  });
});
