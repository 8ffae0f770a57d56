// Applying every safe fix at once (source.fixAll.gongwen, `gongwen check --fix`).
// Fixes never overlap; passes repeat until nothing changes, so running it twice equals once.
import { analyze, type AnalyzeOptions } from '../engine/analyze';
import type { Diagnostic, Fix, TextEdit } from '../rules/types';
import { applyEdits, nonOverlapping } from '../text/edits';
import { minimalEdit } from '../text/diff';

/** A fix with the check that offered it, so a report can name the check. */
export type AppliedFix = Fix & { code: string };

export function safeFixes(diagnostics: readonly Diagnostic[]): AppliedFix[] {
  const out: AppliedFix[] = [];
  for (const d of diagnostics) for (const f of d.data?.fixes ?? []) if (f.safe) out.push({ ...f, code: d.code });
  return out;
}

export interface FixAllResult {
  text: string;
  /** fixes applied, over all passes */
  applied: AppliedFix[];
}

export function fixAll(text: string, options: AnalyzeOptions = {}, maxPasses = 5): FixAllResult {
  const applied: AppliedFix[] = [];
  let current = text;
  for (let pass = 0; pass < maxPasses; pass++) {
    const { diagnostics } = analyze(current, options);
    const chosen = nonOverlapping(safeFixes(diagnostics), current);
    if (!chosen.length) break;
    const next = applyEdits(current, chosen.flatMap((f) => f.edits));
    if (next === current) break;
    applied.push(...chosen);
    current = next;
  }
  return { text: current, applied };
}

export interface FixAllEdits {
  /** edits against `text` that produce the fully fixed text */
  edits: TextEdit[];
  /** every fix applied, over all passes */
  applied: AppliedFix[];
  text: string;
}

/**
 * Edits for source.fixAll: the first pass's own edits when one pass settles it (so the editor keeps
 * the cursor and the undo step small), else one edit spanning what the passes changed together.
 */
export function fixAllEdits(text: string, options: AnalyzeOptions = {}, diagnostics?: readonly Diagnostic[]): FixAllEdits {
  const first = nonOverlapping(safeFixes(diagnostics ?? analyze(text, options).diagnostics), text);
  if (!first.length) return { edits: [], applied: [], text };
  const firstEdits = first.flatMap((f) => f.edits);
  const afterFirst = applyEdits(text, firstEdits);
  const rest = fixAll(afterFirst, options);
  if (rest.text === afterFirst) return { edits: firstEdits, applied: first, text: afterFirst };
  const edit = minimalEdit(text, rest.text);
  return { edits: edit ? [edit] : [], applied: [...first, ...rest.applied], text: rest.text };
}
