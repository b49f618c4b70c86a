import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import http from 'node:http';
import { type AddressInfo, createServer as createNetServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import {
  cacheTags,
  DataDirLockedError,
  demoLogins,
  getCatalogCache,
  openPglite,
  parseConfig,
} from '@puoti/core';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isApiPath, type PageHandler, type Started, startServer } from './server';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dirs: string[] = [];
afterAll(async () => {
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('isApiPath', () => {
  it.each([
    ['/api/v1/products', true],
    ['/api/docs', true],
    ['/healthz', true],
    ['/readyz', true],
    ['/metrics', true],
    ['/media/products/a/0-320.webp', true],
    ['/', false],
    ['/fi', false],
    ['/fi/products/api-guide', false],
    ['/apiary', false],
    ['/_next/static/chunk.js', false],
  ])('%s -> %s', (url, expected) => {
    expect(isApiPath(url)).toBe(expected);
  });
});

describe('the embedded data folder', () => {
  it('refuses a second opener while the first holds it, and frees it on close', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'puoti-lock-'));
    dirs.push(dir);
    const first = await openPglite({ dataDir: dir });
    await expect(openPglite({ dataDir: dir })).rejects.toBeInstanceOf(DataDirLockedError);
    await first.close();
    const again = await openPglite({ dataDir: dir });
    await again.close();
  });

  it('makes a second server process exit with a clear message', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'puoti-lock-'));
    dirs.push(dir);
    const holder = await openPglite({ dataDir: dir });
    try {
      const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
        cwd: root,
        env: { ...process.env, DATA_DIR: dir, PORT: '3997', NODE_ENV: 'development', LOG_LEVEL: 'silent' },
      });
      let stderr = '';
      child.stderr.on('data', (chunk) => {
        stderr += String(chunk);
      });
      const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
      expect(code).toBe(2);
      expect(stderr).toContain('Another Puoti process is already using the data folder');
    } finally {
      await holder.close();
    }
  });
});

/** A stand-in for Next's handler: says which URL it rendered and how many renders it has done. */
function fakeNext(rendered: string[]): PageHandler {
  return async (req, res) => {
    const url = req.url ?? '/';
    rendered.push(url);
    if (url.includes('/_missing/')) {
      res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end('<h1>Page not found</h1>');
      return;
    }
    if (url.startsWith('/fi/pages/sets-cookie')) res.setHeader('Set-Cookie', 'seen=1; Path=/');
    res.statusCode = 200;
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.setHeader('Vary', 'RSC, Next-Router-State-Tree, Accept-Encoding');
    res.setHeader('Cache-Control', 'private, no-cache, no-store, max-age=0, must-revalidate');
    // Written in pieces as Next streams a page.
    res.flushHeaders();
    res.write(`<html><body><p>${url}</p>`);
    res.write(`<p>render ${rendered.length}</p>`);
    res.end('</body></html>');
  };
}

async function freePort(): Promise<number> {
  const probe = createNetServer().listen(0, '127.0.0.1');
  await once(probe, 'listening');
  const address = probe.address() as AddressInfo;
  probe.close();
  return address.port;
}

