/**
 * Inventory use cases on a real database. On PostgreSQL (`npm run test:pg`) the database is shared with
 * the other test files and the parallel cases run as concurrent transactions; on PGlite they take turns.
 * So this file creates no products: it borrows demo products, moves their stock only through the ledger
 * (so the ledger keeps adding up to the stock on hand) and puts the stock back afterwards.
 */
import { randomUUID } from 'node:crypto';
import { type SQL, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCartItem } from '../cart/index';
import { placeOrder } from '../checkout/index';
import type { Db } from '../db/client';
import { queryRows } from '../db/rows';
import { AppError, type ErrorCode } from '../lib/app-error';
import { openTestDatabase } from '../testing/database';
import {
  adjustStock,
  bulkAdjustStock,
  type InventoryRow,
  listInventory,
  listStockMovements,
  type StockActor,
  type TInventoryQuery,
  ZInventoryQuery,
} from './index';

let db: Db;
let admin: StockActor;
const run = randomUUID().slice(0, 8);

/** Demo products borrowed by SKU: simple ones, and one sold in sizes. */
const skus = {
  simple: 'SONY-A7IV-001',
  race: 'PS5-001',
  order: 'CHAIR-ERG-001',
  hidden: 'DESK-STD-001',
  variants: 'MENS-SW-001',
  otherVariants: 'MENS-CH-001',
} as const;
type Borrowed = keyof typeof skus;

interface DemoProduct {
  id: string;
  stock: number;
  variants: { id: string; sku: string; stock: number }[];
}
const demo = {} as Record<Borrowed, DemoProduct>;

async function rows<T>(query: SQL): Promise<T[]> {
  return queryRows<T>(db, query);
}

async function stockOf(productId: string): Promise<number> {
  const [row] = await rows<{ stock: number }>(sql`select stock from products where id = ${productId}`);
  return row?.stock ?? -1;
}

async function variantStockOf(variantId: string): Promise<number> {
  const [row] = await rows<{ stock: number }>(
    sql`select stock from product_variants where id = ${variantId}`,
  );
  return row?.stock ?? -1;
}

async function lastMovementId(): Promise<number> {
  const [row] = await rows<{ id: number }>(sql`select coalesce(max(id), 0)::int as id from stock_movements`);
  return row?.id ?? 0;
}

async function movementsSince(id: number, productId: string) {
  return rows<{ delta: number; stock_after: number; variant_id: string | null; actor_id: string | null }>(
    sql`select delta, stock_after, variant_id, actor_id from stock_movements
        where id > ${id} and product_id = ${productId} order by id`,
  );
}

async function auditSince(startedAt: Date, productId: string) {
  return rows<{ action: string; actor_email: string; before: unknown; after: unknown }>(
    sql`select action, actor_email, before, after from audit_log
        where entity_type = 'product' and entity_id = ${productId} and created_at >= ${startedAt}
        order by id`,
  );
}

/** Sets a simple product's stock through the ledger, so the ledger keeps adding up. */
async function setStock(productId: string, stock: number): Promise<void> {
  const delta = stock - (await stockOf(productId));
  if (delta !== 0)
    await adjustStock(db, admin, productId, { delta, reason: 'correction', note: `test ${run}` });
}

async function expectAppError(action: Promise<unknown>, code: ErrorCode, status: number): Promise<AppError> {
  const error = await action.then(
    () => new Error('expected an AppError, but the call succeeded'),
    (caught: unknown) => caught,
  );
  if (!(error instanceof AppError)) throw error;
  expect([error.code, error.status]).toEqual([code, status]);
  return error;
}

const query = (input: Partial<Record<keyof TInventoryQuery, string | number>> = {}) =>
  ZInventoryQuery.parse(input);

async function everyRow(input: Partial<Record<keyof TInventoryQuery, string | number>> = {}) {
  const items: InventoryRow[] = [];
  for (let page = 1; ; page += 1) {
    const result = await listInventory(db, query({ pageSize: 100, ...input, page }));
    items.push(...result.items);
    if (items.length >= result.total || result.items.length === 0) return { items, total: result.total };
  }
}

