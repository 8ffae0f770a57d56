// 抄送 line form (GB/T 9704-2012 7.4.2): 抄送：机关名，机关名，机关名。 — a full-width colon after
// 抄送, full-width commas between the organs, a full stop after the last. A line that ends with
// 。 and goes on with another group of organs on the next line (县委办，县纪委办。/县人大办，县政协办。)
// is a common layout and left alone.
import type { Finding, Rule, TextEdit } from '../types';
import { spanRange } from '../../text/span';

/** The marks drafters put between organs: all but ， are wrong there. */
const SEPARATORS = '、，,;；。';
const HAN = /[\u4e00-\u9fff]/;

/** Longer than any organ name (国家金融监督管理总局宝清监管支局 is 16 characters). */
const MAX_ORGAN = 30;

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
    // the marks between the organs, and the stretches between them (the organs)
    const marks: number[] = [];
    for (let i = body; i < end; i++) if (SEPARATORS.includes(t[i])) marks.push(i);
    // item k: what lies between mark k - 1 and mark k (the first after the label, the last up to the end)
    const itemFrom = (k: number) => (k > 0 ? marks[k - 1] + 1 : body);
    const itemTo = (k: number) => (k < marks.length ? marks[k] : end);
    const item = (k: number) => t.slice(itemFrom(k), itemTo(k));
    const separators: TextEdit[] = [];
    const wrong = new Set<string>();
    for (let k = 0; k < marks.length; k++) {
      const i = marks[k];
      const ch = t[i];
      if (ch === '，' || i === end - 1) continue;
      if (ch === '。' && lineEnds.has(i + 1)) continue;
      // a mark with no organ name on one side separates nothing (抄送：\t1。（。…): turning it into ，
      // would only run what surrounds it together
      if (!HAN.test(item(k)) || !HAN.test(item(k + 1))) continue;
      wrong.add(ch);
      separators.push({ range: spanRange(span, i, i + 1), newText: '，' });
    }
    // organ names are short: a long stretch between two marks is prose the parser took for the
    // 抄送 list (the fuzzer found one), and turning its 。 into ， would run its sentences together
    let longest = 0;
    for (let k = 0; k <= marks.length; k++) longest = Math.max(longest, itemTo(k) - itemFrom(k));
    if (separators.length && longest <= MAX_ORGAN) {
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
