// Every check, in one explicit list sorted by id. No side-effect registration:
// bundling would drop modules nobody imports.
import type { Rule } from './types';
import { rule as indicatorArithmetic } from './indicator/arithmetic';
import { rule as indicatorBelowNational } from './indicator/below-national';
import { rule as indicatorInconsistent } from './indicator/inconsistent';
import { rule as indicatorUnitMismatch } from './indicator/unit-mismatch';
import { rule as structureAttachmentMissing } from './structure/attachment-missing';
import { rule as structureMissingDate } from './structure/missing-date';

export const RULES: readonly Rule[] = [
  indicatorArithmetic,
  indicatorBelowNational,
  indicatorInconsistent,
  indicatorUnitMismatch,
  structureAttachmentMissing,
  structureMissingDate,
];

export function findRule(id: string): Rule | undefined {
  return RULES.find((r) => r.meta.id === id);
}