beforeAll(async () => {
  db = (await openTestDatabase()).db;
  const [user] = await rows<StockActor>(sql`select id, email from users where email = 'admin@example.com'`);
  if (!user) throw new Error('The demo admin is missing.');
  admin = user;
  for (const [key, sku] of Object.entries(skus) as [Borrowed, string][]) {
    const [product] = await rows<{ id: string; stock: number }>(
      sql`select id, stock from products where sku = ${sku}`,
    );
    if (!product) throw new Error(`No demo product ${sku}.`);
    const variants = await rows<{ id: string; sku: string; stock: number }>(
      sql`select id, sku, stock from product_variants where product_id = ${product.id} order by position`,
    );
    demo[key] = { ...product, variants };
  }
});

afterAll(async () => {
  // Back to the demo's stock, through the ledger (one all-or-nothing correction).
  const lines = [];
  for (const product of Object.values(demo)) {
    if (product.variants.length === 0) {
      const delta = product.stock - (await stockOf(product.id));
      if (delta !== 0) lines.push({ productId: product.id, delta, reason: 'correction' as const });
    }
    for (const variant of product.variants) {
      const delta = variant.stock - (await variantStockOf(variant.id));
      if (delta !== 0)
        lines.push({ productId: product.id, variantId: variant.id, delta, reason: 'correction' as const });
    }
  }
  if (lines.length > 0) await bulkAdjustStock(db, admin, lines);
  await db.execute(sql`update products set is_visible = true where id = ${demo.hidden.id}`);
});

describe('listInventory', () => {
  it('lists every product with its stock, state and variants, by name in the requested locale', async () => {
    const [counted] = await rows<{ n: number }>(sql`select count(*)::int as n from products`);
    const { items, total } = await everyRow({ locale: 'en' });
    expect(total).toBe(counted?.n);
    expect(items).toHaveLength(total);
    const names = items.map((item) => item.name.toLowerCase());
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));

    const sweater = items.find((item) => item.id === demo.variants.id);
    const variantStock = await rows<{ n: number }>(
      sql`select sum(stock)::int as n from product_variants where product_id = ${demo.variants.id} and is_active`,
    );
    expect(sweater).toMatchObject({
      sku: skus.variants,
      name: 'Men’s Merino Wool Sweater',
      stock: variantStock[0]?.n,
      isVisible: true,
      archived: false,
      priceCents: 8900,
    });
    expect(sweater?.variants.map((variant) => variant.sku)).toEqual(demo.variants.variants.map((v) => v.sku));
    expect(sweater?.variants[0]).toMatchObject({ options: { size: 'S' }, isActive: true, priceCents: 8900 });

    const camera = items.find((item) => item.id === demo.simple.id);
    expect(camera).toMatchObject({ sku: skus.simple, stock: await stockOf(demo.simple.id), variants: [] });
    const finnish = await listInventory(db, query({ q: skus.variants, locale: 'fi' }));
    expect(finnish.items.map((item) => item.name)).toEqual(['Miesten merinovillaneule']);
  });

  it('finds products by SKU of the product or a variant and by name in any locale', async () => {
    const bySku = await listInventory(db, query({ q: 'sony-a7iv' }));
    expect(bySku.items.map((item) => item.sku)).toEqual([skus.simple]);
    const byVariantSku = await listInventory(db, query({ q: 'MENS-SW-XL' }));
    expect(byVariantSku.items.map((item) => item.sku)).toEqual([skus.variants]);
    // An English name found while listing in Finnish; accents and case do not matter.
    const byOtherLocale = await listInventory(db, query({ q: 'MERINO WOOL', locale: 'fi' }));
    expect(byOtherLocale.items.map((item) => item.name)).toEqual(['Miesten merinovillaneule']);
    const byChinese = await listInventory(db, query({ q: '美利奴' }));
    expect(byChinese.items.map((item) => item.sku)).toEqual([skus.variants]);
    // Wildcards are characters to find, not patterns.
    const wildcard = await listInventory(db, query({ q: '_%' }));
    expect(wildcard.total).toBe(0);
    const nothing = await listInventory(db, query({ q: `no-such-product-${run}` }));
    expect(nothing).toEqual({ items: [], total: 0, page: 1, pageSize: 20 });
  });

  it('filters by stock state against each product’s threshold', async () => {
    await setStock(demo.simple.id, 0);
    await setStock(demo.race.id, 2);
    const threshold = await rows<{ low_stock_threshold: number }>(
      sql`select low_stock_threshold from products where id = ${demo.race.id}`,
    );
    expect(threshold[0]?.low_stock_threshold).toBeGreaterThanOrEqual(2);

    const all = await everyRow();
    const out = await everyRow({ stock: 'out' });
    const low = await everyRow({ stock: 'low' });
    const healthy = await everyRow({ stock: 'in' });
    expect(out.total + low.total + healthy.total).toBe(all.total);
    expect(out.items.every((item) => item.stock === 0 && item.stockState === 'out')).toBe(true);
    expect(
      low.items.every(
        (item) => item.stock > 0 && item.stock <= item.lowStockThreshold && item.stockState === 'low',
      ),
    ).toBe(true);
    expect(
      healthy.items.every((item) => item.stock > item.lowStockThreshold && item.stockState === 'in'),
    ).toBe(true);
    expect(out.items.map((item) => item.id)).toContain(demo.simple.id);
    expect(low.items.map((item) => item.id)).toContain(demo.race.id);
    expect(healthy.items.map((item) => item.id)).toContain(demo.order.id);
  });

  it('filters by visibility: active means visible and not archived', async () => {
    await db.execute(sql`update products set is_visible = false where id = ${demo.hidden.id}`);
    try {
      const all = await everyRow();
      const active = await everyRow({ active: 'true' });
      const inactive = await everyRow({ active: 'false' });
      expect(active.total + inactive.total).toBe(all.total);
      expect(inactive.items.map((item) => item.id)).toContain(demo.hidden.id);
      expect(active.items.map((item) => item.id)).not.toContain(demo.hidden.id);
      expect(inactive.items.every((item) => !item.isVisible || item.archived)).toBe(true);
      expect(active.items.every((item) => item.isVisible && !item.archived)).toBe(true);
    } finally {
      await db.execute(sql`update products set is_visible = true where id = ${demo.hidden.id}`);
    }
  });

  it('sorts by SKU, stock and last update, and pages', async () => {
    const bySku = (await everyRow({ sort: 'sku' })).items.map((item) => item.sku);
    expect(bySku).toEqual([...bySku].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    const ascending = (await everyRow({ sort: 'stock_asc' })).items.map((item) => item.stock);
    expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
    const descending = (await everyRow({ sort: 'stock_desc' })).items.map((item) => item.stock);
    expect(descending).toEqual([...descending].sort((a, b) => b - a));

    await adjustStock(db, admin, demo.order.id, { delta: 1, reason: 'restock' });
    const updated = await listInventory(db, query({ sort: 'updated', pageSize: 1 }));
    expect(updated.items[0]?.id).toBe(demo.order.id);

    const second = await listInventory(db, query({ sort: 'sku', page: 2, pageSize: 5 }));
    expect(second.items.map((item) => item.sku)).toEqual(bySku.slice(5, 10));
    expect(second).toMatchObject({ page: 2, pageSize: 5, total: bySku.length });
  });

  it('reads a page in three queries, whatever its size', async () => {
    let statements = 0;
    const counting = new Proxy(db, {
      get(target, key, receiver) {
        if (key === 'execute') {
          return (query: SQL) => {
            statements += 1;
            return target.execute(query);
          };
        }
        return Reflect.get(target, key, receiver);
      },
    });
    const page = await listInventory(counting, query({ pageSize: 100 }));
    expect(page.items.some((item) => item.variants.length > 0)).toBe(true);
    expect(statements).toBe(3);
  });
});

