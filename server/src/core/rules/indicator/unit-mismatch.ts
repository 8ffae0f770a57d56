// An indicator stated in a unit that does not fit it: a percentage indicator with 个, a count with %,
// a table row whose 主要指标 cell declares （个） for a share. Only values written right after the
// indicator (达到, 不低于, 为 …) are judged; a number further away may belong to something else.
import { mentionsFor } from '../../indicators/context';
import { unitClass } from '../../indicators/numbers';
import type { Indicator } from '../../indicators/types';
import type { Finding, Rule } from '../types';

const CLASS_NAMES: Record<string, string> = { percent: '百分比', count: '数量', years: '年龄（岁）', money: '金额', area: '面积' };

/** Words that are units when written in a 主要指标 cell's brackets: （%） （个） （人次） （个/千人）. */
const UNIT_WORD = /^(?:万|亿)?(?:%|％|‰|人次|平方米|个|张|人|名|所|家|处|项|岁|床|户|元|次)(?:[/／].{1,8})?$/;

function expected(ind: Indicator): string {
  return `${CLASS_NAMES[unitClass(ind.valueUnit)]}指标，单位应为“${ind.unit}”`;
}

export const rule: Rule = {
  meta: {
    id: 'indicator/unit-mismatch',
    family: 'indicator',
    severity: 'warning',
    description: {
      zh: '指标数值的单位与指标本身不符（如百分比指标写成“个”）',
      en: 'An indicator is stated in a unit that does not fit it (a percentage with 个)',
    },
    fixable: true,
  },
  run(ctx) {
    const out: Finding[] = [];
    for (const m of mentionsFor(ctx)) {
      const want = unitClass(m.indicator.valueUnit);
      const d = m.declaredUnit;
      if (d && UNIT_WORD.test(d.unit) && unitClass(d.unit.replace(/^(万|亿)/, '').split(/[/／]/)[0]) !== want) {
        out.push({
          range: d.range,
          message: `单位不符：“${m.phrase}”是${expected(m.indicator)}，表中写作“（${d.unit}）”。`,
          fixes: [{ title: `改为“${m.indicator.valueUnit}”`, edits: [{ range: d.range, newText: m.indicator.valueUnit }] }],
        });
      }
      for (const v of m.values) {
        if (!v.tight || !v.unit || v.fraction || unitClass(v.unit) === want) continue;
        const fixed = v.raw.replace(/(%|％|‰|人次|平方米|个|张|人|名|所|家|处|项|岁|床|户|元|次)(?=[^%％‰个张人名所家处项岁床户元次]*$)/, m.indicator.valueUnit);
        out.push({
          range: v.range,
          message: `单位不符：“${m.phrase}”是${expected(m.indicator)}，此处写作“${v.raw}”。`,
          fixes: fixed !== v.raw ? [{ title: `改为“${fixed}”`, edits: [{ range: v.range, newText: fixed }] }] : undefined,
        });
      }
    }
    return out;
  },
};
