// A 通知 is sent to someone: the 主送机关 (ending with ：) follows the title (GB/T 9704-2012 7.3.2).
// A notice that asks the public for comments (关于公开征求《…（征求意见稿）》的通知, 关于向社会公开征求…意见的通知) is
// published to everyone and rightly names no organ.
import type { Rule } from '../types';

/** 公开征求 (or 向社会征求) with 意见 after it, in a title without its spaces. */
const PUBLIC_CONSULTATION = /(?:公开|向社会)征求.*意见/;

export const rule: Rule = {
  meta: {
    id: 'structure/missing-addressee',
    family: 'structure',
    severity: 'error',
    description: {
      zh: '通知标题之后缺少主送机关（文档从中间开始时仅作提示）',
      en: 'A notice whose title is not followed by the addressed organs (a note only when the document starts mid-way)',
    },
  },
  run({ model }) {
    const n = model.notice;
    // a text printed with its date in a 题注 under the title is printed without its addressee
    if (!n || n.addressee || !n.title || n.titleNote) return [];
    const title = n.title.text.replace(/[ \u3000]/g, '');
    if (PUBLIC_CONSULTATION.test(title)) return [];
    const notice = /通知$/.test(title);
    return [{
      range: n.title.range,
      severity: model.startsMidway ? 'information' : notice ? 'error' : 'warning',
      message: '缺少主送机关：标题之后、正文之前应写主送机关，以全角冒号结尾（如“各乡（镇）人民政府，县直各有关单位：”）。',
    }];
  },
};
