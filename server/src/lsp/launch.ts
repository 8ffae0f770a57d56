// How big the language-server process may grow: the V8 heap limits every launcher uses. No import
// beyond Node's v8 module, so the VS Code client can take SERVER_EXEC_ARGV from here.
//
// The server lives for hours and holds little (the open documents' text and a few analyses: about
// 11 MB of live heap with 20 seeds open), but an analysis of a 900-line plan allocates about 4 MB.
// V8's defaults are sized for throughput on a big machine: the young generation grows to 2 × 8 MB, and
// the old generation may grow to 4× its live size before it is collected, so 20 opened documents took
// the process from 47 to 86 MB and typing in one of them took it past 110 MB, nearly all of it garbage.
import * as v8 from 'v8';

/** Node arguments for the server process: the VS Code client passes them, the benchmark launches with them. */
export const SERVER_EXEC_ARGV: readonly string[] = [
  // the young generation stays at 2 × 1 MB (V8 lets it grow to 2 × 16 MB while the drafter types), and both
  // halves are resident once used: 2 MB less than 2 × 2 MB right after opening 20 documents, ~4 MB less after
  // 200 keystrokes. More scavenges per analysis (one per MB allocated; 003 allocates a few MB after an edit):
  // +3 % CPU in-process (seed 003, 300 edits), +5–7 % server CPU per keystroke, mostly scavenging (alternated
  // runs, round 4). An earlier round measured +50 % when an analysis allocated far more.
  '--max-semi-space-size=1',
  // no baseline (Sparkplug) compiler: functions run in the interpreter until the optimising compiler takes the
  // hot ones. Its code and the compiler's own pages of the node executable were ~1 MB of RSS after opening
  // 20 documents, for +3 % CPU in-process and no measurable change per keystroke
  '--no-sparkplug',
  // the old generation is collected when it has grown by 20 % (V8 still allows at least ~8 MB of growth),
  // instead of up to 300 %: while typing, the old space stayed at ~17 MB instead of reaching ~40 MB
  '--heap-growing-percent=20',
  // one V8 worker thread, not four: each kept its own malloc arena of compiler memory (~1.5 MB apiece);
  // optimising compiles and concurrent marking still run off the main thread
  '--v8-pool-size=1',
  // gc(), for the collection when the server falls quiet (lsp/idleCollect.ts)
  '--expose-gc',
];

/**
 * Environment for the server process, added to the launcher's. glibc's malloc raises its mmap and trim
 * thresholds each time it frees a block larger than the mmap threshold: node reads the 0.5 MB bundle into a
 * buffer it frees (strace: 128 → 256 → 512 KB), after which blocks up to 0.5 MB came from the heap and up to
 * 1 MB free at its top was never returned. Over IPC, as VS Code starts it: idle 53.2 → 51.2 MB, −1.5 MB after
 * opening 20 documents; over stdio (the benchmark) less: idle −0.4 MB, about −0.8 MB after 20 (±1 MB a run).
 * Setting a threshold (here glibc's own default, 128 KB) turns that adjustment off. Other C libraries ignore it.
 */
export const SERVER_ENV: Readonly<Record<string, string>> = {
  MALLOC_TRIM_THRESHOLD_: '131072',
};

/** Entries per generation in each per-paragraph cache of the server (core/text/memo.ts): the largest seed has
 * 661 non-empty lines, so a plan being edited stays cached several times over, at most ~1–6 MB a cache. */
export const SERVER_MEMO_ENTRIES = 4096;

/**
 * The same limits for a server started without SERVER_EXEC_ARGV (`gongwen lsp` from another editor, or a
 * hand-written node command line). The semi-space maximum is fixed when the heap is created, so it is
 * approximated by never growing the young generation past the size it has when the server starts (1 or
 * 2 MB semi-spaces, the CLI bundle having loaded first); the growing factor
 * is read at every collection and takes effect as is. The worker pool is Node's and cannot change once started,
 * and glibc reads SERVER_ENV's threshold once, at its first allocation. gc() for the collections of
 * lsp/idleCollect.ts is made at run time there (exposedGc).
 */
export function adoptServerHeapLimits(execArgv: readonly string[] = process.execArgv): void {
  if (!execArgv.some((a) => a.startsWith('--max-semi-space-size') || a.startsWith('--semi-space-growth-factor'))) {
    v8.setFlagsFromString('--semi-space-growth-factor=1');
  }
  if (!execArgv.some((a) => a.startsWith('--heap-growing-percent'))) v8.setFlagsFromString('--heap-growing-percent=20');
  // read each time a function could tier up, so it takes effect for what has not been compiled yet
  if (!execArgv.some((a) => a.includes('sparkplug'))) v8.setFlagsFromString('--no-sparkplug');
}
