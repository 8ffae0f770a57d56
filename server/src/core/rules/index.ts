// Every check, in one explicit list sorted by id. No side-effect registration:
// bundling would drop modules nobody imports.
import type { Rule } from './types';
import { rule as structureAttachmentMissing } from './structure/attachment-missing';
import { rule as structureMissingDate } from './structure/missing-date';
import { rule as unitsAliasInconsistent } from './units/alias-inconsistent';
import { rule as unitsJoined } from './units/joined';
import { rule as unitsMalformed } from './units/malformed';
import { rule as unitsNearMiss } from './units/near-miss';
import { rule as unitsRowWithoutTask } from './units/row-without-task';
import { rule as unitsTableMismatch } from './units/table-mismatch';
import { rule as unitsTaskWithoutRow } from './units/task-without-row';
import { rule as unitsUnknownSuffix } from './units/unknown-suffix';

export const RULES: readonly Rule[] = [
  structureAttachmentMissing,
  structureMissingDate,
  unitsAliasInconsistent,
  unitsJoined,
  unitsMalformed,
  unitsNearMiss,
  unitsRowWithoutTask,
  unitsTableMismatch,
  unitsTaskWithoutRow,
  unitsUnknownSuffix,
];

export function findRule(id: string): Rule | undefined {
  return RULES.find((r) => r.meta.id === id);
}
