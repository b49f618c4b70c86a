import { beforeAll, describe, expect, it } from 'vitest';
import type { PuotiApp } from './app';
import { createTestApp } from './testing';

let app: PuotiApp;

beforeAll(async () => {
  ({ app } = await createTestApp());
});

async function get(path: string, headers: Record<string, string> = {}) {
  const response = await app.request(path, { headers });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : null };
}

describe('GET /api/v1/products', () => {
  it('returns Swedish names with ?locale=sv', async () => {
    const { status, body } = await get('/api/v1/products?locale=sv&q=espressomaskin');
    expect(status).toBe(200);
    expect(body.items[0].name).toBe('Espressomaskin');
    expect(body).toMatchObject({ page: 1, pageSize: 20 });
  });

  it('takes the locale from Accept-Language when none is given, else Finnish', async () => {
    const sv = await get('/api/v1/products?q=espresso', { 'accept-language': 'sv-FI,sv;q=0.9,en;q=0.5' });
    expect(sv.body.items[0].name).toBe('Espressomaskin');
    const fallback = await get('/api/v1/products?q=espresso', { 'accept-language': 'de-DE' });
    expect(fallback.body.items[0].name).toBe('Espressokeitin');
  });

  it('has the contract fields on every item', async () => {
    const { body } = await get('/api/v1/products?locale=en&pageSize=100');
    expect(body.total).toBe(39);
    for (const item of body.items) {
      expect(Object.keys(item)).toEqual(
        expect.arrayContaining([
          'id',
          'slug',
          'name',
          'priceCents',
          'compareAtPriceCents',
          'lowestPrice30dCents',
          'inStock',
          'ratingAverage',
          'ratingCount',
          'image',
        ]),
      );
      expect(Number.isInteger(item.priceCents)).toBe(true);
    }
  });

  it.each([
    ['an unknown sort', '?sort=cheapest', 'sort'],
    ['a huge page size', '?pageSize=1000000', 'pageSize'],
    ['a zero page', '?page=0', 'page'],
    ['a negative price', '?minPriceCents=-1', 'minPriceCents'],
    ['a fractional price', '?maxPriceCents=12.5', 'maxPriceCents'],
    ['a reversed price range', '?minPriceCents=5000&maxPriceCents=100', 'minPriceCents'],
    ['a 10 kB query', `?q=${'a'.repeat(10_000)}`, 'q'],
    ['an unknown locale', '?locale=de', 'locale'],
    ['a category that is not a slug', "?category=x'%20or%201=1", 'category'],
    ['a bad boolean', '?inStock=maybe', 'inStock'],
  ])('answers 400 for %s', async (_, query, field) => {
    const { status, body } = await get(`/api/v1/products${query}`);
    expect(status).toBe(400);
    expect(body.error.code).toBe('VALIDATION_FAILED');
    expect(body.error.details.map((d: { field: string }) => d.field)).toContain(field);
  });

  it.each([
    "q=' or 1=1 --",
    'q=%25%27%22%3B',
    'q=a:*%20%26%20!b',
    'q=%5C',
    `q=${encodeURIComponent('😀 ∑ \u0000')}`,
  ])('treats SQL metacharacters as text (%s)', async (query) => {
    const { status, body } = await get(`/api/v1/products?${query}`);
    expect(status).toBe(200);
    expect(Array.isArray(body.items)).toBe(true);
  });

  it('answers 404 for an unknown category', async () => {
    const { status, body } = await get('/api/v1/products?category=no-such-thing');
    expect(status).toBe(404);
    expect(body.error.code).toBe('NOT_FOUND');
  });
});

describe('GET /api/v1/products/{slugOrId}', () => {
  it('shows a variant product with its variants', async () => {
    const { status, body } = await get('/api/v1/products/macbook-pro-16?locale=en');
    expect(status).toBe(200);
    expect(body.variants).toHaveLength(3);
    expect(body.variants.map((v: { priceCents: number }) => v.priceCents)).toEqual([
      249_900, 299_900, 399_900,
    ]);
    expect(body.variants.map((v: { stock: number }) => v.stock)).toEqual([8, 5, 3]);
    expect(body).toMatchObject({ stock: 16, inStock: true, priceVaries: true });
    expect(body.category.slug).toBe('computers-laptops');
  });

  it('answers 404 for what does not exist', async () => {
    expect((await get('/api/v1/products/not-a-product')).status).toBe(404);
    expect((await get(`/api/v1/products/${'x'.repeat(201)}`)).status).toBe(400);
  });
});

describe('other catalogue routes', () => {
  it('GET /categories returns the tree', async () => {
    const { status, body } = await get('/api/v1/categories?locale=fi');
    expect(status).toBe(200);
    expect(body).toHaveLength(8);
    expect(body[0].children.length).toBeGreaterThan(0);
  });

  it('GET /search/suggest returns at most 8 and needs a q', async () => {
    const { body } = await get('/api/v1/search/suggest?q=s&locale=en');
    expect(body.items.length).toBeLessThanOrEqual(8);
    expect((await get('/api/v1/search/suggest')).status).toBe(400);
    expect((await get('/api/v1/search/suggest?q=')).status).toBe(400);
  });

  it('GET /products/{id}/reviews pages the reviews', async () => {
    const product = (await get('/api/v1/products/macbook-pro-16')).body;
    const { status, body } = await get(`/api/v1/products/${product.id}/reviews?pageSize=2`);
    expect(status).toBe(200);
    expect(body.total).toBe(product.ratingCount);
    expect(body.items.length).toBeLessThanOrEqual(2);
    expect((await get('/api/v1/products/nope/reviews')).status).toBe(404);
  });

  it('serves the stored product images', async () => {
    const product = (await get('/api/v1/products/macbook-pro-16')).body;
    const response = await app.request(product.images[0].sources[0].url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/webp');
    expect((await response.arrayBuffer()).byteLength).toBeGreaterThan(500);
    expect((await app.request('/media/../../etc/passwd')).status).toBe(404);
    expect((await app.request('/media/products/none.webp')).status).toBe(404);
  });

  it('answers unknown API paths with a JSON 404', async () => {
    const { status, body } = await get('/api/v1/nothing-here');
    expect(status).toBe(404);
    expect(body.error.code).toBe('NOT_FOUND');
  });
});

describe('operations', () => {
  it('reports health, readiness and metrics', async () => {
    expect((await get('/healthz')).body).toEqual({ status: 'ok' });
    expect((await get('/readyz')).body).toEqual({ status: 'ready' });
    const metrics = await app.request('/metrics');
    expect(await metrics.text()).toContain('puoti_http_request_duration_seconds');
  });

  it('describes every route in the OpenAPI document', async () => {
    const { status, body } = await get('/api/v1/openapi.json');
    expect(status).toBe(200);
    expect(Object.keys(body.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/categories',
        '/api/v1/products',
        '/api/v1/products/{slugOrId}',
        '/api/v1/search/suggest',
        '/api/v1/products/{id}/reviews',
        '/healthz',
        '/readyz',
      ]),
    );
    const docs = await app.request('/api/docs');
    expect(docs.status).toBe(200);
    expect(await docs.text()).toContain('/api/v1/openapi.json');
  });
});
