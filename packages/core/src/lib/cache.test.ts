import { describe, expect, it } from 'vitest';
import { TaggedCache } from './cache';

describe('TaggedCache', () => {
  it('computes once and then serves the stored value', async () => {
    const cache = new TaggedCache(true, { ttlSeconds: 60 });
    let calls = 0;
    const compute = async () => ++calls;
    expect(await cache.wrap('a', ['t'], compute)).toBe(1);
    expect(await cache.wrap('a', ['t'], compute)).toBe(1);
    expect(calls).toBe(1);
  });

  it('shares one computation between concurrent readers', async () => {
    const cache = new TaggedCache(true, { ttlSeconds: 60 });
    let calls = 0;
    const compute = () => new Promise<number>((resolve) => setTimeout(() => resolve(++calls), 10));
    const results = await Promise.all([cache.wrap('k', [], compute), cache.wrap('k', [], compute)]);
    expect(results).toEqual([1, 1]);
    expect(calls).toBe(1);
  });

  it('drops entries by tag and keeps the others', async () => {
    const cache = new TaggedCache(true, { ttlSeconds: 60 });
    await cache.wrap('products', ['catalog'], async () => 'p');
    await cache.wrap('settings', ['settings'], async () => 's');
    cache.invalidate(['catalog']);
    expect(cache.get('products')).toBeUndefined();
    expect(cache.get('settings')).toBe('s');
  });

  it('does not store a value computed across an invalidation', async () => {
    const cache = new TaggedCache(true, { ttlSeconds: 60 });
    let release: (value: string) => void = () => undefined;
    const slow = cache.wrap('k', ['catalog'], () => new Promise<string>((resolve) => (release = resolve)));
    cache.invalidate(['catalog']);
    release('stale');
    expect(await slow).toBe('stale');
    expect(cache.get('k')).toBeUndefined();
  });

  it('keeps within its byte budget, dropping the least recently used first', async () => {
    // Each entry costs its value, its key and about 200 bytes of bookkeeping: two of these fit, not three.
    const cache = new TaggedCache(true, { ttlSeconds: 60, maxBytes: 2_500 });
    const bytes = (value: string) => value.length;
    await cache.wrap('a', [], async () => 'a'.repeat(1_000), bytes);
    await cache.wrap('b', [], async () => 'b'.repeat(1_000), bytes);
    cache.get('a');
    await cache.wrap('c', [], async () => 'c'.repeat(1_000), bytes);
    expect(cache.get('a')).toHaveLength(1_000);
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('c')).toHaveLength(1_000);
    // Larger than the whole budget: answered, not kept.
    expect(await cache.wrap('d', [], async () => 'd'.repeat(3_000), bytes)).toHaveLength(3_000);
    expect(cache.get('d')).toBeUndefined();
  });

  it('sizes a value by its JSON when not told its size', async () => {
    const cache = new TaggedCache(true, { ttlSeconds: 60, maxBytes: 1_000 });
    await cache.wrap('small', [], async () => ({ name: 'x' }));
    expect(cache.get('small')).toEqual({ name: 'x' });
    await cache.wrap('big', [], async () => ({ name: 'y'.repeat(2_000) }));
    expect(cache.get('big')).toBeUndefined();
    expect(cache.get('small')).toEqual({ name: 'x' });
  });

  it('counts what each entry costs beyond its value, so tiny entries cannot grow without end', async () => {
    const cache = new TaggedCache(true, { ttlSeconds: 60, maxBytes: 10_000 });
    for (let n = 0; n < 1_000; n++) await cache.wrap(`missing-${n}`, [], async () => null);
    const kept = Array.from({ length: 1_000 }, (_, n) => cache.get(`missing-${n}`)).filter((v) => v === null);
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.length).toBeLessThan(50);
  });

  it('computes every time when disabled', async () => {
    const cache = new TaggedCache(false, { ttlSeconds: 60 });
    let calls = 0;
    await cache.wrap('a', [], async () => ++calls);
    await cache.wrap('a', [], async () => ++calls);
    expect(calls).toBe(2);
  });
});
