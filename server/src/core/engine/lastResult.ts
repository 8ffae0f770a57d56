// A check's result kept for the next version of the document, with the values it was worked out from.
//
// After a keystroke most checks read exactly what they read last time (the headings, a table, the
// titles) from new objects: the parser rebuilds the model. A check lists the values it reads, in the
// same order every time; when each equals the one listed last version (strings by identity first,
// then by characters; objects by identity), its last result holds and is returned as it is, so the
// engine can also reuse the diagnostics made from it. Listing reads nothing twice and allocates
// nothing once warm, which is what makes it cheaper than working the result out again.
import { onClearMemos } from '../text/memo';

type Value = string | number | boolean | object | undefined | null;

const all: LastResult<unknown>[] = [];
onClearMemos(() => {
  for (const r of all) r.forget();
});

export class LastResult<T> {
  private last: Value[] = [];
  private next: Value[] = [];
  private count = 0;
  private same = false;
  private result: T | undefined;
  private held = false;

  constructor() {
    all.push(this as LastResult<unknown>);
  }

  /** Starts listing this version's values. */
  begin(): this {
    this.count = 0;
    this.same = this.held;
    return this;
  }

  /** One value the result depends on. */
  add(v: Value): this {
    const i = this.count++;
    if (this.same && (i >= this.last.length || this.last[i] !== v)) this.same = false;
    this.next[i] = v;
    return this;
  }

  /** Last version's result when every value listed since begin() is the same, else compute()'s (kept for the next). */
  get(compute: () => T): T {
    const same = this.same && this.count === this.last.length;
    // the listed values become the ones the next version is compared with (the arrays swap: none is allocated)
    const done = this.last;
    this.last = this.next;
    this.last.length = this.count;
    this.next = done;
    if (same) return this.result as T;
    this.held = false;
    this.result = compute();
    this.held = true;
    return this.result;
  }

  forget(): void {
    this.last = [];
    this.next = [];
    this.result = undefined;
    this.held = false;
  }
}

const kept: KeptResult<unknown, unknown>[] = [];
onClearMemos(() => {
  for (const r of kept) r.forget();
});

/**
 * A result kept with the input it was worked out from (the last model), reused while `same(last, now)`
 * says the new input holds what the result read. Unlike LastResult nothing is listed on a first
 * reading: the comparison reads the two inputs side by side, and only when there is a last one.
 */
export class KeptResult<I, T> {
  private input: I | undefined;
  private result: T | undefined;
  private held = false;

  constructor(private readonly same: (last: I, now: I) => boolean) {
    kept.push(this as KeptResult<unknown, unknown>);
  }

  get(input: I, compute: () => T): T {
    if (this.held && this.same(this.input as I, input)) {
      // compared with the newest from now on, so the older input can be collected
      this.input = input;
      return this.result as T;
    }
    this.forget();
    this.result = compute();
    this.input = input;
    this.held = true;
    return this.result;
  }

  forget(): void {
    this.input = undefined;
    this.result = undefined;
    this.held = false;
  }
}
