import { randomUUID } from 'node:crypto';
import { tables } from '@puoti/core/db';
import { inArray, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from './testing';

let ctx: Awaited<ReturnType<typeof createTestApp>>;
let adminToken: string;
let adminId: string;
// Only this file's rows lie in January 2093, so figures there are exactly ours, also on the shared
// PostgreSQL database; its requests carry ids with this prefix, so their audit rows can be removed.
const requestPrefix = `insights-test-${randomUUID().slice(0, 8)}`;
const domain = `${requestPrefix}.example.org`;
const created = {
  coupons: [] as string[],
  products: [] as string[],
  users: [] as string[],
  carts: [] as string[],
};
let requestCount = 0;

interface Answer {
  status: number;
  // biome-ignore lint/suspicious/noExplicitAny: tests read JSON answers field by field
  body: any;
}

async function request(method: string, url: string, body?: unknown, token = adminToken): Promise<Answer> {
  requestCount += 1;
  const response = await ctx.app.request(url, {
    method,
    headers: {
      'content-type': 'application/json',
      'x-forwarded-for': `10.9.0.${requestCount % 250}`,
      'x-request-id': `${requestPrefix}-${requestCount}`,
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null };
}

beforeAll(async () => {
  ctx = await createTestApp();
  const login = await request('POST', '/api/v1/auth/login', {
    email: 'admin@example.com',
    password: 'puoti-admin-demo',
  });
  expect(login.status).toBe(200);
  adminToken = login.body.token;
  adminId = login.body.user.id;
});

// Top level, not inside beforeAll: vitest runs no hook registered from inside another hook.
afterAll(async () => {
  const { db } = ctx;
  await db.delete(tables.orders).where(like(tables.orders.email, `%@${domain}`));
  await db.delete(tables.carts).where(inArray(tables.carts.id, created.carts));
  await db.delete(tables.users).where(inArray(tables.users.id, created.users));
  await db.delete(tables.products).where(inArray(tables.products.id, created.products));
  await db.delete(tables.coupons).where(inArray(tables.coupons.id, created.coupons));
  await db.delete(tables.auditLog).where(like(tables.auditLog.requestId, `${requestPrefix}-%`));
});

async function order(
  productId: string,
  status: 'paid' | 'delivered',
  paidAt: string,
  quantity: number,
  vatCents: number,
) {
  const totalCents = quantity * 2_500;
  const [row] = await ctx.db
    .insert(tables.orders)
    .values({
      orderNumber: `INSIGHTS-${randomUUID()}`,
      email: `buyer@${domain}`,
      locale: 'fi',
      status,
      paymentStatus: 'paid',
      paymentMethod: 'bank_transfer',
      subtotalCents: totalCents,
      vatCents,
      totalCents,
      vatLines: [],
      vatCountry: 'FI',
      shippingAddress: {
        fullName: 'Testi',
        line1: 'Testikatu 1',
        postalCode: '00100',
        city: 'Helsinki',
        country: 'FI',
      },
      shippingMethodName: 'Nouto',
      termsAcceptedAt: new Date(paidAt),
      createdAt: new Date(paidAt),
      paidAt: new Date(paidAt),
    })
    .returning({ id: tables.orders.id });
  if (!row) throw new Error('no order');
  await ctx.db.insert(tables.orderLines).values({
    orderId: row.id,
    productId,
    name: 'Rivi',
    sku: 'INSIGHTS',
    quantity,
    unitPriceCents: 2_500,
    lineTotalCents: totalCents,
    taxClass: 'standard',
    vatRateBasisPoints: 2550,
    vatCents,
  });
}

async function carts(count: number, createdAt: string) {
  const rows = await ctx.db
    .insert(tables.carts)
    .values(
      Array.from({ length: count }, () => ({
        tokenHash: randomUUID(),
        createdAt: new Date(createdAt),
        expiresAt: new Date('2094-01-01T00:00:00Z'),
      })),
    )
    .returning({ id: tables.carts.id });
  created.carts.push(...rows.map((row) => row.id));
}

describe('GET /admin/analytics', () => {
  it('answers the figures of a range and the previous one, every day listed', async () => {
    const suffix = randomUUID().slice(0, 8);
    const [product] = await ctx.db
      .insert(tables.products)
      .values({ sku: `INSIGHTS-${suffix}`, priceCents: 2_500, lowestPrice30dCents: 2_500, stock: 50 })
      .returning({ id: tables.products.id });
    if (!product) throw new Error('no product');
    created.products.push(product.id);
    await ctx.db.insert(tables.productTranslations).values([
      { productId: product.id, locale: 'fi', name: `Mittari ${suffix}`, slug: `mittari-${suffix}` },
      { productId: product.id, locale: 'sv', name: `Mätare ${suffix}`, slug: `matare-${suffix}` },
    ]);
    await order(product.id, 'delivered', '2093-01-10T10:00:00Z', 2, 1_000);
    // 23:30 on 12 January in Helsinki.
    await order(product.id, 'paid', '2093-01-12T21:30:00Z', 1, 500);
    await order(product.id, 'delivered', '2093-01-08T10:00:00Z', 1, 500);
    const [customer] = await ctx.db
      .insert(tables.users)
      .values({ email: `new@${domain}`, createdAt: new Date('2093-01-11T10:00:00Z') })
      .returning({ id: tables.users.id });
    if (customer) created.users.push(customer.id);
    await carts(4, '2093-01-11T12:00:00Z');
    await carts(2, '2093-01-08T12:00:00Z');

    const answer = await request('GET', '/api/v1/admin/analytics?from=2093-01-10&to=2093-01-12&locale=sv');
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({
      timeZone: 'Europe/Helsinki',
      period: { from: '2093-01-10', to: '2093-01-12', days: 3 },
      previousPeriod: { from: '2093-01-07', to: '2093-01-09' },
      kpis: {
        revenueCents: 7_500,
        vatCents: 1_500,
        netCents: 6_000,
        orders: 2,
        averageOrderCents: 3_750,
        customers: 1,
        ordersPlaced: 2,
        carts: 4,
        conversionRate: 0.5,
      },
      previousKpis: { revenueCents: 2_500, orders: 1, averageOrderCents: 2_500, customers: 0, carts: 2 },
      revenueByDay: [
        { date: '2093-01-10', revenueCents: 5_000, orders: 1 },
        { date: '2093-01-11', revenueCents: 0, orders: 0 },
        { date: '2093-01-12', revenueCents: 2_500, orders: 1 },
      ],
      topProducts: [{ productId: product.id, name: `Mätare ${suffix}`, revenueCents: 7_500, units: 3 }],
    });
    expect(answer.body.previousRevenueByDay).toHaveLength(3);
    expect(answer.body.ordersByStatus).toContainEqual({ status: 'paid', count: 1 });
    expect(answer.body.ordersByStatus).toContainEqual({ status: 'delivered', count: 1 });
    expect(Array.isArray(answer.body.lowStock)).toBe(true);
  });

  it('defaults to the last 30 days', async () => {
    const answer = await request('GET', '/api/v1/admin/analytics');
    expect(answer.status).toBe(200);
    expect(answer.body.period.days).toBe(30);
    expect(answer.body.revenueByDay).toHaveLength(30);
    expect(answer.body.previousPeriod.to).toBe(
      new Date(Date.parse(`${answer.body.period.from}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10),
    );
  });

  it.each([
    ['from=2093-01-12&to=2093-01-10', 'to'],
    ['from=12.1.2093', 'from'],
    ['to=2093-02-30', 'to'],
    ['from=2080-01-01&to=2093-01-01', 'from'],
  ])('answers 400 for %s', async (query, field) => {
    const answer = await request('GET', `/api/v1/admin/analytics?${query}`);
    expect(answer.status).toBe(400);
    expect(answer.body.error.details).toContainEqual(expect.objectContaining({ field }));
  });
});

describe('GET /admin/audit-log', () => {
  it('lists admin writes newest first, with who, what, when and the values before and after', async () => {
    const code = `AUDIT-${randomUUID().slice(0, 8).toUpperCase()}`;
    const coupon = await request('POST', '/api/v1/admin/coupons', { code, type: 'fixed', value: 500 });
    expect(coupon.status).toBe(201);
    const id: string = coupon.body.id;
    created.coupons.push(id);
    expect((await request('PATCH', `/api/v1/admin/coupons/${id}`, { value: 700 })).status).toBe(200);
    expect((await request('DELETE', `/api/v1/admin/coupons/${id}`)).status).toBe(204);

    const list = async (query: string) => {
      const answer = await request('GET', `/api/v1/admin/audit-log?entityId=${id}&${query}`);
      expect(answer.status).toBe(200);
      return answer.body;
    };

    const all = await list('entityType=coupon');
    expect(all.total).toBe(3);
    expect(all.items.map((entry: { action: string }) => entry.action)).toEqual([
      'coupon.delete',
      'coupon.update',
      'coupon.create',
    ]);
    expect(all.items[1]).toMatchObject({
      actorId: adminId,
      actorEmail: 'admin@example.com',
      entityType: 'coupon',
      entityId: id,
      before: expect.objectContaining({ code, value: 500 }),
      after: expect.objectContaining({ code, value: 700 }),
      requestId: expect.stringMatching(new RegExp(`^${requestPrefix}-`)),
      createdAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
    });

    expect(
      (await list('action=coupon.update')).items.map((entry: { action: string }) => entry.action),
    ).toEqual(['coupon.update']);
    expect((await list(`actorId=${adminId}`)).total).toBe(3);
    expect((await list(`actorId=${randomUUID()}`)).total).toBe(0);
    expect((await list('entityType=product')).total).toBe(0);

    const hour = 3_600_000;
    const iso = (offset: number) => encodeURIComponent(new Date(Date.now() + offset).toISOString());
    expect((await list(`from=${iso(-hour)}&to=${iso(hour)}`)).total).toBe(3);
    expect((await list(`from=${iso(hour)}`)).total).toBe(0);
    expect((await list(`to=${iso(-hour)}`)).total).toBe(0);
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Helsinki' }).format(new Date());
    expect((await list(`from=${today}&to=${today}`)).total).toBe(3);
    expect((await list('to=2000-01-01')).total).toBe(0);

    const second = await list('pageSize=1&page=2');
    expect(second).toMatchObject({ total: 3, page: 2, pageSize: 1 });
    expect(second.items.map((entry: { action: string }) => entry.action)).toEqual(['coupon.update']);
  });

  it.each([
    ['actorId=someone', 'actorId'],
    ['from=yesterday', 'from'],
    ['pageSize=101', 'pageSize'],
  ])('answers 400 for %s', async (query, field) => {
    const answer = await request('GET', `/api/v1/admin/audit-log?${query}`);
    expect(answer.status).toBe(400);
    expect(answer.body.error.details).toContainEqual(expect.objectContaining({ field }));
  });
});
