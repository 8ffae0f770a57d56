// The same indicator given two different targets for the same year in one document: 护理型床位占比
// 2025年 55% in the 发展目标 and 60% in a task. Figures for part of the area (城市社区, 公办机构, another
// city's table) and increases (新增) are not the document's own target and are left out.
import { higherArea, mentionsFor } from '../../indicators/context';
import type { IndicatorMention, StatedValue } from '../../indicators/mentions';
import { fmt, unitClass } from '../../indicators/numbers';
import type { Finding, Rule } from '../types';

interface Target {
  m: IndicatorMention;
  v: StatedValue;
  lo: number;
  hi: number;
}

const EPS = 1e-9;

function interval(v: StatedValue): [number, number] | undefined {
  switch (v.comparison) {
    case '=': return [v.value, v.max ?? v.value];
    case '>=': return [v.value, Infinity];
    case '>': return [v.value + EPS, Infinity];
    case '<=': return [-Infinity, v.max ?? v.value];
    case '<': return [-Infinity, v.value - EPS];
    default: return undefined;
  }
}

/** The value as a drafter would say it: 55%, 不低于55%, 80%以上, 1—2个. */
function show(t: Target): string {
  const unit = t.v.unit || t.m.indicator.valueUnit;
  const num = t.v.max !== undefined ? `${fmt(t.v.value)}—${fmt(t.v.max)}` : fmt(t.v.value);
  const cmp = /^(不低于|不少于|至少|≥|超过|高于|不超过|不高于|低于|≤|>|<)/.exec(t.v.comparisonText)?.[1] ?? '';
  const post = /(及以上|以上|以下)$/.exec(t.v.comparisonText)?.[1] ?? '';
  return `${cmp}${num}${unit}${post}`;
}

const explicitYear = (v: StatedValue) => v.yearSource === 'sentence' || v.yearSource === 'table';

export const rule: Rule = {
  meta: {
    id: 'indicator/inconsistent',
    family: 'indicator',
    severity: 'warning',
    description: {
      zh: '同一指标同一年份在文中给出了两个不同的目标值',
      en: 'The same indicator is given two different targets for the same year',
    },
  },
  run(ctx) {
    const out: Finding[] = [];
    // the targets per indicator and year; `groups` keeps them in the order each pair first appears
    // (no key string built per value: this runs after every keystroke)
    const byIndicator = new Map<string, Map<number, Target[]>>();
    const groups: Target[][] = [];
    for (const m of mentionsFor(ctx)) {
      if (m.scope || m.delta || higherArea(m, ctx.model)) continue;
      for (const v of m.values) {
        if (v.yearKind !== 'target' || v.year === undefined) continue;
        if (v.unit && unitClass(v.unit) !== unitClass(m.indicator.valueUnit)) continue;
        const iv = interval(v);
        if (!iv) continue;
        let years = byIndicator.get(m.indicator.id);
        if (!years) byIndicator.set(m.indicator.id, (years = new Map()));
        let list = years.get(v.year);
        if (!list) {
          years.set(v.year, (list = []));
          groups.push(list);
        }
        list.push({ m, v, lo: iv[0], hi: iv[1] });
      }
    }
    for (const list of groups) {
      for (let i = 1; i < list.length; i++) {
        const b = list[i];
        let a: Target | undefined;
        for (let k = 0; k < i && !a; k++) if (list[k].hi < b.lo - EPS || b.hi < list[k].lo - EPS) a = list[k];
        if (!a) continue;
        // a stretch goal (力争达到60%) beside a firm target (达到55%) is a second tier the drafter may intend
        const sure = explicitYear(a.v) && explicitYear(b.v) && !a.v.stretch && !b.v.stretch;
        out.push({
          range: b.v.range,
          severity: sure ? 'warning' : 'information',
          message: `同一指标前后不一致：“${b.m.indicator.name}”${b.v.year}年目标在第${a.v.range.start.line + 1}行为${show(a)}，此处为${show(b)}。${a.v.stretch || b.v.stretch ? '若一为基本目标、一为力争目标，可忽略；否则' : ''}请统一为同一目标值。`,
          related: [{ range: a.v.range, message: `此前的目标值：${show(a)}` }],
        });
      }
    }
    return out;
  },
};
