import { randomUUID } from 'node:crypto';
import { tables } from '@puoti/core/db';
import { eq, inArray, sql } from 'drizzle-orm';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from './testing';

let ctx: Awaited<ReturnType<typeof createTestApp>>;
let adminToken: string;
const run = randomUUID().slice(0, 8);
// Everything this file creates, removed at the end: on PostgreSQL later files count the demo catalogue.
const created = { products: [] as string[], categories: [] as string[] };
/** A demo product archived for a test, restored even if that test fails. */
let borrowed: string | undefined;
let ipCounter = 0;

interface Answer {
  status: number;
  // biome-ignore lint/suspicious/noExplicitAny: tests read JSON answers field by field
  body: any;
  headers: Headers;
}

async function call(method: string, url: string, body?: unknown, token = adminToken): Promise<Answer> {
  const response = await ctx.app.request(url, {
    method,
    headers: {
      'x-forwarded-for': `10.9.0.${++ipCounter % 250}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null, headers: response.headers };
}

/** An anonymous storefront read, which the response cache may answer. */
const storefront = (url: string) => call('GET', url, undefined, '');

async function upload(productId: string, file: Blob, name: string, fields: Record<string, string> = {}) {
  const form = new FormData();
  form.append('file', file, name);
  for (const [key, value] of Object.entries(fields)) form.append(key, value);
  const response = await ctx.app.request(`/api/v1/admin/products/${productId}/images`, {
    method: 'POST',
    headers: { authorization: `Bearer ${adminToken}` },
    body: form,
  });
  return { status: response.status, body: await response.json() };
}

beforeAll(async () => {
  // The response cache is on, so the tests also show that every admin write invalidates it.
  ctx = await createTestApp({ cache: true });
  const login = await call(
    'POST',
    '/api/v1/auth/login',
    { email: 'admin@example.com', password: 'puoti-admin-demo' },
    '',
  );
  expect(login.status).toBe(200);
  adminToken = login.body.token;
});

// Top level, not inside beforeAll: vitest runs no hook registered from inside another hook.
afterAll(async () => {
  const { db } = ctx;
  if (borrowed)
    await db.update(tables.products).set({ archivedAt: null }).where(eq(tables.products.id, borrowed));
  if (created.products.length > 0) {
    await db.delete(tables.stockMovements).where(inArray(tables.stockMovements.productId, created.products));
    await db.delete(tables.products).where(inArray(tables.products.id, created.products));
  }
  if (created.categories.length > 0) {
    await db
      .update(tables.categories)
      .set({ parentId: null })
      .where(inArray(tables.categories.id, created.categories));
    await db.delete(tables.categories).where(inArray(tables.categories.id, created.categories));
  }
});

let counter = 0;
function productBody(overrides: Record<string, unknown> = {}) {
  counter += 1;
  return {
    sku: `API-CAT-${run}-${counter}`,
    brand: 'Rajapinta',
    priceCents: 5000,
    stock: 3,
    translations: {
      fi: { name: `Rajapintatuote ${run} ${counter}`, description: 'Kuvaus' },
      sv: { name: `Gränssnittsprodukt ${run} ${counter}` },
      en: { name: `API product ${run} ${counter}` },
      zh: { name: `接口产品 ${counter}` },
    },
    ...overrides,
  };
}

async function createProduct(overrides: Record<string, unknown> = {}): Promise<Answer> {
  const answer = await call('POST', '/api/v1/admin/products', productBody(overrides));
  if (answer.status === 201) created.products.push(answer.body.id);
  return answer;
}

async function createCategory(body: Record<string, unknown>): Promise<Answer> {
  const answer = await call('POST', '/api/v1/admin/categories', body);
  if (answer.status === 201) created.categories.push(answer.body.id);
  return answer;
}

function categoryBody(name: string, overrides: Record<string, unknown> = {}) {
  return {
    translations: {
      fi: { name: `${name} fi` },
      sv: { name: `${name} sv` },
      en: { name: `${name} en` },
      zh: { name: `${name} zh` },
    },
    ...overrides,
  };
}

describe('products', () => {
  it('creates a product with translations and variants that the storefront shows at once', async () => {
    const answer = await createProduct({
      variants: [
        { sku: `API-CAT-${run}-S`, options: { size: 'S' }, stock: 2 },
        { sku: `API-CAT-${run}-L`, options: { size: 'L' }, priceCents: 6000, stock: 1 },
      ],
    });
    expect(answer.status).toBe(201);
    expect(answer.body).toMatchObject({ missingTranslations: [], stockTotal: 3, archivedAt: null });
    const { id } = answer.body;
    const detail = await storefront(`/api/v1/products/${id}?locale=sv`);
    expect(detail.status).toBe(200);
    expect(detail.body).toMatchObject({ name: `Gränssnittsprodukt ${run} ${counter}`, priceCents: 5000 });
    expect(detail.body.variants.map((v: { priceCents: number }) => v.priceCents)).toEqual([5000, 6000]);

    const admin = await call('GET', `/api/v1/admin/products/${id}`);
    expect(admin.status).toBe(200);
    expect(Object.keys(admin.body.translations).sort()).toEqual(['en', 'fi', 'sv', 'zh']);
    expect(admin.body.priceHistory).toHaveLength(2);
  });

  it('a price change shows on the storefront with a true 30-day lowest price (cache invalidated)', async () => {
    const { body: product } = await createProduct({ priceCents: 8000 });
    const url = `/api/v1/products/${product.id}`;
    expect((await storefront(url)).headers.get('x-cache')).toBe('miss');
    const cached = await storefront(url);
    expect([cached.headers.get('x-cache'), cached.body.priceCents]).toEqual(['hit', 8000]);

    const patched = await call('PATCH', `/api/v1/admin/products/${product.id}`, {
      priceCents: 6000,
      compareAtPriceCents: 8000,
    });
    expect(patched.status).toBe(200);
    expect(patched.body.priceHistory.map((entry: { priceCents: number }) => entry.priceCents)).toEqual([
      6000, 8000,
    ]);
    const after = await storefront(url);
    expect(after.headers.get('x-cache')).toBe('miss');
    expect(after.body).toMatchObject({
      priceCents: 6000,
      compareAtPriceCents: 8000,
      lowestPrice30dCents: 8000,
    });

    await call('PATCH', `/api/v1/admin/products/${product.id}`, {
      priceCents: 7000,
      compareAtPriceCents: null,
    });
    expect((await storefront(url)).body).toMatchObject({ priceCents: 7000, lowestPrice30dCents: 6000 });
  });

  it('answers 400 listing missing translations and bad fields', async () => {
    const body = productBody();
    const { sv: _sv, zh: _zh, ...translations } = body.translations;
    const missing = await call('POST', '/api/v1/admin/products', { ...body, translations });
    expect(missing.status).toBe(400);
    expect(missing.body.error.code).toBe('VALIDATION_FAILED');
    expect(missing.body.error.details.map((d: { field: string }) => d.field)).toEqual([
      'translations.sv',
      'translations.zh',
    ]);
    const bad = await call('POST', '/api/v1/admin/products', {
      ...productBody(),
      priceCents: -1,
      translations: { ...body.translations, fi: { name: '', slug: 'Not A Slug' } },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.map((d: { field: string }) => d.field).sort()).toEqual([
      'priceCents',
      'translations.fi.name',
      'translations.fi.slug',
    ]);
  });

  it('answers 409 naming the field when a slug is taken in its locale', async () => {
    const body = productBody();
    const clash = await call('POST', '/api/v1/admin/products', {
      ...body,
      translations: { ...body.translations, sv: { name: 'Kopia', slug: 'macbook-pro-16' } },
    });
    expect(clash.status).toBe(409);
    expect(clash.body.error).toMatchObject({
      code: 'CONFLICT',
      details: [{ field: 'translations.sv.slug' }],
    });
    const { body: product } = await createProduct();
    const patch = await call('PATCH', `/api/v1/admin/products/${product.id}`, {
      translations: { fi: { slug: 'macbook-pro-16' } },
    });
    expect([patch.status, patch.body.error.details]).toEqual([
      409,
      [{ field: 'translations.fi.slug', message: expect.any(String) }],
    ]);
  });

  it('archiving hides a product from the storefront and keeps it on past orders', async () => {
    const [line] = await ctx.db
      .execute(sql`select l.product_id, l.name, l.sku, o.order_number from order_lines l
        join orders o on o.id = l.order_id where l.product_id is not null order by o.order_number limit 1`)
      .then(
        (result) =>
          (
            result as unknown as {
              rows: { product_id: string; name: string; sku: string; order_number: string }[];
            }
          ).rows,
      );
    if (!line) throw new Error('the demo has no orders');
    borrowed = line.product_id;
    expect((await storefront(`/api/v1/products/${line.product_id}`)).status).toBe(200);

    expect((await call('DELETE', `/api/v1/admin/products/${line.product_id}`)).status).toBe(204);
    expect((await storefront(`/api/v1/products/${line.product_id}`)).status).toBe(404);
    const list = await storefront('/api/v1/products?pageSize=100');
    expect(list.body.items.map((item: { id: string }) => item.id)).not.toContain(line.product_id);
    const order = await call('GET', `/api/v1/admin/orders/${line.order_number}`);
    expect(order.status).toBe(200);
    expect(order.body.items).toContainEqual(
      expect.objectContaining({ productId: line.product_id, name: line.name, sku: line.sku }),
    );
    const admin = await call('GET', `/api/v1/admin/products/${line.product_id}`);
    expect(admin.body.archivedAt).not.toBeNull();

    const restored = await call('PATCH', `/api/v1/admin/products/${line.product_id}`, { archived: false });
    expect(restored.body.archivedAt).toBeNull();
    expect((await storefront(`/api/v1/products/${line.product_id}`)).status).toBe(200);
    borrowed = undefined;
  });

  it('answers 404 for an unknown product', async () => {
    for (const id of [randomUUID(), 'not-an-id']) {
      expect((await call('GET', `/api/v1/admin/products/${id}`)).status).toBe(404);
      expect((await call('PATCH', `/api/v1/admin/products/${id}`, { isVisible: false })).status).toBe(404);
      expect((await call('DELETE', `/api/v1/admin/products/${id}`)).status).toBe(404);
    }
  });

  it('records every write in the audit log', async () => {
    const { body: product } = await createProduct();
    await call('PATCH', `/api/v1/admin/products/${product.id}`, { isFeatured: true });
    await call('DELETE', `/api/v1/admin/products/${product.id}`);
    const rows = await ctx.db
      .select({ action: tables.auditLog.action, requestId: tables.auditLog.requestId })
      .from(tables.auditLog)
      .where(eq(tables.auditLog.entityId, product.id))
      .orderBy(tables.auditLog.id);
    expect(rows.map((row) => row.action)).toEqual(['product.create', 'product.update', 'product.archive']);
    expect(rows.every((row) => row.requestId)).toBe(true);
  });
});

describe('images', () => {
  const picture = (width: number, height: number) =>
    sharp({ create: { width, height, channels: 3, background: { r: 40, g: 120, b: 130 } } });

  it('takes PNG, JPEG and WebP, stores renditions, keeps them in order with alt text per locale', async () => {
    const { body: product } = await createProduct();
    const png = await upload(
      product.id,
      new Blob([new Uint8Array(await picture(1400, 1000).png().toBuffer())]),
      'kuva.png',
      { 'alt.fi': 'Edestä', 'alt.en': 'From the front' },
    );
    expect(png.status).toBe(201);
    expect(png.body.sources.map((s: { width: number; format: string }) => `${s.width}.${s.format}`)).toEqual([
      '320.webp',
      '320.avif',
      '640.webp',
      '640.avif',
      '1024.webp',
      '1024.avif',
    ]);
    expect(png.body.sources[4].height).toBe(731);
    const jpeg = await upload(
      product.id,
      new Blob([new Uint8Array(await picture(200, 150).jpeg().toBuffer())]),
      'photo.jpg',
    );
    expect(jpeg.status).toBe(201);
    expect(jpeg.body.sources.map((s: { width: number }) => s.width)).toEqual([200, 200]);
    const webp = await upload(
      product.id,
      new Blob([new Uint8Array(await picture(800, 800).webp().toBuffer())]),
      'side.webp',
      { position: '0' },
    );
    expect(webp.status).toBe(201);

    const file = await ctx.app.request(png.body.sources[1].url);
    expect([file.status, file.headers.get('content-type')]).toEqual([200, 'image/avif']);

    const order = async (locale = 'fi') =>
      (await storefront(`/api/v1/products/${product.id}?locale=${locale}`)).body.images.map(
        (image: { id: string; alt: string }) => [image.id, image.alt],
      );
    expect((await order('en')).map(([id]: string[]) => id)).toEqual([
      webp.body.id,
      png.body.id,
      jpeg.body.id,
    ]);

    const moved = await call('PATCH', `/api/v1/admin/products/${product.id}/images/${jpeg.body.id}`, {
      position: 0,
      alt: { sv: 'Bild', en: 'Photo' },
    });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({ position: 0, alt: { sv: 'Bild', en: 'Photo' } });
    expect(await order('sv')).toEqual([
      [jpeg.body.id, 'Bild'],
      [webp.body.id, product.translations.sv.name],
      [png.body.id, product.translations.sv.name],
    ]);
    expect((await order('en'))[2]).toEqual([png.body.id, 'From the front']);

    const webpFiles: string[] = webp.body.sources.map((source: { url: string }) => source.url);
    expect((await ctx.app.request(webpFiles[0] ?? '')).status).toBe(200);
    expect((await call('DELETE', `/api/v1/admin/products/${product.id}/images/${webp.body.id}`)).status).toBe(
      204,
    );
    // The files go with the row.
    for (const url of webpFiles) expect((await ctx.app.request(url)).status).toBe(404);
    const admin = await call('GET', `/api/v1/admin/products/${product.id}`);
    expect(
      admin.body.images.map((image: { id: string; position: number }) => [image.id, image.position]),
    ).toEqual([
      [jpeg.body.id, 0],
      [png.body.id, 1],
    ]);
    expect((await call('DELETE', `/api/v1/admin/products/${product.id}/images/${webp.body.id}`)).status).toBe(
      404,
    );
  });

  it('checks the type from the content and refuses what is too large', async () => {
    const { body: product } = await createProduct();
    const text = await upload(product.id, new Blob(['this is not a picture at all']), 'kuva.png');
    expect([text.status, text.body.error.code]).toEqual([415, 'UNSUPPORTED_MEDIA_TYPE']);
    // A real PNG header on a broken body: the decoder has the last word.
    const header = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4]);
    expect((await upload(product.id, new Blob([header]), 'broken.png')).status).toBe(415);
    const gif = Buffer.from(await picture(20, 20).gif().toBuffer());
    expect((await upload(product.id, new Blob([new Uint8Array(gif)]), 'animated.webp')).status).toBe(415);

    const justOver = new Uint8Array(10 * 1024 * 1024 + 1);
    const over = await upload(product.id, new Blob([justOver]), 'huge.png');
    expect([over.status, over.body.error.code]).toEqual([413, 'PAYLOAD_TOO_LARGE']);
    const far = await upload(product.id, new Blob([new Uint8Array(12 * 1024 * 1024)]), 'huger.png');
    expect([far.status, far.body.error.code]).toEqual([413, 'PAYLOAD_TOO_LARGE']);

    const json = await call('POST', `/api/v1/admin/products/${product.id}/images`, { file: 'x' });
    expect([json.status, json.body.error.code]).toEqual([415, 'UNSUPPORTED_MEDIA_TYPE']);
    const form = new FormData();
    form.append('alt.fi', 'Ei tiedostoa');
    const noFile = await ctx.app.request(`/api/v1/admin/products/${product.id}/images`, {
      method: 'POST',
      headers: { authorization: `Bearer ${adminToken}` },
      body: form,
    });
    const noFileBody = (await noFile.json()) as { error: { details: { field: string }[] } };
    expect([noFile.status, noFileBody.error.details[0]?.field]).toEqual([400, 'file']);
    const missing = await upload(randomUUID(), new Blob(['x']), 'x.png');
    expect(missing.status).toBe(404);
    expect((await call('GET', `/api/v1/admin/products/${product.id}`)).body.images).toEqual([]);
  });
});

describe('categories', () => {
  it('creates, lists, moves (no cycles) and deletes only empty categories; the storefront follows', async () => {
    const top = await createCategory(categoryBody(`Osasto ${run}`));
    expect(top.status).toBe(201);
    expect(top.body.translations.en.slug).toBe(`osasto-${run}-en`);
    const child = await createCategory(categoryBody(`Alaosasto ${run}`, { parentId: top.body.id }));
    expect(child.status).toBe(201);

    const tree = await storefront('/api/v1/categories?locale=en');
    expect(tree.headers.get('x-cache')).toBe('miss');
    // Categories are listed even while empty.
    expect(tree.body.map((node: { id: string }) => node.id)).toContain(top.body.id);
    expect((await storefront('/api/v1/categories?locale=en')).headers.get('x-cache')).toBe('hit');

    const cycle = await call('PATCH', `/api/v1/admin/categories/${top.body.id}`, { parentId: child.body.id });
    expect([cycle.status, cycle.body.error.details[0].field]).toEqual([409, 'parentId']);

    const renamed = await call('PATCH', `/api/v1/admin/categories/${top.body.id}`, {
      translations: { en: { name: `Renamed ${run}` } },
    });
    expect(renamed.status).toBe(200);
    const fresh = await storefront('/api/v1/categories?locale=en');
    expect(fresh.headers.get('x-cache')).toBe('miss');
    expect(fresh.body.find((node: { id: string }) => node.id === top.body.id)?.name).toBe(`Renamed ${run}`);

    const admin = await call('GET', '/api/v1/admin/categories');
    const node = admin.body.find((entry: { id: string }) => entry.id === top.body.id);
    expect(node.children.map((entry: { id: string }) => entry.id)).toEqual([child.body.id]);

    const product = await createProduct({ categoryId: child.body.id });
    const notEmpty = await call('DELETE', `/api/v1/admin/categories/${child.body.id}`);
    expect([notEmpty.status, notEmpty.body.error.details]).toEqual([409, { subcategories: 0, products: 1 }]);
    const hasChild = await call('DELETE', `/api/v1/admin/categories/${top.body.id}`);
    expect([hasChild.status, hasChild.body.error.details]).toEqual([409, { subcategories: 1, products: 0 }]);

    await call('PATCH', `/api/v1/admin/products/${product.body.id}`, { categoryId: null });
    expect((await call('DELETE', `/api/v1/admin/categories/${child.body.id}`)).status).toBe(204);
    expect((await call('DELETE', `/api/v1/admin/categories/${top.body.id}`)).status).toBe(204);
    const gone = await storefront('/api/v1/categories?locale=en');
    expect(gone.body.map((entry: { id: string }) => entry.id)).not.toContain(top.body.id);
  });

  it('answers 400 for missing translations and 409 for a taken slug', async () => {
    const { zh: _zh, ...translations } = categoryBody('Puuttuva').translations;
    const missing = await call('POST', '/api/v1/admin/categories', { translations });
    expect([missing.status, missing.body.error.details.map((d: { field: string }) => d.field)]).toEqual([
      400,
      ['translations.zh'],
    ]);
    const body = categoryBody('Varattu');
    const taken = await call('POST', '/api/v1/admin/categories', {
      translations: { ...body.translations, fi: { name: 'Kirjat', slug: 'kirjat-ja-media' } },
    });
    expect([taken.status, taken.body.error.details]).toEqual([
      409,
      [{ field: 'translations.fi.slug', message: expect.any(String) }],
    ]);
  });
});
