// Applying every safe fix at once (source.fixAll.gongwen, `gongwen check --fix`).
// Fixes never overlap; passes repeat until nothing changes, so running it twice equals once.
import { analyze, type AnalyzeOptions } from '../engine/analyze';
import type { Diagnostic, Fix } from '../rules/types';
import { applyEdits, nonOverlapping } from '../text/edits';

export function safeFixes(diagnostics: readonly Diagnostic[]): Fix[] {
  const out: Fix[] = [];
  for (const d of diagnostics) for (const f of d.data?.fixes ?? []) if (f.safe) out.push(f);
  return out;
}

export interface FixAllResult {
  text: string;
  /** fixes applied, over all passes */
  applied: Fix[];
  /** each pass: the text it started from and the fixes it applied together */
  passes: { text: string; fixes: Fix[] }[];
}

export function fixAll(text: string, options: AnalyzeOptions = {}, maxPasses = 5): FixAllResult {
  const applied: Fix[] = [];
  const passes: FixAllResult['passes'] = [];
  let current = text;
  for (let pass = 0; pass < maxPasses; pass++) {
    const { diagnostics } = analyze(current, options);
    const chosen = nonOverlapping(safeFixes(diagnostics), current);
    if (!chosen.length) break;
    const next = applyEdits(current, chosen.flatMap((f) => f.edits));
    if (next === current) break;
    applied.push(...chosen);
    passes.push({ text: current, fixes: chosen });
    current = next;
  }
  return { text: current, applied, passes };
}
