import { runInThisContext } from 'node:vm';

type Cleanup = () => void;

// Jest gives each test file a copy of `process` whose 'exit' listeners never fire; the real one lives in
// the outer context. Keeping the list on it means one set of hooks for every test file in the worker.
const realProcess = runInThisContext('process') as NodeJS.Process & { [key: symbol]: unknown };
const KEY = Symbol.for('shipchain.test.exitCleanups');

function cleanups(): Set<Cleanup> {
  let set = realProcess[KEY] as Set<Cleanup> | undefined;
  if (set) return set;
  const all = new Set<Cleanup>();
  realProcess[KEY] = set = all;
  const runAll = () => {
    // Newest first: a service dies before the directory it writes to is removed.
    for (const cleanup of [...all].reverse()) {
      try {
        cleanup();
      } catch {
        // Best effort; the process is going away.
      }
    }
    all.clear();
  };
  realProcess.on('exit', runAll);
  // Services run in their own process groups, so a terminal's Ctrl-C does not reach them.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    const onSignal = () => {
      runAll();
      // Alone on this signal: restore the default (die) instead of swallowing it.
      if (realProcess.listenerCount(signal) === 1) {
        realProcess.removeListener(signal, onSignal);
        realProcess.kill(realProcess.pid, signal);
      }
    };
    realProcess.on(signal, onSignal);
  }
  return set;
}

/**
 * Last resort for a test that forgot (or crashed before) its own cleanup: run `cleanup` synchronously when
 * the test process exits or is interrupted. Returns the function that unregisters it.
 */
export function cleanupOnExit(cleanup: Cleanup): () => void {
  cleanups().add(cleanup);
  return () => void cleanups().delete(cleanup);
}
