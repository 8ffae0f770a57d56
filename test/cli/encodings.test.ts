// The CLI reads what county offices actually send: GB18030/GBK, UTF-16 with and without a BOM,
// UTF-8 with a BOM — and says clearly when a file cannot be read, still checking the others.
// The fixtures are the seeds re-encoded in the test by iconv-lite, an encoder independent of the
// decoder under test (Node's TextDecoder decodes GB18030 but nothing in Node encodes it).
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as iconv from 'iconv-lite';
import { decodeFile, lineOfByte, scanUtf8 } from '../../server/src/node/decode';
import { seed, seedPath } from '../helpers/seeds';

const ROOT = path.join(__dirname, '..', '..');
const BIN = path.join(ROOT, 'bin', 'gongwen');

function run(args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const BOM = { utf8: [0xef, 0xbb, 0xbf], le: [0xff, 0xfe], be: [0xfe, 0xff] };

function encode(text: string, encoding: string, bom: number[] = []): Buffer {
  return Buffer.concat([Buffer.from(bom), iconv.encode(text, encoding)]);
}

/** The diagnostics of a file, without the file name, as the JSON contract gives them. */
function diagnosticsOf(args: string[]): { code: number | null; diagnostics: unknown[]; stderr: string } {
  const r = run(['check', '--format', 'json', ...args]);
  const out = JSON.parse(r.stdout) as { file: string; diagnostics: { range: unknown; code: string; message: string }[] }[];
  return { code: r.code, diagnostics: out.flatMap((e) => e.diagnostics.map((d) => [d.code, d.range, d.message])), stderr: r.stderr };
}

describe('CLI encodings', function () {
  this.timeout(60_000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gw-enc-'));
  const file = (name: string, bytes: Buffer) => {
    const p = path.join(dir, name);
    fs.writeFileSync(p, bytes);
    return p;
  };
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  const cases: [string, string, string, number[] | undefined, RegExp][] = [
    ['GB18030', '000', 'gb18030', undefined, /编码 gb18030（推测）/],
    ['GBK', '004', 'gbk', undefined, /编码 gb18030（推测）/],
    ['UTF-16LE with BOM', '001', 'utf16le', BOM.le, /编码 utf-16le \(BOM\)/],
    ['UTF-16BE with BOM', '002', 'utf16be', BOM.be, /编码 utf-16be \(BOM\)/],
    ['UTF-8 with BOM', '003', 'utf8', BOM.utf8, /编码 utf-8 \(BOM\)/],
    ['UTF-16LE without BOM', '001', 'utf16le', [], /编码 utf-16le（推测）/],
  ];
  for (const [name, prefix, encoding, bom, verbose] of cases) {
    it(`${name}: the same diagnostics as the UTF-8 seed, and --verbose says which encoding`, () => {
      const bytes = encode(seed(prefix), encoding, bom);
      assert.notDeepStrictEqual(bytes, fs.readFileSync(seedPath(prefix)), 'really re-encoded');
      const p = file(`${prefix}-${encoding}-${bom?.length ?? 0}.txt`, bytes);
      const expected = diagnosticsOf([seedPath(prefix)]);
      const got = diagnosticsOf(['--verbose', p]);
      assert.strictEqual(got.code, expected.code, got.stderr);
      assert.deepStrictEqual(got.diagnostics, expected.diagnostics);
      assert.match(got.stderr, verbose);
    });
  }

  it('--encoding forces a decoder: gbk reads a GBK file, utf-8 refuses it with the line', () => {
    const p = file('forced-gbk.txt', encode(seed('000'), 'gbk'));
    const ok = run(['check', '--encoding', 'gbk', '--verbose', p]);
    assert.strictEqual(ok.code, 0, ok.stderr);
    assert.match(ok.stderr, /编码 gb18030\n/, 'forced, not guessed');
    const bad = run(['check', '--encoding', 'utf-8', p]);
    assert.strictEqual(bad.code, 2);
    assert.match(bad.stderr, /forced-gbk\.txt: 按 utf-8 解码失败：第 1 行（第 1 字节）有该编码下无效的字节/);
  });

  it('an unknown --encoding is a usage error', () => {
    const r = run(['check', '--encoding', 'latin1', seedPath('000')]);
    assert.strictEqual(r.code, 2);
    assert.match(r.stderr, /--encoding latin1: 不支持的编码/);
  });

  it('invalid files: one clear message each, naming the line; the other files are still checked', () => {
    const utf8 = Buffer.from(seed('000'), 'utf8');
    // one byte of a character on line 20 broken: UTF-8 with a hole, not GB18030
    const at = utf8.indexOf(Buffer.from('为贯彻落实', 'utf8'));
    const broken = Buffer.from(utf8);
    broken[at + 1] = 0x41;
    const files = {
      broken: file('broken-utf8.txt', broken),
      binary: file('binary.txt', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00, 0xff, 0x00])),
      odd16: file('odd-utf16.txt', Buffer.concat([Buffer.from(BOM.le), iconv.encode('一、总体要求', 'utf16le'), Buffer.from([0x41])])),
      lone: file('lone-surrogate.txt', Buffer.concat([Buffer.from(BOM.le), iconv.encode('一、总体', 'utf16le'), Buffer.from([0x00, 0xd8, 0x41, 0x00])])),
      badBom8: file('bad-bom-utf8.txt', Buffer.concat([Buffer.from(BOM.utf8), Buffer.from('一、', 'utf8'), Buffer.from([0xc3, 0x28])])),
      truncatedGb: file('truncated-gb.txt', Buffer.concat([encode('一、总体要求\n二、', 'gb18030'), Buffer.from([0xb0])])),
    };
    const good = seedPath('000');
    const r = run(['check', '--format', 'json', ...Object.values(files), good]);
    assert.strictEqual(r.code, 2);
    assert.deepStrictEqual(JSON.parse(r.stdout).map((e: { file: string }) => e.file), [good], 'the readable file is still checked');
    const lines = r.stderr.trim().split('\n');
    assert.strictEqual(lines.length, 6, r.stderr);
    assert.match(r.stderr, /broken-utf8\.txt: 文件是 UTF-8 编码，但第 20 行（第 \d+ 字节）有无效字节（共 \d+ 处）/);
    assert.match(r.stderr, /binary\.txt: 文件第 1 行（第 5 字节）含有空字节（0x00），不是文本文件/);
    assert.match(r.stderr, /odd-utf16\.txt: 文件以 UTF-16LE 字节序标记开头，但内容不是有效的 UTF-16：长度为奇数字节/);
    assert.match(r.stderr, /lone-surrogate\.txt: 文件以 UTF-16LE 字节序标记开头，但内容不是有效的 UTF-16：第 1 行.*有无效的代理对/);
    assert.match(r.stderr, /bad-bom-utf8\.txt: 文件以 UTF-8 字节序标记开头，但第 1 行（第 10 字节）有无效字节/);
    assert.match(r.stderr, /truncated-gb\.txt: 无法识别文件编码/);
  });

  it('a directory of mixed encodings is checked file by file', () => {
    const sub = fs.mkdtempSync(path.join(dir, 'mixed-'));
    fs.writeFileSync(path.join(sub, 'a.txt'), encode(seed('000'), 'gb18030'));
    fs.writeFileSync(path.join(sub, 'b.gw'), encode(seed('001'), 'utf16le', BOM.le));
    const r = run(['check', '--format', 'json', '--verbose', sub]);
    assert.notStrictEqual(r.code, 2, r.stderr);
    assert.strictEqual(JSON.parse(r.stdout).length, 2);
    assert.match(r.stderr, /a\.txt: 编码 gb18030（推测）/);
    assert.match(r.stderr, /b\.gw: 编码 utf-16le \(BOM\)/);
  });
});

