import { StripeGateway } from '@puoti/core/payments';
import { setStock, startFakeStripe } from '@puoti/core/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from './testing';

type Answer = {
  status: number;
  // biome-ignore lint/suspicious/noExplicitAny: tests read JSON answers field by field
  body: any;
  headers: Headers;
};

let ctx: Awaited<ReturnType<typeof createTestApp>>;
let ipCounter = 0;
let product: { id: string; priceCents: number };

async function request(
  method: string,
  url: string,
  options: { body?: unknown; headers?: Record<string, string> } = {},
): Promise<Answer> {
  const response = await ctx.app.request(url, {
    method,
    headers: {
      'content-type': 'application/json',
      'x-forwarded-for': `10.9.0.${(ipCounter % 250) + 1}`,
      ...options.headers,
    },
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null, headers: response.headers };
}

/** A guest API client: remembers its cart token like a browser remembers the cookie. */
function guest() {
  ipCounter += 1;
  let token: string | null = null;
  return {
    get token() {
      return token;
    },
    async call(method: string, url: string, body?: unknown, headers: Record<string, string> = {}) {
      const answer = await request(method, url, {
        body,
        headers: { ...(token ? { 'x-cart-token': token } : {}), ...headers },
      });
      if (answer.body?.token) token = answer.body.token;
      return answer;
    },
  };
}

async function fiHomeMethod(): Promise<string> {
  const methods = await request('GET', '/api/v1/shipping-methods?country=FI&locale=en');
  expect(methods.status).toBe(200);
  const home = methods.body.items.find((m: { code: string }) => m.code === 'fi-home');
  expect(home).toBeDefined();
  return home.id;
}

const address = {
  fullName: 'Aino Virtanen',
  line1: 'Mannerheimintie 1',
  postalCode: '00100',
  city: 'Helsinki',
  country: 'FI',
};

beforeAll(async () => {
  ctx = await createTestApp();
  const [row] = (
    (await ctx.db.execute(sql`select p.id, p.price_cents from products p
      where p.is_visible and p.archived_at is null and p.price_cents >= 1000
        and not exists (select 1 from product_variants v where v.product_id = p.id)
      order by p.sku limit 1`)) as unknown as { rows: { id: string; price_cents: number }[] }
  ).rows;
  if (!row) throw new Error('The demo store has no simple product.');
  product = { id: row.id, priceCents: row.price_cents };
  await setStock(ctx.db, { productId: product.id }, 500);
});

describe('guest checkout through the API', () => {
  it('adds to a new guest cart, which sets the cart cookie and returns its token', async () => {
    const shopper = guest();
    const added = await shopper.call('POST', '/api/v1/cart/items', { productId: product.id, quantity: 2 });
    expect(added.status).toBe(200);
    expect(added.body.token).toEqual(expect.any(String));
    expect(added.headers.get('set-cookie')).toMatch(/puoti_cart=.*HttpOnly/i);
    expect(added.body.items).toHaveLength(1);
    expect(added.body.items[0]).toMatchObject({
      quantity: 2,
      unitPriceCents: product.priceCents,
      available: true,
    });
    expect(added.body.subtotalCents).toBe(2 * product.priceCents);
    // Without the token it is someone else's (empty) cart.
    const stranger = await request('GET', '/api/v1/cart');
    expect(stranger.body.items).toEqual([]);
  });

  it('places a bank-transfer order with a coupon, replays it by key, and tracks it', async () => {
    const shopper = guest();
    await shopper.call('POST', '/api/v1/cart/items', { productId: product.id, quantity: 1 });
    const coupon = await shopper.call('POST', '/api/v1/cart/coupon', { code: 'welcome10' });
    expect(coupon.status).toBe(200);
    expect(coupon.body.coupon.code).toBe('WELCOME10');
    expect(coupon.body.discountCents).toBe(Math.round(product.priceCents / 10));

    const body = {
      email: 'Guest.Buyer@Example.org',
      shippingAddress: address,
      shippingMethodId: await fiHomeMethod(),
      paymentMethod: 'bank_transfer',
      acceptTerms: true,
    };
    const missingKey = await shopper.call('POST', '/api/v1/orders?locale=sv', body);
    expect(missingKey.status).toBe(400);

    const key = `test-${crypto.randomUUID()}`;
    const placed = await shopper.call('POST', '/api/v1/orders?locale=sv', body, { 'idempotency-key': key });
    expect(placed.status).toBe(201);
    const { order, payment } = placed.body;
    expect(order.orderNumber).toMatch(/^\d{4}-\d{6}$/);
    expect(order).toMatchObject({
      status: 'pending_payment',
      paymentStatus: 'pending',
      email: 'guest.buyer@example.org',
      locale: 'sv',
      couponCode: 'WELCOME10',
    });
    expect(order.totalCents).toBe(order.subtotalCents - order.discountCents + order.shippingCents);
    expect(order.vatLines.reduce((sum: number, line: { vatCents: number }) => sum + line.vatCents, 0)).toBe(
      order.vatCents,
    );
    expect(payment.bankTransfer).toMatchObject({ amountCents: order.totalCents });
    expect(payment.bankTransfer.iban).toMatch(/^FI/);

    const replay = await shopper.call('POST', '/api/v1/orders?locale=sv', body, { 'idempotency-key': key });
    expect(replay.status).toBe(200);
    expect(replay.body.order.orderNumber).toBe(order.orderNumber);

    const again = await shopper.call('POST', '/api/v1/orders', body, { 'idempotency-key': `${key}-2` });
    expect(again.status).toBe(409);

    const emails = (await ctx.db.execute(
      sql`select template, locale, recipient from email_outbox where data->>'orderNumber' = ${order.orderNumber}`,
    )) as unknown as { rows: { template: string; locale: string; recipient: string }[] };
    expect(emails.rows).toEqual([
      { template: 'order_confirmation', locale: 'sv', recipient: 'guest.buyer@example.org' },
    ]);

    const tracked = await request('POST', '/api/v1/orders/track', {
      body: { orderNumber: order.orderNumber, email: 'GUEST.buyer@example.org' },
    });
    expect(tracked.status).toBe(200);
    expect(tracked.body).toMatchObject({ orderNumber: order.orderNumber, status: 'pending_payment' });
    expect(tracked.body).not.toHaveProperty('shippingAddress');
    const wrongEmail = await request('POST', '/api/v1/orders/track', {
      body: { orderNumber: order.orderNumber, email: 'someone@example.org' },
    });
    const wrongNumber = await request('POST', '/api/v1/orders/track', {
      body: { orderNumber: '1999-000001', email: 'guest.buyer@example.org' },
    });
    expect(wrongEmail.status).toBe(404);
    expect(wrongNumber.status).toBe(404);
    expect(wrongEmail.body).toEqual(wrongNumber.body);
  });

  it('answers 409 OUT_OF_STOCK naming the line, and writes nothing', async () => {
    const shopper = guest();
    await shopper.call('POST', '/api/v1/cart/items', { productId: product.id, quantity: 3 });
    await setStock(ctx.db, { productId: product.id }, 2);
    try {
      const before = await ctx.db.execute(sql`select count(*)::int as n from orders`);
      const placed = await shopper.call(
        'POST',
        '/api/v1/orders',
        {
          email: 'short@example.org',
          shippingAddress: address,
          shippingMethodId: await fiHomeMethod(),
          paymentMethod: 'bank_transfer',
          acceptTerms: true,
        },
        { 'idempotency-key': `oos-${crypto.randomUUID()}` },
      );
      expect(placed.status).toBe(409);
      expect(placed.body.error.code).toBe('OUT_OF_STOCK');
      expect(placed.body.error.details.lines).toEqual([
        expect.objectContaining({ productId: product.id, requested: 3, available: 2 }),
      ]);
      const after = await ctx.db.execute(sql`select count(*)::int as n from orders`);
      expect((after as unknown as { rows: unknown }).rows).toEqual(
        (before as unknown as { rows: unknown }).rows,
      );
    } finally {
      await setStock(ctx.db, { productId: product.id }, 500);
    }
  });

  it('refuses invalid coupons with the reason, and checkout input with the bad fields', async () => {
    const shopper = guest();
    await shopper.call('POST', '/api/v1/cart/items', { productId: product.id, quantity: 1 });
    const unknown = await shopper.call('POST', '/api/v1/cart/coupon', { code: 'NOPE' });
    expect(unknown.status).toBe(422);
    expect(unknown.body.error).toMatchObject({ code: 'COUPON_INVALID', details: { reason: 'unknown' } });
    const bad = await shopper.call(
      'POST',
      '/api/v1/orders',
      { shippingAddress: { ...address, postalCode: 'X' }, paymentMethod: 'cash', acceptTerms: false },
      { 'idempotency-key': `bad-${crypto.randomUUID()}` },
    );
    expect(bad.status).toBe(400);
    const fields = bad.body.error.details.map((d: { field: string }) => d.field);
    expect(fields).toEqual(expect.arrayContaining(['shippingMethodId', 'paymentMethod', 'acceptTerms']));
  });

  it('refuses a cart write through the cookie from another site', async () => {
    const shopper = guest();
    const added = await shopper.call('POST', '/api/v1/cart/items', { productId: product.id, quantity: 1 });
    const cookie = added.headers.get('set-cookie')?.split(';')[0] ?? '';
    const forged = await request('POST', '/api/v1/cart/items', {
      body: { productId: product.id, quantity: 1 },
      headers: { cookie, origin: 'https://evil.example' },
    });
    expect(forged.status).toBe(403);
  });
});

describe('customer orders through the API', () => {
  async function signIn(email: string) {
    const login = await request('POST', '/api/v1/auth/login', {
      body: { email, password: 'puoti-customer-demo' },
    });
    expect(login.status).toBe(200);
    const token = login.body.token as string;
    return (method: string, url: string, body?: unknown, headers: Record<string, string> = {}) =>
      request(method, url, { body, headers: { authorization: `Bearer ${token}`, ...headers } });
  }

  it('merges the guest cart at login, orders with a saved address, lists, reads and cancels', async () => {
    const shopper = guest();
    await shopper.call('POST', '/api/v1/cart/items', { productId: product.id, quantity: 2 });
    const login = await request('POST', '/api/v1/auth/login', {
      body: { email: 'customer2@example.com', password: 'puoti-customer-demo' },
      headers: { 'x-cart-token': shopper.token ?? '' },
    });
    expect(login.status).toBe(200);
    const call = await signIn('customer2@example.com');
    await call('DELETE', '/api/v1/cart');
    await shopper.call('POST', '/api/v1/cart/items', { productId: product.id, quantity: 2 });
    await request('POST', '/api/v1/auth/login', {
      body: { email: 'customer2@example.com', password: 'puoti-customer-demo' },
      headers: { 'x-cart-token': shopper.token ?? '' },
    });
    const cart = await call('GET', '/api/v1/cart');
    expect(cart.body.items).toEqual([expect.objectContaining({ productId: product.id, quantity: 2 })]);
    expect(cart.body.token).toBeNull();
    const guestCart = await request('GET', '/api/v1/cart', {
      headers: { 'x-cart-token': shopper.token ?? '' },
    });
    expect(guestCart.body.items).toEqual([]);

    const saved = await call('POST', '/api/v1/addresses', address);
    expect(saved.status).toBe(201);
    const stockBefore = await ctx.db.execute(sql`select stock from products where id = ${product.id}`);
    const placed = await call(
      'POST',
      '/api/v1/orders',
      {
        addressId: saved.body.id,
        shippingMethodId: await fiHomeMethod(),
        paymentMethod: 'bank_transfer',
        acceptTerms: true,
      },
      { 'idempotency-key': `cust-${crypto.randomUUID()}` },
    );
    expect(placed.status).toBe(201);
    const number = placed.body.order.orderNumber;
    expect(placed.body.order.email).toBe('customer2@example.com');

    const mine = await call('GET', '/api/v1/orders?pageSize=5');
    expect(mine.body.items[0].orderNumber).toBe(number);
    expect((await call('GET', `/api/v1/orders/${number}`)).status).toBe(200);
    const other = await signIn('customer3@example.com');
    expect((await other('GET', `/api/v1/orders/${number}`)).status).toBe(404);
    expect((await other('POST', `/api/v1/orders/${number}/cancel`)).status).toBe(404);
    expect((await request('GET', `/api/v1/orders/${number}`)).status).toBe(401);

    const cancelled = await call('POST', `/api/v1/orders/${number}/cancel`, { reason: 'Changed my mind' });
    expect(cancelled.status).toBe(200);
    expect(cancelled.body).toMatchObject({ status: 'cancelled', canCancel: false });
    expect(cancelled.body.history.map((h: { status: string }) => h.status)).toEqual([
      'pending_payment',
      'cancelled',
    ]);
    const stockAfter = await ctx.db.execute(sql`select stock from products where id = ${product.id}`);
    expect((stockAfter as unknown as { rows: unknown }).rows).toEqual(
      (stockBefore as unknown as { rows: unknown }).rows,
    );
    const twice = await call('POST', `/api/v1/orders/${number}/cancel`);
    expect(twice.status).toBe(409);
    expect(twice.body.error.code).toBe('INVALID_TRANSITION');
  });
});

describe('card payment against the fake Stripe', () => {
  let fake: Awaited<ReturnType<typeof startFakeStripe>>;
  let stripeApp: Awaited<ReturnType<typeof createTestApp>>;

  beforeAll(async () => {
    fake = await startFakeStripe();
    stripeApp = await createTestApp({
      stripe: new StripeGateway({
        secretKey: fake.secretKey,
        webhookSecret: fake.webhookSecret,
        apiUrl: fake.url,
      }),
      env: { STRIPE_SECRET_KEY: fake.secretKey, STRIPE_PUBLISHABLE_KEY: 'pk_test_storefront' },
    });
    await setStock(stripeApp.db, { productId: product.id }, 500);
  });
  afterAll(async () => {
    await fake?.close();
  });

  it('offers cards, returns the client secret, and the signed webhook marks the order paid once', async () => {
    const call = async (
      method: string,
      url: string,
      body?: unknown,
      headers: Record<string, string> = {},
    ) => {
      const response = await stripeApp.app.request(url, {
        method,
        headers: { 'content-type': 'application/json', 'x-forwarded-for': '10.9.9.9', ...headers },
        body: typeof body === 'string' ? body : body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await response.text();
      return { status: response.status, body: text ? JSON.parse(text) : null };
    };
    const methods = await call('GET', '/api/v1/payment-methods');
    // The publishable key travels with the card method, for Stripe.js in the storefront's checkout.
    expect(methods.body.items).toEqual([
      { id: 'bank_transfer' },
      { id: 'stripe', publishableKey: 'pk_test_storefront' },
    ]);
    const added = await call('POST', '/api/v1/cart/items', { productId: product.id, quantity: 1 });
    const token = added.body.token as string;
    const shipping = await call('GET', '/api/v1/shipping-methods?country=FI');
    const placed = await call(
      'POST',
      '/api/v1/orders',
      {
        email: 'card@example.org',
        shippingAddress: address,
        shippingMethodId: shipping.body.items[0].id,
        paymentMethod: 'stripe',
        acceptTerms: true,
      },
      { 'x-cart-token': token, 'idempotency-key': `card-${crypto.randomUUID()}` },
    );
    expect(placed.status).toBe(201);
    const intentId = placed.body.payment.stripe.paymentIntentId as string;
    expect(placed.body.payment.stripe.clientSecret).toMatch(/^pi_.*_secret_/);

    const event = fake.succeed(intentId);
    const deliver = () =>
      call('POST', '/api/v1/payments/stripe/webhook', event.payload, { 'stripe-signature': event.signature });
    const results = await Promise.all([deliver(), deliver(), deliver()]);
    expect(results.map((r) => r.status)).toEqual([200, 200, 200]);
    expect(results.filter((r) => r.body.outcome === 'applied')).toHaveLength(1);

    const forged = await call(
      'POST',
      '/api/v1/payments/stripe/webhook',
      event.payload.replace('succeeded', 'canceled'),
      {
        'stripe-signature': event.signature,
      },
    );
    expect(forged.status).toBe(400);

    const tracked = await call('POST', '/api/v1/orders/track', {
      orderNumber: placed.body.order.orderNumber,
      email: 'card@example.org',
    });
    expect(tracked.body).toMatchObject({ status: 'paid', paymentStatus: 'paid' });
  });
});

describe('admin moves a bank-transfer order along', () => {
  it('marks it paid, ships it with tracking, delivers it; forbidden moves answer 409', async () => {
    const shopper = guest();
    await shopper.call('POST', '/api/v1/cart/items', { productId: product.id, quantity: 1 });
    const placed = await shopper.call(
      'POST',
      '/api/v1/orders?locale=fi',
      {
        email: 'admin-flow@example.org',
        shippingAddress: address,
        shippingMethodId: await fiHomeMethod(),
        paymentMethod: 'bank_transfer',
        acceptTerms: true,
      },
      { 'idempotency-key': `admin-${crypto.randomUUID()}` },
    );
    const number = placed.body.order.orderNumber as string;
    const login = await request('POST', '/api/v1/auth/login', {
      body: { email: 'admin@example.com', password: 'puoti-admin-demo' },
    });
    const admin = (method: string, url: string, body?: unknown) =>
      request(method, url, { body, headers: { authorization: `Bearer ${login.body.token}` } });

    const listed = await admin('GET', `/api/v1/admin/orders?q=${number}`);
    expect(listed.body.items.map((o: { orderNumber: string }) => o.orderNumber)).toEqual([number]);
    const untracked = await admin('POST', `/api/v1/admin/orders/${number}/status`, { status: 'shipped' });
    expect(untracked.status).toBe(400);
    expect(untracked.body.error.details.map((d: { field: string }) => d.field).sort()).toEqual([
      'carrier',
      'trackingNumber',
    ]);
    const early = await admin('POST', `/api/v1/admin/orders/${number}/status`, {
      status: 'shipped',
      carrier: 'Posti',
      trackingNumber: 'JJFI6400000000001',
    });
    expect(early.status).toBe(409);
    expect(early.body.error.code).toBe('INVALID_TRANSITION');

    const paid = await admin('POST', `/api/v1/admin/orders/${number}/status`, { status: 'paid' });
    expect(paid.body).toMatchObject({ status: 'paid', paymentStatus: 'paid' });
    const shipped = await admin('POST', `/api/v1/admin/orders/${number}/status`, {
      status: 'shipped',
      carrier: 'Posti',
      trackingNumber: 'JJFI6400000000001',
    });
    expect(shipped.body).toMatchObject({
      status: 'shipped',
      carrier: 'Posti',
      trackingNumber: 'JJFI6400000000001',
    });
    expect((await admin('POST', `/api/v1/admin/orders/${number}/cancel`)).status).toBe(404);
    const lateCancel = await admin('POST', `/api/v1/admin/orders/${number}/status`, { status: 'cancelled' });
    expect(lateCancel.status).toBe(409);
    const delivered = await admin('POST', `/api/v1/admin/orders/${number}/status`, { status: 'delivered' });
    expect(delivered.body.history.map((h: { status: string }) => h.status)).toEqual([
      'pending_payment',
      'paid',
      'shipped',
      'delivered',
    ]);

    const emails = (await ctx.db.execute(
      sql`select template, locale, data->>'trackingUrl' as tracking from email_outbox
          where data->>'orderNumber' = ${number} order by created_at`,
    )) as unknown as { rows: { template: string; locale: string; tracking: string | null }[] };
    expect(emails.rows.map((row) => row.template)).toEqual([
      'order_confirmation',
      'payment_received',
      'order_shipped',
    ]);
    expect(emails.rows.every((row) => row.locale === 'fi')).toBe(true);
    expect(emails.rows[2]?.tracking).toContain('JJFI6400000000001');
    const audit = (await ctx.db.execute(
      sql`select count(*)::int as n from audit_log a join orders o on o.id::text = a.entity_id::text
          where a.action = 'order.status' and o.order_number = ${number}`,
    )) as unknown as { rows: { n: number }[] };
    expect(audit.rows[0]?.n).toBe(3);

    const noted = await admin('POST', `/api/v1/admin/orders/${number}/notes`, { body: 'Left at the door' });
    expect(noted.status).toBe(200);
    expect(noted.body.notes).toEqual([
      expect.objectContaining({ body: 'Left at the door', authorEmail: 'admin@example.com' }),
    ]);
    expect(noted.body.payments).toEqual([
      expect.objectContaining({ provider: 'bank_transfer', status: 'succeeded' }),
    ]);
    const tracked = await request('POST', '/api/v1/orders/track', {
      body: { orderNumber: number, email: 'admin-flow@example.org' },
    });
    expect(JSON.stringify(tracked.body)).not.toContain('Left at the door');

    const csv = await ctx.app.request(`/api/v1/admin/orders/export.csv?q=${number}`, {
      headers: { authorization: `Bearer ${login.body.token}` },
    });
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    const lines = (await csv.text()).trim().split('\r\n');
    expect(lines[0]).toMatch(/^orderNumber,createdAt,status/);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(`${number},`);
    expect(lines[1]).toContain(',delivered,paid,bank_transfer,admin-flow@example.org,Aino Virtanen,FI,');
  });
});

describe('catalogue cache and the last unit', () => {
  it('an order that sells the last unit refreshes the cached product page at once', async () => {
    const cached = await createTestApp({ cache: true });
    await setStock(cached.db, { productId: product.id }, 1);
    const call = async (
      method: string,
      url: string,
      body?: unknown,
      headers: Record<string, string> = {},
    ) => {
      const response = await cached.app.request(url, {
        method,
        headers: { 'content-type': 'application/json', 'x-forwarded-for': '10.9.8.1', ...headers },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return { status: response.status, body: await response.json() };
    };
    expect((await call('GET', `/api/v1/products/${product.id}`)).body.inStock).toBe(true);
    const added = await call('POST', '/api/v1/cart/items', { productId: product.id, quantity: 1 });
    const shipping = await call('GET', '/api/v1/shipping-methods?country=FI');
    const placed = await call(
      'POST',
      '/api/v1/orders',
      {
        email: 'last-unit@example.org',
        shippingAddress: address,
        shippingMethodId: shipping.body.items[0].id,
        paymentMethod: 'bank_transfer',
        acceptTerms: true,
      },
      { 'x-cart-token': added.body.token, 'idempotency-key': `last-${crypto.randomUUID()}` },
    );
    expect(placed.status).toBe(201);
    expect((await call('GET', `/api/v1/products/${product.id}`)).body.inStock).toBe(false);
    await setStock(cached.db, { productId: product.id }, 500);
  });
});
