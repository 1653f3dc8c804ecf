/**
 * One load per absolute URL, shared by every gauge that names it. A load that succeeded is kept
 * (the most recent {@link KEPT_LOADS} of them); one that failed is forgotten as soon as it
 * settles, so a retry or a changed `src` fetches again. A load nobody waits for any more (every
 * gauge that asked has gone or moved to another `src`) is aborted and forgotten.
 */

/** How many successful loads are kept for gauges still to come. */
export const KEPT_LOADS = 8;

interface Entry<T> {
  promise: Promise<T>;
  controller: AbortController;
  waiting: number;
  settled: boolean;
}

const entries = new Map<string, Entry<unknown>>();

/**
 * The shared result of `start` for `key`, starting it when none is under way or kept. `signal`
 * is this caller's: once it aborts the caller no longer waits (it gets `onAbort()`), and when the
 * last caller stops waiting before the load settles, the load's own signal aborts. `failed`
 * tells a result that must not be kept.
 */
export function shared<T>(key: string, start: (signal: AbortSignal) => Promise<T>, failed: (result: T) => boolean, signal: AbortSignal, onAbort: () => T): Promise<T> {
  let entry = entries.get(key) as Entry<T> | undefined;
  if (entry) {
    // Most recently used last, so the oldest kept load is the first to go.
    entries.delete(key);
    entries.set(key, entry);
  } else {
    const controller = new AbortController();
    const created: Entry<T> = { controller, waiting: 0, settled: false, promise: Promise.resolve(undefined as T) };
    created.promise = start(controller.signal).then((result) => {
      created.settled = true;
      if (failed(result) && entries.get(key) === created) entries.delete(key);
      else forgetOldest();
      return result;
    });
    entries.set(key, created as Entry<unknown>);
    entry = created;
  }
  const current = entry;
  if (current.settled) return current.promise;
  if (signal.aborted) return Promise.resolve(onAbort());
  current.waiting += 1;
  return new Promise<T>((resolve) => {
    const leave = () => {
      signal.removeEventListener('abort', leave);
      current.waiting -= 1;
      if (current.waiting === 0 && !current.settled) {
        current.controller.abort();
        if (entries.get(key) === current) entries.delete(key);
      }
      resolve(onAbort());
    };
    signal.addEventListener('abort', leave);
    void current.promise.then((result) => {
      if (signal.aborted) return;
      signal.removeEventListener('abort', leave);
      current.waiting -= 1;
      resolve(result);
    });
  });
}

function forgetOldest(): void {
  const kept = [...entries].filter(([, entry]) => entry.settled);
  for (const [key] of kept.slice(0, Math.max(0, kept.length - KEPT_LOADS))) entries.delete(key);
}

/** How many loads are under way or kept; for tests. */
export function sharedLoads(): number {
  return entries.size;
}

/** Forgets every kept load; for tests. */
export function forgetSharedLoads(): void {
  entries.clear();
}
