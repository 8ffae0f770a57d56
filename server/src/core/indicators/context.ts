// What the indicator checks share: the catalogue built from the config, then the mentions and the
// computations, each computed once per analysis in the shared memo.
import type { DocumentModel } from '../model/types';
import type { RuleContext } from '../rules/types';
import { catalogueFor } from './catalogue';
import { findComputations, type Computation } from './arithmetic';
import { findIndicatorMentions, type IndicatorMention } from './mentions';

export function mentionsFor(ctx: RuleContext): IndicatorMention[] {
  catalogueFor(ctx.config, ctx.shared);
  return findIndicatorMentions(ctx.model, ctx.shared);
}

export function computationsFor(ctx: RuleContext): Computation[] {
  catalogueFor(ctx.config, ctx.shared);
  return findComputations(ctx.model, ctx.shared);
}

/** a county's or a district's plan (宝清县, 某区, 某旗; not a 自治区 or a 地区) */
const COUNTY_LEVEL = /(?:县|旗|(?<!自治|地)区)$/;

/**
 * A figure for a wider area than the document's (全市 in a county's or a district's plan): that area's,
 * not the document's own target, as a part of the area's (城区) is not. Only where the document's own
 * level is known; a city's plan (北安市, a 县级市 too) says 全市 of itself.
 */
export function higherArea(m: IndicatorMention, model: DocumentModel): boolean {
  return m.area !== undefined && model.jurisdiction !== undefined && COUNTY_LEVEL.test(model.jurisdiction);
}
