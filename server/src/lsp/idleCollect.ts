// Full garbage collections at moments when nobody waits for the server: once it falls quiet after its heap has
// grown, and after the diagnostics of a newly opened document have been sent, when its first reading left enough
// garbage behind.
//
// Every analysis outlives a few young-generation collections while it runs, so its model and registries are
// promoted to the old generation, and most become garbage as soon as the diagnostics are published (only a
// few analyses stay cached). V8 collects the old generation when it has grown by at least ~8 MB (its minimum
// step, whatever --heap-growing-percent says) and keeps the pages it freed objects in; its memory reducer,
// which would compact an idle heap, does not start for a heap this small. Opening 20 documents therefore
// left ~5 MB of garbage and free space in the old generation for as long as the server ran (14 MB old
// space, 9–10 MB of it live). Collecting when nothing has been analysed for a second costs ~20–40 ms of
// CPU while the drafter is not waiting, and never runs between keystrokes typed in quick succession.
//
// A first reading of a document (opening it) promotes far more than a keystroke's analysis, which finds nearly
// every paragraph in the memos: opening the 20 documents grew the old generation by ~8 MB, ~5 MB of it garbage,
// all resident until the quiet second came (RSS 61–64 MB right after the last diagnostics, 56 MB after the idle
// collection). A full collection once the old generation has grown by 1.5 MB since the last one, run after the
// opened document's diagnostics are sent, keeps it near its live size while documents are opened: 58–59 MB right
// after, for 3 collections of 20–30 ms each in the 20 openings (alternated runs on a loaded host, round 5; every
// 2 MB: 59–60 MB, 2 collections; every 1 MB: 57.5–58.7, 3–4). A keystroke never triggers it: only a document's
// first analysis since it was opened does.
import * as v8 from 'v8';

/**
 * V8's gc(): given by --expose-gc (SERVER_EXEC_ARGV, as the VS Code client starts the server), or made here for a
 * server started without it (`gongwen lsp` from another editor): V8 installs gc in every context created while
 * the flag is set, so one new context is made to take it from. The flag is cleared again, so no later context
 * (nor the server's own global) has it. The context stays alive with its function: ~0.3 MB of heap.
 */
export function exposedGc(): (() => void) | undefined {
  const given = (globalThis as { gc?: () => void }).gc;
  if (given) return given;
  try {
    // loaded only here: the server the VS Code client starts has gc() and does not pay the module's ~150 KB of RSS
    const vm = require('vm') as typeof import('vm');
    v8.setFlagsFromString('--expose-gc');
    const made: unknown = vm.runInNewContext('typeof gc === "function" ? gc : undefined');
    return typeof made === 'function' ? (made as () => void) : undefined;
  } catch {
    return undefined; // a runtime without V8's flags: collections are left to it
  } finally {
    v8.setFlagsFromString('--no-expose-gc');
  }
}

const MB = 2 ** 20;

export class IdleCollector {
  private timer: NodeJS.Timeout | undefined;
  private settled = physical();
  collections = 0;
  /** main-thread time spent in them */
  ms = 0;

  /** old-generation bytes in use after our last collection (V8's own collections only make the growth look smaller) */
  private oldAfter = oldGeneration();
  private afterOpen: NodeJS.Immediate | undefined;
  /** collections after opened documents, and their main-thread time */
  openCollections = 0;
  openMs = 0;

  constructor(
    private readonly gc: () => void,
    /** no analysis for this long: the drafter paused, or the documents being opened are all done. Not much
     * less: the collection holds the main thread ~20–40 ms (2 vCPUs, more under load), and a keystroke that
     * arrives meanwhile waits for it */
    private readonly quietMs = 1000,
    /** heap pages gained since the last collection that make one worth its CPU */
    private readonly growth = 3 * MB,
    /** old-generation growth since the last collection that makes one worth its CPU after a document is opened */
    private readonly openedGrowth = 1.5 * MB,
    /** or this share of what was in use after the last one, if more: a collection costs in proportion to the live
     * heap, so with a large document open (tens of MB live) not every small one opened next pays for one */
    private readonly openedShare = 1 / 8,
  ) {}

  /**
   * After the diagnostics of a document's first analysis since it was opened have been sent. The collection runs
   * on the next turn of the event loop, after what is already queued has been read; another document opened in
   * the same batch waits for it (~20 ms), a keystroke never does unless typed within that moment of the opening.
   */
  opened(): void {
    if (this.afterOpen || oldGeneration() < this.oldAfter + Math.max(this.openedGrowth, this.oldAfter * this.openedShare)) return;
    this.afterOpen = setImmediate(() => {
      this.afterOpen = undefined;
      const started = process.hrtime.bigint();
      // V8's own compaction heuristics: forcing compaction here cost twice the time for no less RSS
      this.gc();
      this.openMs += Number(process.hrtime.bigint() - started) / 1e6;
      this.openCollections++;
      this.oldAfter = oldGeneration();
    });
  }

  /** After each analysis: (re)starts the quiet period. */
  busy(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.collect(), this.quietMs);
    this.timer.unref();
  }

  private collect(): void {
    this.timer = undefined;
    if (physical() < this.settled + this.growth) return;
    // this one collection moves every live object together so that the emptied pages go back to the system;
    // V8's own collections keep their heuristics (only the most fragmented pages, cheaper while typing)
    const started = process.hrtime.bigint(); // not performance.now(): that global loads perf_hooks
    v8.setFlagsFromString('--compact-on-every-full-gc');
    try {
      this.gc();
      // a second collection right away: the first leaves the pages it emptied queued, and they went back to the
      // system only 1–4 s later (RSS briefly 8–10 MB higher, holding both the old pages and the compacted ones)
      this.gc();
    } finally {
      v8.setFlagsFromString('--no-compact-on-every-full-gc');
    }
    this.ms += Number(process.hrtime.bigint() - started) / 1e6;
    this.collections++;
    this.settled = physical();
    this.oldAfter = oldGeneration();
  }
}

/** Bytes in use in the old generation (old space and large objects; code is not counted). */
function oldGeneration(): number {
  let n = 0;
  for (const s of v8.getHeapSpaceStatistics()) {
    if (s.space_name === 'old_space' || s.space_name === 'large_object_space') n += s.space_used_size;
  }
  return n;
}

/** Memory V8 holds for the heap (young, old, code and large-object pages actually in use by the process). */
function physical(): number {
  return v8.getHeapStatistics().total_physical_size;
}
