// A request no editor sends (`gongwen/debug/memory`): what the process holds, for the benchmark and
// for whoever asks why the server is as big as it is. Not a command, so no palette entry.
import * as v8 from 'v8';
import { PerformanceObserver } from 'perf_hooks';
import type { Connection } from 'vscode-languageserver/node';
import { memoStats } from '../core/text/memo';
import type { Workspace } from './workspace';
import type { IdleCollector } from './idleCollect';

export const DEBUG_MEMORY_REQUEST = 'gongwen/debug/memory';

export function registerDebug(connection: Connection, workspace: Workspace, collector?: IdleCollector): void {
  // garbage-collection pauses on the main thread, counted from the first request on (nothing is observed before)
  const gcPauses = { count: 0, ms: 0 };
  let observer: PerformanceObserver | undefined;
  connection.onRequest(DEBUG_MEMORY_REQUEST, () => {
    if (!observer) {
      observer = new PerformanceObserver((list) => {
        for (const e of list.getEntries()) {
          gcPauses.count++;
          gcPauses.ms += e.duration;
        }
      });
      observer.observe({ entryTypes: ['gc'] });
    }
    return {
      memory: process.memoryUsage(),
      heap: v8.getHeapStatistics(),
      spaces: v8.getHeapSpaceStatistics().map((s) => ({ name: s.space_name, size: s.space_size, used: s.space_used_size, physical: s.physical_space_size })),
      memos: memoStats(),
      cachedAnalyses: workspace.cachedCount,
      idleCollections: collector?.collections ?? null,
      idleCollectionMs: collector?.ms ?? null,
      openedCollections: collector?.openCollections ?? null,
      openedCollectionMs: collector?.openMs ?? null,
      execArgv: process.execArgv,
      cpu: process.cpuUsage(),
      gcPauses: { ...gcPauses },
    };
  });
}
