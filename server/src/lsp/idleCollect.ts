// A full, compacting garbage collection when the server falls quiet after its heap has grown.
//
// Every analysis outlives a few young-generation collections while it runs, so its model and registries are
// promoted to the old generation, and most become garbage as soon as the diagnostics are published (only a
// few analyses stay cached). V8 collects the old generation when it has grown by at least ~8 MB (its minimum
// step, whatever --heap-growing-percent says) and keeps the pages it freed objects in; its memory reducer,
// which would compact an idle heap, does not start for a heap this small. Opening 20 documents therefore
// left ~5 MB of garbage and free space in the old generation for as long as the server ran (14 MB old
// space, 9–10 MB of it live). Collecting when nothing has been analysed for a second costs ~20–40 ms of
// CPU while the drafter is not waiting, and never runs between keystrokes typed in quick succession.
import * as v8 from 'v8';

/** V8's gc(), given by --expose-gc (SERVER_EXEC_ARGV). A server started without it (`gongwen lsp` from another
 * editor) leaves collections to V8 alone. */
export function exposedGc(): (() => void) | undefined {
  return (globalThis as { gc?: () => void }).gc;
}

const MB = 2 ** 20;

export class IdleCollector {
  private timer: NodeJS.Timeout | undefined;
  private settled = physical();
  collections = 0;
  /** main-thread time spent in them */
  ms = 0;

  constructor(
    private readonly gc: () => void,
    /** no analysis for this long: the drafter paused, or the documents being opened are all done. Not much
     * less: the collection holds the main thread ~20–40 ms (2 vCPUs, more under load), and a keystroke that
     * arrives meanwhile waits for it */
    private readonly quietMs = 1000,
    /** heap pages gained since the last collection that make one worth its CPU */
    private readonly growth = 3 * MB,
  ) {}

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
  }
}

/** Memory V8 holds for the heap (young, old, code and large-object pages actually in use by the process). */
function physical(): number {
  return v8.getHeapStatistics().total_physical_size;
}
