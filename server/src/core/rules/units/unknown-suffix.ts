// A unit that does not end like the name of an organisation (县自然资源 for 县自然资源局) and is
// no slip of a name the document uses elsewhere (units/near-miss reports those).
import type { Finding, Rule } from '../types';
import { getRegistry } from '../../units/registry';
import { normaliseName } from '../../units/names';

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
    const findings: Finding[] = [];
    // the registry keeps which names these are from one version to the next: only they are visited
    for (const { mention: m, completion } of reg.unknownNames()) {
      const f: Finding = {
        range: m.range,
        message: completion
          ? `“${m.name}”不像完整的单位名称，是否漏写了“${completion.slice(normaliseName(m.name).length)}”，应为“${completion}”？`
          : `“${m.name}”不像单位名称：单位名称通常以“局”“委”“办”“中心”“政府”等结尾，请核对是否漏字或误把其他文字写进了责任单位。`,
      };
      if (completion) f.fixes = [{ title: `改为“${completion}”`, edits: [{ range: m.range, newText: completion }] }];
      findings.push(f);
    }
    return findings;
  },
};
