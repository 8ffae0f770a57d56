// The units registry and the task↔row matching of one analysis, built once and shared with the checks.
import type { Analysis } from '../engine/analyze';
import { defaultConfig } from '../config';
import { getRegistry, type UnitRegistry } from '../units/registry';
import { matchTasksToRows, type TaskRowMatch } from '../units/match';
import { replacementFor } from '../units/describe';
import type { SpellingFix } from './generateTable';

export function registryOf(a: Analysis): UnitRegistry {
  return getRegistry(a.model, a.config ?? defaultConfig(), a.shared);
}

export function matchOf(a: Analysis): TaskRowMatch {
  return matchTasksToRows(a.model, a.shared);
}

/** The near-misses (units/near-miss) written in task brackets, as the spelling each was meant to be. */
export function spellingFixesOf(a: Analysis): SpellingFix[] {
  const reg = registryOf(a);
  const out: SpellingFix[] = [];
  for (const nm of reg.nearMisses) {
    const m = nm.mention;
    if (m.source === 'task' && m.task !== undefined) out.push({ task: m.task, from: m.name, to: replacementFor(m, nm.target, reg.names.place) });
  }
  return out;
}
