// Every attachment that follows (附件3) must be named in the 附件说明. When there is no 附件说明
// at all, structure/attachment-note-missing speaks instead.
import type { Finding, Rule } from '../types';
import { noteNumbers, insertNoteItemsFix } from '../../structure/attachments';

export const rule: Rule = {
  meta: {
    id: 'structure/attachment-unlisted',
    family: 'structure',
    severity: 'error',
    description: {
      zh: '文末的附件没有在附件说明中列出',
      en: 'An attachment that follows the document is not listed in the attachment note',
    },
  },
  run({ model }) {
    const note = model.attachmentNote;
    if (!note) return [];
    const listed = noteNumbers(note);
    const missing = model.attachments.filter((a) => !listed.has(a.number));
    const findings: Finding[] = [];
    for (const a of missing) {
      const title = a.title?.text ?? '';
      const fix = insertNoteItemsFix(model, note, [a]);
      findings.push({
        range: a.labelRange,
        message: `${a.label}${title ? `“${title}”` : ''}没有在附件说明中列出（附件说明列了：${note.items.map((i) => (i.marker ? i.marker : '') + i.title).join('；')}）。`,
        related: [{ range: note.range, message: '附件说明' }],
        fixes: fix ? [fix] : undefined,
      });
    }
    return findings;
  },
};
