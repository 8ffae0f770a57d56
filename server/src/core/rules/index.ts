// Every check, in one explicit list sorted by id. No side-effect registration:
// bundling would drop modules nobody imports.
import type { Rule } from './types';
import { rule as numberingDuplicate } from './numbering/duplicate';
import { rule as numberingFirst } from './numbering/first';
import { rule as numberingGap } from './numbering/gap';
import { rule as numberingLevel } from './numbering/level';
import { rule as numberingMixedStyle } from './numbering/mixed-style';
import { rule as structureAttachmentMissing } from './structure/attachment-missing';
import { rule as structureMissingDate } from './structure/missing-date';

export const RULES: readonly Rule[] = [
  numberingDuplicate,
  numberingFirst,
  numberingGap,
  numberingLevel,
  numberingMixedStyle,
  structureAttachmentMissing,
  structureMissingDate,
];

export function findRule(id: string): Rule | undefined {
  return RULES.find((r) => r.meta.id === id);
}
