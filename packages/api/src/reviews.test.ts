import { randomUUID } from 'node:crypto';
import { hashPassword } from '@puoti/core/accounts';
import { tables } from '@puoti/core/db';
import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from './testing';

let ctx: Awaited<ReturnType<typeof createTestApp>>;
// Everything this file creates, removed at the end: on PostgreSQL later files count products and reviews.
const created = { users: [] as string[], products: [] as string[], orders: [] as string[] };
const password = 'arvostelija-salasana-42';
let passwordHash: string;
let ipCounter = 0;

beforeAll(async () => {
  // The response cache is on, so the tests also show that a review write invalidates it.
  ctx = await createTestApp({ cache: true });
  passwordHash = await hashPassword(password);
});

// Top level, not inside beforeAll: vitest runs no hook registered from inside another hook.
afterAll(async () => {
  await ctx.db.delete(tables.orders).where(inArray(tables.orders.id, created.orders));
  await ctx.db.delete(tables.products).where(inArray(tables.products.id, created.products));
  await ctx.db.delete(tables.users).where(inArray(tables.users.id, created.users));
});

interface Answer {
  status: number;
  // biome-ignore lint/suspicious/noExplicitAny: tests read JSON answers field by field
  body: any;
  headers: Headers;
}

async function request(method: string, url: string, body?: unknown, token?: string): Promise<Answer> {
  const response = await ctx.app.request(url, {
    method,
    headers: {
      'content-type': 'application/json',
      'x-forwarded-for': `10.7.0.${++ipCounter % 250}`,
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null, headers: response.headers };
}

const tag = () => randomUUID().slice(0, 8);

async function newProduct() {
  const suffix = tag();
  const [product] = await ctx.db
    .insert(tables.products)
    .values({ sku: `API-REVIEW-${suffix}`, priceCents: 4990, lowestPrice30dCents: 4990, stock: 3 })
    .returning();
  if (!product) throw new Error('no product');
  created.products.push(product.id);
  await ctx.db.insert(tables.productTranslations).values({
    productId: product.id,
    locale: 'fi',
    name: `Arvioitava ${suffix}`,
    slug: `arvioitava-${suffix}`,
  });
  return product.id;
}

type OrderStatus = (typeof tables.orders.$inferInsert)['status'];

async function addOrder(userId: string, productId: string, status: OrderStatus) {
  const [order] = await ctx.db
    .insert(tables.orders)
    .values({
      orderNumber: `T-${randomUUID()}`,
      userId,
      email: 'buyer@reviews.example.org',
      locale: 'fi',
      status,
      paymentStatus: status === 'pending_payment' ? 'pending' : 'paid',
      paymentMethod: 'card',
      subtotalCents: 4990,
      vatCents: 994,
      totalCents: 4990,
      vatLines: [{ rateBasisPoints: 2550, netCents: 3996, vatCents: 994 }],
      vatCountry: 'FI',
      shippingAddress: {
        fullName: 'Eero Virtanen',
        line1: 'Testitie 2',
        postalCode: '33100',
        city: 'Tampere',
        country: 'FI',
      },
      shippingMethodName: 'Posti',
      termsAcceptedAt: new Date(),
      deliveredAt: status === 'delivered' ? new Date() : null,
    })
    .returning();
  if (!order) throw new Error('no order');
  created.orders.push(order.id);
  await ctx.db.insert(tables.orderLines).values({
    orderId: order.id,
    productId,
    name: 'Arvioitava',
    sku: 'API-REVIEW',
    quantity: 1,
    unitPriceCents: 4990,
    lineTotalCents: 4990,
    taxClass: 'standard',
    vatRateBasisPoints: 2550,
    vatCents: 994,
  });
}

/** A signed-in customer (Bearer token) with orders of the product in the given statuses. */
async function customer(productId: string, ...statuses: OrderStatus[]) {
  const email = `buyer-${tag()}@reviews.example.org`;
  const [user] = await ctx.db
    .insert(tables.users)
    .values({ email, passwordHash, firstName: 'Eero', lastName: 'virtanen', emailVerifiedAt: new Date() })
    .returning();
  if (!user) throw new Error('no user');
  created.users.push(user.id);
  for (const status of statuses) await addOrder(user.id, productId, status);
  const login = await request('POST', '/api/v1/auth/login', { email, password });
  expect(login.status).toBe(200);
  const token: string = login.body.token;
  return {
    id: user.id,
    token,
    call: (method: string, url: string, body?: unknown) => request(method, url, body, token),
  };
}

async function storedRating(productId: string) {
  const [row] = await ctx.db
    .select({ sum: tables.products.ratingSum, count: tables.products.ratingCount })
    .from(tables.products)
    .where(eq(tables.products.id, productId));
  return row;
}

const review = { rating: 4, title: 'Hyvä hankinta', body: 'Toimii kuten luvattiin.' };

describe('customer reviews', () => {
  it.each([
    ['GET', '/mine'],
    ['POST', ''],
    ['PATCH', '/mine'],
    ['DELETE', '/mine'],
  ])('%s needs a signed-in user', async (method, path) => {
    const productId = await newProduct();
    const body = method === 'GET' ? undefined : review;
    const answer = await request(method, `/api/v1/products/${productId}/reviews${path}`, body);
    expect(answer.status).toBe(401);
    expect(answer.body.error.code).toBe('UNAUTHENTICATED');
  });

  it('refuses customers whose order has not been delivered, or who never bought the product', async () => {
    const productId = await newProduct();
    const paidAndShipped = await customer(productId, 'paid', 'shipped');
    const refused = await paidAndShipped.call('POST', `/api/v1/products/${productId}/reviews`, review);
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('FORBIDDEN');
    const otherProduct = await newProduct();
    const otherBuyer = await customer(otherProduct, 'delivered');
    expect((await otherBuyer.call('POST', `/api/v1/products/${productId}/reviews`, review)).status).toBe(403);
  });

  it('publishes a verified review once, updates the rating and the cached catalogue, and lets its author edit it', async () => {
    const productId = await newProduct();
    const buyer = await customer(productId, 'shipped', 'delivered');
    const before = await storedRating(productId);
    // Read twice while signed out: the second read comes from the response cache.
    await request('GET', `/api/v1/products/${productId}`);
    const cached = await request('GET', `/api/v1/products/${productId}`);
    expect(cached.headers.get('x-cache')).toBe('hit');
    expect(cached.body).toMatchObject({ ratingCount: 0, ratingAverage: null });
    await request('GET', `/api/v1/products/${productId}/reviews`);

    const posted = await buyer.call('POST', `/api/v1/products/${productId}/reviews?locale=en`, {
      ...review,
      title: '  Hyvä hankinta  ',
    });
    expect(posted.status).toBe(201);
    expect(posted.body).toMatchObject({
      productId,
      rating: 4,
      title: 'Hyvä hankinta',
      authorName: 'Eero V.',
      locale: 'en',
      verifiedPurchase: true,
      status: 'published',
    });
    expect(await storedRating(productId)).toEqual({
      sum: (before?.sum ?? 0) + 4,
      count: (before?.count ?? 0) + 1,
    });

    const detail = await request('GET', `/api/v1/products/${productId}`);
    expect(detail.headers.get('x-cache')).toBe('miss');
    expect(detail.body).toMatchObject({ ratingCount: 1, ratingAverage: 4 });
    const listed = await request('GET', `/api/v1/products/${productId}/reviews`);
    expect(listed.body.items).toContainEqual(
      expect.objectContaining({
        id: posted.body.id,
        rating: 4,
        authorName: 'Eero V.',
        verifiedPurchase: true,
      }),
    );

    const second = await buyer.call('POST', `/api/v1/products/${productId}/reviews`, review);
    expect(second.status).toBe(409);
    expect(second.body.error.code).toBe('CONFLICT');

    const edited = await buyer.call('PATCH', `/api/v1/products/${productId}/reviews/mine`, { rating: 2 });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ id: posted.body.id, rating: 2, title: 'Hyvä hankinta' });
    expect(await storedRating(productId)).toEqual({
      sum: (before?.sum ?? 0) + 2,
      count: (before?.count ?? 0) + 1,
    });
    expect((await request('GET', `/api/v1/products/${productId}`)).body).toMatchObject({
      ratingCount: 1,
      ratingAverage: 2,
    });
  });

  it('answers 404 for an unknown product and for editing a review the customer does not have', async () => {
    const productId = await newProduct();
    const buyer = await customer(productId, 'delivered');
    for (const id of [randomUUID(), 'no-such-product']) {
      const answer = await buyer.call('POST', `/api/v1/products/${id}/reviews`, review);
      expect(answer.status).toBe(404);
      expect(answer.body.error.code).toBe('NOT_FOUND');
    }
    expect(
      (await buyer.call('PATCH', `/api/v1/products/${productId}/reviews/mine`, { rating: 3 })).status,
    ).toBe(404);
    expect((await buyer.call('DELETE', `/api/v1/products/${productId}/reviews/mine`)).status).toBe(404);
  });

  it.each([
    ['POST', '', { ...review, rating: 6 }, 'rating'],
    ['POST', '', { ...review, rating: 3.5 }, 'rating'],
    ['POST', '', { ...review, title: '   ' }, 'title'],
    ['POST', '', { rating: 5, title: 'Puuttuu' }, 'body'],
    ['PATCH', '/mine', { rating: 0 }, 'rating'],
  ])('%s%s answers 400 listing the bad field %o', async (method, path, body, field) => {
    const productId = await newProduct();
    const buyer = await customer(productId, 'delivered');
    const answer = await buyer.call(method, `/api/v1/products/${productId}/reviews${path}`, body);
    expect(answer.status).toBe(400);
    expect(answer.body.error.code).toBe('VALIDATION_FAILED');
    expect(answer.body.error.details).toContainEqual(expect.objectContaining({ field }));
  });

  it("shows customers their own review, and a browser's answer is never cached for others", async () => {
    const productId = await newProduct();
    const buyer = await customer(productId, 'delivered');
    const mine = `/api/v1/products/${productId}/reviews/mine`;
    expect((await buyer.call('GET', mine)).status).toBe(404);
    const posted = await buyer.call('POST', `/api/v1/products/${productId}/reviews`, review);
    expect(posted.status).toBe(201);
    expect((await buyer.call('GET', mine)).body).toMatchObject({ id: posted.body.id, status: 'published' });

    // Signed in with the session cookie, as a browser is: the response cache must not keep the answer.
    const viaCookie = await ctx.app.request(mine, { headers: { cookie: `puoti_session=${buyer.token}` } });
    expect(viaCookie.status).toBe(200);
    expect(viaCookie.headers.get('x-cache')).toBeNull();
    expect((await request('GET', mine)).status).toBe(401);
  });

  it('lets the author delete the review, which leaves the list and the rating', async () => {
    const productId = await newProduct();
    const buyer = await customer(productId, 'delivered');
    const before = await storedRating(productId);
    const posted = await buyer.call('POST', `/api/v1/products/${productId}/reviews`, {
      ...review,
      rating: 5,
    });
    expect(posted.status).toBe(201);
    expect((await request('GET', `/api/v1/products/${productId}`)).body.ratingCount).toBe(1);
    expect((await buyer.call('DELETE', `/api/v1/products/${productId}/reviews/mine`)).status).toBe(204);
    expect(await storedRating(productId)).toEqual(before);
    expect((await request('GET', `/api/v1/products/${productId}`)).body).toMatchObject({
      ratingCount: 0,
      ratingAverage: null,
    });
    expect((await request('GET', `/api/v1/products/${productId}/reviews`)).body.items).toEqual([]);
  });

  it('describes the review routes in the OpenAPI document', async () => {
    const { body } = await request('GET', '/api/v1/openapi.json');
    expect(Object.keys(body.paths['/api/v1/products/{id}/reviews'] ?? {})).toEqual(
      expect.arrayContaining(['get', 'post']),
    );
    expect(Object.keys(body.paths['/api/v1/products/{id}/reviews/mine'] ?? {})).toEqual(
      expect.arrayContaining(['get', 'patch', 'delete']),
    );
  });
});
