// Bytes → text for the CLI. UTF-8 (with or without BOM) and UTF-16 with BOM are certain;
// anything that is not valid UTF-8 is tried as GB18030 (a superset of GBK), which
// government .txt files often are. Invalid bytes give a clear message, never mojibake:
// a UTF-8 file with a few broken bytes is reported as such, not re-read as GB18030.

export type DecodeResult =
  | { ok: true; text: string; encoding: string; assumed: boolean }
  | { ok: false; message: string };

/** Names accepted by --encoding, mapped to the WHATWG label TextDecoder knows. */
const ALIASES: Record<string, string> = {
  'utf-8': 'utf-8', utf8: 'utf-8',
  'utf-16le': 'utf-16le', utf16le: 'utf-16le',
  'utf-16be': 'utf-16be', utf16be: 'utf-16be',
  'utf-16': 'utf-16', utf16: 'utf-16',
  gb18030: 'gb18030', gbk: 'gb18030', gb2312: 'gb18030', cp936: 'gb18030',
};

export function isSupportedEncoding(name: string): boolean {
  return ALIASES[name.toLowerCase()] !== undefined;
}

export const ENCODINGS = 'utf-8、utf-16le、utf-16be、utf-16、gb18030（gbk、gb2312 按 gb18030 读取）';

function strict(encoding: string, bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

interface Utf8Scan {
  /** offset of the first byte that starts no valid sequence, -1 when the whole is valid */
  firstInvalid: number;
  /** well-formed sequences of two to four bytes */
  multibyte: number;
  /** bytes that start no valid sequence */
  invalid: number;
}

/** One pass over the bytes by the UTF-8 rules (RFC 3629: no overlongs, no surrogates, ≤ U+10FFFF). */
export function scanUtf8(b: Uint8Array): Utf8Scan {
  let firstInvalid = -1;
  let multibyte = 0;
  let invalid = 0;
  let i = 0;
  const cont = (k: number) => k < b.length && (b[k] & 0xc0) === 0x80;
  while (i < b.length) {
    const c = b[i];
    let n = 0;
    if (c < 0x80) n = 1;
    else if (c >= 0xc2 && c <= 0xdf) n = cont(i + 1) ? 2 : 0;
    else if (c >= 0xe0 && c <= 0xef) {
      const lo = c === 0xe0 ? 0xa0 : 0x80;
      const hi = c === 0xed ? 0x9f : 0xbf;
      n = i + 1 < b.length && b[i + 1] >= lo && b[i + 1] <= hi && cont(i + 2) ? 3 : 0;
    } else if (c >= 0xf0 && c <= 0xf4) {
      const lo = c === 0xf0 ? 0x90 : 0x80;
      const hi = c === 0xf4 ? 0x8f : 0xbf;
      n = i + 1 < b.length && b[i + 1] >= lo && b[i + 1] <= hi && cont(i + 2) && cont(i + 3) ? 4 : 0;
    }
    if (n === 0) {
      if (firstInvalid < 0) firstInvalid = i;
      invalid++;
      i++;
    } else {
      if (n > 1) multibyte++;
      i += n;
    }
  }
  return { firstInvalid, multibyte, invalid };
}

/** 1-based line of a byte offset (counting LF bytes; CR-only files count CRs). */
export function lineOfByte(b: Uint8Array, offset: number): number {
  let lf = 0;
  let cr = 0;
  for (let i = 0; i < offset && i < b.length; i++) {
    if (b[i] === 0x0a) lf++;
    else if (b[i] === 0x0d) cr++;
  }
  return (lf || cr) + 1;
}

function where(b: Uint8Array, offset: number): string {
  return `第 ${lineOfByte(b, offset)} 行（第 ${offset + 1} 字节）`;
}

/** Where a strict decoder first fails: the longest prefix that decodes, found by bisection. */
function firstUndecodable(encoding: string, b: Uint8Array): number {
  if (encoding === 'utf-8') return Math.max(0, scanUtf8(b).firstInvalid);
  // a prefix may end inside a valid multi-byte character: allow up to 3 bytes of slack
  const decodes = (n: number) => {
    for (let k = 0; k < 4 && n - k >= 0; k++) if (strict(encoding, b.subarray(0, n - k)) !== undefined) return true;
    return false;
  };
  let lo = 0;
  let hi = b.length;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (decodes(mid)) lo = mid;
    else hi = mid;
  }
  return lo;
}

function hasBom16(b: Uint8Array): 'le' | 'be' | undefined {
  if (b[0] === 0xff && b[1] === 0xfe) return 'le';
  if (b[0] === 0xfe && b[1] === 0xff) return 'be';
  return undefined;
}