describe('the front server before Next: 404s for unknown slugs and the page cache', () => {
  const rendered: string[] = [];
  let started: Started;
  let base: string;
  let product: { id: string; slug: string; svSlug: string };
  let categorySvSlug: string;
  let adminToken: string;

  const get = (path: string, headers: Record<string, string> = {}, method = 'GET') =>
    fetch(`${base}${path}`, { method, headers, redirect: 'manual' });

  beforeAll(async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'puoti-front-'));
    dirs.push(dir);
    const config = parseConfig({
      DATA_DIR: dir,
      HOST: '127.0.0.1',
      PORT: String(await freePort()),
      PUOTI_DEMO: '1',
      LOG_LEVEL: 'silent',
    });
    started = await startServer(config, pino({ level: 'silent' }), { pages: fakeNext(rendered) });
    base = `http://127.0.0.1:${config.port}`;

    // A product whose Swedish slug differs from its Finnish one (brand names often stay the same).
    const inLocale = async (locale: string) =>
      (
        (await (await get(`/api/v1/products?locale=${locale}&pageSize=50`)).json()) as {
          items: { id: string; slug: string }[];
        }
      ).items;
    const [fiItems, svItems] = await Promise.all([inLocale('fi'), inLocale('sv')]);
    const svSlugs = new Map(svItems.map((item) => [item.id, item.slug]));
    const translated = fiItems.find((item) => svSlugs.get(item.id) && svSlugs.get(item.id) !== item.slug);
    if (!translated) throw new Error('the demo store has no product with a translated slug');
    product = { id: translated.id, slug: translated.slug, svSlug: svSlugs.get(translated.id) ?? '' };
    const tree = (await (await get('/api/v1/categories?locale=sv')).json()) as { slug: string }[];
    categorySvSlug = tree[0]?.slug ?? '';
    const login = await fetch(`${base}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: demoLogins.admin.email, password: demoLogins.admin.password }),
    });
    adminToken = ((await login.json()) as { token: string }).token;
  });
  afterAll(async () => {
    await started?.close();
  });

  const adminPatch = async (body: object) => {
    const response = await fetch(`${base}/api/v1/admin/products/${product.id}`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${adminToken}` },
      body: JSON.stringify(body),
    });
    expect(response.status).toBe(200);
  };

  it('sends an unknown product or category to an unmatched path, which answers 404', async () => {
    for (const kind of ['products', 'categories']) {
      const response = await get(`/sv/${kind}/no-such-thing?ref=mail`);
      expect(response.status).toBe(404);
      expect(await response.text()).toContain('Page not found');
      expect(rendered.at(-1)).toBe(`/sv/_missing/${kind}?ref=mail`);
    }
    expect((await get('/fi/products/%E0%A4%A')).status).toBe(404);
  });

  it('lets a known product and category through, by another language slug or by id', async () => {
    expect(product.svSlug).not.toBe(product.slug);
    for (const known of [
      `/fi/products/${encodeURIComponent(product.svSlug)}`,
      `/en/products/${product.id}`,
      `/fi/categories/${encodeURIComponent(categorySvSlug)}`,
    ]) {
      const response = await get(known);
      expect(response.status).toBe(200);
      expect(rendered.at(-1)).toBe(known);
    }
  });

  it('renders a catalogue page once, then answers from the cache', async () => {
    const url = `/fi/products/${encodeURIComponent(product.slug)}?b=2&a=1`;
    const first = await get(url);
    expect(first.headers.get('x-cache')).toBe('miss');
    const body = await first.text();
    expect(body).toContain('render');
    const count = rendered.length;

    const second = await get(`/fi/products/${encodeURIComponent(product.slug)}?a=1&b=2`);
    expect(second.status).toBe(200);
    expect(second.headers.get('x-cache')).toBe('hit');
    expect(await second.text()).toBe(body);
    expect(rendered.length).toBe(count);
    expect(second.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(second.headers.get('cache-control')).toBe(
      'public, max-age=0, s-maxage=10, stale-while-revalidate=30',
    );
    expect(second.headers.get('vary')).toBe('RSC, Next-Router-State-Tree, Accept-Encoding');
    expect(second.headers.get('etag')).toBe(first.headers.get('etag'));
  });

  it('sends the stored gzip or brotli bytes to a client that takes them', async () => {
    await get('/sv');
    const raw = (encoding: string) =>
      new Promise<{ headers: Record<string, unknown>; body: Buffer }>((resolve, reject) => {
        http
          .get(`${base}/sv`, { headers: { 'Accept-Encoding': encoding } }, (response) => {
            const chunks: Buffer[] = [];
            response.on('data', (chunk: Buffer) => chunks.push(chunk));
            response.on('end', () => resolve({ headers: response.headers, body: Buffer.concat(chunks) }));
          })
          .on('error', reject);
      });
    const plain = await raw('identity');
    const gzipped = await raw('gzip, deflate');
    const brotli = await raw('gzip, deflate, br');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(gunzipSync(gzipped.body).equals(plain.body)).toBe(true);
    expect(brotliDecompressSync(brotli.body).equals(plain.body)).toBe(true);
    expect(Number(brotli.headers['content-length'])).toBe(brotli.body.length);
  });

  it('answers HEAD and a matching If-None-Match from the cache', async () => {
    const full = await get('/en');
    const etag = full.headers.get('etag') ?? '';
    expect(etag).toMatch(/^W\/".+"$/);
    const length = full.headers.get('content-length');
    await full.arrayBuffer();
    const count = rendered.length;

    const head = await get('/en', {}, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.headers.get('x-cache')).toBe('hit');
    expect(head.headers.get('content-length')).toBe(length);
    expect((await head.arrayBuffer()).byteLength).toBe(0);

    const revalidated = await get('/en', { 'If-None-Match': `"other", ${etag}` });
    expect(revalidated.status).toBe(304);
    expect(revalidated.headers.get('etag')).toBe(etag);
    expect((await get('/en', { 'If-None-Match': '"other"' })).status).toBe(200);
    expect(rendered.length).toBe(count);
  });

  it('drops the cached pages when an admin changes the catalogue', async () => {
    const url = `/fi/products/${encodeURIComponent(product.slug)}`;
    await get(url);
    expect((await get(url)).headers.get('x-cache')).toBe('hit');
    await adminPatch({ isFeatured: true });
    expect((await get(url)).headers.get('x-cache')).toBe('miss');
    expect((await get(url)).headers.get('x-cache')).toBe('hit');

    // Hidden from customers: the slug check hears of it through the same invalidation.
    await adminPatch({ isVisible: false });
    expect((await get(url)).status).toBe(404);
    await adminPatch({ isVisible: true });
    expect((await get(url)).status).toBe(200);
  });

  it('drops the cached pages when another node reports a catalogue change', async () => {
    await get('/zh');
    expect((await get('/zh')).headers.get('x-cache')).toBe('hit');
    // What the Redis cache bus does with another node's invalidation (packages/core/src/lib/cache-bus.ts).
    getCatalogCache({ enabled: true, ttlSeconds: 300, maxBytes: 1_048_576 }).invalidate([cacheTags.catalog], {
      fromPeer: true,
    });
    expect((await get('/zh')).headers.get('x-cache')).toBe('miss');
  });

  it('never keeps per-visitor pages, signed-in requests, RSC requests or answers that set a cookie', async () => {
    const uncached: [string, Record<string, string>][] = [
      ['/fi/cart', {}],
      ['/fi/checkout', {}],
      ['/fi/account', {}],
      ['/fi/track-order', {}],
      ['/fi/pages/sets-cookie', {}],
      ['/fi', { Cookie: 'theme=dark; puoti_session=abc' }],
      ['/fi', { RSC: '1' }],
      ['/fi?_rsc=x1', {}],
    ];
    for (const [url, headers] of uncached) {
      for (let attempt = 0; attempt < 2; attempt += 1) {
        const count = rendered.length;
        const response = await get(url, headers);
        expect(response.status, url).toBe(200);
        expect(response.headers.get('x-cache'), url).toBeNull();
        expect(rendered.length, url).toBe(count + 1);
      }
    }
  });
});
