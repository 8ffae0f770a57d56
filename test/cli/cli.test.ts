// The CLI end to end: a real process, real files, exit codes and the JSON contract.
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { SEED_FILES, SEEDS_DIR } from '../helpers/seeds';

const ROOT = path.join(__dirname, '..', '..');
const BIN = path.join(ROOT, 'bin', 'gongwen');

function run(args: string[], cwd = ROOT) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('gongwen CLI', () => {
  const seeds = SEED_FILES.map((f) => path.join('seeds', f));

  it('check --format json prints the contract for every seed', () => {
    const r = run(['check', '--format', 'json', ...seeds]);
    assert.strictEqual(r.code, 1, 'seed 004 lists attachments that never follow: errors found');
    const out = JSON.parse(r.stdout);
    assert.ok(Array.isArray(out));
    assert.deepStrictEqual(out.map((x: { file: string }) => x.file), seeds, 'paths as given');
    for (const entry of out) {
      assert.deepStrictEqual(Object.keys(entry).sort(), ['diagnostics', 'file']);
      for (const d of entry.diagnostics) {
        assert.strictEqual(d.source, 'gongwen');
        assert.match(d.code, /^(structure|numbering|brackets|units|indicator)\/[a-z-]+$/);
        assert.ok([1, 2, 3, 4].includes(d.severity));
        assert.strictEqual(typeof d.range.start.line, 'number');
        assert.strictEqual(typeof d.message, 'string');
      }
    }
    const s004 = out.find((x: { file: string }) => x.file.includes('004_'));
    assert.ok(s004.diagnostics.some((d: { code: string }) => d.code === 'structure/attachment-missing'));
  });

  it('the clean seed 000 exits 0 with no error or warning', () => {
    const r = run(['check', '--format', 'json', seeds[0]]);
    assert.strictEqual(r.code, 0, r.stderr);
    const [entry] = JSON.parse(r.stdout);
    assert.deepStrictEqual(entry.diagnostics.filter((d: { severity: number }) => d.severity <= 2), []);
  });

  it('text format is file:line:col: severity message [code], 1-based', () => {
    const r = run(['check', path.join('seeds', SEED_FILES[4])]);
    assert.strictEqual(r.code, 1);
    const lines = r.stdout.trim().split('\n');
    assert.ok(lines.length >= 3);
    for (const l of lines) assert.match(l, /^seeds\/004_[0-9a-f]+\.txt:\d+:\d+: (error|warning|information|hint) .+ \[[a-z]+\/[a-z-]+\]$/);
    assert.ok(lines.some((l) => /^seeds\/004_[0-9a-f]+\.txt:111:4: error 附件说明列出.* \[structure\/attachment-missing\]$/.test(l)), lines.join('\n'));
  });

  it('a directory is walked for documents', () => {
    const r = run(['check', '--format', 'json', 'seeds']);
    assert.strictEqual(JSON.parse(r.stdout).length, 5);
  });

  it('--rule turns a check off and changes the exit code', () => {
    // seed 004 also miscomputes its 托位 total (indicator/arithmetic): switched off too, to see exit 0
    const r = run(['check', '--rule', 'structure/attachment-missing=off', '--rule', 'indicator/arithmetic=off', path.join('seeds', SEED_FILES[4])]);
    assert.strictEqual(r.code, 0, r.stdout + r.stderr);
    const w = run(['check', '--format', 'json', '--rule', 'structure/attachment-missing=warning', '--rule', 'indicator/arithmetic=warning', path.join('seeds', SEED_FILES[4])]);
    assert.strictEqual(w.code, 0);
    const missing = JSON.parse(w.stdout)[0].diagnostics.filter((d: { code: string }) => d.code === 'structure/attachment-missing');
    assert.strictEqual(missing.length, 3);
    assert.ok(missing.every((d: { severity: number }) => d.severity === 2));
  });

  it('a missing file: exit 2 and a clear message, the other files still checked', () => {
    const r = run(['check', '--format', 'json', 'no-such-file.txt', seeds[0]]);
    assert.strictEqual(r.code, 2);
    assert.match(r.stderr, /no-such-file\.txt: 文件或目录不存在/);
    assert.strictEqual(JSON.parse(r.stdout).length, 1);
  });

  it('a directory with no documents, a bad flag, no arguments: exit 2', () => {
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'gw-empty-'));
    const r = run(['check', empty]);
    assert.strictEqual(r.code, 2);
    assert.match(r.stderr, /没有可检查的文档/);
    assert.strictEqual(run(['check', '--format', 'xml', seeds[0]]).code, 2);
    assert.strictEqual(run(['check']).code, 2);
    assert.strictEqual(run([]).code, 2);
    assert.strictEqual(run(['frobnicate']).code, 2);
  });

  it('an unreadable (not UTF-8, not Chinese) file is reported, others still checked', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gw-bin-'));
    const bin = path.join(dir, 'binary.txt');
    fs.writeFileSync(bin, Buffer.from([0x00, 0xff, 0xfe, 0x00, 0x81, 0x00, 0x02, 0x03, 0xc0, 0xc1]).subarray(2));
    const r = run(['check', '--format', 'json', bin, seeds[0]]);
    assert.strictEqual(r.code, 2);
    assert.match(r.stderr, /binary\.txt: /);
    assert.strictEqual(JSON.parse(r.stdout).length, 1);
  });

  it('outline shows 22 tasks and a 22-row table for seed 000', () => {
    const r = run(['outline', seeds[0]]);
    assert.strictEqual(r.code, 0, r.stderr);
    assert.match(r.stdout, /正文：\d+ 个标题，22 项任务/);
    assert.match(r.stdout, /任务 22「强化数据支撑，聚力指标建设」〔县统计局、县民政局、县卫生健康局、县教育和体育局、县发改局〕/);
    assert.match(r.stdout, /表格 “宝清县“一老一小”工作重点任务分工表”：3 列，22 行，5 个分组行/);
    assert.match(r.stdout, /附件说明：2 项/);
  });

  it('a broken gongwen.config.json gives one clear message and defaults', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gw-cfg-'));
    fs.copyFileSync(path.join(SEEDS_DIR, SEED_FILES[4]), path.join(dir, 'doc.txt'));
    fs.writeFileSync(path.join(dir, 'gongwen.config.json'), '{ "rules": { "structure/attachment-missing": "off", } ');
    const r = run(['check', path.join(dir, 'doc.txt')]);
    assert.match(r.stderr, /gongwen\.config\.json: 无法解析 JSON/);
    assert.strictEqual(r.code, 1, 'defaults used: the errors are still reported');
    fs.writeFileSync(path.join(dir, 'gongwen.config.json'), '{ "rules": { "structure/attachment-missing": "off", "indicator/arithmetic": "off" } }');
    assert.strictEqual(run(['check', path.join(dir, 'doc.txt')]).code, 0);
  });
});