function decodeForced(bytes: Uint8Array, forced: string): DecodeResult {
  const enc = ALIASES[forced.toLowerCase()];
  if (!enc) return { ok: false, message: `不支持的编码 “${forced}”（可用：${ENCODINGS}）` };
  let b = bytes;
  let label = enc;
  if (enc === 'utf-8' && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) b = b.subarray(3);
  if (enc.startsWith('utf-16')) {
    const bom = hasBom16(b);
    if (bom) b = b.subarray(2);
    // plain utf-16: the BOM decides, little-endian without one (what Windows writes)
    if (enc === 'utf-16') label = bom === 'be' ? 'utf-16be' : 'utf-16le';
    if (b.length % 2) return { ok: false, message: `按 ${label} 解码失败：文件长度为奇数字节，不是完整的 UTF-16 文本` };
  }
  const text = strict(label, b);
  if (text === undefined) {
    const at = firstUndecodable(label, b) + (bytes.length - b.length);
    return { ok: false, message: `按 ${label} 解码失败：${where(bytes, at)}有该编码下无效的字节` };
  }
  return { ok: true, text, encoding: label, assumed: false };
}

/**
 * UTF-16 without a BOM: its line ends are 0A 00 (little-endian) or 00 0A (big-endian) at even
 * offsets. The byte order with the line ends, decoded strictly, must still read like text.
 */
function guessUtf16(b: Uint8Array): DecodeResult | undefined {
  if (b.length < 2 || b.length % 2) return undefined;
  let le = 0;
  let be = 0;
  for (let i = 0; i + 1 < b.length; i += 2) {
    if (b[i] === 0x0a && b[i + 1] === 0) le++;
    else if (b[i] === 0 && b[i + 1] === 0x0a) be++;
  }
  if (le === be) return undefined;
  const label = le > be ? 'utf-16le' : 'utf-16be';
  const text = strict(label, b);
  if (text !== undefined && plausibleText(text)) return { ok: true, text, encoding: label, assumed: true };
  return undefined;
}

export function decodeFile(bytes: Uint8Array, forced?: string): DecodeResult {
  if (forced) return decodeForced(bytes, forced);
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const body = bytes.subarray(3);
    const text = strict('utf-8', body);
    if (text !== undefined && !text.includes('\u0000')) return { ok: true, text, encoding: 'utf-8 (BOM)', assumed: false };
    const scan = scanUtf8(body);
    const at = scan.firstInvalid >= 0 ? scan.firstInvalid + 3 : bytes.indexOf(0);
    return { ok: false, message: `文件以 UTF-8 字节序标记开头，但${where(bytes, at)}有无效字节；请用编辑器以 UTF-8 重新保存，或用 --encoding 指定编码` };
  }
  const bom = hasBom16(bytes);
  if (bom) {
    const label = bom === 'le' ? 'utf-16le' : 'utf-16be';
    const body = bytes.subarray(2);
    const text = body.length % 2 ? undefined : strict(label, body);
    if (text !== undefined) return { ok: true, text, encoding: `${label} (BOM)`, assumed: false };
    const reason = body.length % 2 ? '长度为奇数字节（文件可能被截断）' : `${where(bytes, firstUndecodable(label, body) + 2)}有无效的代理对`;
    return { ok: false, message: `文件以 ${label.toUpperCase()} 字节序标记开头，但内容不是有效的 UTF-16：${reason}` };
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    // no text file holds a NUL: UTF-16 without a BOM, or not text at all
    const utf16 = guessUtf16(bytes);
    if (utf16) return utf16;
    return { ok: false, message: `文件${where(bytes, nul)}含有空字节（0x00），不是文本文件；若是无 BOM 的 UTF-16，请用 --encoding utf-16le 或 utf-16be` };
  }
  const utf8 = strict('utf-8', bytes);
  if (utf8 !== undefined) return { ok: true, text: utf8, encoding: 'utf-8', assumed: false };
  const scan = scanUtf8(bytes);
  // mostly well-formed UTF-8 with a few broken bytes: GB18030 would decode it to mojibake
  if (scan.multibyte > 0 && scan.invalid / (scan.invalid + scan.multibyte) < 0.2) {
    return {
      ok: false,
      message: `文件是 UTF-8 编码，但${where(bytes, scan.firstInvalid)}有无效字节（共 ${scan.invalid} 处）；请检查该处或用编辑器以 UTF-8 重新保存，也可用 --encoding 指定编码`,
    };
  }
  const gb = strict('gb18030', bytes);
  // GB18030 decodes almost any byte soup; accept it only when the result reads like Chinese text
  if (gb !== undefined && plausibleText(gb)) return { ok: true, text: gb, encoding: 'gb18030', assumed: true };
  return {
    ok: false,
    message: `无法识别文件编码：不是有效的 UTF-8（${where(bytes, scan.firstInvalid)}起有无效字节），也不像 GB18030/GBK 文本。可用 --encoding 指定编码（${ENCODINGS}）`,
  };
}

/** Share of CJK, ASCII text and CJK punctuation; binary decoded as GB18030 or UTF-16 scores low. */
function plausibleText(s: string): boolean {
  if (!s.length) return true;
  let good = 0;
  let control = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xffef) || (c >= 0x20 && c < 0x7f) || c === 10 || c === 13 || c === 9 || c === 0x201c || c === 0x201d || c === 0x2018 || c === 0x2019 || c === 0x2014 || c === 0x2026 || c === 0xb7) good++;
    else if (c < 0x20 || (c >= 0xe000 && c <= 0xf8ff)) control++;
  }
  return control === 0 && good / s.length > 0.9;
}
