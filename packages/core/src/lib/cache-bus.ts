import { randomUUID } from 'node:crypto';
import type { TaggedCache } from './cache';

export interface CacheBus {
  close(): Promise<void>;
}

const defaultChannel = 'puoti:cache:invalidate';

interface Message {
  origin: string;
  tags: string[];
}

function parse(raw: string): Message | null {
  try {
    const value = JSON.parse(raw) as Partial<Message>;
    if (typeof value.origin !== 'string' || !Array.isArray(value.tags)) return null;
    return { origin: value.origin, tags: value.tags.filter((tag): tag is string => typeof tag === 'string') };
  } catch {
    return null;
  }
}

/**
 * Shares cache invalidations between nodes through Redis pub/sub: an admin write on one node drops the
 * cached catalogue on every node at once instead of after the TTL. A node ignores its own messages.
 * Pub/sub is fire-and-forget; a node that was disconnected meanwhile catches up through the TTL.
 */
export async function connectCacheBus(
  cache: TaggedCache,
  redisUrl: string,
  options: { channel?: string; onError?: (error: unknown) => void } = {},
): Promise<CacheBus> {
  const channel = options.channel ?? defaultChannel;
  const origin = randomUUID();
  // Loaded here, not at startup: a shop without Redis never loads the client (about 25 MB).
  const { Redis } = await import('ioredis');
  const publisher = new Redis(redisUrl, { maxRetriesPerRequest: 2 });
  // A connection in subscriber mode can do nothing else, hence a second one.
  const subscriber = publisher.duplicate();
  const report = options.onError ?? (() => undefined);
  publisher.on('error', report);
  subscriber.on('error', report);
  subscriber.on('message', (from: string, raw: string) => {
    if (from !== channel) return;
    const message = parse(raw);
    if (message && message.origin !== origin) cache.invalidate(message.tags, { fromPeer: true });
  });
  await subscriber.subscribe(channel);
  const unsubscribe = cache.onInvalidate((tags) => {
    publisher.publish(channel, JSON.stringify({ origin, tags: [...tags] })).catch(report);
  });
  return {
    async close() {
      unsubscribe();
      await Promise.all([subscriber.quit(), publisher.quit()]);
    },
  };
}