describe('decodeFile', () => {
  it('scans UTF-8 by the RFC 3629 rules', () => {
    assert.deepStrictEqual(scanUtf8(Buffer.from('一、abc', 'utf8')), { firstInvalid: -1, multibyte: 2, invalid: 0 });
    assert.strictEqual(scanUtf8(Buffer.from([0xc0, 0x80])).firstInvalid, 0, 'overlong');
    assert.strictEqual(scanUtf8(Buffer.from([0x41, 0xed, 0xa0, 0x80])).firstInvalid, 1, 'a surrogate');
    assert.strictEqual(scanUtf8(Buffer.from([0xf4, 0x90, 0x80, 0x80])).firstInvalid, 0, 'above U+10FFFF');
    assert.strictEqual(scanUtf8(Buffer.from([0xe4, 0xb8])).firstInvalid, 0, 'truncated');
  });

  it('counts lines of a byte offset', () => {
    const b = Buffer.from('一\n二\r\n三', 'utf8');
    assert.strictEqual(lineOfByte(b, 0), 1);
    assert.strictEqual(lineOfByte(b, 4), 2);
    assert.strictEqual(lineOfByte(b, b.length - 1), 3);
  });

  it('never guesses GB18030 for binary, nor for broken UTF-8', () => {
    let s = 7;
    const rnd = () => ((s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 2 ** 32);
    for (let k = 0; k < 200; k++) {
      const bytes = Uint8Array.from({ length: 300 }, () => Math.floor(rnd() * 256));
      const r = decodeFile(bytes);
      if (r.ok) assert.notStrictEqual(r.encoding, 'gb18030', 'random bytes read as GB18030');
    }
    const utf8 = Buffer.from(seed('001'), 'utf8');
    utf8[200] = 0xff;
    const r = decodeFile(utf8);
    assert.ok(!r.ok && /文件是 UTF-8 编码/.test(r.message), JSON.stringify(r).slice(0, 200));
  });

  it('an empty file is UTF-8', () => {
    assert.deepStrictEqual(decodeFile(new Uint8Array(0)), { ok: true, text: '', encoding: 'utf-8', assumed: false });
  });
});
