// Directory walking (--ext, node_modules and dot-folders skipped), a failing check reported on
// stderr (exit 2 only with --strict), configuration problems named with their location, and
// configuration paths kept inside the workspace.
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { findConfigFile, resolveInside } from '../../server/src/node/configFile';
import { parseExtensions } from '../../server/src/node/files';
import { FAULTY_RULE_ID } from '../fixtures/faultyRule';
import { seed, seedPath } from '../helpers/seeds';

const ROOT = path.join(__dirname, '..', '..');
const BIN = path.join(ROOT, 'bin', 'gongwen');
const FAULTY_CLI = path.join(ROOT, 'test', 'fixtures', 'faultyCli.ts');

function run(args: string[], entry: string[] = [BIN]) {
  const r = spawnSync(process.execPath, [...entry, ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function tree(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gw-tree-'));
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), text);
  }
  return dir;
}

describe('CLI directory walking', function () {
  this.timeout(30_000);
  const doc = seed('000');
  const dir = tree({
    'a.txt': doc, 'b.gw': doc, 'c.md': doc, 'sub/d.gongwen.txt': doc, 'sub/deeper/e.TXT': doc,
    'node_modules/pkg/x.txt': doc, '.git/y.txt': doc, '.hidden/z.txt': doc, '.dotfile.txt': doc,
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));
  const files = (args: string[]) => {
    const r = run(['check', '--format', 'json', ...args, dir]);
    assert.ok(r.code === 0 || r.code === 1, r.stderr);
    return (JSON.parse(r.stdout) as { file: string }[]).map((e) => path.relative(dir, e.file).split(path.sep).join('/'));
  };

  it('finds *.txt and *.gw, skipping node_modules and dot-folders, in a stable order', () => {
    assert.deepStrictEqual(files([]), ['a.txt', 'b.gw', 'sub/d.gongwen.txt', 'sub/deeper/e.TXT']);
  });

  it('--ext chooses the extensions, with or without the dot, repeated or comma-separated', () => {
    assert.deepStrictEqual(files(['--ext', 'md']), ['c.md']);
    assert.deepStrictEqual(files(['--ext', '.md,.gw']), ['b.gw', 'c.md']);
    assert.deepStrictEqual(files(['--ext', '*.md', '--ext', 'txt']), ['a.txt', 'c.md', 'sub/d.gongwen.txt', 'sub/deeper/e.TXT']);
    assert.deepStrictEqual(parseExtensions(['.TXT， gw', '', '.txt']), ['.txt', '.gw']);
  });

  it('a directory with none of the extensions says which it looked for', () => {
    const r = run(['check', '--ext', 'docx', dir]);
    assert.strictEqual(r.code, 2);
    assert.match(r.stderr, /目录中没有可检查的文档（\*\.docx）/);
  });

  it('a file named on the command line is checked whatever its extension', () => {
    const r = run(['check', '--format', 'json', path.join(dir, 'c.md')]);
    assert.strictEqual(JSON.parse(r.stdout).length, 1);
  });
});

describe('CLI fault isolation', function () {
  this.timeout(30_000);
  const entry = ['--require', require.resolve('tsx/cjs'), FAULTY_CLI];

  it('a check that throws is reported on stderr; the others still run; exit 2 only with --strict', () => {
    const normal = run(['check', '--format', 'json', seedPath('004')]);
    const r = run(['check', '--format', 'json', seedPath('004')], entry);
    assert.strictEqual(r.code, normal.code, r.stderr);
    assert.deepStrictEqual(JSON.parse(r.stdout), JSON.parse(normal.stdout), 'every other check reported');
    assert.match(r.stderr, new RegExp(`004_[0-9a-f]+\\.txt: 检查 ${FAULTY_RULE_ID} 出错，已跳过（故意抛出的测试错误）`));
    const strict = run(['check', '--strict', seedPath('004')], entry);
    assert.strictEqual(strict.code, 2);
    assert.match(strict.stderr, new RegExp(FAULTY_RULE_ID));
  });

  it('a clean document stays exit 0 without --strict', () => {
    const doc = tree({ 'ok.txt': '一、总体要求\n\n（一）加强领导。\n' });
    const r = run(['check', path.join(doc, 'ok.txt')], entry);
    assert.strictEqual(r.code, 0, r.stdout + r.stderr);
    assert.match(r.stderr, new RegExp(FAULTY_RULE_ID));
  });
});

describe('configuration problems and paths', function () {
  this.timeout(30_000);

  it('broken JSON: one message with the file, the line and the column; defaults used', () => {
    const dir = tree({ 'doc.txt': seed('004'), 'gongwen.config.json': '{\n  "rules": {\n    "structure/attachment-missing": "off",\n  }\n}\n' });
    const r = run(['check', path.join(dir, 'doc.txt')]);
    assert.strictEqual(r.code, 1, 'defaults: the errors are still reported');
    const lines = r.stderr.trim().split('\n');
    assert.strictEqual(lines.length, 1, r.stderr);
    assert.match(lines[0], /gongwen\.config\.json: 无法解析 JSON（第 4 行第 3 列：/);
  });

  it('a wrong severity names the rule and keeps the other settings', () => {
    const dir = tree({ 'doc.txt': seed('004'), 'gongwen.config.json': JSON.stringify({ rules: { 'structure/attachment-missing': 'loud', 'structure/missing-title': 'off' } }) });
    const r = run(['check', '--format', 'json', path.join(dir, 'doc.txt')]);
    assert.match(r.stderr, /规则 “structure\/attachment-missing” 的级别 "loud" 无效/);
    const codes = JSON.parse(r.stdout)[0].diagnostics.map((d: { code: string }) => d.code);
    assert.ok(codes.includes('structure/attachment-missing'));
    assert.ok(!codes.includes('structure/missing-title'));
  });

  it('the configuration is looked up inside the workspace folder only', () => {
    const outer = tree({ 'gongwen.config.json': '{}', 'ws/sub/doc.txt': '' });
    const ws = path.join(outer, 'ws');
    const docPath = path.join(ws, 'sub', 'doc.txt');
    assert.strictEqual(findConfigFile(docPath), path.join(outer, 'gongwen.config.json'), 'the CLI walks up');
    assert.strictEqual(findConfigFile(docPath, ws), undefined, 'a workspace never reads above itself');
    fs.writeFileSync(path.join(ws, 'gongwen.config.json'), '{}');
    assert.strictEqual(findConfigFile(docPath, ws), path.join(ws, 'gongwen.config.json'));
    assert.strictEqual(findConfigFile(path.join(outer, 'x.txt'), ws), undefined, 'a document outside the workspace');
  });

  it('paths named by configuration resolve inside the workspace or not at all', () => {
    const ws = tree({ 'data/units.json': '{}' });
    assert.strictEqual(resolveInside(ws, 'data/units.json'), path.join(ws, 'data', 'units.json'));
    assert.strictEqual(resolveInside(ws, '../escape.json'), undefined);
    assert.strictEqual(resolveInside(ws, '/etc/passwd'), undefined);
    assert.strictEqual(resolveInside(ws, 'data/../../escape.json'), undefined);
    fs.symlinkSync(os.tmpdir(), path.join(ws, 'link'));
    assert.strictEqual(resolveInside(ws, 'link/anything.json'), undefined, 'a link out of the folder');
  });
});
