// What a drafter calls each mark, for messages.
import type { Half } from './scan';

const NAMES: Record<string, string> = {
  '（': '括号', '）': '括号', '(': '括号', ')': '括号',
  '〔': '六角括号', '〕': '六角括号', '[': '方括号', ']': '方括号', '［': '方括号', '］': '方括号',
  '【': '方头括号', '】': '方头括号', '《': '书名号', '》': '书名号', '〈': '单书名号', '〉': '单书名号',
  '“': '引号', '”': '引号', '‘': '单引号', '’': '单引号', '「': '引号', '」': '引号', '『': '引号', '』': '引号',
};

export function markName(ch: string): string {
  return NAMES[ch] ?? '括号';
}

/** A few characters around a half, so the drafter can find it: “（县民政局、卫健局……” */
export function context(h: Half, after: boolean): string {
  const t = h.source.span.text;
  if (after) {
    const s = t.slice(h.offset, h.offset + 12);
    return s + (h.offset + 12 < t.length ? '……' : '');
  }
  const from = Math.max(0, h.offset - 11);
  return (from > 0 ? '……' : '') + t.slice(from, h.offset + 1);
}

export function lineOf(h: Half): number {
  let acc = 0;
  for (const s of h.source.span.segments) {
    const len = s.end - s.start;
    if (h.offset < acc + len) return s.line + 1;
    acc += len;
  }
  return h.source.span.range.end.line + 1;
}
