// Bytes → text for the CLI. UTF-8 (with or without BOM) and UTF-16 with BOM are certain;
// anything that is not valid UTF-8 is tried as GB18030 (a superset of GBK), which
// government .txt files often are. Invalid bytes give a clear message, never mojibake.

export type DecodeResult =
  | { ok: true; text: string; encoding: string; assumed: boolean }
  | { ok: false; message: string };

const SUPPORTED = ['utf-8', 'utf-16le', 'utf-16be', 'gb18030', 'gbk'];

function strict(encoding: string, bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  // binary search would be faster; files are small and this only runs on failure
  let lo = 0;
  let hi = bytes.length;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (strict('utf-8', bytes.subarray(0, mid)) === undefined && strict('utf-8', bytes.subarray(0, Math.max(0, mid - 3))) === undefined) hi = mid;
    else lo = mid;
  }
  return lo;
}

export function decodeFile(bytes: Uint8Array, forced?: string): DecodeResult {
  if (forced) {
    const enc = forced.toLowerCase().replace(/^utf8$/, 'utf-8').replace(/^gbk$/, 'gb18030');
    if (!SUPPORTED.includes(enc)) return { ok: false, message: `不支持的编码 “${forced}”（可用：utf-8、utf-16le、utf-16be、gb18030）` };
    let b = bytes;
    if (enc === 'utf-8' && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) b = b.subarray(3);
    if (enc.startsWith('utf-16') && ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff))) b = b.subarray(2);
    const text = strict(enc, b);
    if (text === undefined) return { ok: false, message: `按 ${enc} 解码失败：文件含有该编码下无效的字节` };
    return { ok: true, text, encoding: enc, assumed: false };
  }
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const text = strict('utf-8', bytes.subarray(3));
    if (text !== undefined) return { ok: true, text, encoding: 'utf-8 (BOM)', assumed: false };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    const text = strict('utf-16le', bytes.subarray(2));
    if (text !== undefined) return { ok: true, text, encoding: 'utf-16le (BOM)', assumed: false };
    return { ok: false, message: '文件以 UTF-16LE 字节序标记开头，但内容不是有效的 UTF-16' };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    const text = strict('utf-16be', bytes.subarray(2));
    if (text !== undefined) return { ok: true, text, encoding: 'utf-16be (BOM)', assumed: false };
    return { ok: false, message: '文件以 UTF-16BE 字节序标记开头，但内容不是有效的 UTF-16' };
  }
  const utf8 = strict('utf-8', bytes);
  if (utf8 !== undefined) return { ok: true, text: utf8, encoding: 'utf-8', assumed: false };
  const gb = strict('gb18030', bytes);
  // GB18030 decodes almost any byte soup; accept it only when the result reads like Chinese text
  if (gb !== undefined && plausibleChinese(gb)) return { ok: true, text: gb, encoding: 'gb18030', assumed: true };
  const at = firstInvalidUtf8(bytes);
  return {
    ok: false,
    message: `无法识别文件编码：不是有效的 UTF-8（第 ${at} 字节附近有无效字节），也不像 GB18030/GBK 文本。可用 --encoding 指定编码。`,
  };
}

/** Share of common CJK, ASCII text and CJK punctuation; binary decoded as GB18030 scores low. */
function plausibleChinese(s: string): boolean {
  if (!s.length) return true;
  let good = 0;
  let control = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xffef) || (c >= 0x20 && c < 0x7f) || c === 10 || c === 13 || c === 9) good++;
    else if (c < 0x20) control++;
  }
  return control === 0 && good / s.length > 0.9;
}
