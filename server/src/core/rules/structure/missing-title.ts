// A 通知 needs its 标题 before the 主送机关 (GB/T 9704-2012 7.3.1). A text that starts mid-way
// (no 版头, no title: an extracted plan, a page pasted from a PDF) only gets a note.
import type { Finding, Rule } from '../types';

export const rule: Rule = {
  meta: {
    id: 'structure/missing-title',
    family: 'structure',
    severity: 'error',
    description: {
      zh: '通知缺少标题（文档从中间开始时仅作提示）',
      en: 'A notice without a title (a note only when the document starts mid-way)',
    },
  },
  run({ model }) {
    const n = model.notice;
    if (n && !n.title) {
      const at = n.addressee ?? n.signature ?? model.paragraphs[0];
      if (!at) return [];
      const f: Finding = {
        range: at.range,
        message: model.startsMidway
          ? '未找到公文标题：主送机关之前应有标题（如“关于印发《……》的通知”）。若本文是从中间摘录的，可忽略此提示。'
          : '缺少公文标题：发文字号之后、主送机关之前应有标题（如“关于印发《……》的通知”）。',
      };
      if (model.startsMidway) f.severity = 'information';
      return [f];
    }
    if (!n && !model.planTitle && model.headings.length) {
      const first = model.paragraphs.find((p) => p.region !== 'head') ?? model.paragraphs[0];
      return [{
        range: first.range,
        severity: 'information',
        message: '未找到标题：正文之前应有标题（如“××县“一老一小”整体解决方案”）。若本文是从中间摘录的，可忽略此提示。',
      }];
    }
    return [];
  },
};
