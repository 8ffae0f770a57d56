// 抄送 line form (GB/T 9704-2012 7.4.2): 抄送：机关名，机关名，机关名。 — a full-width colon after
// 抄送, full-width commas between the organs, a full stop after the last. A line that ends with
// 。 and goes on with another group of organs on the next line (县委办，县纪委办。/县人大办，县政协办。)
// is a common layout and left alone.
import type { Finding, Rule, TextEdit } from '../types';
import { spanRange } from '../../text/span';

export const rule: Rule = {
  meta: {
    id: 'structure/copy-to',
    family: 'structure',
    severity: 'warning',
    fixable: true,
    description: {
      zh: '抄送机关的写法：全角冒号，机关名之间用逗号，末尾用句号',
      en: 'The copy-to line: full-width colon, organs separated by full-width commas, a full stop at the end',
    },
  },
  run({ model }) {
    const span = model.banji?.copyTo;
    if (!span) return [];
    const t = span.text;
    const label = /^抄[ \u3000]*送[ \u3000]*([：:])[ \u3000]*/.exec(t);
    if (!label) return [];
    const findings: Finding[] = [];
    if (label[1] === ':') {
      const at = label[0].indexOf(':');
      findings.push({
        range: spanRange(span, at, at + 1),
        message: '“抄送”后应用全角冒号“：”，此处为半角“:”。',
        fixes: [{ title: '改为“：”', edits: [{ range: spanRange(span, at, at + 1), newText: '：' }], safe: true }],
      });
    }
    // offsets where a physical line ends inside the joined text
    const lineEnds = new Set<number>();
    let acc = 0;
    for (const s of span.segments) {
      acc += s.end - s.start;
      lineEnds.add(acc);
    }
    const body = label[0].length;
    let end = t.length;
    while (end > body && /[ \u3000]/.test(t[end - 1])) end--;
    const separators: TextEdit[] = [];
    const wrong = new Set<string>();
    for (let i = body; i < end - 1; i++) {
      const ch = t[i];
      if (ch === '。' && lineEnds.has(i + 1)) continue;
      if (ch === '、' || ch === ',' || ch === ';' || ch === '；' || ch === '。') {
        wrong.add(ch);
        separators.push({ range: spanRange(span, i, i + 1), newText: '，' });
      }
    }
    if (separators.length) {
      findings.push({
        range: separators[0].range,
        message: `抄送机关之间应用全角逗号“，”分隔，此处用了“${[...wrong].join('”“')}”。`,
        fixes: [{ title: '改用“，”分隔', edits: separators, safe: true }],
      });
    }
    const last = t[end - 1];
    if (end > body && last !== '。') {
      const replace = /[，,、；;.．]/.test(last);
      const after = spanRange(span, end - 1, end).end;
      const range = replace ? spanRange(span, end - 1, end) : { start: after, end: after };
      findings.push({
        range: replace ? range : spanRange(span, end - 1, end),
        message: `最后一个抄送机关之后应标句号“。”${replace ? `，此处为“${last}”` : ''}。`,
        fixes: [{ title: replace ? '改为“。”' : '补上“。”', edits: [{ range, newText: '。' }], safe: true }],
      });
    }
    return findings;
  },
};
