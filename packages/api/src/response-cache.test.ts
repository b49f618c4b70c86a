import { cacheTags } from '@puoti/core';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createTestApp } from './testing';

describe('the catalogue response cache', () => {
  it('serves repeated reads from the cache until the catalogue changes', async () => {
    const { app, db, cache } = await createTestApp({ cache: true });
    const path = '/api/v1/products/espresso-machine?locale=en';
    const first = await app.request(path);
    expect(first.headers.get('x-cache')).toBe('miss');
    const second = await app.request(path);
    expect(second.headers.get('x-cache')).toBe('hit');
    expect(await second.json()).toEqual(await first.json());

    await db.execute(
      sql`update product_translations set name = 'Espresso Machine Pro' where slug = 'espresso-machine' and locale = 'en'`,
    );
    try {
      // Stale until invalidated: this is what every catalogue write does.
      expect((await (await app.request(path)).json()).name).toBe('Espresso Machine');
      cache.invalidate([cacheTags.catalog]);
      const fresh = await app.request(path);
      expect(fresh.headers.get('x-cache')).toBe('miss');
      expect((await fresh.json()).name).toBe('Espresso Machine Pro');
    } finally {
      await db.execute(
        sql`update product_translations set name = 'Espresso Machine' where slug = 'espresso-machine' and locale = 'en'`,
      );
    }
  });

  it('keys by locale and never stores errors', async () => {
    const { app } = await createTestApp({ cache: true });
    await app.request('/api/v1/categories', { headers: { 'accept-language': 'sv' } });
    const fi = await app.request('/api/v1/categories', { headers: { 'accept-language': 'fi' } });
    expect(fi.headers.get('x-cache')).toBe('miss');
    await app.request('/api/v1/products/nope');
    expect((await app.request('/api/v1/products/nope')).headers.get('x-cache')).toBeNull();
  });
});
