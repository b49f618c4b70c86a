import { randomUUID } from 'node:crypto';
import { inArray, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from '../accounts/schema';
import { carts } from '../cart/schema';
import { products, productTranslations } from '../catalog/schema';
import type { Db } from '../db/client';
import { orderLines, orders } from '../orders/schema';
import { payments } from '../payments/schema';
import { openTestDatabase } from '../testing/database';
import { expectAppError } from '../testing/shop-fixtures';
import { type Analytics, analyticsPeriod, getAnalytics } from './analytics';

let db: Db;
// Only this file's rows lie in 2091, so figures for ranges there are exactly ours, also on the shared
// PostgreSQL database. Everything is removed at the end.
const domain = `analytics-${randomUUID().slice(0, 8)}.example.org`;
const created = { products: [] as string[], users: [] as string[], carts: [] as string[] };

beforeAll(async () => {
  db = (await openTestDatabase()).db;
});

// Top level, not inside beforeAll: vitest runs no hook registered from inside another hook.
afterAll(async () => {
  const ours = db
    .select({ id: orders.id })
    .from(orders)
    .where(like(orders.email, `%@${domain}`));
  // Payments restrict deleting their order; order lines go with it.
  await db.delete(payments).where(inArray(payments.orderId, ours));
  await db.delete(orders).where(like(orders.email, `%@${domain}`));
  await db.delete(carts).where(inArray(carts.id, created.carts));
  await db.delete(users).where(inArray(users.id, created.users));
  await db.delete(products).where(inArray(products.id, created.products));
});

const at = (iso: string) => new Date(iso);

async function newProduct(fi: string, en: string | null, values: Partial<typeof products.$inferInsert> = {}) {
  const suffix = randomUUID().slice(0, 8);
  const [product] = await db
    .insert(products)
    .values({ sku: `STATS-${suffix}`, priceCents: 1000, lowestPrice30dCents: 1000, stock: 100, ...values })
    .returning({ id: products.id });
  if (!product) throw new Error('no product');
  created.products.push(product.id);
  await db
    .insert(productTranslations)
    .values([
      { productId: product.id, locale: 'fi', name: fi, slug: `stats-fi-${suffix}` },
      ...(en ? [{ productId: product.id, locale: 'en', name: en, slug: `stats-en-${suffix}` }] : []),
    ]);
  return product.id;
}

interface LineSpec {
  /** Null for a product deleted since. */
  productId: string | null;
  name?: string;
  quantity: number;
  lineTotalCents: number;
  discountCents?: number;
  returnedQuantity?: number;
}

interface OrderSpec {
  status: (typeof orders.$inferInsert)['status'];
  createdAt: string;
  paidAt?: string;
  shippingCents?: number;
  vatCents: number;
  lines: LineSpec[];
  /** Refunds per payment row of the order. */
  refunds?: number[];
}

async function newOrder(spec: OrderSpec) {
  const subtotalCents = spec.lines.reduce((sum, line) => sum + line.lineTotalCents, 0);
  const discountCents = spec.lines.reduce((sum, line) => sum + (line.discountCents ?? 0), 0);
  const shippingCents = spec.shippingCents ?? 0;
  const totalCents = subtotalCents - discountCents + shippingCents;
  const [order] = await db
    .insert(orders)
    .values({
      orderNumber: `STATS-${randomUUID()}`,
      email: `buyer@${domain}`,
      locale: 'fi',
      status: spec.status,
      paymentStatus: spec.paidAt ? 'paid' : 'pending',
      paymentMethod: 'card',
      subtotalCents,
      discountCents,
      shippingCents,
      vatCents: spec.vatCents,
      totalCents,
      vatLines: [],
      vatCountry: 'FI',
      shippingAddress: {
        fullName: 'Testi Asiakas',
        line1: 'Testikatu 1',
        postalCode: '00100',
        city: 'Helsinki',
        country: 'FI',
      },
      shippingMethodName: 'Posti',
      termsAcceptedAt: at(spec.createdAt),
      createdAt: at(spec.createdAt),
      paidAt: spec.paidAt ? at(spec.paidAt) : null,
      cancelledAt: spec.status === 'cancelled' ? at(spec.createdAt) : null,
    })
    .returning({ id: orders.id });
  if (!order) throw new Error('no order');
  await db.insert(orderLines).values(
    spec.lines.map((line, position) => ({
      orderId: order.id,
      position,
      productId: line.productId,
      name: line.name ?? 'Rivi',
      sku: 'STATS',
      quantity: line.quantity,
      unitPriceCents: Math.round(line.lineTotalCents / line.quantity),
      lineTotalCents: line.lineTotalCents,
      discountCents: line.discountCents ?? 0,
      taxClass: 'standard' as const,
      vatRateBasisPoints: 2550,
      vatCents: 0,
      returnedQuantity: line.returnedQuantity ?? 0,
    })),
  );
  for (const refundedCents of spec.refunds ?? []) {
    await db.insert(payments).values({
      orderId: order.id,
      provider: 'test',
      status: refundedCents > 0 ? 'partially_refunded' : 'failed',
      amountCents: totalCents,
      refundedCents,
    });
  }
}

async function newUsers(role: 'customer' | 'admin', ...createdAt: string[]) {
  for (const moment of createdAt) {
    const [user] = await db
      .insert(users)
      .values({ email: `${role}-${randomUUID().slice(0, 8)}@${domain}`, role, createdAt: at(moment) })
      .returning({ id: users.id });
    if (user) created.users.push(user.id);
  }
}

async function newCarts(count: number, createdAt: string) {
  const rows = await db
    .insert(carts)
    .values(
      Array.from({ length: count }, () => ({
        tokenHash: randomUUID(),
        createdAt: at(createdAt),
        expiresAt: at('2092-01-01T00:00:00Z'),
      })),
    )
    .returning({ id: carts.id });
  created.carts.push(...rows.map((row) => row.id));
}

/** Days of a range with their figures; any day not listed must be zero. */
function days(from: string, count: number, figures: Record<string, [number, number]>) {
  return Array.from({ length: count }, (_, index) => {
    const date = new Date(Date.parse(`${from}T00:00:00Z`) + index * 86_400_000).toISOString().slice(0, 10);
    const [revenueCents, orderCount] = figures[date] ?? [0, 0];
    return { date, revenueCents, orders: orderCount };
  });
}

let p1: string;
let p2: string;
let p3: string;
let lowStock: string;
let result: Analytics;

/**
 * The period is 1-10 March 2091 (Helsinki is UTC+2 then), so the previous one is 19-28 February.
 * Orders at 22:30 UTC belong to the next Helsinki day.
 */
describe('getAnalytics on a known dataset', () => {
  beforeAll(async () => {
    p1 = await newProduct('Tuote yksi', 'Product one');
    p2 = await newProduct('Tuote kaksi', 'Product two');
    p3 = await newProduct('Tuote kolme', null);
    lowStock = await newProduct('Loppumassa', 'Running out', { stock: 0, lowStockThreshold: 1_000 });
    await newProduct('Piilotettu', null, { stock: 0, lowStockThreshold: 1_000, isVisible: false });

    // Delivered, one of two P1 units returned and 40.00 refunded: counts 110.00 − 40.00.
    await newOrder({
      status: 'delivered',
      createdAt: '2091-03-02T09:00:00Z',
      paidAt: '2091-03-02T10:00:00Z',
      shippingCents: 2_000,
      vatCents: 2_000,
      lines: [
        { productId: p1, quantity: 2, lineTotalCents: 8_000, returnedQuantity: 1 },
        { productId: p3, quantity: 5, lineTotalCents: 1_000 },
      ],
      refunds: [4_000],
    });
    // Paid 00:30 on 5 March in Helsinki; a failed first payment and a refunded one: counts 45.00 − 15.00.
    await newOrder({
      status: 'paid',
      createdAt: '2091-03-04T22:00:00Z',
      paidAt: '2091-03-04T22:30:00Z',
      vatCents: 900,
      lines: [{ productId: p2, quantity: 1, lineTotalCents: 5_000, discountCents: 500 }],
      refunds: [0, 1_500],
    });
    // Cancelled and returned orders count as placed, not as revenue.
    await newOrder({
      status: 'cancelled',
      createdAt: '2091-03-05T07:00:00Z',
      paidAt: '2091-03-05T08:00:00Z',
      vatCents: 1_400,
      lines: [{ productId: p1, quantity: 1, lineTotalCents: 7_000 }],
    });
    await newOrder({
      status: 'returned',
      createdAt: '2091-03-03T10:00:00Z',
      paidAt: '2091-03-03T10:30:00Z',
      vatCents: 400,
      lines: [{ productId: p3, quantity: 2, lineTotalCents: 2_000, returnedQuantity: 2 }],
    });
    // Placed and paid just after midnight on 1 March, Helsinki time; one line's product is gone since.
    await newOrder({
      status: 'shipped',
      createdAt: '2091-02-28T22:00:00Z',
      paidAt: '2091-02-28T22:30:00Z',
      vatCents: 700,
      lines: [
        { productId: p1, quantity: 1, lineTotalCents: 3_000 },
        { productId: null, name: 'Poistunut tuote', quantity: 1, lineTotalCents: 500 },
      ],
    });
    // Placed, never paid.
    await newOrder({
      status: 'pending_payment',
      createdAt: '2091-03-06T10:00:00Z',
      vatCents: 200,
      lines: [{ productId: p2, quantity: 1, lineTotalCents: 1_000 }],
    });
    // The previous period.
    await newOrder({
      status: 'delivered',
      createdAt: '2091-02-20T11:00:00Z',
      paidAt: '2091-02-20T12:00:00Z',
      vatCents: 1_200,
      lines: [{ productId: p2, quantity: 3, lineTotalCents: 6_000 }],
    });
    // 23:59 on 18 February in Helsinki: before both periods.
    await newOrder({
      status: 'delivered',
      createdAt: '2091-02-18T21:50:00Z',
      paidAt: '2091-02-18T21:59:00Z',
      vatCents: 2_000,
      lines: [{ productId: p1, quantity: 1, lineTotalCents: 10_000 }],
    });

    await newUsers('customer', '2091-03-01T08:00:00Z', '2091-03-10T21:00:00Z', '2091-02-25T08:00:00Z');
    // Administrators are not customers; 22:00 UTC on 10 March is already 11 March in Helsinki.
    await newUsers('admin', '2091-03-02T08:00:00Z');
    await newUsers('customer', '2091-03-10T22:00:00Z');
    await newCarts(12, '2091-03-03T12:00:00Z');
    await newCarts(4, '2091-02-22T12:00:00Z');
    await newCarts(3, '2091-03-11T12:00:00Z');

    result = await getAnalytics(db, { from: '2091-03-01', to: '2091-03-10', locale: 'en' });
  });

  it('names both periods', () => {
    expect(result).toMatchObject({
      timeZone: 'Europe/Helsinki',
      period: { from: '2091-03-01', to: '2091-03-10', days: 10 },
      previousPeriod: { from: '2091-02-19', to: '2091-02-28' },
    });
  });

  it('counts revenue net of refunds with VAT apart, orders, new customers and conversion', () => {
    // 70.00 + 30.00 + 35.00; VAT 2,000 × 7,000 / 11,000 = 1,272.7 → 1,273, 900 × 3,000 / 4,500 = 600, and 700.
    expect(result.kpis).toEqual({
      revenueCents: 13_500,
      vatCents: 2_573,
      netCents: 10_927,
      orders: 3,
      averageOrderCents: 4_500,
      customers: 2,
      ordersPlaced: 6,
      carts: 12,
      conversionRate: 0.5,
    });
    expect(result.previousKpis).toEqual({
      revenueCents: 6_000,
      vatCents: 1_200,
      netCents: 4_800,
      orders: 1,
      averageOrderCents: 6_000,
      customers: 1,
      ordersPlaced: 1,
      carts: 4,
      conversionRate: 0.25,
    });
  });

  it('lists every day of both periods, days without sales as zeros', () => {
    expect(result.revenueByDay).toEqual(
      days('2091-03-01', 10, {
        '2091-03-01': [3_500, 1],
        '2091-03-02': [7_000, 1],
        '2091-03-05': [3_000, 1],
      }),
    );
    expect(result.previousRevenueByDay).toEqual(days('2091-02-19', 10, { '2091-02-20': [6_000, 1] }));
  });

  it('ranks products by revenue and by units, less returned units, with names in the locale', () => {
    expect(result.topProducts).toEqual([
      { productId: p1, name: 'Product one', revenueCents: 7_000, units: 2 },
      { productId: p2, name: 'Product two', revenueCents: 4_500, units: 1 },
      // No English name: the store default's.
      { productId: p3, name: 'Tuote kolme', revenueCents: 1_000, units: 5 },
      // Deleted since: the name on the order line.
      { productId: null, name: 'Poistunut tuote', revenueCents: 500, units: 1 },
    ]);
    expect(result.topProductsByUnits.map((product) => [product.productId, product.units])).toEqual([
      [p3, 5],
      [p1, 2],
      // Equal units: the higher revenue first.
      [p2, 1],
      [null, 1],
    ]);
  });

  it('counts the orders placed in the period by their status now', () => {
    expect(result.ordersByStatus).toEqual([
      { status: 'pending_payment', count: 1 },
      { status: 'paid', count: 1 },
      { status: 'processing', count: 0 },
      { status: 'shipped', count: 1 },
      { status: 'delivered', count: 1 },
      { status: 'cancelled', count: 1 },
      { status: 'returned', count: 1 },
    ]);
  });

  it('lists visible products at or below their low-stock threshold, emptiest first', () => {
    expect(result.lowStock[0]).toEqual({
      productId: lowStock,
      sku: expect.stringMatching(/^STATS-/),
      name: 'Running out',
      stock: 0,
      lowStockThreshold: 1_000,
    });
    expect(result.lowStock.map((product) => product.name)).not.toContain('Piilotettu');
    expect(result.lowStock.every((product) => product.stock <= product.lowStockThreshold)).toBe(true);
  });

  it('answers zeros for a range with no activity, and no conversion without carts', async () => {
    const empty = await getAnalytics(db, { from: '2091-06-01', to: '2091-06-03' });
    expect(empty.kpis).toEqual({
      revenueCents: 0,
      vatCents: 0,
      netCents: 0,
      orders: 0,
      averageOrderCents: 0,
      customers: 0,
      ordersPlaced: 0,
      carts: 0,
      conversionRate: null,
    });
    expect(empty.revenueByDay).toEqual(days('2091-06-01', 3, {}));
    expect(empty.topProducts).toEqual([]);
    expect(empty.ordersByStatus.every((row) => row.count === 0)).toBe(true);
  });
});

describe('analyticsPeriod', () => {
  it('defaults to the 30 days up to today in Helsinki', () => {
    // 21:30 UTC on 15 June is already 16 June in Helsinki (UTC+3 in summer).
    expect(analyticsPeriod({ now: at('2091-06-15T21:30:00Z') })).toEqual({
      from: '2091-05-18',
      to: '2091-06-16',
      days: 30,
    });
    expect(analyticsPeriod({ to: '2091-01-10' })).toEqual({ from: '2090-12-12', to: '2091-01-10', days: 30 });
    expect(analyticsPeriod({ from: '2091-02-27', to: '2091-03-01' }).days).toBe(3);
  });

  it('refuses a range that ends before it starts or spans more than three years', async () => {
    await expectAppError(
      getAnalytics(db, { from: '2091-03-02', to: '2091-03-01' }),
      'VALIDATION_FAILED',
      400,
    );
    await expectAppError(
      getAnalytics(db, { from: '2088-01-01', to: '2091-03-01' }),
      'VALIDATION_FAILED',
      400,
    );
    expect(analyticsPeriod({ from: '2088-03-04', to: '2091-03-04' }).days).toBe(1_096);
  });
});
