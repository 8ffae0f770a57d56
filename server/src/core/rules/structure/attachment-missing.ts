// Every item the 附件说明 lists must follow as an attachment (附件1, 附件2 …).
import type { DocumentModel } from '../../model/types';
import type { Finding, Rule } from '../types';

/**
 * Whether a bare 附件 line follows the 附件说明: the one attachment a note without numbers announces.
 * The parser takes a bare 附件 for a label only when it has met the note after the notice's date; a note
 * written inside the notice (before the 署名, as GB/T 9704 places it) leaves the label unread, so this
 * looks for it, on the rare path where a note lists attachments and none was found.
 */
function bareLabelAfter(model: DocumentModel, line: number): boolean {
  const lines = model.text.split(/\r\n|\r|\n/);
  for (let k = line + 1; k < lines.length; k++) if (/^[ \u3000\t]*附件[ \u3000\t]*$/.test(lines[k])) return true;
  return false;
}

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
    if (!model.attachments.length && numbered.length === 0 && note.items.length === 1 && bareLabelAfter(model, note.range.end.line)) return [];
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
