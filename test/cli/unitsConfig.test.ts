// units.aliases in gongwen.config.json reaches the units checks through the CLI.
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { seedPath } from '../helpers/seeds';

const BIN = path.join(__dirname, '..', '..', 'bin', 'gongwen');

function unitsAt(dir: string): string[] {
  const r = spawnSync(process.execPath, [BIN, 'check', '--format', 'json', path.join(dir, 'plan.txt')], { encoding: 'utf8' });
  const [entry] = JSON.parse(r.stdout);
  return entry.diagnostics
    .filter((d: { code: string }) => d.code === 'units/alias-inconsistent')
    .map((d: { range: { start: { line: number } }; message: string }) => `${d.range.start.line + 1} ${d.message.slice(0, 12)}`);
}

describe('gongwen check with units.aliases', () => {
  it('a name mapped to itself is a department of its own; a short form joins the department it names', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-units-'));
    fs.copyFileSync(seedPath('002'), path.join(dir, 'plan.txt'));
    assert.deepStrictEqual(unitsAt(dir), ['219 “市教育局”与本文多用的', '305 “市卫健委”与本文多用的']);
    fs.writeFileSync(path.join(dir, 'gongwen.config.json'), JSON.stringify({ units: { aliases: { 市教育局: '市教育局', 卫健委: '卫生健康局' } } }));
    assert.deepStrictEqual(unitsAt(dir), ['305 同一部门写法不一：“市卫']);
  });
});
