// What a check is: metadata plus a function of the model. Checks report ranges the
// model gives them; the engine turns findings into LSP-shaped diagnostics.
import type { DocumentModel, Range } from '../model/types';
import type { GongwenConfig } from '../config';

export type Family = 'structure' | 'numbering' | 'brackets' | 'units' | 'indicator';
export type Severity = 'error' | 'warning' | 'information' | 'hint';
export type SeveritySetting = Severity | 'off';

/** LSP DiagnosticSeverity numbers. */
export const SEVERITY_NUMBER: Record<Severity, 1 | 2 | 3 | 4> = { error: 1, warning: 2, information: 3, hint: 4 };

export interface TextEdit {
  range: Range;
  newText: string;
}

export interface Fix {
  /** shown in the quick-fix menu, in Chinese */
  title: string;
  edits: TextEdit[];
  /** safe to apply without looking (source.fixAll / gongwen check --fix) */
  safe?: boolean;
}

export interface RelatedInfo {
  range: Range;
  message: string;
}

export interface Finding {
  range: Range;
  message: string;
  /** overrides the rule's default severity for this finding (a check that is less sure) */
  severity?: Severity;
  fixes?: Fix[];
  related?: RelatedInfo[];
}

export interface RuleMeta {
  /** family/name — the file path, the test name, the docs page, the settings key and Diagnostic.code */
  id: string;
  family: Family;
  severity: Severity;
  description: { zh: string; en: string };
  fixable?: boolean;
}

export interface RuleContext {
  model: DocumentModel;
  config: GongwenConfig;
  /** per-analysis memo shared by the checks (a units registry, say), computed once per version */
  shared: Map<string, unknown>;
}

export interface Rule {
  meta: RuleMeta;
  run(ctx: RuleContext): Finding[];
}

/** LSP Diagnostic, structurally (the core imports nothing from the protocol packages). */
export interface Diagnostic {
  range: Range;
  severity: 1 | 2 | 3 | 4;
  code: string;
  codeDescription?: { href: string };
  source: 'gongwen';
  message: string;
  relatedInformation?: { location: { uri: string; range: Range }; message: string }[];
  data?: { fixes?: Fix[] };
}
