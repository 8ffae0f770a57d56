// Hover on a heading marker or title: its level, its ordinal and where it stands among its siblings.
import type { Analysis } from '../engine/analyze';
import type { Heading, Position } from '../model/types';
import { containsPos } from '../text/span';
import type { HoverResult } from './hover';

const LEVEL_NAMES = ['', '第一层（一、）', '第二层（（一））', '第三层（1.）', '第四层（（1））'];

export function siblingsOf(headings: readonly Heading[], h: Heading): Heading[] {
  if (h.parent >= 0) return headings[h.parent].children.map((i) => headings[i]).filter((x) => x.level === h.level);
  return headings.filter((x) => x.parent < 0 && x.level === h.level && x.region === h.region && x.attachment === h.attachment);
}

export function headingHover({ model }: Analysis, position: Position): HoverResult | undefined {
  const h = model.headings.find((x) => x.line === position.line && (containsPos(x.markerRange, position) || containsPos(x.titleRange, position)));
  if (!h) return undefined;
  const siblings = siblingsOf(model.headings, h);
  const k = siblings.indexOf(h) + 1;
  const parent = h.parent >= 0 ? model.headings[h.parent] : undefined;
  const lines = [
    `**${h.marker}${h.title}**`,
    '',
    `结构层次：${LEVEL_NAMES[h.level]}，序号 ${h.ordinal}`,
    `同级共 ${siblings.length} 项，本项为第 ${k} 项${parent ? `（上级：${parent.marker}${parent.title}）` : ''}`,
  ];
  if (h.children.length) lines.push(`下设 ${h.children.length} 项`);
  const tasks = model.tasks.filter((t) => t.heading === h.index);
  if (tasks.length) lines.push(`责任单位：${tasks[0].units.items.map((u) => u.name).join('、')}`);
  return { markdown: lines.join('\n\n'), range: h.markerRange };
}
