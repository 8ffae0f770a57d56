// A unit that does not end like the name of an organisation (县自然资源 for 县自然资源局) and is
// no slip of a name the document uses elsewhere (units/near-miss reports those).
import type { Finding, Rule } from '../types';
import { getRegistry } from '../../units/registry';
import { looksLikeUnit, normaliseName } from '../../units/names';

const COMPLETIONS = ['局', '委', '办', '中心', '委员会', '办公室', '人民政府', '大队'];

export const rule: Rule = {
  meta: {
    id: 'units/unknown-suffix',
    family: 'units',
    severity: 'information',
    description: {
      zh: '责任单位不像单位名称（不以“局”“委”“办”“中心”等结尾）',
      en: 'A unit that does not end like the name of an organisation',
    },
    fixable: true,
  },
  run({ model, config, shared }) {
    const reg = getRegistry(model, config, shared);
    const slips = new Set(reg.nearMisses.map((n) => n.mention));
    const joined = new Set(reg.joined.flatMap((j) => [j.first, j.second]));
    const findings: Finding[] = [];
    for (let i = 0; i < reg.mentions.length; i++) {
      const m = reg.mentions[i];
      if ((m.source !== 'task' && m.source !== 'table') || m.generic || slips.has(m) || joined.has(m)) continue;
      const name = normaliseName(m.name);
      if (!name || looksLikeUnit(name) || reg.names.isKnown(m.expanded)) continue;
      // 县自然资源 → 县自然资源局 when that is a department the table or the document knows
      const completion = COMPLETIONS.map((s) => name + s).find((c) => reg.names.isKnown(c) || reg.forms.has(reg.names.form(c)));
      const f: Finding = {
        range: m.range,
        message: completion
          ? `“${m.name}”不像完整的单位名称，是否漏写了“${completion.slice(name.length)}”，应为“${completion}”？`
          : `“${m.name}”不像单位名称：单位名称通常以“局”“委”“办”“中心”“政府”等结尾，请核对是否漏字或误把其他文字写进了责任单位。`,
      };
      if (completion) f.fixes = [{ title: `改为“${completion}”`, edits: [{ range: m.range, newText: completion }] }];
      findings.push(f);
    }
    return findings;
  },
};