describe('adjustStock', () => {
  it('adds and removes stock with a ledger row and an audit entry naming the admin', async () => {
    const { id } = demo.simple;
    await setStock(id, 10);
    const startedAt = new Date(Date.now() - 1000);
    const since = await lastMovementId();

    const up = await adjustStock(db, admin, id, { delta: 5, reason: 'restock', note: 'Delivery 42' });
    expect(up.stock).toBe(15);
    expect(up.movement).toMatchObject({
      productId: id,
      variantId: null,
      delta: 5,
      stockAfter: 15,
      reason: 'restock',
      note: 'Delivery 42',
      actorId: admin.id,
      actorEmail: admin.email,
      orderNumber: null,
    });
    const down = await adjustStock(
      db,
      admin,
      id,
      { delta: -3, reason: 'damaged' },
      { requestId: `req-${run}` },
    );
    expect(down.stock).toBe(12);
    expect(down.movement.note).toBeNull();
    expect(await stockOf(id)).toBe(12);

    expect(await movementsSince(since, id)).toEqual([
      { delta: 5, stock_after: 15, variant_id: null, actor_id: admin.id },
      { delta: -3, stock_after: 12, variant_id: null, actor_id: admin.id },
    ]);
    const audit = await auditSince(startedAt, id);
    expect(audit.slice(-2)).toEqual([
      {
        action: 'product.stock_adjust',
        actor_email: admin.email,
        before: { variantId: null, stock: 10 },
        after: { variantId: null, stock: 15, delta: 5, reason: 'restock', note: 'Delivery 42' },
      },
      {
        action: 'product.stock_adjust',
        actor_email: admin.email,
        before: { variantId: null, stock: 15 },
        after: { variantId: null, stock: 12, delta: -3, reason: 'damaged', note: null },
      },
    ]);
  });

  it('refuses to go below zero with 409 and writes nothing', async () => {
    const { id } = demo.simple;
    await setStock(id, 3);
    const startedAt = new Date();
    const since = await lastMovementId();
    const error = await expectAppError(
      adjustStock(db, admin, id, { delta: -4, reason: 'damaged' }),
      'CONFLICT',
      409,
    );
    expect(error.details).toEqual({ stock: 3, delta: -4 });
    expect(await stockOf(id)).toBe(3);
    expect(await movementsSince(since, id)).toEqual([]);
    expect(await auditSince(startedAt, id)).toEqual([]);
    // Exactly to zero is allowed.
    expect((await adjustStock(db, admin, id, { delta: -3, reason: 'correction' })).stock).toBe(0);
  });

  it('adjusts a variant, which moves the product’s total; a product with variants needs one', async () => {
    const product = demo.variants;
    const [small, medium] = product.variants;
    if (!small || !medium) throw new Error('The sweater has no sizes.');
    const before = await variantStockOf(small.id);
    const since = await lastMovementId();
    const result = await adjustStock(db, admin, product.id, {
      variantId: small.id,
      delta: 4,
      reason: 'return',
    });
    expect(result.stock).toBe(before + 4);
    expect(result.movement).toMatchObject({
      variantId: small.id,
      variantSku: small.sku,
      stockAfter: before + 4,
    });
    expect(await variantStockOf(small.id)).toBe(before + 4);
    expect(await movementsSince(since, product.id)).toEqual([
      { delta: 4, stock_after: before + 4, variant_id: small.id, actor_id: admin.id },
    ]);
    const [row] = (await listInventory(db, query({ q: skus.variants }))).items;
    const [total] = await rows<{ n: number }>(
      sql`select sum(stock)::int as n from product_variants where product_id = ${product.id} and is_active`,
    );
    expect(row?.stock).toBe(total?.n);

    const required = await expectAppError(
      adjustStock(db, admin, product.id, { delta: 1, reason: 'restock' }),
      'VALIDATION_FAILED',
      400,
    );
    expect(required.details).toEqual([{ field: 'variantId', message: expect.any(String) }]);
    const otherVariant = demo.otherVariants.variants[0]?.id;
    await expectAppError(
      adjustStock(db, admin, product.id, { variantId: otherVariant, delta: 1, reason: 'restock' }),
      'NOT_FOUND',
      404,
    );
    await expectAppError(
      adjustStock(db, admin, product.id, { variantId: randomUUID(), delta: 1, reason: 'restock' }),
      'NOT_FOUND',
      404,
    );
    await expectAppError(
      adjustStock(db, admin, randomUUID(), { delta: 1, reason: 'restock' }),
      'NOT_FOUND',
      404,
    );
    await expectAppError(
      adjustStock(db, admin, 'not-a-uuid', { delta: 1, reason: 'restock' }),
      'NOT_FOUND',
      404,
    );
    expect(await movementsSince(since, product.id)).toHaveLength(1);
  });
});

