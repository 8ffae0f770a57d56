// gongwen check --fix: the safe fixes applied to the file, each named, the rest reported as usual.
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { seed } from '../helpers/seeds';
import { slipped } from '../helpers/slips';

const ROOT = path.join(__dirname, '..', '..');
const BIN = path.join(ROOT, 'bin', 'gongwen');
const run = (args: string[]) => spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8' });

describe('gongwen check --fix', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gw-fix-'));

  it('applies the safe fixes, says which, leaves the rest and reports it', () => {
    const file = path.join(dir, 'slips.txt');
    fs.writeFileSync(file, slipped());
    const r = run(['check', '--fix', file]);
    assert.strictEqual(r.status, 1, 'the repeated 三、 (no safe fix) is still an error');
    const lines = r.stdout.trim().split('\n');
    assert.deepStrictEqual(lines.slice(0, 4), [
      `${file}: 已修复 3 处`,
      `${file}:1:5: 已修复 改为“宝政办规〔2024〕6号” [structure/doc-number]`,
      `${file}:17:1: 已修复 改为“2024年9月29日” [structure/date]`,
      `${file}:36:1: 已修复 改为“（一）” [numbering/mixed-style]`,
    ]);
    assert.match(lines[4], /:26:1: error 序号不连续：“一、”之后应为“二、”，此处为“三、”。 \[numbering\/gap\]$/);
    assert.strictEqual(lines.length, 5);
    const after = fs.readFileSync(file, 'utf8');
    assert.strictEqual(after, seed('000').replace('二、发展目标', '三、发展目标'), 'exactly the three slips are undone, nothing else changed');
  });

  it('running it again changes nothing', () => {
    const file = path.join(dir, 'slips.txt');
    const before = fs.readFileSync(file, 'utf8');
    const r = run(['check', '--fix', file]);
    assert.ok(!r.stdout.includes('已修复'));
    assert.strictEqual(fs.readFileSync(file, 'utf8'), before);
  });

  it('with --format json the report goes to stderr and stdout stays the JSON contract', () => {
    const file = path.join(dir, 'json.txt');
    fs.writeFileSync(file, slipped());
    const r = run(['check', '--fix', '--format', 'json', file]);
    const out = JSON.parse(r.stdout);
    assert.deepStrictEqual(out[0].diagnostics.map((d: { code: string }) => d.code), ['numbering/gap']);
    assert.match(r.stderr, /已修复 3 处/);
  });

  it('a clean file is not touched (not even rewritten)', () => {
    const file = path.join(dir, 'clean.txt');
    fs.writeFileSync(file, seed('000'));
    const old = new Date(2020, 0, 1);
    fs.utimesSync(file, old, old);
    const r = run(['check', '--fix', file]);
    assert.strictEqual(r.status, 0);
    assert.strictEqual(fs.statSync(file).mtime.getTime(), old.getTime());
  });
});
