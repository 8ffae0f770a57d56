// A marker that skips a level of the hierarchy (（1） directly under 一、). Short documents skip
// levels legitimately, so this is only a note, once per group — and once per scope when the scope never
// uses the skipped level at all (一、 then 1. throughout, as many 实施意见 and 分工方案 are written): the
// document's own two-level hierarchy, not a slip under one heading.
import type { DocumentModel } from '../../model/types';
import type { Finding, Rule } from '../types';
import { canonicalMarker, levelName } from '../../numbering/markers';
import { headingFacts } from '../../numbering/facts';
import { scopeOf } from '../../numbering/sequence';

/** Per scope (the body, the notice, each attachment), the levels its headings use, as bits (1 << level). */
function levelsByScope(model: DocumentModel, levels: Uint8Array): Map<string, number> {
  const used = new Map<string, number>();
  const headings = model.headings;
  for (let i = 0; i < headings.length; i++) {
    const key = scopeOf(headings[i]);
    used.set(key, (used.get(key) ?? 0) | (1 << levels[i]));
  }
  return used;
}

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
    let used: Map<string, number> | undefined;
    for (let i = 0; i < headings.length; i++) {
      const parent = parents[i];
      if (parent < 0 || levels[i] <= levels[parent] + 1) continue;
      const h = headings[i];
      const p = model.headings[h.parent];
      let skipped = 0;
      for (let lv = p.level + 1; lv < h.level; lv++) skipped |= 1 << lv;
      used ??= levelsByScope(model, levels);
      const scope = scopeOf(h);
      const throughout = ((used.get(scope) ?? 0) & skipped) === 0;
      const key = throughout ? `${scope}|${p.level}|${h.level}` : `${p.index}|${h.level}`;
      if (reported.has(key)) continue;
      reported.add(key);
      const missing: string[] = [];
      for (let lv = p.level + 1; lv < h.level; lv++) missing.push(`${levelName(lv as 1 | 2 | 3 | 4)}“${canonicalMarker(lv as 1 | 2 | 3 | 4, 1)}”`);
      const where = h.region === 'attachment' ? `附件${h.attachment ?? ''}` : h.region === 'notice' ? '通知正文' : '本文';
      const note = throughout ? `${where}通篇未用${missing.join('、')}，此处只提示一次；` : '';
      findings.push({
        range: h.markerRange,
        message: `序号越级：“${h.marker}”是${levelName(h.level)}序号，却直接位于${levelName(p.level)}“${p.marker}”（第${p.line + 1}行）之下，中间缺少${missing.join('、')}。${note}结构层次较少时可以越级，请确认。`,
      });
    }
    return findings;
  },
};