describe('bulkAdjustStock', () => {
  it('applies every line, in one transaction, answering in the order given', async () => {
    const [small, medium] = demo.variants.variants;
    if (!small || !medium) throw new Error('The sweater has no sizes.');
    await setStock(demo.simple.id, 5);
    const smallBefore = await variantStockOf(small.id);
    const mediumBefore = await variantStockOf(medium.id);
    const since = await lastMovementId();
    const results = await bulkAdjustStock(db, admin, [
      { productId: demo.variants.id, variantId: medium.id, delta: 2, reason: 'restock' },
      { productId: demo.simple.id, delta: -5, reason: 'damaged', note: 'Water damage' },
      { productId: demo.variants.id, variantId: small.id, delta: 1, reason: 'restock' },
    ]);
    expect(results.map((line) => [line.variantId, line.stock])).toEqual([
      [medium.id, mediumBefore + 2],
      [null, 0],
      [small.id, smallBefore + 1],
    ]);
    expect(results[1]?.movement).toMatchObject({
      reason: 'damaged',
      note: 'Water damage',
      actorEmail: admin.email,
    });
    expect(await stockOf(demo.simple.id)).toBe(0);
    expect(await movementsSince(since, demo.variants.id)).toHaveLength(2);
  });

  it('changes nothing when a line would go below zero, and names every such line', async () => {
    await setStock(demo.simple.id, 2);
    await setStock(demo.race.id, 1);
    const [small] = demo.variants.variants;
    if (!small) throw new Error('The sweater has no sizes.');
    const smallBefore = await variantStockOf(small.id);
    const since = await lastMovementId();
    const startedAt = new Date();
    const error = await expectAppError(
      bulkAdjustStock(db, admin, [
        { productId: demo.variants.id, variantId: small.id, delta: 3, reason: 'restock' },
        { productId: demo.race.id, delta: -2, reason: 'damaged' },
        { productId: demo.simple.id, delta: -1, reason: 'damaged' },
        { productId: demo.simple.id, delta: -2, reason: 'damaged' },
      ]),
      'CONFLICT',
      409,
    );
    // The third line fits; the fourth would take the rest below zero.
    expect(error.details).toEqual({
      lines: [
        { index: 1, productId: demo.race.id, variantId: null, stock: 1, delta: -2 },
        { index: 3, productId: demo.simple.id, variantId: null, stock: 1, delta: -2 },
      ],
    });
    expect(await variantStockOf(small.id)).toBe(smallBefore);
    expect(await stockOf(demo.simple.id)).toBe(2);
    expect(await stockOf(demo.race.id)).toBe(1);
    for (const product of [demo.variants, demo.race, demo.simple]) {
      expect(await movementsSince(since, product.id)).toEqual([]);
      expect(await auditSince(startedAt, product.id)).toEqual([]);
    }
  });

  it('refuses lines naming no product or variant, listing each as a field', async () => {
    const error = await expectAppError(
      bulkAdjustStock(db, admin, [
        { productId: demo.simple.id, delta: 1, reason: 'restock' },
        { productId: demo.variants.id, delta: 1, reason: 'restock' },
        { productId: randomUUID(), delta: 1, reason: 'restock' },
        { productId: demo.simple.id, variantId: demo.variants.variants[0]?.id, delta: 1, reason: 'restock' },
      ]),
      'VALIDATION_FAILED',
      400,
    );
    expect((error.details as { field: string }[]).map((detail) => detail.field)).toEqual([
      'lines.1.variantId',
      'lines.2.productId',
      'lines.3.variantId',
    ]);
    await expectAppError(bulkAdjustStock(db, admin, []), 'VALIDATION_FAILED', 400);
  });
});

