// Completion: each provider offers items for the position or nothing; all answers are merged.
import type { Analysis } from '../engine/analyze';
import type { Position, Range } from '../model/types';
import { completeOrdinal } from './completeOrdinal';
import { completeDepartment } from './completeDepartment';
import { completeIndicators } from './completeIndicators';

export interface CompletionResult {
  label: string;
  /** LSP CompletionItemKind number (e.g. 12 Value, 7 Class, 15 Snippet) */
  kind: number;
  detail?: string;
  documentation?: string;
  /** text to insert; a snippet when `snippet` is true */
  insertText: string;
  snippet?: boolean;
  /** the range the completion replaces (defaults to the word at the cursor) */
  range?: Range;
  sortText?: string;
  filterText?: string;
}

export type CompletionProvider = (analysis: Analysis, position: Position, lineText: string) => CompletionResult[];

export const COMPLETION_PROVIDERS: CompletionProvider[] = [
  completeOrdinal,
  completeDepartment,
  completeIndicators,
];

export function complete(analysis: Analysis, position: Position, lineText: string): CompletionResult[] {
  const out: CompletionResult[] = [];
  for (const p of COMPLETION_PROVIDERS) out.push(...p(analysis, position, lineText));
  return out;
}
