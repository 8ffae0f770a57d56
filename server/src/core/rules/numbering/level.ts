// A marker that skips a level of the hierarchy (（1） directly under 一、). Short documents skip
// levels legitimately, so this is only a note, once per group.
import type { Finding, Rule } from '../types';
import { canonicalMarker, levelName } from '../../numbering/markers';
import { headingFacts } from '../../numbering/facts';

export const rule: Rule = {
  meta: {
    id: 'numbering/level',
    family: 'numbering',
    severity: 'information',
    description: {
      zh: '序号越级使用：如“（1）”直接出现在“一、”之下，中间没有“（一）”“1.”',
      en: 'A heading marker skips a level of the hierarchy (（1） directly under 一、)',
    },
  },
  run({ model, shared }) {
    const findings: Finding[] = [];
    const reported = new Set<string>();
    const headings = model.headings;
    // levels and parents as numbers: a heading is read only when it skips a level
    const { levels, parents } = headingFacts(model, shared);
    for (let i = 0; i < headings.length; i++) {
      const parent = parents[i];
      if (parent < 0 || levels[i] <= levels[parent] + 1) continue;
      const h = headings[i];
      const p = model.headings[h.parent];
      const key = `${p.index}|${h.level}`;
      if (reported.has(key)) continue;
      reported.add(key);
      const missing: string[] = [];
      for (let lv = p.level + 1; lv < h.level; lv++) missing.push(`${levelName(lv as 1 | 2 | 3 | 4)}“${canonicalMarker(lv as 1 | 2 | 3 | 4, 1)}”`);
      findings.push({
        range: h.markerRange,
        message: `序号越级：“${h.marker}”是${levelName(h.level)}序号，却直接位于${levelName(p.level)}“${p.marker}”（第${p.line + 1}行）之下，中间缺少${missing.join('、')}。结构层次较少时可以越级，请确认。`,
      });
    }
    return findings;
  },
};
