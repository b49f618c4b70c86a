import { afterAll, describe, expect, it } from 'vitest';
import { TaggedCache } from './cache';
import { type CacheBus, connectCacheBus } from './cache-bus';

const redisUrl = process.env.TEST_REDIS_URL;
const buses: CacheBus[] = [];
afterAll(async () => {
  await Promise.all(buses.map((bus) => bus.close()));
});

async function eventually(check: () => boolean, timeoutMs = 3000): Promise<void> {
  const started = Date.now();
  while (!check()) {
    if (Date.now() - started > timeoutMs) throw new Error('Condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe.skipIf(!redisUrl)('cache invalidation across nodes (Redis)', () => {
  it('an invalidation on one node drops the tagged entries on the other, and nothing echoes back', async () => {
    const channel = `puoti:test:${crypto.randomUUID()}`;
    const nodeA = new TaggedCache(true, { ttlSeconds: 60 });
    const nodeB = new TaggedCache(true, { ttlSeconds: 60 });
    buses.push(await connectCacheBus(nodeA, redisUrl ?? '', { channel }));
    buses.push(await connectCacheBus(nodeB, redisUrl ?? '', { channel }));
    await nodeA.wrap('a-products', ['catalog'], async () => 'A');
    await nodeB.wrap('b-products', ['catalog'], async () => 'B');
    await nodeB.wrap('b-other', ['other'], async () => 'kept');
    // Every invalidation node A goes through, and whether it came from a peer.
    const seenByA: boolean[] = [];
    const invalidateA = nodeA.invalidate.bind(nodeA);
    nodeA.invalidate = (tags, options) => {
      seenByA.push(Boolean(options?.fromPeer));
      invalidateA(tags, options);
    };

    nodeA.invalidate(['catalog']);
    expect(nodeA.get('a-products')).toBeUndefined();
    await eventually(() => nodeB.get('b-products') === undefined);
    expect(nodeB.get('b-other')).toBe('kept');
    // Give a would-be echo time to arrive: node A heard only its own invalidation.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(seenByA).toEqual([false]);
  });
});
