// A department name used once or twice that is one slip away from a name the document uses many
// times: 市建局 among twenty 市住建局, 城市社区管委 among fifteen 城市社区管委会.
import type { Finding, Rule } from '../types';
import { getRegistry } from '../../units/registry';
import { describeEdit } from '../../units/names';
import { lineList, replacementFor } from '../../units/describe';

export const rule: Rule = {
  meta: {
    id: 'units/near-miss',
    family: 'units',
    severity: 'warning',
    description: {
      zh: '单位名称与本文多次使用的名称只差一字（多字、少字、错字、颠倒或截断）',
      en: 'A unit name one slip away from a name the document uses many times',
    },
    fixable: true,
  },
  run({ model, config, shared }) {
    const reg = getRegistry(model, config, shared);
    const findings: Finding[] = [];
    for (const nm of reg.nearMisses) {
      const m = nm.mention;
      const fix = replacementFor(m, nm.target, reg.names.place);
      const uses = nm.targetMentions;
      findings.push({
        range: m.range,
        message: `“${m.name}”疑为“${fix}”之误（${describeEdit(nm.edit)}）：“${nm.target}”在本文使用${uses.length}次（${lineList(uses)}），“${m.name}”仅此${reg.forms.get(m.form)?.length === 2 ? '两' : '一'}处。`,
        fixes: [{ title: `改为“${fix}”`, edits: [{ range: m.range, newText: fix }] }],
        related: uses.slice(0, 3).map((u) => ({ range: u.range, message: `“${nm.target}”在此使用` })),
      });
    }
    return findings;
  },
};
