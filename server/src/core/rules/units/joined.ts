// Two unit names run together without 、 (县财政局县税务局): each half is a name the document
// uses on its own or a department the table of names knows.
import type { Finding, Rule } from '../types';
import { getRegistry } from '../../units/registry';
import { lineList } from '../../units/describe';

export const rule: Rule = {
  meta: {
    id: 'units/joined',
    family: 'units',
    severity: 'warning',
    description: {
      zh: '两个单位名称连写，中间缺少顿号',
      en: 'Two unit names written together without a 、 between them',
    },
    fixable: true,
  },
  run({ model, config, shared }) {
    const reg = getRegistry(model, config, shared);
    const findings: Finding[] = [];
    for (const j of reg.joined) {
      const { first, second } = j;
      const elsewhere = (name: string, form: string) => {
        const uses = (reg.forms.get(form) ?? []).filter((m) => m !== first && m !== second);
        return uses.length ? `“${name}”另见${lineList(uses)}` : `“${name}”是常见部门名称`;
      };
      findings.push({
        range: { start: first.range.start, end: second.range.end },
        message: `“${first.name}${second.name}”是两个单位连写，应在“${first.name}”和“${second.name}”之间加顿号“、”（${elsewhere(first.name, first.form)}，${elsewhere(second.name, second.form)}）。`,
        fixes: [{ title: `在“${first.name}”后加顿号`, edits: [{ range: { start: second.range.start, end: second.range.start }, newText: '、' }] }],
      });
    }
    return findings;
  },
};
