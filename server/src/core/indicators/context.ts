// What the indicator checks share: the catalogue built from the config, then the mentions and the
// computations, each computed once per analysis in the shared memo.
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
