// Each heading's level and parent as numbers, read once per version. The checks that walk every heading for
// these alone (numbering/level, numbering/mixed-style) then read no heading object: a walk over 100 000
// headings costs ~2.5 ms in memory reads alone, and the sequence walk (levelRuns) reads both anyway.
import type { DocumentModel } from '../model/types';

export interface HeadingFacts {
  /** per heading index, its level (1–4) */
  levels: Uint8Array;
  /** per heading index, its parent's index (-1: none) */
  parents: Int32Array;
}

const KEY = 'numbering/headingFacts';

/** Empty facts for `count` headings, for a walk that reads every heading to fill in (levelRuns). */
export function newHeadingFacts(count: number): HeadingFacts {
  return { levels: new Uint8Array(count), parents: new Int32Array(count) };
}

/** Facts filled in by a walk of this version's headings, for the checks that run after it. */
export function keepHeadingFacts(shared: Map<string, unknown>, facts: HeadingFacts): void {
  if (!shared.has(KEY)) shared.set(KEY, facts);
}

/** This version's facts: the ones a walk kept, or read here. */
export function headingFacts(model: DocumentModel, shared: Map<string, unknown>): HeadingFacts {
  let facts = shared.get(KEY) as HeadingFacts | undefined;
  if (!facts) {
    const headings = model.headings;
    facts = newHeadingFacts(headings.length);
    for (let i = 0; i < headings.length; i++) {
      const h = headings[i];
      facts.levels[i] = h.level;
      facts.parents[i] = h.parent;
    }
    shared.set(KEY, facts);
  }
  return facts;
}
