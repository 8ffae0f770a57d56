// Is this plain text a policy document? Used to switch .txt files to Gongwen (gongwen.autoDetect).
// Strong signals only: a 发文字号, a 通知 title, 重点任务 headings or a 分工表.
import { matchDocNumber } from './parse/patterns';

export function looksLikePolicyDocument(text: string): boolean {
  const headText = text.slice(0, 3000);
  const lines = headText.split(/\r\n|\r|\n/, 40).map((l) => l.trim());
  if (lines.some((l) => matchDocNumber(l))) return true;
  if (lines.some((l) => /关于.*(通知|方案|意见)$/.test(l) || /(印发|转发).*的通知$/.test(l))) return true;
  const sample = text.length > 400_000 ? text.slice(0, 400_000) : text;
  const signals =
    (/^[ \t\u3000]*[一二三四五六七八九十]{1,3}、/m.test(sample) ? 1 : 0) +
    (/重点任务/.test(sample) ? 1 : 0) +
    (/分工表/.test(sample) ? 1 : 0) +
    (/〔[^〔〕\n]{0,80}(局|委|办|政府)[^〔〕\n]{0,200}〕/.test(sample) ? 1 : 0) +
    (/责任单位/.test(sample) ? 1 : 0);
  return signals >= 2;
}
