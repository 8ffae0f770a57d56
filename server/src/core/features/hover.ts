// Hover: each provider looks at the position and answers or passes. The first answer wins,
// so the most specific providers (a department, an indicator) come before headings.
import type { Analysis } from '../engine/analyze';
import type { Position, Range } from '../model/types';
import { headingHover } from './hoverHeading';
import { unitHover } from './hoverUnits';
import { indicatorHover } from './hoverIndicators';

export interface HoverResult {
  /** Markdown, in Chinese */
  markdown: string;
  range: Range;
}

export type HoverProvider = (analysis: Analysis, position: Position) => HoverResult | undefined;

export const HOVER_PROVIDERS: HoverProvider[] = [
  unitHover,
  indicatorHover,
  headingHover,
];

export function hover(analysis: Analysis, position: Position): HoverResult | undefined {
  for (const p of HOVER_PROVIDERS) {
    const r = p(analysis, position);
    if (r) return r;
  }
  return undefined;
}
