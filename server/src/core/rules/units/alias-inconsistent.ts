// One department written two ways (县应急局 once, 县应急管理局 everywhere else), and names of
// departments with the same remit that a document most likely confused (市教育局 once among
// eight 市教科局). Warning when one spelling clearly dominates, information when it is not sure.
import type { Finding, Rule, Severity } from '../types';
import type { Range } from '../../model/types';
import { FREQUENT, RARE, getRegistry, type MentionReading, type UnitRegistry } from '../../units/registry';
import { lineListInOrder, replacementFor } from '../../units/describe';

/** A family name used this often makes a stray sibling very likely a slip. */
const CLEARLY_DOMINANT = 5;

interface Spelling {
  form: string;
  /** indices into reg.mentions, in document order */
  ids: number[];
}

function reportable(reg: UnitRegistry, id: number): boolean {
  const source = reg.sourceOf(id);
  return source === 'task' || source === 'table';
}

/**
 * By form; most used first, on a tie the one used first. (Mentions come in document order, so "used first"
 * is the smaller first index: the same order as comparing first lines, a stable sort keeping ties on one line.)
 */
function spellingsOf(reg: UnitRegistry, ids: readonly number[]): Spelling[] {
  const by = new Map<string, number[]>();
  for (let i = 0; i < ids.length; i++) {
    const form = reg.reading(ids[i]).form;
    const list = by.get(form);
    if (list) list.push(ids[i]);
    else by.set(form, [ids[i]]);
  }
  const out: Spelling[] = [];
  by.forEach((ids, form) => out.push({ form, ids }));
  return out.sort((a, b) => b.ids.length - a.ids.length || a.ids[0] - b.ids[0]);
}

function oneForm(reg: UnitRegistry, ids: readonly number[]): boolean {
  const form = reg.reading(ids[0]).form;
  for (let i = 1; i < ids.length; i++) if (reg.reading(ids[i]).form !== form) return false;
  return true;
}

/** Counted mentions by canonical name: no group, no member-list name, no slip (units/near-miss has those). */
function counted(reg: UnitRegistry): ReadonlyMap<string, readonly number[]> {
  const all = reg.countedByCanonical();
  if (!reg.slipIds.length) return all;
  const slips = new Set(reg.slipIds);
  const by = new Map<string, number[]>();
  all.forEach((ids, canonical) => {
    const kept = ids.filter((i) => !slips.has(i));
    if (kept.length) by.set(canonical, kept);
  });
  return by;
}

/** One department written two ways: the dominant spelling and the others (reportable mentions only). */
interface DepartmentPlan {
  canonical: string;
  dominant: Spelling;
  others: { count: number; severity: Severity; report: number[] }[];
}

/** Departments of one remit: the dominant one and the rare others. */
interface RemitPlan {
  dominant: readonly number[];
  domForm: string;
  others: { ids: readonly number[]; report: number[] }[];
}

interface Plan {
  departments: DepartmentPlan[];
  remits: RemitPlan[];
}

/**
 * What to report, without where: the same for every version with the same lists (registry.derived), so a
 * keystroke elsewhere costs only the wording of what is reported.
 */
function plan(reg: UnitRegistry): Plan {
  const byCanonical = counted(reg);
  const departments: DepartmentPlan[] = [];
  // forEach, not for…of over entries: run once per template, mostly unoptimised, where each step of an entries
  // iterator made an object and an entry array (a few hundred departments at 1 MB)
  byCanonical.forEach((ids, canonical) => {
    // most departments are written one way throughout: seen without grouping their mentions
    if (oneForm(reg, ids)) return;
    const spellings = spellingsOf(reg, ids);
    if (spellings.length < 2) return;
    const [dominant, ...rest] = spellings;
    const dn = dominant.ids.length;
    const others: DepartmentPlan['others'] = [];
    for (const s of rest) {
      const n = s.ids.length;
      // equal use: nothing tells which spelling the document means
      if (n === dn) continue;
      others.push({ count: n, severity: n <= RARE && dn >= FREQUENT ? 'warning' : 'information', report: s.ids.filter((i) => reportable(reg, i)) });
    }
    departments.push({ canonical, dominant, others });
  });
  const families = new Map<string, (readonly number[])[]>();
  byCanonical.forEach((ids) => {
    const fam = reg.names.family(reg.reading(ids[0]).expanded);
    if (!fam) return;
    const list = families.get(fam);
    if (list) list.push(ids);
    else families.set(fam, [ids]);
  });
  const remits: RemitPlan[] = [];
  families.forEach((members) => {
    if (members.length < 2) return;
    members.sort((a, b) => b.length - a.length || a[0] - b[0]);
    const [dominant, ...rest] = members;
    const others: RemitPlan['others'] = [];
    // both names used many times: two departments, as the document says
    for (const o of rest) if (o.length <= RARE) others.push({ ids: o, report: o.filter((i) => reportable(reg, i)) });
    remits.push({ dominant, domForm: spellingsOf(reg, dominant)[0].form, others });
  });
  return { departments, remits };
}