describe('listStockMovements', () => {
  it('lists a product’s ledger newest first with who made each change and the order behind it', async () => {
    await adjustStock(db, admin, demo.order.id, { delta: 2, reason: 'restock', note: `ledger ${run}` });
    const page = await listStockMovements(db, demo.order.id, { page: 1, pageSize: 100 });
    const [counted] = await rows<{ n: number }>(
      sql`select count(*)::int as n from stock_movements where product_id = ${demo.order.id}`,
    );
    expect(page.total).toBe(counted?.n);
    expect(page.items[0]).toMatchObject({ delta: 2, note: `ledger ${run}`, actorEmail: admin.email });
    const ids = page.items.map((item) => item.id);
    expect(ids).toEqual([...ids].sort((a, b) => b - a));

    const [sold] = await rows<{ product_id: string; order_number: string }>(
      sql`select m.product_id, o.order_number from stock_movements m join orders o on o.id = m.order_id limit 1`,
    );
    if (!sold) throw new Error('The demo store has no orders with stock movements.');
    const ledger = await listStockMovements(db, sold.product_id, { page: 1, pageSize: 100 });
    expect(ledger.items.map((item) => item.orderNumber)).toContain(sold.order_number);
    expect(ledger.items.find((item) => item.orderNumber === sold.order_number)?.reason).toBe('order');

    await expectAppError(listStockMovements(db, randomUUID(), { page: 1, pageSize: 20 }), 'NOT_FOUND', 404);
    await expectAppError(listStockMovements(db, 'nope', { page: 1, pageSize: 20 }), 'NOT_FOUND', 404);
  });
});

