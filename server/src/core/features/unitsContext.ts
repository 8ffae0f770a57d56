// The units registry and the task↔row matching of one analysis, built once and shared with the checks.
import type { Analysis } from '../engine/analyze';
import { defaultConfig } from '../config';
import { getRegistry, type UnitRegistry } from '../units/registry';
import { matchTasksToRows, type TaskRowMatch } from '../units/match';

export function registryOf(a: Analysis): UnitRegistry {
  return getRegistry(a.model, a.config ?? defaultConfig(), a.shared);
}

export function matchOf(a: Analysis): TaskRowMatch {
  return matchTasksToRows(a.model, a.shared);
}