const PLAN = {};

/** lineList of mentions given by id, ascending (in document order): only the first few are read. */
function linesOf(reg: UnitRegistry, ids: readonly number[]): string {
  return lineListInOrder(ids.length, (k) => reg.lineOf(ids[k]));
}

/** The first three of mentions given by id, as related information: where the dominant spelling is used. */
function firstUses(reg: UnitRegistry, ids: readonly number[]): { range: Range; message: string }[] {
  const out: { range: Range; message: string }[] = [];
  for (let k = 0; k < ids.length && k < 3; k++) {
    const x = reg.mention(ids[k]);
    out.push({ range: x.range, message: `此处写作“${x.name}”` });
  }
  return out;
}

function sameDepartment(reg: UnitRegistry, plans: readonly DepartmentPlan[]): Finding[] {
  const findings: Finding[] = [];
  for (const { canonical, dominant: d, others } of plans) {
    if (!others.length) continue;
    const dn = d.ids.length;
    // once per department: a spelling used on thousands of lines is listed in every finding
    const dominantLines = linesOf(reg, d.ids);
    // the same for every finding of this department (findings are read, never changed)
    const related = firstUses(reg, d.ids);
    for (const s of others) {
      const n = s.count;
      // a spelling used hundreds of times: its wording once per way it is written (by reading: the same
      // name and expansion, shared by every mention of one list content)
      const wording = new Map<MentionReading, { fix: string; message: string; title: string }>();
      const byText = new Map<string, { fix: string; message: string; title: string }>();
      for (let k = 0; k < s.report.length; k++) {
        const i = s.report[k];
        // what the mention reads as and where it is, without making the mention
        const m = reg.reading(i);
        const range = reg.rangeOf(i);
        let w = wording.get(m);
        if (!w) {
          const key = m.name + '\u0000' + m.expanded;
          w = byText.get(key);
          if (!w) {
            const fix = replacementFor(m, d.form, reg.names.place);
            w = {
              fix,
              message: `同一部门写法不一：“${m.name}”与“${fix}”都指${canonical}；本文多写作“${fix}”（${dn}处，${dominantLines}），“${m.name}”这种写法仅${n}处，宜统一为“${fix}”。`,
              title: `统一为“${fix}”`,
            };
            byText.set(key, w);
          }
          wording.set(m, w);
        }
        findings.push({
          range,
          severity: s.severity,
          message: w.message,
          fixes: [{ title: w.title, edits: [{ range, newText: w.fix }] }],
          related,
        });
      }
    }
  }
  return findings;
}

function sameRemit(reg: UnitRegistry, plans: readonly RemitPlan[]): Finding[] {
  const findings: Finding[] = [];
  for (const p of plans) {
    if (!p.others.length) continue;
    const dn = p.dominant.length;
    const domForm = p.domForm;
    const dominantLines = linesOf(reg, p.dominant);
    for (const o of p.others) {
      const n = o.ids.length;
      const otherLines = linesOf(reg, o.ids);
      for (const i of o.report) {
        const m = reg.mention(i);
        if (dn >= FREQUENT) {
          const fix = replacementFor(m, domForm, reg.names.place);
          findings.push({
            range: m.range,
            severity: dn >= CLEARLY_DOMINANT ? 'warning' : 'information',
            message: `“${m.name}”与本文多用的“${fix}”（${dn}处，${dominantLines}）职能相同而名称不同，“${m.name}”仅${n}处；若指同一部门，应统一为“${fix}”。`,
            fixes: [{ title: `改为“${fix}”`, edits: [{ range: m.range, newText: fix }] }],
            related: firstUses(reg, p.dominant),
          });
        } else {
          // a name or two each: say so softly, and let the drafter decide which is right
          findings.push({
            range: m.range,
            severity: 'information',
            message: `“${m.name}”（${otherLines}）与“${domForm}”（${dominantLines}）职能相同而名称不同，请确认是否为同一部门；若是，应统一写法。`,
            related: firstUses(reg, p.dominant),
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
    const p = reg.derived(PLAN, () => plan(reg));
    return [...sameDepartment(reg, p.departments), ...sameRemit(reg, p.remits)].sort(
      (a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character,
    );
  },
};
