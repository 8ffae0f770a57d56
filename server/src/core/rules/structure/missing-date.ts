// A 通知 signed by its issuing organ must carry its 成文日期 right after the 署名.
import type { DocumentModel } from '../../model/types';
import { DOC_KIND, matchDate } from '../../parse/patterns';
import type { Rule } from '../types';

/**
 * Whether a line of the document's own text (not an attachment) is a date alone. The parser finds the 署名 and
 * 成文日期 after the sections of an 意见 or 决定 whose body carries its headings (一、总体要求 …) when the 署名
 * stands above the date; a date there without one is still a date, and the 通知 is not missing it.
 */
function dateLineAfterBody(model: DocumentModel): boolean {
  for (const p of model.paragraphs) {
    if (p.region === 'attachment') continue;
    const t = p.text.trim();
    const d = matchDate(t);
    if (d && d.length >= t.length - 1) return true;
  }
  return false;
}

export const rule: Rule = {
  meta: {
    id: 'structure/missing-date',
    family: 'structure',
    severity: 'error',
    description: {
      zh: '发文机关署名之后缺少成文日期',
      en: 'The signature of the issuing organ is not followed by a date of writing',
    },
  },
  run({ model }) {
    const n = model.notice;
    // the 题注 under the title (（2018年5月23日）) is where a text printed that way carries its date
    if (!n || n.date || n.titleNote) return [];
    if (n.signature) {
      return [{
        range: n.signature.range,
        message: `缺少成文日期：发文机关署名“${n.signature.text}”之后应写成文日期，如“2024年9月29日”。`,
      }];
    }
    // a 通知 with neither signature nor date: we may be looking at an extract, so say it softly
    const at = n.title ?? n.addressee;
    if (!at || dateLineAfterBody(model)) return [];
    return [{
      range: at.range,
      severity: 'information',
      message: `未找到发文机关署名和成文日期：${kindOf(n.title?.text)}正文之后应有署名和成文日期（如“2024年9月29日”）。`,
    }];
  },
};

/** What the document calls itself (请示, 通报, 通知 …: the 文种 its title ends with), for the message; 公文 when unknown. */
function kindOf(title: string | undefined): string {
  const t = title?.replace(/[ \u3000]/g, '');
  return (t && DOC_KIND.exec(t)?.[1]) || '公文';
}
