import { LRUCache } from 'lru-cache';

interface Entry {
  value: unknown;
  tags: readonly string[];
}

/**
 * What a value holds in memory, near enough to bound the cache: its JSON's length. Objects take more
 * heap than their JSON, but by a similar factor for every catalogue value, so the budget stays proportional.
 */
function jsonSize(value: unknown): number {
  return JSON.stringify(value)?.length ?? 1;
}

/**
 * What an entry costs beyond its value: its key and the cache's own bookkeeping. Counted so that many
 * tiny entries (a crawler's unknown slugs, each cached as "not found") cannot outgrow the budget.
 */
const entryOverheadBytes = 200;

/** Bytes kept when no budget is given (CATALOG_CACHE_MAX_MB's default). */
const defaultMaxBytes = 32 * 1_048_576;

/**
 * Read-through cache for catalogue data, invalidated by tag. Values are kept in process; every admin
 * write names the tags it touches, and `invalidate` drops every entry carrying one of them.
 * A disabled cache computes every read (the benchmark's "cold" runs).
 */
export class TaggedCache {
  private readonly entries: LRUCache<string, Entry>;
  private readonly pending = new Map<string, Promise<unknown>>();
  /** Bumped by every invalidation, so a read that started before it does not store a stale value. */
  private generation = 0;
  private readonly listeners = new Set<(tags: readonly string[]) => void>();

  constructor(
    readonly enabled: boolean,
    options: { maxBytes?: number; ttlSeconds: number },
  ) {
    // Bounded by bytes, not entries: a crawler walking every filter combination must not grow the
    // process without end, and entries differ in size a hundredfold (a product page, a whole list).
    this.entries = new LRUCache({
      maxSize: options.maxBytes ?? defaultMaxBytes,
      ttl: options.ttlSeconds * 1000,
    });
  }

  get<T>(key: string): T | undefined {
    return this.enabled ? (this.entries.get(key)?.value as T | undefined) : undefined;
  }

  /**
   * Returns the cached value or computes it once, even when many requests ask at the same moment.
   * `sizeOf` tells what the value holds in bytes when that is known exactly (stored response bodies);
   * otherwise its JSON's length stands for it. A value larger than the whole budget is not kept.
   */
  async wrap<T>(
    key: string,
    tags: readonly string[],
    compute: () => Promise<T>,
    sizeOf: (value: T) => number = jsonSize,
  ): Promise<T> {
    if (!this.enabled) return compute();
    const hit = this.entries.get(key);
    if (hit) return hit.value as T;
    const inFlight = this.pending.get(key);
    if (inFlight) return inFlight as Promise<T>;
    const generation = this.generation;
    const promise = compute()
      .then((value) => {
        if (generation === this.generation) {
          this.entries.set(key, { value, tags }, { size: sizeOf(value) + key.length + entryOverheadBytes });
        }
        return value;
      })
      .finally(() => this.pending.delete(key));
    this.pending.set(key, promise);
    return promise;
  }

  /**
   * Drops every entry carrying one of the tags and tells the listeners (the Redis bus, which tells the
   * other nodes); `fromPeer` marks an invalidation that came from another node and must not echo back.
   */
  invalidate(tags: readonly string[], options: { fromPeer?: boolean } = {}): void {
    this.generation += 1;
    for (const [key, entry] of this.entries.entries()) {
      if (entry.tags.some((tag) => tags.includes(tag))) this.entries.delete(key);
    }
    if (!options.fromPeer) for (const listener of this.listeners) listener(tags);
  }

  /** Calls `listener` after every local invalidation; returns the unsubscribe function. */
  onInvalidate(listener: (tags: readonly string[]) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  clear(): void {
    this.generation += 1;
    this.entries.clear();
  }
}

/** Tags for catalogue reads: any product or category change invalidates `catalog`. */
export const cacheTags = {
  catalog: 'catalog',
} as const;

const slot = Symbol.for('puoti.catalog-cache');

/**
 * The process's catalogue cache. On globalThis for the same reason as the database: the API and the
 * Next.js server components run in one process but load separate copies of this module.
 */
export function getCatalogCache(options: {
  enabled: boolean;
  ttlSeconds: number;
  maxBytes: number;
}): TaggedCache {
  const holder = globalThis as { [slot]?: TaggedCache };
  holder[slot] ??= new TaggedCache(options.enabled, options);
  return holder[slot];
}
