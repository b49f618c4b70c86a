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
    const cache = new TaggedCache(true, { ttlSeconds: 60, maxBytes: 250 });
    const bytes = (value: string) => value.length;
    await cache.wrap('a', [], async () => 'a'.repeat(100), bytes);
    await cache.wrap('b', [], async () => 'b'.repeat(100), bytes);
    cache.get('a');
    await cache.wrap('c', [], async () => 'c'.repeat(100), bytes);
    expect(cache.get('a')).toHaveLength(100);
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('c')).toHaveLength(100);
    // Larger than the whole budget: answered, not kept.
    expect(await cache.wrap('d', [], async () => 'd'.repeat(300), bytes)).toHaveLength(300);
    expect(cache.get('d')).toBeUndefined();
  });

  it('sizes a value by its JSON when not told its size', async () => {
    const cache = new TaggedCache(true, { ttlSeconds: 60, maxBytes: 100 });
    await cache.wrap('small', [], async () => ({ name: 'x' }));
    expect(cache.get('small')).toEqual({ name: 'x' });
    await cache.wrap('big', [], async () => ({ name: 'y'.repeat(200) }));
    expect(cache.get('big')).toBeUndefined();
    expect(cache.get('small')).toEqual({ name: 'x' });
  });

  it('computes every time when disabled', async () => {
    const cache = new TaggedCache(false, { ttlSeconds: 60 });
    let calls = 0;
    await cache.wrap('a', [], async () => ++calls);
    await cache.wrap('a', [], async () => ++calls);
    expect(calls).toBe(2);
  });
});
