// A corpus-wide answer that is slow to compute (it reads the whole activity log): kept until the table
// changes (the change feed calls invalidate) or for at most `freshMs`, then recomputed on the next
// request. Callers arriving during a computation share it.
export interface CachedValue<T> {
  get(): Promise<T>;
  invalidate(): void;
}

export function cacheValue<T>(compute: () => Promise<T>, freshMs: number, now: () => number = Date.now): CachedValue<T> {
  let value: { at: number; data: T } | undefined;
  let running: Promise<T> | undefined;
  let generation = 0;
  return {
    get() {
      if (value && now() - value.at <= freshMs) return Promise.resolve(value.data);
      if (!running) {
        const started = generation;
        running = compute().then((data) => {
          // A change during the computation may have made it out of date: serve it, do not keep it.
          if (started === generation) value = { at: now(), data };
          return data;
        }).finally(() => { running = undefined; });
      }
      return running;
    },
    invalidate() { value = undefined; generation += 1; },
  };
}
