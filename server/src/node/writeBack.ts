// Writing a fixed document back in the encoding it was read in. GB18030 cannot be encoded with
// Node alone, so such files are left untouched rather than silently converted. The write goes to
// a temporary file that replaces the original only once it is complete and reads back identical.
import * as fs from 'fs';
import * as path from 'path';

export type WriteResult = { ok: true } | { ok: false; message: string };

function encode(text: string, encoding: string, original: Uint8Array): Buffer | undefined {
  const enc = encoding.replace(/ \(BOM\)$/, '');
  const hadBom = (bom: number[]) => bom.every((b, i) => original[i] === b);
  if (enc === 'utf-8') {
    const body = Buffer.from(text, 'utf8');
    return hadBom([0xef, 0xbb, 0xbf]) ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), body]) : body;
  }
  if (enc === 'utf-16le') {
    const body = Buffer.from(text, 'utf16le');
    return hadBom([0xff, 0xfe]) ? Buffer.concat([Buffer.from([0xff, 0xfe]), body]) : body;
  }
  if (enc === 'utf-16be') {
    const body = Buffer.from(text, 'utf16le').swap16();
    return hadBom([0xfe, 0xff]) ? Buffer.concat([Buffer.from([0xfe, 0xff]), body]) : body;
  }
  return undefined;
}

export function writeBack(file: string, text: string, encoding: string, original: Uint8Array, decode: (b: Uint8Array) => string | undefined): WriteResult {
  const bytes = encode(text, encoding, original);
  if (!bytes) return { ok: false, message: `文件编码为 ${encoding}，--fix 只改写 UTF-8 / UTF-16 文件，未修改（可先另存为 UTF-8）` };
  if (decode(bytes) !== text) return { ok: false, message: '写回前校验失败（编码后内容不一致），未修改' };
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.gongwen-${process.pid}.tmp`);
  try {
    fs.writeFileSync(tmp, bytes, { mode: fs.statSync(file).mode });
    fs.renameSync(tmp, file);
    return { ok: true };
  } catch (e) {
    try {
      fs.rmSync(tmp, { force: true });
    } catch {
      // nothing left to clean
    }
    return { ok: false, message: `无法写回文件（${(e as NodeJS.ErrnoException).code ?? String(e)}），未修改` };
  }
}
