// Notices that the table changed, so caches are dropped and open pages redraw without a reload (they
// listen on /api/events). Every `intervalMs` the newest article of any status is read (one Query per
// activity shard with Limit 1: cheap on AWS too); every `countEvery`-th time also the status counts,
// which read the whole activity log, to notice removals (0: never, for a deployed table, where that
// read costs real money; a removal then shows at the next change or reload).
import { countArticlesByStatus, listLatestArticles, type RecordTable } from '../functions/records/index.ts';

export interface ChangeFeed {
  subscribe(listener: (version: string) => void): () => void;
  stop(): void;
}

export interface ChangeFeedOptions {
  intervalMs?: number;
  countEvery?: number;
  onChange?: () => void;
  onError?: (e: Error) => void;
}

export function startChangeFeed(table: RecordTable, options: ChangeFeedOptions = {}): ChangeFeed {
  const countEvery = options.countEvery ?? 10;
  const listeners = new Set<(version: string) => void>();
  let newest: string | undefined;
  let counts: string | undefined;
  let polls = 0;
  let polling = false;
  const poll = async () => {
    if (polling) return;
    polling = true;
    try {
      polls += 1;
      const [latest, fresh] = await Promise.all([
        listLatestArticles(table, { status: 'any', limit: 1 }),
        countEvery > 0 && polls % countEvery === 0 ? countArticlesByStatus(table) : undefined,
      ]);
      const nextNewest = JSON.stringify(latest.items.map((a) => [a.processedAt, a.bucket, a.key]));
      const nextCounts = fresh ? JSON.stringify(fresh) : counts;
      const changed = (newest !== undefined && nextNewest !== newest) || (counts !== undefined && nextCounts !== counts);
      newest = nextNewest;
      counts = nextCounts;
      if (changed) {
        options.onChange?.();
        for (const l of listeners) l(`${newest}${counts ?? ''}`);
      }
    } catch (error) {
      options.onError?.(error as Error);
    } finally {
      polling = false;
    }
  };
  void poll();
  const timer = setInterval(() => void poll(), options.intervalMs ?? 1500);
  timer.unref();
  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => { listeners.delete(listener); };
    },
    stop() { clearInterval(timer); listeners.clear(); },
  };
}
