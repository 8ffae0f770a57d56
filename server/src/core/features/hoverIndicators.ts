// Hover on an indicator: what it is (definition, formula, unit), the national target and where it comes
// from, and every value this document states for it (value, year, line). On a number the text computed
// (应配备托位2608个, 共25个), the computation that checks it.
import type { Analysis } from '../engine/analyze';
import type { Position } from '../model/types';
import { containsPos } from '../text/span';
import { findComputations, type Computation } from '../indicators/arithmetic';
import { findIndicatorMentions, type IndicatorMention, type StatedValue } from '../indicators/mentions';
import { fmt } from '../indicators/numbers';
import type { Indicator } from '../indicators/types';
import type { HoverResult } from './hover';

const VERIFIED: Record<string, string> = {
  online: '数值已在线核对',
  seeds: '多份地方文件逐字引用了该要求，国家原文未能在线核对',
  user: '用户自定义',
  unverified: '据国家规划整理，未能在线核对原文',
};

function statedText(m: IndicatorMention, v: StatedValue): string {
  // a table cell writes the bare number; its unit is the row's （%） or the indicator's own
  const unit = v.unit ? '' : m.declaredUnit?.unit ?? m.indicator.valueUnit;
  const year = v.year !== undefined
    ? `${v.year}年${v.yearKind === 'status' ? '（现状）' : v.yearKind === 'from' ? '起' : ''}`
    : v.yearKind === 'status' ? '现状' : '年份未写明';
  const cmp = v.comparisonText.replace(/以上$|及以上$|以下$|左右$/, '');
  const attr = v.attribute ? `（${v.attribute}）` : '';
  return `${year} ${cmp}${v.raw}${unit}${attr}`;
}

function mentionLine(m: IndicatorMention): string {
  const where = m.where === 'table' ? '，表格' : '';
  const scope = m.scope ? `，${m.scope}` : '';
  const delta = m.delta ? '，新增量' : '';
  const values = m.values.length ? m.values.map((v) => statedText(m, v)).join('；') : '（未写数值）';
  return `- 第${m.line + 1}行${where}${scope}${delta}：${values}`;
}

/** The indicator's own card: what it is and what the nation asks. */
export function indicatorCard(ind: Indicator): string[] {
  const tags = [`${ind.domain}指标`, ind.attribute, ind.user ? '自定义' : undefined].filter(Boolean).join(' · ');
  const lines = [`**${ind.name}**（${tags}）`];
  if (ind.definition) lines.push(`定义：${ind.definition}`);
  lines.push(`计算公式：${ind.formula}`, `单位：${ind.unit}`);
  const n = ind.national;
  if (n) {
    const attr = n.attribute ? `，${n.attribute}` : '';
    lines.push(`国家目标：${n.text}${attr}。来源：${n.source}（${VERIFIED[n.verified]}）`);
  } else if (ind.nationalNote) lines.push(`国家目标：${ind.nationalNote}`);
  lines.push(`出处：${ind.source}`);
  return lines;
}

function computationLines(c: Computation): string[] {
  const mark = c.certainty === 'implied' && c.kind === 'rate' ? '推算' : c.ok ? '核算相符' : '核算不符';
  return [`**${mark}**：${c.expression}`, c.message];
}

export function indicatorHover(analysis: Analysis, position: Position): HoverResult | undefined {
  const { model, shared } = analysis;
  const mentions = findIndicatorMentions(model, shared);
  const computation = findComputations(model, shared).find((c) => containsPos(c.range, position));
  const mention = mentions.find((m) => containsPos(m.range, position) || m.values.some((v) => containsPos(v.range, position)));
  if (!computation && !mention) return undefined;
  const parts: string[] = [];
  if (computation) parts.push(...computationLines(computation));
  if (mention) {
    if (parts.length) parts.push('---');
    parts.push(...indicatorCard(mention.indicator));
    const same = mentions.filter((m) => m.indicator.id === mention.indicator.id);
    parts.push(`本文件所写（${same.length}处）：\n${same.map(mentionLine).join('\n')}`);
  }
  const range = computation?.range ?? mention!.range;
  return { markdown: parts.join('\n\n'), range };
}

/** A number as the hover writes it (exported for the completion documentation). */
export function targetText(ind: Indicator): string | undefined {
  const n = ind.national;
  if (!n) return undefined;
  const value = n.value >= 10000 ? `${fmt(n.value / 10000)}万` : fmt(n.value);
  return `${n.year}年${n.from ? '起' : ''}${n.comparison === '>=' ? '≥' : n.comparison}${value}${ind.valueUnit}`;
}