describe('concurrent adjustments', () => {
  it('lets exactly 10 of 20 parallel removals of one unit through when 10 are in stock', async () => {
    const { id } = demo.race;
    await setStock(id, 10);
    const since = await lastMovementId();
    const outcomes = await Promise.allSettled(
      Array.from({ length: 20 }, () => adjustStock(db, admin, id, { delta: -1, reason: 'adjustment' })),
    );
    const refused = outcomes.filter((outcome) => outcome.status === 'rejected');
    expect(outcomes.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(10);
    expect(refused).toHaveLength(10);
    for (const outcome of refused) {
      expect(outcome.reason).toBeInstanceOf(AppError);
      expect((outcome.reason as AppError).code).toBe('CONFLICT');
    }
    expect(await stockOf(id)).toBe(0);
    const ledger = await movementsSince(since, id);
    expect(ledger).toHaveLength(10);
    expect(ledger.reduce((sum, row) => sum + row.delta, 0)).toBe(-10);
    expect(ledger.map((row) => row.stock_after).sort((a, b) => a - b)).toEqual([
      0, 1, 2, 3, 4, 5, 6, 7, 8, 9,
    ]);
  });

  it('keeps the books straight when adjustments and an order take the same stock', async () => {
    const { id } = demo.order;
    await setStock(id, 5);
    const [method] = await rows<{ id: string }>(sql`select id from shipping_methods where code = 'fi-home'`);
    if (!method) throw new Error('No fi-home shipping method.');
    const { newToken } = await addCartItem(db, { userId: null, token: null }, { productId: id, quantity: 3 });
    const since = await lastMovementId();

    const [order, ...adjustments] = await Promise.allSettled([
      placeOrder(
        db,
        { stripe: null, publicUrl: 'https://shop.example.org', paymentMethods: ['bank_transfer'] },
        {
          owner: { userId: null, token: newToken ?? null },
          user: null,
          locale: 'fi',
          idempotencyKey: `inventory-${run}`,
          input: {
            email: `inventory-${run}@example.org`,
            shippingAddress: {
              fullName: 'Aino Virtanen',
              line1: 'Mannerheimintie 1',
              postalCode: '00100',
              city: 'Helsinki',
              country: 'FI',
            },
            shippingMethodId: method.id,
            paymentMethod: 'bank_transfer',
            acceptTerms: true,
          },
        },
      ),
      ...Array.from({ length: 5 }, () => adjustStock(db, admin, id, { delta: -1, reason: 'damaged' })),
    ]);
    const sold = order?.status === 'fulfilled' ? 3 : 0;
    if (order?.status === 'rejected') expect((order.reason as AppError).code).toBe('OUT_OF_STOCK');
    const removed = adjustments.filter((outcome) => outcome.status === 'fulfilled').length;
    // 8 units were asked for and 5 were there. Whatever the order of arrival, all 5 go and no more: the
    // order gets 3 if at most 2 removals came first, and otherwise every removal goes through.
    expect(sold + removed).toBe(5);
    expect(await stockOf(id)).toBe(0);
    const ledger = await movementsSince(since, id);
    expect(ledger.reduce((sum, row) => sum + row.delta, 0)).toBe(-5);
    expect(ledger.every((row) => row.stock_after >= 0)).toBe(true);
  });

  it('does not deadlock when bulk adjustments name the same rows in opposite orders', async () => {
    const [small, medium] = demo.variants.variants;
    if (!small || !medium) throw new Error('The sweater has no sizes.');
    const before = [
      await stockOf(demo.race.id),
      await variantStockOf(small.id),
      await variantStockOf(medium.id),
    ];
    const lines = [
      { productId: demo.race.id, delta: 1, reason: 'restock' as const },
      { productId: demo.variants.id, variantId: small.id, delta: 1, reason: 'restock' as const },
      { productId: demo.variants.id, variantId: medium.id, delta: 1, reason: 'restock' as const },
    ];
    const outcomes = await Promise.allSettled(
      Array.from({ length: 10 }, (_, index) =>
        bulkAdjustStock(db, admin, index % 2 === 0 ? lines : [...lines].reverse()),
      ),
    );
    expect(outcomes.map((outcome) => outcome.status)).toEqual(outcomes.map(() => 'fulfilled'));
    expect([
      await stockOf(demo.race.id),
      await variantStockOf(small.id),
      await variantStockOf(medium.id),
    ]).toEqual(before.map((stock) => stock + 10));
  });
});
