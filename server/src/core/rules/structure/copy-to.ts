// 抄送 line form (GB/T 9704-2012 7.4.2): 抄送：机关名，机关名，机关名。 — a full-width colon after
// 抄送, full-width commas between the organs, a full stop after the last. A line that ends with
// 。 and goes on with another group of organs on the next line (县委办，县纪委办。/县人大办，县政协办。)
// is a common layout and left alone.
// An organ on a line of its own with no comma at the line end around it (县人大常委会办公室 / 县政协办公室 /
// 县法院，…) is an item of its own, not a piece of the organ before it: the comma missing there is reported.
import type { Finding, Rule, TextEdit } from '../types';
import { spanRange } from '../../text/span';
import { namesUnit } from '../../parse/patterns';

/** The marks drafters put between organs: all but ， are wrong there. */
const SEPARATORS = '、，,;；。';
const HAN = /[\u4e00-\u9fff]/;

/** Longer than any organ name (国家金融监督管理总局宝清监管支局 is 16 characters). */
const MAX_ORGAN = 30;

/** Names a 抄送 list holds besides those ending like an organ's (namesUnit): 县委各部门, 县人大, 县政协. */
const COPY_ORGAN = /..(?:部门|单位|人大|政协|纪委监委|军分区|人武部)$/;

function isOrgan(s: string): boolean {
  return s.length <= MAX_ORGAN && (namesUnit(s) || COPY_ORGAN.test(s));
}

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
    // line ends with no mark where an organ on a line of its own meets the organ before or after it: a
    // name hard-wrapped inside (县 / 法院, 县人民政府 / 办公室) has a piece on one side that names no organ
    const starts = [body, ...[...lineEnds].filter((e) => e > body && e < end).sort((a, b) => a - b)];
    const missing: Finding[] = [];
    const breaks: number[] = [];
    for (let j = 1; j < starts.length; j++) {
      const e = starts[j];
      if (SEPARATORS.includes(t[e - 1]) || SEPARATORS.includes(t[e])) continue;
      const k = marks.findIndex((m) => m > e);
      const from = k < 0 ? (marks.length ? marks[marks.length - 1] + 1 : body) : itemFrom(k);
      const to = k < 0 ? end : marks[k];
      const lineTo = j + 1 < starts.length ? starts[j + 1] : end;
      // each side up to its mark or its line's other end; one of them must be the whole of its line
      const before = t.slice(Math.max(from, starts[j - 1]), e);
      const after = t.slice(e, Math.min(to, lineTo));
      const whole = from <= starts[j - 1] || to >= lineTo - 1;
      if (!whole || !isOrgan(before) || !isOrgan(after)) continue;
      breaks.push(e);
      const at = spanRange(span, e - 1, e);
      missing.push({
        range: at,
        message: `抄送机关之间缺少逗号：“${before}”与下一行的“${after}”之间应加“，”。`,
        fixes: [{ title: '补上“，”', edits: [{ range: { start: at.end, end: at.end }, newText: '，' }], safe: true }],
      });
    }
    // organ names are short: a long stretch between two marks is prose the parser took for the
    // 抄送 list (the fuzzer found one), and turning its 。 into ， would run its sentences together
    let longest = 0;
    const cuts = [...marks, ...breaks].sort((a, b) => a - b);
    for (let k = 0, from = body; k <= cuts.length; k++) {
      const to = k < cuts.length ? cuts[k] : end;
      longest = Math.max(longest, to - from);
      if (k < cuts.length) from = cuts[k] + (breaks.includes(cuts[k]) ? 0 : 1);
    }
    if (separators.length && longest <= MAX_ORGAN) {
      findings.push({
        range: separators[0].range,
        message: `抄送机关之间应用全角逗号“，”分隔，此处用了“${[...wrong].join('”“')}”。`,
        fixes: [{ title: '改用“，”分隔', edits: separators, safe: true }],
      });
    }
    for (const f of missing) findings.push(f);
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
