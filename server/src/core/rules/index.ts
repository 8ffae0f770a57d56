// Every check, in one explicit list sorted by id. No side-effect registration:
// bundling would drop modules nobody imports.
import type { Rule } from './types';
import { rule as bracketsHalfWidth } from './brackets/half-width';
import { rule as bracketsMismatched } from './brackets/mismatched';
import { rule as bracketsNesting } from './brackets/nesting';
import { rule as bracketsUnbalanced } from './brackets/unbalanced';
import { rule as indicatorArithmetic } from './indicator/arithmetic';
import { rule as indicatorBelowNational } from './indicator/below-national';
import { rule as indicatorInconsistent } from './indicator/inconsistent';
import { rule as indicatorUnitMismatch } from './indicator/unit-mismatch';
import { rule as numberingDuplicate } from './numbering/duplicate';
import { rule as numberingFirst } from './numbering/first';
import { rule as numberingGap } from './numbering/gap';
import { rule as numberingLevel } from './numbering/level';
import { rule as numberingMixedStyle } from './numbering/mixed-style';
import { rule as structureAttachmentMissing } from './structure/attachment-missing';
import { rule as structureAttachmentNoteMissing } from './structure/attachment-note-missing';
import { rule as structureAttachmentNumbering } from './structure/attachment-numbering';
import { rule as structureAttachmentTitle } from './structure/attachment-title';
import { rule as structureAttachmentUnlisted } from './structure/attachment-unlisted';
import { rule as structureCopyTo } from './structure/copy-to';
import { rule as structureCountClaim } from './structure/count-claim';
import { rule as structureDate } from './structure/date';
import { rule as structureDocNumber } from './structure/doc-number';
import { rule as structureForeignJurisdiction } from './structure/foreign-jurisdiction';
import { rule as structureMissingAddressee } from './structure/missing-addressee';
import { rule as structureMissingDate } from './structure/missing-date';
import { rule as structureMissingTitle } from './structure/missing-title';
import { rule as unitsAliasInconsistent } from './units/alias-inconsistent';
import { rule as unitsJoined } from './units/joined';
import { rule as unitsMalformed } from './units/malformed';
import { rule as unitsNearMiss } from './units/near-miss';
import { rule as unitsRoleMismatch } from './units/role-mismatch';
import { rule as unitsRowWithoutTask } from './units/row-without-task';
import { rule as unitsTableMismatch } from './units/table-mismatch';
import { rule as unitsTaskWithoutRow } from './units/task-without-row';
import { rule as unitsTitleMismatch } from './units/title-mismatch';
import { rule as unitsUnknownSuffix } from './units/unknown-suffix';

export const RULES: readonly Rule[] = [
  bracketsHalfWidth,
  bracketsMismatched,
  bracketsNesting,
  bracketsUnbalanced,
  indicatorArithmetic,
  indicatorBelowNational,
  indicatorInconsistent,
  indicatorUnitMismatch,
  numberingDuplicate,
  numberingFirst,
  numberingGap,
  numberingLevel,
  numberingMixedStyle,
  structureAttachmentMissing,
  structureAttachmentNoteMissing,
  structureAttachmentNumbering,
  structureAttachmentTitle,
  structureAttachmentUnlisted,
  structureCopyTo,
  structureCountClaim,
  structureDate,
  structureDocNumber,
  structureForeignJurisdiction,
  structureMissingAddressee,
  structureMissingDate,
  structureMissingTitle,
  unitsAliasInconsistent,
  unitsJoined,
  unitsMalformed,
  unitsNearMiss,
  unitsRoleMismatch,
  unitsRowWithoutTask,
  unitsTableMismatch,
  unitsTaskWithoutRow,
  unitsTitleMismatch,
  unitsUnknownSuffix,
];

export function findRule(id: string): Rule | undefined {
  return RULES.find((r) => r.meta.id === id);
}
