// A 通知 signed by its issuing organ must carry its 成文日期 right after the 署名.
import type { Rule } from '../types';

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
    if (!n || n.date) return [];
    if (n.signature) {
      return [{
        range: n.signature.range,
        message: `缺少成文日期：发文机关署名“${n.signature.text}”之后应写成文日期，如“2024年9月29日”。`,
      }];
    }
    // a 通知 with neither signature nor date: we may be looking at an extract, so say it softly
    const at = n.title ?? n.addressee;
    if (!at) return [];
    return [{
      range: at.range,
      severity: 'information',
      message: '未找到发文机关署名和成文日期：通知正文之后应有署名和成文日期（如“2024年9月29日”）。',
    }];
  },
};
