// Bounded caches for pure computations keyed by the text they read (a paragraph, a line, a bracket).
// A keystroke changes one paragraph; the next analysis of the document finds every other paragraph's
// result here, which is how re-analysis after an edit costs a fraction of a first analysis.
//
// Contract for users: the key must determine the value completely (add a configuration fingerprint to
// the key, or keep one Memo per configuration, when the value depends on it); values are shared
// between analyses and documents, so they are never mutated, and they hold positions relative to the
// keyed text, never document lines or offsets; compute() derives strings from the key it is given (an
// owned copy), never from a slice of the document it closes over, or the cache keeps old versions alive.

const all: Memo<unknown>[] = [];
let ceiling = Infinity;

/**
 * Caps every cache's capacity (per generation). The language server lives for hours and pays ~1.2 MB of
 * RSS per MB its caches hold (150–750 bytes an entry), so it keeps a few thousand entries — several times
 * a 900-line plan's paragraphs; a batch run (the CLI, the benchmark) keeps each cache's own capacity.
 */
export function limitMemoCapacity(entries: number): void {
  ceiling = Math.max(1, entries);
}

/**
 * Two generations: lookups read the current map, then the previous one (promoting the entry); when the
 * current map is full the previous one is dropped. Bounded at twice the capacity, no per-hit bookkeeping.
 */
export class Memo<V> {
  private current = new Map<string, V>();
  private previous = new Map<string, V>();
  hits = 0;
  misses = 0;

  constructor(
    readonly name: string,
    private readonly capacity = 20_000,
  ) {
    all.push(this as Memo<unknown>);
  }

  get(key: string, compute: (key: string) => V): V {
    let v = this.current.get(key);
    if (v !== undefined) {
      this.hits++;
      return v;
    }
    v = this.previous.get(key);
    // the caller's key is usually a slice of the document: what is stored, also when promoted, is a copy
    key = ownCopy(key);
    if (v === undefined) {
      this.misses++;
      v = compute(key);
    } else {
      this.hits++;
    }
    if (this.current.size >= Math.min(this.capacity, ceiling)) {
      this.previous = this.current;
      this.current = new Map();
    }
    this.current.set(key, v);
    return v;
  }

  /**
   * Stores a value computed without a lookup (a first reading keeps its own results, and offers them when
   * a later analysis needs the memo); neither a hit nor a miss. A key already there keeps its value.
   */
  offer(key: string, value: V): void {
    if (this.current.has(key)) return;
    const kept = this.previous.get(key);
    if (this.current.size >= Math.min(this.capacity, ceiling)) {
      this.previous = this.current;
      this.current = new Map();
    }
    this.current.set(ownCopy(key), kept === undefined ? value : kept);
  }

  clear(): void {
    this.current = new Map();
    this.previous = new Map();
    this.hits = 0;
    this.misses = 0;
  }

  get size(): number {
    return this.current.size + this.previous.size;
  }
}

/**
 * A key is usually a slice of the document's text, and V8 keeps a slice's whole parent string alive:
 * a cached paragraph would retain every version of the document it was cut from (200 versions of a
 * 100 KB text is 40 MB). Prepending a character makes a cons string that slice() flattens into a copy
 * of just this text, so the stored key, and whatever compute() cuts from it, holds only its own text.
 */
export function ownCopy(s: string): string {
  return s.length < 13 ? s : (' ' + s).slice(1);
}

const clearHooks: (() => void)[] = [];

/** For a cache that is not a Memo (the parser's last-version shortcut): emptied by clearMemos too. */
export function onClearMemos(clear: () => void): void {
  clearHooks.push(clear);
}

/** Forget every cached result (the benchmark's cold runs; tests that compare cold and warm analyses). */
export function clearMemos(): void {
  for (const m of all) m.clear();
  for (const clear of clearHooks) clear();
}

export function memoStats(): { name: string; size: number; hits: number; misses: number }[] {
  return all.map((m) => ({ name: m.name, size: m.size, hits: m.hits, misses: m.misses }));
}
