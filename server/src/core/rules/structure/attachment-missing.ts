// Every item the 附件说明 lists must follow as an attachment (附件1, 附件2 …).
import type { AttachmentNote, DocumentModel, Span } from '../../model/types';
import type { Finding, Rule } from '../types';

/** A title as the eye compares it: without spaces, 《》, quotes, and with one width of brackets. */
function titleKey(s: string): string {
  return s.replace(/[\s\u3000《》〈〉“”"]/g, '').replace(/\(/g, '（').replace(/\)/g, '）');
}

/**
 * The plan title that follows the 通知 straight after its date (and the 附注 under it, such as （此件公开发布）,
 * which the 通知 holds), with no 附件 label above it — the text of an attachment whose label was left out — and
 * the one item of the note it is the title of.
 */
function unlabelled(model: DocumentModel, note: AttachmentNote): { item: AttachmentNote['items'][number]; title: Span } | undefined {
  const notice = model.notice;
  const title = model.planTitle;
  if (!notice || !title || title.range.start.line <= notice.range.end.line) return undefined;
  const first = model.attachments[0];
  if (first && first.labelRange.start.line < title.range.start.line) return undefined;
  const key = titleKey(title.text);
  const item = note.items.find((it) => titleKey(it.title) === key);
  return item && { item, title };
}

/** An item named as a file (附件1：目标任务分解表.docx): the attachment goes with the document as a file of its own. */
const FILE_NAME = /\.(docx?|wps|pdf|ofd|xlsx?|et|pptx?|zip|rar|7z)[)）]?$/i;

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
    const inline = unlabelled(model, note);
    for (const it of note.items) {
      // a single unnumbered item pairs with a lone 附件 (or 附件1)
      const number = it.number ?? (numbered.length === 0 && note.items.length === 1 ? 1 : undefined);
      if (number === undefined || present.has(number)) continue;
      const label = it.number !== undefined ? `附件${number}` : '附件';
      if (inline?.item === it) {
        // the text is there, right after the 通知: only its label is missing
        const at = inline.title.range.start;
        findings.push({
          range: it.range,
          severity: 'warning',
          message: `附件说明列出“${label}：${it.title}”，其正文已附在通知之后（第${at.line + 1}行），但缺少“${label}”标识：应在该标题之前一行顶格写“${label}”。`,
          fixes: [{ title: `在第${at.line + 1}行之前加“${label}”`, edits: [{ range: { start: { line: at.line, character: 0 }, end: { line: at.line, character: 0 } }, newText: `${label}\n\n` }] }],
        });
        continue;
      }
      const file = FILE_NAME.exec(it.title.trim());
      if (file) {
        // published with its attachments as downloads: the text cannot hold them, so only a note
        findings.push({
          range: it.range,
          severity: 'information',
          message: `附件说明列出“${label}：${it.title}”，是单独的${file[1].toLowerCase()}文件，不在本文中；请确认已随文附上。`,
        });
        continue;
      }
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
