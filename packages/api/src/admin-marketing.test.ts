import { randomUUID } from 'node:crypto';
import { tables } from '@puoti/core/db';
import { redeemCoupon } from '@puoti/core/promotions';
import { eq, inArray, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from './testing';

let ctx: Awaited<ReturnType<typeof createTestApp>>;
let adminToken: string;
let customerToken: string;
// Every request of this file carries a request id with this prefix, so its audit rows can be found and
// removed. On PostgreSQL later files count the demo's coupons, products and reviews exactly.
const requestPrefix = `marketing-test-${randomUUID().slice(0, 8)}`;
const created = {
  coupons: [] as string[],
  products: [] as string[],
  users: [] as string[],
  orders: [] as string[],
};
/** A demo review this file hides; published again at the end whatever happens. */
let hiddenDemoReview: string | undefined;
let requestCount = 0;

interface Answer {
  status: number;
  // biome-ignore lint/suspicious/noExplicitAny: tests read JSON answers field by field
  body: any;
  headers: Headers;
}

async function request(method: string, url: string, body?: unknown, token?: string): Promise<Answer> {
  requestCount += 1;
  const response = await ctx.app.request(url, {
    method,
    headers: {
      'content-type': 'application/json',
      'x-forwarded-for': `10.8.0.${requestCount % 250}`,
      'x-request-id': `${requestPrefix}-${requestCount}`,
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null, headers: response.headers };
}

const admin = (method: string, url: string, body?: unknown) => request(method, url, body, adminToken);

async function login(email: string, password: string): Promise<string> {
  const answer = await request('POST', '/api/v1/auth/login', { email, password });
  expect(answer.status).toBe(200);
  return answer.body.token;
}

beforeAll(async () => {
  // The response cache is on, so the tests also show that moderation invalidates it.
  ctx = await createTestApp({ cache: true });
  adminToken = await login('admin@example.com', 'puoti-admin-demo');
  customerToken = await login('customer2@example.com', 'puoti-customer-demo');
});

// Top level, not inside beforeAll: vitest runs no hook registered from inside another hook.
afterAll(async () => {
  if (hiddenDemoReview)
    await admin('PATCH', `/api/v1/admin/reviews/${hiddenDemoReview}`, { status: 'published' });
  const { db } = ctx;
  await db.delete(tables.orders).where(inArray(tables.orders.id, created.orders));
  await db
    .delete(tables.couponRedemptions)
    .where(inArray(tables.couponRedemptions.couponId, created.coupons));
  await db.delete(tables.coupons).where(inArray(tables.coupons.id, created.coupons));
  await db.delete(tables.products).where(inArray(tables.products.id, created.products));
  await db.delete(tables.users).where(inArray(tables.users.id, created.users));
  await db.delete(tables.auditLog).where(like(tables.auditLog.requestId, `${requestPrefix}-%`));
});

const uniqueCode = () => `api-${randomUUID().slice(0, 8)}`;

async function createCoupon(body: Record<string, unknown> = {}) {
  const answer = await admin('POST', '/api/v1/admin/coupons', {
    code: uniqueCode(),
    type: 'percentage',
    value: 10,
    ...body,
  });
  expect(answer.status).toBe(201);
  created.coupons.push(answer.body.id);
  return answer.body;
}

async function auditEntries(entityType: string, entityId: string) {
  const answer = await admin('GET', `/api/v1/admin/audit-log?entityType=${entityType}&entityId=${entityId}`);
  expect(answer.status).toBe(200);
  return answer.body.items as { action: string; before: unknown; after: unknown; requestId: string }[];
}

async function storedRating(productId: string) {
  const [row] = await ctx.db
    .select({ sum: tables.products.ratingSum, count: tables.products.ratingCount })
    .from(tables.products)
    .where(eq(tables.products.id, productId));
  if (!row) throw new Error('no product');
  return row;
}

/** An order the coupon was redeemed on, as checkout would have done it. */
async function useCoupon(couponId: string) {
  const [order] = await ctx.db
    .insert(tables.orders)
    .values({
      orderNumber: `MARKETING-${randomUUID()}`,
      email: 'buyer@marketing-test.example.org',
      locale: 'fi',
      paymentMethod: 'test',
      subtotalCents: 10_000,
      discountCents: 1_000,
      vatCents: 1_829,
      totalCents: 9_000,
      vatLines: [],
      vatCountry: 'FI',
      shippingAddress: {
        fullName: 'Testi',
        line1: 'Testikatu 1',
        postalCode: '00100',
        city: 'Helsinki',
        country: 'FI',
      },
      shippingMethodName: 'Test',
      termsAcceptedAt: new Date(),
    })
    .returning({ id: tables.orders.id });
  if (!order) throw new Error('no order');
  created.orders.push(order.id);
  await redeemCoupon(ctx.db, {
    couponId,
    orderId: order.id,
    userId: null,
    email: 'buyer@marketing-test.example.org',
    subtotalCents: 10_000,
    discountCents: 1_000,
    now: new Date(),
  });
}

describe('admin coupons', () => {
  it('creates a coupon with its code uppercase, lists and changes it, auditing every write', async () => {
    const code = uniqueCode();
    const coupon = await createCoupon({
      code,
      description: 'Syysale',
      value: 25,
      minOrderCents: 5_000,
      usageLimit: 50,
      perCustomerLimit: 1,
      startsAt: '2031-09-01T00:00:00+03:00',
      endsAt: '2031-10-01T00:00:00+03:00',
    });
    expect(coupon).toMatchObject({
      code: code.toUpperCase(),
      type: 'percentage',
      value: 25,
      minOrderCents: 5_000,
      usageLimit: 50,
      perCustomerLimit: 1,
      startsAt: '2031-08-31T21:00:00.000Z',
      endsAt: '2031-09-30T21:00:00.000Z',
      isActive: true,
      timesUsed: 0,
      usage: { activeRedemptions: 0, releasedRedemptions: 0, discountGivenCents: 0 },
    });

    const listed = await admin('GET', `/api/v1/admin/coupons?q=${code}`);
    expect(listed.status).toBe(200);
    expect(listed.body).toMatchObject({ total: 1, page: 1, pageSize: 20 });
    expect(listed.body.items[0]).toEqual(coupon);

    const changed = await admin('PATCH', `/api/v1/admin/coupons/${coupon.id}`, {
      isActive: false,
      usageLimit: null,
    });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ id: coupon.id, isActive: false, usageLimit: null, value: 25 });
    expect((await admin('GET', `/api/v1/admin/coupons?q=${code}&active=true`)).body.total).toBe(0);
    expect((await admin('GET', `/api/v1/admin/coupons?q=${code}&active=false`)).body.total).toBe(1);

    const entries = await auditEntries('coupon', coupon.id);
    // Newest first.
    expect(entries.map((entry) => entry.action)).toEqual(['coupon.update', 'coupon.create']);
    expect(entries[0]).toMatchObject({
      before: expect.objectContaining({ isActive: true, usageLimit: 50 }),
      after: expect.objectContaining({ isActive: false, usageLimit: null }),
      requestId: expect.stringMatching(new RegExp(`^${requestPrefix}-`)),
    });
  });

  it.each([
    ['a percentage of 101', { value: 101 }, 'value'],
    [
      'an end before the start',
      { startsAt: '2031-05-02T00:00:00Z', endsAt: '2031-05-01T00:00:00Z' },
      'endsAt',
    ],
    ['a usage limit of 0', { usageLimit: 0 }, 'usageLimit'],
    ['a per-customer limit of 0', { perCustomerLimit: 0 }, 'perCustomerLimit'],
    ['a fixed amount of 0', { type: 'fixed', value: 0 }, 'value'],
    ['an unknown type', { type: 'bogo' }, 'type'],
    ['a date that is not ISO 8601', { startsAt: 'tomorrow' }, 'startsAt'],
  ])('answers 400 naming the field for %s', async (_name, change, field) => {
    const answer = await admin('POST', '/api/v1/admin/coupons', {
      code: uniqueCode(),
      type: 'percentage',
      value: 10,
      ...change,
    });
    expect(answer.status).toBe(400);
    expect(answer.body.error.code).toBe('VALIDATION_FAILED');
    expect(answer.body.error.details).toContainEqual(expect.objectContaining({ field }));
  });

  it('checks a change against the stored terms: 400 for an end before the stored start', async () => {
    const coupon = await createCoupon({ startsAt: '2031-01-01T00:00:00Z' });
    const answer = await admin('PATCH', `/api/v1/admin/coupons/${coupon.id}`, {
      endsAt: '2030-12-31T00:00:00Z',
    });
    expect(answer.status).toBe(400);
    expect(answer.body.error.details).toEqual([{ field: 'endsAt', message: 'must be after startsAt' }]);
    for (const body of [{ value: 101 }, { usageLimit: 0 }, {}]) {
      expect((await admin('PATCH', `/api/v1/admin/coupons/${coupon.id}`, body)).status).toBe(400);
    }
  });

  it('answers 409 for a code already taken in any letter case, also the demo codes', async () => {
    const coupon = await createCoupon();
    for (const code of [coupon.code.toLowerCase(), 'welcome10']) {
      const answer = await admin('POST', '/api/v1/admin/coupons', { code, type: 'fixed', value: 500 });
      expect(answer.status).toBe(409);
      expect(answer.body.error.code).toBe('CONFLICT');
    }
    const other = await createCoupon();
    expect((await admin('PATCH', `/api/v1/admin/coupons/${other.id}`, { code: coupon.code })).status).toBe(
      409,
    );
  });

  it('deletes an unused coupon, refuses a used one with 409 and shows its usage', async () => {
    const unused = await createCoupon();
    const deleted = await admin('DELETE', `/api/v1/admin/coupons/${unused.id}`);
    expect(deleted.status).toBe(204);
    expect((await admin('GET', `/api/v1/admin/coupons?q=${unused.code}`)).body.total).toBe(0);
    expect((await admin('DELETE', `/api/v1/admin/coupons/${unused.id}`)).status).toBe(404);
    expect((await auditEntries('coupon', unused.id)).map((entry) => entry.action)).toEqual([
      'coupon.delete',
      'coupon.create',
    ]);

    const used = await createCoupon();
    await useCoupon(used.id);
    const refused = await admin('DELETE', `/api/v1/admin/coupons/${used.id}`);
    expect(refused.status).toBe(409);
    expect(refused.body.error).toMatchObject({ code: 'CONFLICT', details: { redemptions: 1 } });
    const listed = await admin('GET', `/api/v1/admin/coupons?q=${used.code}`);
    expect(listed.body.items[0]).toMatchObject({
      timesUsed: 1,
      usage: { activeRedemptions: 1, releasedRedemptions: 0, discountGivenCents: 1_000 },
    });
    // Deactivating is the way out.
    expect((await admin('PATCH', `/api/v1/admin/coupons/${used.id}`, { isActive: false })).status).toBe(200);
  });

  it('answers 404 for unknown coupons and is for admins only', async () => {
    expect((await admin('PATCH', `/api/v1/admin/coupons/${randomUUID()}`, { value: 5 })).status).toBe(404);
    expect((await admin('DELETE', '/api/v1/admin/coupons/not-an-id')).status).toBe(404);
    expect((await request('GET', '/api/v1/admin/coupons')).status).toBe(401);
    expect((await request('POST', '/api/v1/admin/coupons', {}, customerToken)).status).toBe(403);
  });
});

describe('admin reviews', () => {
  it("hiding a review drops it from the product's rating and the storefront at once; publishing restores it", async () => {
    const page = await admin('GET', '/api/v1/admin/reviews?status=published&rating=5&locale=en&pageSize=1');
    expect(page.status).toBe(200);
    const review = page.body.items[0];
    expect(review).toMatchObject({ status: 'published', rating: 5, productName: expect.any(String) });
    const productUrl = `/api/v1/products/${review.productId}`;
    const storedBefore = await storedRating(review.productId);

    // Read twice while signed out: the second read comes from the response cache.
    const before = await request('GET', productUrl);
    expect((await request('GET', productUrl)).headers.get('x-cache')).toBe('hit');
    const reviewsBefore = await request('GET', `${productUrl}/reviews?pageSize=100`);
    expect(reviewsBefore.body.items.map((item: { id: string }) => item.id)).toContain(review.id);

    hiddenDemoReview = review.id;
    const hidden = await admin('PATCH', `/api/v1/admin/reviews/${review.id}`, { status: 'hidden' });
    expect(hidden.status).toBe(200);
    expect(hidden.body).toMatchObject({ id: review.id, status: 'hidden' });

    const after = await request('GET', productUrl);
    expect(after.headers.get('x-cache')).toBe('miss');
    expect(after.body.ratingCount).toBe(before.body.ratingCount - 1);
    expect(await storedRating(review.productId)).toEqual({
      sum: storedBefore.sum - 5,
      count: storedBefore.count - 1,
    });
    const reviewsAfter = await request('GET', `${productUrl}/reviews?pageSize=100`);
    expect(reviewsAfter.body.items.map((item: { id: string }) => item.id)).not.toContain(review.id);

    const hiddenList = await admin(
      'GET',
      `/api/v1/admin/reviews?status=hidden&productId=${review.productId}`,
    );
    expect(hiddenList.body.items.map((item: { id: string }) => item.id)).toContain(review.id);

    const restored = await admin('PATCH', `/api/v1/admin/reviews/${review.id}`, { status: 'published' });
    expect(restored.status).toBe(200);
    hiddenDemoReview = undefined;
    expect(await storedRating(review.productId)).toEqual(storedBefore);
    const again = await request('GET', productUrl);
    expect(again.body).toMatchObject({
      ratingCount: before.body.ratingCount,
      ratingAverage: before.body.ratingAverage,
    });

    const entries = await auditEntries('review', review.id);
    expect(entries.map((entry) => [entry.action, entry.before, entry.after])).toEqual([
      ['review.status', { status: 'hidden' }, { status: 'published' }],
      ['review.status', { status: 'published' }, { status: 'hidden' }],
    ]);
  });

  it("deletes a review for good; the product's rating follows", async () => {
    const suffix = randomUUID().slice(0, 8);
    const [product] = await ctx.db
      .insert(tables.products)
      .values({
        sku: `MKT-${suffix}`,
        priceCents: 990,
        lowestPrice30dCents: 990,
        ratingSum: 3,
        ratingCount: 1,
      })
      .returning({ id: tables.products.id });
    if (!product) throw new Error('no product');
    created.products.push(product.id);
    await ctx.db.insert(tables.productTranslations).values({
      productId: product.id,
      locale: 'fi',
      name: `Poistotuote ${suffix}`,
      slug: `poistotuote-${suffix}`,
    });
    const [author] = await ctx.db
      .insert(tables.users)
      .values({ email: `author-${suffix}@marketing-test.example.org` })
      .returning({ id: tables.users.id });
    if (!author) throw new Error('no user');
    created.users.push(author.id);
    const [review] = await ctx.db
      .insert(tables.reviews)
      .values({
        productId: product.id,
        userId: author.id,
        authorName: 'Testi T.',
        locale: 'fi',
        rating: 3,
        title: 'Kohtalainen',
        body: 'Ihan ok.',
      })
      .returning({ id: tables.reviews.id });
    if (!review) throw new Error('no review');

    const listed = await admin('GET', `/api/v1/admin/reviews?productId=${product.id}&q=kohtalainen`);
    expect(listed.body.items).toEqual([
      expect.objectContaining({
        id: review.id,
        productName: `Poistotuote ${suffix}`,
        rating: 3,
        status: 'published',
      }),
    ]);

    expect((await admin('DELETE', `/api/v1/admin/reviews/${review.id}`)).status).toBe(204);
    expect((await request('GET', `/api/v1/products/${product.id}`)).body).toMatchObject({
      ratingCount: 0,
      ratingAverage: null,
    });
    expect((await admin('DELETE', `/api/v1/admin/reviews/${review.id}`)).status).toBe(404);
    const entries = await auditEntries('review', review.id);
    expect(entries).toEqual([
      expect.objectContaining({
        action: 'review.delete',
        before: expect.objectContaining({ rating: 3, title: 'Kohtalainen', status: 'published' }),
      }),
    ]);
  });

  it('answers 400 for a bad status or filter and 404 for an unknown review', async () => {
    const id = randomUUID();
    const bad = await admin('PATCH', `/api/v1/admin/reviews/${id}`, { status: 'deleted' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details).toContainEqual(expect.objectContaining({ field: 'status' }));
    expect((await admin('GET', '/api/v1/admin/reviews?rating=9')).status).toBe(400);
    expect((await admin('PATCH', `/api/v1/admin/reviews/${id}`, { status: 'hidden' })).status).toBe(404);
    expect((await admin('DELETE', `/api/v1/admin/reviews/${id}`)).status).toBe(404);
  });
});
