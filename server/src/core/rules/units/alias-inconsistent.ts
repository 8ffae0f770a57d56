// One department written two ways (县应急局 once, 县应急管理局 everywhere else), and names of
// departments with the same remit that a document most likely confused (市教育局 once among
// eight 市教科局). Warning when one spelling clearly dominates, information when it is not sure.
import type { Finding, Rule, Severity } from '../types';
import { FREQUENT, RARE, getRegistry, type Mention, type UnitRegistry } from '../../units/registry';
import { lineList, replacementFor } from '../../units/describe';

/** A family name used this often makes a stray sibling very likely a slip. */
const CLEARLY_DOMINANT = 5;

interface Spelling {
  form: string;
  mentions: Mention[];
}

function reportable(m: Mention): boolean {
  return m.source === 'task' || m.source === 'table';
}

function spellingsOf(ms: readonly Mention[]): Spelling[] {
  const by = new Map<string, Mention[]>();
  // indexed loops over mentions: for…of allocated an iterator result per step until optimised
  for (let i = 0; i < ms.length; i++) {
    const m = ms[i];
    const list = by.get(m.form);
    if (list) list.push(m);
    else by.set(m.form, [m]);
  }
  // most used first; on a tie the one used first
  return [...by.entries()]
    .map(([form, mentions]) => ({ form, mentions }))
    .sort((a, b) => b.mentions.length - a.mentions.length || a.mentions[0].range.start.line - b.mentions[0].range.start.line);
}

function counted(reg: UnitRegistry): Map<string, Mention[]> {
  const slips = new Set(reg.nearMisses.map((n) => n.mention));
  const by = new Map<string, Mention[]>();
  for (let i = 0; i < reg.mentions.length; i++) {
    const m = reg.mentions[i];
    if (m.generic || m.source === 'member' || slips.has(m)) continue;
    const list = by.get(m.canonical);
    if (list) list.push(m);
    else by.set(m.canonical, [m]);
  }
  return by;
}

function sameDepartment(reg: UnitRegistry, byCanonical: Map<string, Mention[]>): Finding[] {
  const findings: Finding[] = [];
  for (const [canonical, ms] of byCanonical) {
    const spellings = spellingsOf(ms);
    if (spellings.length < 2) continue;
    const [dominant, ...others] = spellings;
    const dn = dominant.mentions.length;
    // once per department: a spelling used on thousands of lines is listed in every finding
    const dominantLines = lineList(dominant.mentions);
    // the same for every finding of this department (findings are read, never changed)
    const related = dominant.mentions.slice(0, 3).map((d) => ({ range: d.range, message: `此处写作“${d.name}”` }));
    for (const s of others) {
      const n = s.mentions.length;
      // equal use: nothing tells which spelling the document means
      if (n === dn) continue;
      const severity: Severity = n <= RARE && dn >= FREQUENT ? 'warning' : 'information';
      // a spelling used hundreds of times: its wording once per way it is written
      const wording = new Map<string, { fix: string; message: string; title: string }>();
      for (let i = 0; i < s.mentions.length; i++) {
        const m = s.mentions[i];
        if (!reportable(m)) continue;
        const key = m.name + '\u0000' + m.expanded;
        let w = wording.get(key);
        if (!w) {
          const fix = replacementFor(m, dominant.form, reg.names.place);
          w = {
            fix,
            message: `同一部门写法不一：“${m.name}”与“${fix}”都指${canonical}；本文多写作“${fix}”（${dn}处，${dominantLines}），“${m.name}”这种写法仅${n}处，宜统一为“${fix}”。`,
            title: `统一为“${fix}”`,
          };
          wording.set(key, w);
        }
        findings.push({
          range: m.range,
          severity,
          message: w.message,
          fixes: [{ title: w.title, edits: [{ range: m.range, newText: w.fix }] }],
          related,
        });
      }
    }
  }
  return findings;
}

function sameRemit(reg: UnitRegistry, byCanonical: Map<string, Mention[]>): Finding[] {
  const families = new Map<string, { canonical: string; mentions: Mention[] }[]>();
  for (const [canonical, ms] of byCanonical) {
    const fam = reg.names.family(ms[0].expanded);
    if (!fam) continue;
    const list = families.get(fam) ?? [];
    list.push({ canonical, mentions: ms });
    families.set(fam, list);
  }
  const findings: Finding[] = [];
  for (const members of families.values()) {
    if (members.length < 2) continue;
    members.sort((a, b) => b.mentions.length - a.mentions.length || a.mentions[0].range.start.line - b.mentions[0].range.start.line);
    const [dominant, ...others] = members;
    const dn = dominant.mentions.length;
    const domForm = spellingsOf(dominant.mentions)[0].form;
    const dominantLines = lineList(dominant.mentions);
    for (const o of others) {
      const n = o.mentions.length;
      // both names used many times: two departments, as the document says
      if (n > RARE) continue;
      const otherLines = lineList(o.mentions);
      for (const m of o.mentions.filter(reportable)) {
        if (dn >= FREQUENT) {
          const fix = replacementFor(m, domForm, reg.names.place);
          findings.push({
            range: m.range,
            severity: dn >= CLEARLY_DOMINANT ? 'warning' : 'information',
            message: `“${m.name}”与本文多用的“${fix}”（${dn}处，${dominantLines}）职能相同而名称不同，“${m.name}”仅${n}处；若指同一部门，应统一为“${fix}”。`,
            fixes: [{ title: `改为“${fix}”`, edits: [{ range: m.range, newText: fix }] }],
            related: dominant.mentions.slice(0, 3).map((d) => ({ range: d.range, message: `此处写作“${d.name}”` })),
          });
        } else {
          // a name or two each: say so softly, and let the drafter decide which is right
          findings.push({
            range: m.range,
            severity: 'information',
            message: `“${m.name}”（${otherLines}）与“${domForm}”（${dominantLines}）职能相同而名称不同，请确认是否为同一部门；若是，应统一写法。`,
            related: dominant.mentions.slice(0, 3).map((d) => ({ range: d.range, message: `此处写作“${d.name}”` })),
          });
        }
      }
    }
  }
  return findings;
}

export const rule: Rule = {
  meta: {
    id: 'units/alias-inconsistent',
    family: 'units',
    severity: 'warning',
    description: {
      zh: '同一部门在文中有两种写法（全称与简称混用，或职能相同的名称混用）',
      en: 'One department written two ways in one document',
    },
    fixable: true,
  },
  run({ model, config, shared }) {
    const reg = getRegistry(model, config, shared);
    const byCanonical = counted(reg);
    return [...sameDepartment(reg, byCanonical), ...sameRemit(reg, byCanonical)].sort(
      (a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character,
    );
  },
};
