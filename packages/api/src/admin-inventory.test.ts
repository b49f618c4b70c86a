/**
 * The admin inventory API in-process. The PostgreSQL database is shared with the other test files, so
 * this file creates no products: it borrows demo products, changes their stock only through the ledger
 * and puts it back afterwards. Parallel requests run as concurrent transactions on PostgreSQL.
 */
import { randomUUID } from 'node:crypto';
import { bulkAdjustStock, type StockActor, type TBulkStockLine } from '@puoti/core/inventory';
import { type SQL, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from './testing';

let ctx: Awaited<ReturnType<typeof createTestApp>>;
let adminToken: string;
let customerToken: string;
let admin: StockActor;
let ipCounter = 0;
const run = randomUUID().slice(0, 8);

interface Answer<T> {
  status: number;
  body: T;
}

interface ErrorBody {
  error: { code: string; message: string; details?: unknown };
}

interface Movement {
  id: number;
  productId: string;
  variantId: string | null;
  delta: number;
  stockAfter: number;
  reason: string;
  note: string | null;
  actorEmail: string | null;
  orderNumber: string | null;
}

interface Adjusted {
  stock: number;
  movement: Movement;
}

interface Row {
  id: string;
  sku: string;
  name: string;
  stock: number;
  stockState: string;
  isVisible: boolean;
  archived: boolean;
  variants: { id: string; sku: string; stock: number }[];
}

interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

async function call<T>(
  method: string,
  url: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<Answer<T>> {
  ipCounter += 1;
  const response = await ctx.app.request(url, {
    method,
    headers: {
      'content-type': 'application/json',
      'x-forwarded-for': `10.9.${Math.floor(ipCounter / 250)}.${(ipCounter % 250) + 1}`,
      ...headers,
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: (text ? JSON.parse(text) : null) as T };
}

function adminCall<T>(method: string, url: string, body?: unknown): Promise<Answer<T>> {
  return call<T>(method, url, body, { authorization: `Bearer ${adminToken}` });
}

async function rows<T>(query: SQL): Promise<T[]> {
  return ((await ctx.db.execute(query)) as unknown as { rows: T[] }).rows;
}

async function stockOf(productId: string): Promise<number> {
  const [row] = await rows<{ stock: number }>(sql`select stock from products where id = ${productId}`);
  return row?.stock ?? -1;
}

async function lastMovementId(): Promise<number> {
  const [row] = await rows<{ id: number }>(sql`select coalesce(max(id), 0)::int as id from stock_movements`);
  return row?.id ?? 0;
}

async function ledgerSince(id: number, productId: string): Promise<number[]> {
  const found = await rows<{ delta: number }>(
    sql`select delta from stock_movements where id > ${id} and product_id = ${productId} order by id`,
  );
  return found.map((row) => row.delta);
}

function countBy(statuses: number[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const status of statuses) counts[status] = (counts[status] ?? 0) + 1;
  return counts;
}

/** Demo products borrowed by SKU, with their stock to put back. */
const borrowed = {
  simple: { sku: 'NSW-OLED-001', id: '', stock: 0 },
  race: { sku: 'COFFEE-ESP-001', id: '', stock: 0 },
  checkout: { sku: 'LIGHT-FL-001', id: '', stock: 0 },
  variants: { sku: 'SHOES-RUN-001', id: '', stock: 0 },
};
let shoeSizes: { id: string; sku: string; stock: number }[] = [];

/** Sets a simple product's stock through the API, so the ledger keeps adding up. */
async function setStock(productId: string, stock: number): Promise<void> {
  const delta = stock - (await stockOf(productId));
  if (delta === 0) return;
  const answer = await adminCall(`POST`, `/api/v1/admin/products/${productId}/stock`, {
    delta,
    reason: 'correction',
  });
  expect(answer.status).toBe(200);
}

async function login(email: string, password: string): Promise<string> {
  const answer = await call<{ token: string }>('POST', '/api/v1/auth/login', { email, password });
  expect(answer.status).toBe(200);
  return answer.body.token;
}

beforeAll(async () => {
  // The response cache is on, so the tests also show that a stock change invalidates it.
  ctx = await createTestApp({ cache: true });
  adminToken = await login('admin@example.com', 'puoti-admin-demo');
  customerToken = await login('customer3@example.com', 'puoti-customer-demo');
  const [user] = await rows<StockActor>(sql`select id, email from users where email = 'admin@example.com'`);
  if (!user) throw new Error('The demo admin is missing.');
  admin = user;
  for (const product of Object.values(borrowed)) {
    const [row] = await rows<{ id: string; stock: number }>(
      sql`select id, stock from products where sku = ${product.sku}`,
    );
    if (!row) throw new Error(`No demo product ${product.sku}.`);
    Object.assign(product, row);
  }
  shoeSizes = await rows(
    sql`select id, sku, stock from product_variants where product_id = ${borrowed.variants.id} order by position`,
  );
});

afterAll(async () => {
  // Back to the demo's stock, through the ledger (one all-or-nothing correction).
  const lines: TBulkStockLine[] = [];
  for (const product of [borrowed.simple, borrowed.race, borrowed.checkout]) {
    const delta = product.stock - (await stockOf(product.id));
    if (delta !== 0) lines.push({ productId: product.id, delta, reason: 'correction' });
  }
  for (const size of shoeSizes) {
    const [row] = await rows<{ stock: number }>(
      sql`select stock from product_variants where id = ${size.id}`,
    );
    const delta = size.stock - (row?.stock ?? size.stock);
    if (delta !== 0)
      lines.push({ productId: borrowed.variants.id, variantId: size.id, delta, reason: 'correction' });
  }
  if (lines.length > 0) await bulkAdjustStock(ctx.db, admin, lines);
});

describe('GET /admin/products', () => {
  it('lists products with variants, searchable, filtered, sorted and paged', async () => {
    const shoes = await adminCall<Page<Row>>('GET', '/api/v1/admin/products?q=shoes-run-42&locale=en');
    expect(shoes.status).toBe(200);
    expect(shoes.body.items.map((row) => row.sku)).toEqual([borrowed.variants.sku]);
    const [row] = shoes.body.items;
    expect(row?.variants.map((variant) => variant.sku)).toEqual(shoeSizes.map((size) => size.sku));
    expect(row?.stock).toBe(shoeSizes.reduce((sum, size) => sum + size.stock, 0));

    const out = await adminCall<Page<Row>>(
      'GET',
      '/api/v1/admin/products?stock=out&active=true&sort=stock_desc&pageSize=5',
    );
    expect(out.status).toBe(200);
    expect(out.body).toMatchObject({ page: 1, pageSize: 5 });
    expect(
      out.body.items.every((item) => item.stockState === 'out' && item.isVisible && !item.archived),
    ).toBe(true);

    const bySku = await adminCall<Page<Row>>('GET', '/api/v1/admin/products?sort=sku&pageSize=3&page=2');
    expect(bySku.status).toBe(200);
    const skus = bySku.body.items.map((item) => item.sku);
    expect(skus).toEqual([...skus].sort());
  });

  it.each([
    ['stock=some', 'stock'],
    ['sort=price', 'sort'],
    ['active=maybe', 'active'],
    ['pageSize=101', 'pageSize'],
    ['page=0', 'page'],
    ['locale=de', 'locale'],
  ])('refuses %s with 400 naming the field', async (search, field) => {
    const answer = await adminCall<ErrorBody>('GET', `/api/v1/admin/products?${search}`);
    expect(answer.status).toBe(400);
    expect(answer.body.error.code).toBe('VALIDATION_FAILED');
    expect(answer.body.error.details).toEqual([expect.objectContaining({ field })]);
  });

  it('is for administrators only', async () => {
    expect((await call('GET', '/api/v1/admin/products')).status).toBe(401);
    const customer = await call('GET', '/api/v1/admin/products', undefined, {
      authorization: `Bearer ${customerToken}`,
    });
    expect(customer.status).toBe(403);
  });
});

describe('POST /admin/products/{id}/stock', () => {
  it('answers the new stock and the ledger row, audits it and refreshes the cached product', async () => {
    const { id } = borrowed.simple;
    await setStock(id, 10);
    const productPath = `/api/v1/products/${id}`;
    expect((await call<{ stock: number }>('GET', productPath)).body.stock).toBe(10);
    const startedAt = new Date(Date.now() - 1000);

    const answer = await adminCall<Adjusted>('POST', `/api/v1/admin/products/${id}/stock`, {
      delta: -4,
      reason: 'damaged',
      note: 'Dropped in the warehouse',
    });
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({
      stock: 6,
      movement: expect.objectContaining({
        productId: id,
        variantId: null,
        delta: -4,
        stockAfter: 6,
        reason: 'damaged',
        note: 'Dropped in the warehouse',
        actorEmail: 'admin@example.com',
        orderNumber: null,
      }),
    });
    // The catalogue answer was cached before the change; the write dropped it.
    expect((await call<{ stock: number }>('GET', productPath)).body.stock).toBe(6);

    const ledger = await adminCall<Page<Movement>>(
      'GET',
      `/api/v1/admin/products/${id}/stock-movements?pageSize=5`,
    );
    expect(ledger.status).toBe(200);
    expect(ledger.body.items[0]).toEqual(answer.body.movement);
    expect(ledger.body.pageSize).toBe(5);

    const audit = await rows<{
      actor_email: string;
      before: unknown;
      after: unknown;
      request_id: string | null;
    }>(
      sql`select actor_email, before, after, request_id from audit_log
          where entity_type = 'product' and entity_id = ${id} and created_at >= ${startedAt} order by id desc limit 1`,
    );
    expect(audit).toEqual([
      {
        actor_email: 'admin@example.com',
        before: { variantId: null, stock: 10 },
        after: { variantId: null, stock: 6, delta: -4, reason: 'damaged', note: 'Dropped in the warehouse' },
        request_id: expect.any(String),
      },
    ]);
  });

  it('adjusts a variant of a product with variants, and requires one', async () => {
    const [size] = shoeSizes;
    if (!size) throw new Error('The running shoes have no sizes.');
    const path = `/api/v1/admin/products/${borrowed.variants.id}/stock`;
    const answer = await adminCall<Adjusted>('POST', path, {
      variantId: size.id,
      delta: 3,
      reason: 'restock',
    });
    expect(answer.status).toBe(200);
    expect(answer.body.stock).toBe(size.stock + 3);
    expect(answer.body.movement.variantId).toBe(size.id);

    const missing = await adminCall<ErrorBody>('POST', path, { delta: 3, reason: 'restock' });
    expect(missing.status).toBe(400);
    expect(missing.body.error.details).toEqual([expect.objectContaining({ field: 'variantId' })]);
    const foreign = await adminCall<ErrorBody>('POST', `/api/v1/admin/products/${borrowed.simple.id}/stock`, {
      variantId: size.id,
      delta: 1,
      reason: 'restock',
    });
    expect(foreign.status).toBe(404);
  });

  it('refuses to go below zero with 409 and changes nothing', async () => {
    const { id } = borrowed.simple;
    await setStock(id, 2);
    const since = await lastMovementId();
    const answer = await adminCall<ErrorBody>('POST', `/api/v1/admin/products/${id}/stock`, {
      delta: -3,
      reason: 'adjustment',
    });
    expect(answer.status).toBe(409);
    expect(answer.body.error).toMatchObject({ code: 'CONFLICT', details: { stock: 2, delta: -3 } });
    expect(await stockOf(id)).toBe(2);
    expect(await ledgerSince(since, id)).toEqual([]);
  });

  it.each([
    [{}, ['delta', 'reason']],
    [{ delta: 0, reason: 'restock' }, ['delta']],
    [{ delta: 1.5, reason: 'restock' }, ['delta']],
    [{ delta: 100_001, reason: 'restock' }, ['delta']],
    [{ delta: '5', reason: 'restock' }, ['delta']],
    [{ delta: 1, reason: 'order' }, ['reason']],
    [{ delta: 1, reason: 'restock', variantId: 'small' }, ['variantId']],
    [{ delta: 1, reason: 'restock', note: 'x'.repeat(501) }, ['note']],
  ])('refuses the body %j with 400 naming %j', async (body, fields) => {
    const answer = await adminCall<ErrorBody>(
      'POST',
      `/api/v1/admin/products/${borrowed.simple.id}/stock`,
      body,
    );
    expect(answer.status).toBe(400);
    const details = answer.body.error.details as { field: string }[];
    expect(details.map((detail) => detail.field).sort()).toEqual(fields);
  });

  it('answers 404 for a product that does not exist', async () => {
    for (const id of [randomUUID(), 'not-a-product']) {
      const answer = await adminCall<ErrorBody>('POST', `/api/v1/admin/products/${id}/stock`, {
        delta: 1,
        reason: 'restock',
      });
      expect(answer.status).toBe(404);
      expect((await adminCall('GET', `/api/v1/admin/products/${id}/stock-movements`)).status).toBe(404);
    }
  });
});

describe('POST /admin/stock/bulk', () => {
  it('applies all lines or none', async () => {
    const [small, large] = [shoeSizes[0], shoeSizes[2]];
    if (!small || !large) throw new Error('The running shoes have too few sizes.');
    await setStock(borrowed.simple.id, 4);
    const applied = await adminCall<{ lines: (Adjusted & { productId: string })[] }>(
      'POST',
      '/api/v1/admin/stock/bulk',
      {
        lines: [
          { productId: borrowed.variants.id, variantId: large.id, delta: 2, reason: 'restock' },
          { productId: borrowed.simple.id, delta: -1, reason: 'damaged' },
        ],
      },
    );
    expect(applied.status).toBe(200);
    expect(applied.body.lines.map((line) => [line.productId, line.movement.delta])).toEqual([
      [borrowed.variants.id, 2],
      [borrowed.simple.id, -1],
    ]);
    expect(applied.body.lines[1]?.stock).toBe(3);

    const since = await lastMovementId();
    const refused = await adminCall<ErrorBody>('POST', '/api/v1/admin/stock/bulk', {
      lines: [
        { productId: borrowed.variants.id, variantId: small.id, delta: 1, reason: 'restock' },
        { productId: borrowed.simple.id, delta: -4, reason: 'damaged' },
      ],
    });
    expect(refused.status).toBe(409);
    expect(refused.body.error).toMatchObject({
      code: 'CONFLICT',
      details: { lines: [{ index: 1, productId: borrowed.simple.id, variantId: null, stock: 3, delta: -4 }] },
    });
    expect(await stockOf(borrowed.simple.id)).toBe(3);
    expect(await ledgerSince(since, borrowed.variants.id)).toEqual([]);
  });

  it.each([
    [{ lines: [] }, 'lines'],
    [
      {
        lines: Array.from({ length: 501 }, () => ({ productId: randomUUID(), delta: 1, reason: 'restock' })),
      },
      'lines',
    ],
    [{ lines: [{ productId: 'x', delta: 1, reason: 'restock' }] }, 'lines.0.productId'],
  ])('refuses a malformed body with 400 (%#)', async (body, field) => {
    const answer = await adminCall<ErrorBody>('POST', '/api/v1/admin/stock/bulk', body);
    expect(answer.status).toBe(400);
    expect(answer.body.error.details).toEqual([expect.objectContaining({ field })]);
  });

  it('names lines with no such product as fields', async () => {
    const answer = await adminCall<ErrorBody>('POST', '/api/v1/admin/stock/bulk', {
      lines: [
        { productId: borrowed.simple.id, delta: 1, reason: 'restock' },
        { productId: randomUUID(), delta: 1, reason: 'restock' },
      ],
    });
    expect(answer.status).toBe(400);
    expect(answer.body.error.details).toEqual([{ field: 'lines.1.productId', message: expect.any(String) }]);
  });
});

describe('parallel requests', () => {
  it('let exactly 10 of 20 removals of one unit through when 10 are in stock', async () => {
    const { id } = borrowed.race;
    await setStock(id, 10);
    const since = await lastMovementId();
    const answers = await Promise.all(
      Array.from({ length: 20 }, () =>
        adminCall<ErrorBody>('POST', `/api/v1/admin/products/${id}/stock`, {
          delta: -1,
          reason: 'adjustment',
        }),
      ),
    );
    expect(countBy(answers.map((answer) => answer.status))).toEqual({ 200: 10, 409: 10 });
    expect(await stockOf(id)).toBe(0);
    const ledger = await ledgerSince(since, id);
    expect(ledger).toHaveLength(10);
    expect(ledger.reduce((sum, delta) => sum + delta, 0)).toBe(-10);
  });

  it('share the last units between a checkout and adjustments without overselling', async () => {
    const { id } = borrowed.checkout;
    await setStock(id, 5);
    const methods = await call<{ items: { id: string; code: string }[] }>(
      'GET',
      '/api/v1/shipping-methods?country=FI',
    );
    const shippingMethodId = methods.body.items.find((method) => method.code === 'fi-home')?.id;
    const cart = await call<{ token: string }>('POST', '/api/v1/cart/items', { productId: id, quantity: 3 });
    expect(cart.status).toBe(200);
    const since = await lastMovementId();

    const [order, ...adjustments] = await Promise.all([
      call<{ order: { items: { quantity: number }[] } }>(
        'POST',
        '/api/v1/orders',
        {
          email: `inventory-${run}@example.org`,
          shippingAddress: {
            fullName: 'Aino Virtanen',
            line1: 'Mannerheimintie 1',
            postalCode: '00100',
            city: 'Helsinki',
            country: 'FI',
          },
          shippingMethodId,
          paymentMethod: 'bank_transfer',
          acceptTerms: true,
        },
        { 'x-cart-token': cart.body.token, 'idempotency-key': `inventory-${run}` },
      ),
      ...Array.from({ length: 5 }, () =>
        adminCall('POST', `/api/v1/admin/products/${id}/stock`, { delta: -1, reason: 'damaged' }),
      ),
    ]);
    expect([201, 409]).toContain(order?.status);
    const sold = order?.status === 201 ? 3 : 0;
    const removed = adjustments.filter((answer) => answer.status === 200).length;
    // 8 units asked for, 5 there: all 5 go whatever the order of arrival, and never more.
    expect(sold + removed).toBe(5);
    expect(await stockOf(id)).toBe(0);
    expect((await ledgerSince(since, id)).reduce((sum, delta) => sum + delta, 0)).toBe(-5);
  });
});
