// Writing a fixed document back: same encoding and BOM as read, GB18030 left alone, nothing half-written.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { decodeFile } from '../../server/src/node/decode';
import { writeBack } from '../../server/src/node/writeBack';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gw-write-'));
const TEXT = '宝政办规〔2024〕6号\r\n\r\n一、总体要求\r\n';

function roundTrip(name: string, bytes: Buffer, newText: string) {
  const file = path.join(dir, name);
  fs.writeFileSync(file, bytes);
  const d = decodeFile(bytes);
  assert.ok(d.ok);
  const r = writeBack(file, newText, d.encoding, bytes, (b) => {
    const x = decodeFile(b, d.encoding.replace(/ \(BOM\)$/, ''));
    return x.ok ? x.text : undefined;
  });
  return { r, after: fs.readFileSync(file) };
}

describe('writeBack (gongwen check --fix)', () => {
  it('UTF-8 without BOM stays without BOM; CRLF kept as given', () => {
    const { r, after } = roundTrip('a.txt', Buffer.from(TEXT, 'utf8'), TEXT.replace('6号', '7号'));
    assert.ok(r.ok);
    assert.strictEqual(after.toString('utf8'), TEXT.replace('6号', '7号'));
    assert.notStrictEqual(after[0], 0xef);
  });

  it('UTF-8 with BOM keeps its BOM', () => {
    const { r, after } = roundTrip('b.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT, 'utf8')]), TEXT + '二、');
    assert.ok(r.ok);
    assert.deepStrictEqual([...after.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    assert.strictEqual(after.subarray(3).toString('utf8'), TEXT + '二、');
  });

  it('UTF-16LE and UTF-16BE with BOM are written back in the same byte order', () => {
    const le = roundTrip('c.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, 'utf16le')]), TEXT + '甲');
    assert.ok(le.r.ok);
    assert.deepStrictEqual([...le.after.subarray(0, 2)], [0xff, 0xfe]);
    assert.strictEqual(le.after.subarray(2).toString('utf16le'), TEXT + '甲');
    const be = roundTrip('d.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(TEXT, 'utf16le').swap16()]), TEXT + '乙');
    assert.ok(be.r.ok);
    assert.deepStrictEqual([...be.after.subarray(0, 2)], [0xfe, 0xff]);
    assert.strictEqual(Buffer.from(be.after.subarray(2)).swap16().toString('utf16le'), TEXT + '乙');
  });

  it('a GB18030 file is not rewritten (Node cannot encode it): a clear message, the bytes untouched', () => {
    const file = path.join(dir, 'gb.txt');
    // 宝政办规〔2024〕6号 in GB18030
    const gb = Buffer.from('b1a6d5feb0ecb9e6a1b232303234a1b336bac5', 'hex');
    fs.writeFileSync(file, gb);
    const r = writeBack(file, 'x', 'gb18030', gb, () => 'x');
    assert.strictEqual(r.ok, false);
    assert.match(!r.ok ? r.message : '', /GB18030|gb18030/);
    assert.deepStrictEqual(fs.readFileSync(file), gb);
    assert.deepStrictEqual(fs.readdirSync(dir).filter((f) => f.includes('.tmp')), [], 'no temporary file left');
  });
});
