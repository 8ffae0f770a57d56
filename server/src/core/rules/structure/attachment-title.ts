// The name an 附件说明 item gives must be the title the attachment carries. Differences in
// spacing only, or one name shortening the other, are notes; other differences warnings.
import type { Finding, Rule } from '../types';
import { normTitle } from '../../structure/attachments';

export const rule: Rule = {
  meta: {
    id: 'structure/attachment-title',
    family: 'structure',
    severity: 'warning',
    description: {
      zh: '附件说明中的附件名称与附件的标题不一致',
      en: 'The name in the attachment note differs from the attachment’s own title',
    },
  },
  run({ model }) {
    const note = model.attachmentNote;
    if (!note) return [];
    const findings: Finding[] = [];
    const numbered = note.items.filter((i) => i.number !== undefined).length;
    for (const it of note.items) {
      const number = it.number ?? (numbered === 0 && note.items.length === 1 ? 1 : undefined);
      const att = model.attachments.find((a) => a.number === number);
      if (!att?.title || !it.title.trim()) continue;
      const a = normTitle(it.title);
      const b = normTitle(att.title.text);
      if (it.title === att.title.text) continue;
      const fix = { title: `改为附件标题“${att.title.text}”`, edits: [{ range: it.titleRange, newText: att.title.text }] };
      const related = [{ range: att.title.range, message: `${att.label}的标题` }];
      if (a === b) {
        // the only difference is a stray space (2022 年任务清单) or a closing stop
        if (it.title.replace(/[ \u3000\t]/g, '') === att.title.text.replace(/[ \u3000\t]/g, '')) {
          findings.push({
            range: it.titleRange,
            severity: 'information',
            message: `附件说明中的名称“${it.title}”与${att.label}的标题“${att.title.text}”只差空格，应保持一致。`,
            related,
            fixes: [{ ...fix, safe: true }],
          });
        }
        continue;
      }
      // 1.《××方案》 for the title ××方案: the names agree, the note adds marks a name there does not take
      if (a.replace(/[《》]/g, '') === b.replace(/[《》]/g, '')) {
        findings.push({
          range: it.titleRange,
          severity: 'information',
          message: `附件说明中的名称“${it.title}”与${att.label}的标题“${att.title.text}”只差书名号；附件说明中的附件名称不加书名号等标点，应与附件标题一致。`,
          related,
          fixes: [{ ...fix, safe: true }],
        });
        continue;
      }
      const shortened = b.includes(a) || a.includes(b);
      findings.push({
        range: it.titleRange,
        severity: shortened ? 'information' : undefined,
        message: `附件说明中的名称“${it.title}”与${att.label}的标题“${att.title.text}”不一致${shortened ? '（一方是另一方的简写）' : ''}，两处应完全相同。`,
        related,
        fixes: [fix],
      });
    }
    return findings;
  },
};
