// Totals the text computes by hand: a rate per thousand (per hundred, per cent) times the base it
// states, the parts of a 共N个 total, a share over 100%. Only what the text itself states is checked;
// a rate with no population anywhere in its paragraph is left alone (the hover shows what it implies).
import { computationsFor } from '../../indicators/context';
import type { Finding, Rule, Severity } from '../types';

const SEVERITY: Record<string, Severity> = { explicit: 'error', inferred: 'warning', implied: 'information' };

export const rule: Rule = {
  meta: {
    id: 'indicator/arithmetic',
    family: 'indicator',
    severity: 'error',
    description: {
      zh: '按指标测算的总数、分项之和或比例与文中数字不符',
      en: 'A total computed from a rate and its base, a sum of parts, or a share does not match the number stated',
    },
    fixable: true,
  },
  run(ctx) {
    const out: Finding[] = [];
    for (const c of computationsFor(ctx)) {
      if (c.ok) continue;
      const f: Finding = {
        range: c.range,
        message: c.message,
        severity: SEVERITY[c.certainty],
        related: c.inputs.map((i) => ({ range: i.range, message: `参与计算：${i.label}` })),
      };
      if (c.fix) f.fixes = [{ title: c.fix.title, edits: [{ range: c.fix.range, newText: c.fix.newText }] }];
      out.push(f);
    }
    return out;
  },
};
