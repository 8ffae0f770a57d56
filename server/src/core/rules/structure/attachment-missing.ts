// Every item the 附件说明 lists must follow as an attachment (附件1, 附件2 …).
import type { Finding, Rule } from '../types';

export const rule: Rule = {
  meta: {
    id: 'structure/attachment-missing',
    family: 'structure',
    severity: 'error',
    description: {
      zh: '附件说明列出的附件在文末找不到',
      en: 'An attachment listed in the attachment note does not follow the document',
    },
  },
  run({ model }) {
    const note = model.attachmentNote;
    if (!note) return [];
    const present = new Set(model.attachments.map((a) => a.number));
    const findings: Finding[] = [];
    const numbered = note.items.filter((it) => it.number !== undefined);
    for (const it of note.items) {
      // a single unnumbered item pairs with a lone 附件 (or 附件1)
      const number = it.number ?? (numbered.length === 0 && note.items.length === 1 ? 1 : undefined);
      if (number === undefined || present.has(number)) continue;
      const label = it.number !== undefined ? `附件${number}` : '附件';
      findings.push({
        range: it.range,
        message: model.attachments.length
          ? `附件说明列出“${label}：${it.title}”，但文末没有${label}（现有：${model.attachments.map((a) => a.label).join('、')}）。`
          : `附件说明列出“${label}：${it.title}”，但文末没有任何附件。`,
      });
    }
    return findings;
  },
};
