import { brotliDecompressSync, gunzipSync } from 'node:zlib';
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

  it('sends a stored answer compressed as the client accepts', async () => {
    const { app } = await createTestApp({ cache: true });
    const path = '/api/v1/products?locale=fi&pageSize=24';
    const first = await app.request(path, { headers: { 'accept-encoding': 'gzip, br' } });
    expect(first.headers.get('content-encoding')).toBeNull();
    expect(first.headers.get('vary')).toBe('Accept-Language, Accept-Encoding');
    const identity = Buffer.from(await first.arrayBuffer());

    const brotli = await app.request(path, { headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect([brotli.headers.get('x-cache'), brotli.headers.get('content-encoding')]).toEqual(['hit', 'br']);
    const compressed = Buffer.from(await brotli.arrayBuffer());
    expect(Number(brotli.headers.get('content-length'))).toBe(compressed.length);
    expect(brotliDecompressSync(compressed)).toEqual(identity);
    expect(compressed.length).toBeLessThan(identity.length / 3);

    const gzipped = await app.request(path, { headers: { 'accept-encoding': 'gzip' } });
    expect(gzipped.headers.get('content-encoding')).toBe('gzip');
    expect(gunzipSync(Buffer.from(await gzipped.arrayBuffer()))).toEqual(identity);

    const plain = await app.request(path);
    expect([plain.headers.get('x-cache'), plain.headers.get('content-encoding')]).toEqual(['hit', null]);
    expect(Buffer.from(await plain.arrayBuffer())).toEqual(identity);
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

describe('serveCachedResponse', () => {
  it('answers a stored response straight from node:http, and nothing else', async () => {
    const { app, cache } = await createTestApp({ cache: true });
    const { serveCachedResponse } = await import('./response-cache');
    const { createServer } = await import('node:http');
    const server = createServer((req, res) => {
      if (!serveCachedResponse(cache, req, res)) {
        res.writeHead(204);
        res.end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    try {
      expect((await fetch(`${base}/api/v1/categories?locale=sv`)).status).toBe(204);
      const stored = await (await app.request('/api/v1/categories?locale=sv')).text();
      const hit = await fetch(`${base}/api/v1/categories?locale=sv`);
      expect(hit.status).toBe(200);
      expect(hit.headers.get('x-cache')).toBe('hit');
      expect(await hit.text()).toBe(stored);
      // fetch undoes the compression it asks for: the bytes on the wire were the stored gzip.
      const gzipped = await fetch(`${base}/api/v1/categories?locale=sv`, {
        headers: { 'accept-encoding': 'gzip' },
      });
      expect(gzipped.headers.get('content-encoding')).toBe('gzip');
      expect(await gzipped.text()).toBe(stored);
      // Same locale from Accept-Language, same entry; another locale or an unknown one, no entry.
      expect(
        (await fetch(`${base}/api/v1/categories`, { headers: { 'accept-language': 'sv' } })).status,
      ).toBe(200);
      expect((await fetch(`${base}/api/v1/categories?locale=fi`)).status).toBe(204);
      expect((await fetch(`${base}/api/v1/categories?locale=xx`)).status).toBe(204);
      expect(
        (await fetch(`${base}/api/v1/categories?locale=sv`, { headers: { authorization: 'Bearer x' } }))
          .status,
      ).toBe(204);
      cache.invalidate([cacheTags.catalog]);
      expect((await fetch(`${base}/api/v1/categories?locale=sv`)).status).toBe(204);
    } finally {
      server.close();
    }
  });
});
