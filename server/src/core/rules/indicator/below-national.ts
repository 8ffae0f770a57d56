// A target weaker than the national target for the same indicator and year. A binding national
// target (约束性, or a floor every government must meet, such as 彩票公益金 ≥ 55%) gives a warning;
// a national average (预期性) or a figure we could not re-check online is only a note.
import { higherArea, mentionsFor } from '../../indicators/context';
import { fmt, unitClass } from '../../indicators/numbers';
import type { Finding, Rule } from '../types';

export const rule: Rule = {
  meta: {
    id: 'indicator/below-national',
    family: 'indicator',
    severity: 'warning',
    description: {
      zh: '指标目标值低于同一年份的国家目标',
      en: 'A target is weaker than the national target for the same indicator and year',
    },
  },
  run(ctx) {
    const out: Finding[] = [];
    // a year before the notice's date is past (到2020年底…达到30张 in a plan issued in 2022): what was
    // reached then, not a target that can still be raised; a target that holds from a year on still holds
    const issued = ctx.model.notice?.date?.year;
    for (const m of mentionsFor(ctx)) {
      const n = m.indicator.national;
      if (!n || n.comparable === false || m.scope || m.delta || higherArea(m, ctx.model)) continue;
      if (n.comparison !== '>=' && n.comparison !== '>' && n.comparison !== '=') continue;
      for (const v of m.values) {
        if (v.year === undefined || v.yearKind === 'status') continue;
        if (n.from ? v.year < n.year : v.year !== n.year) continue;
        if (!n.from && issued !== undefined && v.year < issued) continue;
        if (v.comparison === '<=' || v.comparison === '<' || v.comparison === '≈') continue;
        if (v.unit && unitClass(v.unit) !== unitClass(m.indicator.valueUnit)) continue;
        const stated = v.max ?? v.value;
        if (stated >= n.value) continue;
        // a year taken from an earlier sentence or paragraph may not be the figure's (a state described
        // after the targets): a note then, as indicator/inconsistent does
        const ownYear = v.yearSource === 'sentence' || v.yearSource === 'table';
        const firm = (n.floor || n.attribute === '约束性') && n.verified !== 'unverified';
        const binding = firm && ownYear;
        const unit = m.indicator.valueUnit === '%' ? '%' : m.indicator.valueUnit;
        const kind = n.floor ? '各地均须达到的要求' : n.attribute ? `${n.attribute}指标` : '全国目标';
        const caveat = n.verified === 'unverified' ? '；该国家数值未能在线核对，请以原文为准' : '';
        const ask = binding ? '请按国家要求调整。' : firm ? `此处年份系按上文推断，如确为${v.year}年目标，请按国家要求调整。` : '地方可结合实际确定，请确认是否有意为之。';
        out.push({
          range: v.range,
          severity: binding ? 'warning' : 'information',
          message: `低于国家目标：“${m.phrase}”${v.year}年目标为${fmt(stated)}${unit}，低于国家目标${fmt(n.value)}${unit}（${n.text}；${kind}；见${n.source}${caveat}）。${ask}`,
        });
      }
    }
    return out;
  },
};
