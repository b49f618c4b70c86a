/**
 * Checkout under real parallel requests: every case fires its requests with Promise.all. On PostgreSQL
 * (`npm run test:pg`) they run as concurrent transactions over the pool (20 connections); on PGlite the
 * single connection makes them take turns, which still checks the answers and the bookkeeping.
 *
 * The PostgreSQL database is shared with the other test files (one after another), so this file creates
 * no products: it borrows simple demo products, sets their stock, and puts the stock back afterwards.
 * Its orders, coupons and emails carry a per-run marker so the assertions count only its own rows.
 */
import { StripeGateway } from '@puoti/core/payments';
import { type FakeStripe, setStock as setStockThroughLedger, startFakeStripe } from '@puoti/core/testing';
import { type SQL, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from './testing';

type Answer = {
  status: number;
  // biome-ignore lint/suspicious/noExplicitAny: tests read JSON answers field by field
  body: any;
};

let ctx: Awaited<ReturnType<typeof createTestApp>>;
let fake: FakeStripe;
let shippingMethodId: string;
/** Marks this run's emails and coupon codes (the PostgreSQL database outlives the run). */
const run = crypto.randomUUID().slice(0, 8);
let ipCounter = 0;

interface Borrowed {
  id: string;
  priceCents: number;
  originalStock: number;
}
/** Simple demo products, one per case, so a case's stock is not touched by another's orders. */
const borrowed: Borrowed[] = [];

async function rows<T>(query: SQL): Promise<T[]> {
  return ((await ctx.db.execute(query)) as unknown as { rows: T[] }).rows;
}

async function one<T>(query: SQL): Promise<T> {
  const [row] = await rows<T>(query);
  if (!row) throw new Error('The query returned no row.');
  return row;
}

async function stockOf(productId: string): Promise<number> {
  return (await one<{ stock: number }>(sql`select stock from products where id = ${productId}`)).stock;
}

/** Through the ledger, so the shared database's stock still adds up to its movements for other tests. */
async function setStock(productId: string, stock: number): Promise<void> {
  await setStockThroughLedger(ctx.db, { productId }, stock);
}

function product(index: number): Borrowed {
  const found = borrowed[index];
  if (!found) throw new Error(`No demo product number ${index}.`);
  return found;
}

/** A guest API client with its own cart token and its own address (rate limits count per address). */
function guest() {
  ipCounter += 1;
  const ip = `10.77.${Math.floor(ipCounter / 250)}.${(ipCounter % 250) + 1}`;
  let token: string | null = null;
  return {
    get token() {
      return token;
    },
    async call(method: string, url: string, body?: unknown, headers: Record<string, string> = {}) {
      const response = await ctx.app.request(url, {
        method,
        headers: {
          'content-type': 'application/json',
          'x-forwarded-for': ip,
          ...(token ? { 'x-cart-token': token } : {}),
          ...headers,
        },
        body: typeof body === 'string' ? body : body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await response.text();
      const answer: Answer = { status: response.status, body: text ? JSON.parse(text) : null };
      if (answer.body?.token) token = answer.body.token;
      return answer;
    },
  };
}
type Guest = ReturnType<typeof guest>;

const address = {
  fullName: 'Aino Virtanen',
  line1: 'Mannerheimintie 1',
  postalCode: '00100',
  city: 'Helsinki',
  country: 'FI',
};

function checkout(email: string, paymentMethod: 'bank_transfer' | 'stripe' = 'bank_transfer') {
  return { email, shippingAddress: address, shippingMethodId, paymentMethod, acceptTerms: true };
}

/** A guest with `quantity` units of the product in a fresh cart. */
async function guestWith(productId: string, quantity = 1): Promise<Guest> {
  const shopper = guest();
  const added = await shopper.call('POST', '/api/v1/cart/items', { productId, quantity });
  expect(added.status).toBe(200);
  return shopper;
}

function countBy<T>(items: T[], key: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
}

async function createCoupon(code: string, usageLimit: number | null): Promise<string> {
  const row = await one<{ id: string }>(
    sql`insert into coupons (code, description, type, value, usage_limit)
        values (${code}, 'concurrency test', 'percentage', 10, ${usageLimit}) returning id`,
  );
  return row.id;
}

beforeAll(async () => {
  fake = await startFakeStripe();
  ctx = await createTestApp({
    stripe: new StripeGateway({
      secretKey: fake.secretKey,
      webhookSecret: fake.webhookSecret,
      apiUrl: fake.url,
    }),
  });
  // From the far end of the SKU order: checkout.test.ts borrows the first simple product.
  const picked = await rows<{ id: string; price_cents: number; stock: number }>(
    sql`select p.id, p.price_cents, p.stock from products p
        where p.is_visible and p.archived_at is null and p.price_cents between 500 and 20000
          and not exists (select 1 from product_variants v where v.product_id = p.id)
        order by p.sku desc limit 5`,
  );
  if (picked.length < 5) throw new Error('The demo store has fewer than 5 simple products.');
  borrowed.push(
    ...picked.map((row) => ({ id: row.id, priceCents: row.price_cents, originalStock: row.stock })),
  );
  const methods = await guest().call('GET', '/api/v1/shipping-methods?country=FI');
  const home = methods.body.items.find((method: { code: string }) => method.code === 'fi-home');
  if (!home) throw new Error('No fi-home shipping method.');
  shippingMethodId = home.id;
});

afterAll(async () => {
  for (const item of borrowed) await setStock(item.id, item.originalStock);
  await fake?.close();
});

describe('checkout under parallel requests', () => {
  it('sells the last 5 units to exactly 5 of 50 buyers and never below zero', async () => {
    const { id } = product(0);
    await setStock(id, 50);
    const buyers = await Promise.all(Array.from({ length: 50 }, () => guestWith(id)));
    // The carts were filled while there was plenty; now only 5 are left for 50 checkouts at once.
    await setStock(id, 5);
    const emails = buyers.map((_, index) => `oversell-${run}-${index}@example.org`);
    const answers = await Promise.all(
      buyers.map((buyer, index) =>
        buyer.call('POST', '/api/v1/orders', checkout(emails[index] ?? ''), {
          'idempotency-key': `oversell-${run}-${index}`,
        }),
      ),
    );

    expect(countBy(answers, (answer) => String(answer.status))).toEqual({ 201: 5, 409: 45 });
    for (const refused of answers.filter((answer) => answer.status === 409)) {
      expect(refused.body.error.code).toBe('OUT_OF_STOCK');
      expect(refused.body.error.details.lines).toEqual([
        expect.objectContaining({ productId: id, requested: 1 }),
      ]);
    }
    expect(await stockOf(id)).toBe(0);
    const orders = await rows<{ id: string }>(
      sql`select id from orders where email like ${`oversell-${run}-%`}`,
    );
    expect(orders).toHaveLength(5);
    const ledger = await one<{ total: number; movements: number }>(
      sql`select coalesce(sum(m.delta), 0)::int as total, count(*)::int as movements
          from stock_movements m join orders o on o.id = m.order_id
          where m.product_id = ${id} and o.email like ${`oversell-${run}-%`}`,
    );
    expect(ledger).toEqual({ total: -5, movements: 5 });
    // And the whole ledger of the product still adds up to its stock.
    const books = await one<{ stock: number; moved: number }>(
      sql`select p.stock, (select coalesce(sum(delta), 0)::int from stock_movements where product_id = p.id) as moved
          from products p where p.id = ${id}`,
    );
    expect(books.moved).toBe(books.stock);
  });

  it('gives a coupon limited to 3 uses to exactly 3 of 30 parallel checkouts', async () => {
    const { id } = product(1);
    await setStock(id, 100);
    const code = `RACE${run.toUpperCase()}`;
    const couponId = await createCoupon(code, 3);
    const buyers = await Promise.all(Array.from({ length: 30 }, () => guestWith(id)));
    // Each guest applies it from its own address: the coupon rate limit counts per address.
    const applied = await Promise.all(
      buyers.map((buyer) => buyer.call('POST', '/api/v1/cart/coupon', { code })),
    );
    expect(applied.map((answer) => answer.status)).toEqual(buyers.map(() => 200));

    const answers = await Promise.all(
      buyers.map((buyer, index) =>
        buyer.call('POST', '/api/v1/orders', checkout(`coupon-${run}-${index}@example.org`), {
          'idempotency-key': `coupon-${run}-${index}`,
        }),
      ),
    );

    expect(countBy(answers, (answer) => String(answer.status))).toEqual({ 201: 3, 422: 27 });
    for (const placed of answers.filter((answer) => answer.status === 201)) {
      expect(placed.body.order.couponCode).toBe(code);
      expect(placed.body.order.discountCents).toBeGreaterThan(0);
    }
    for (const refused of answers.filter((answer) => answer.status === 422)) {
      expect(refused.body.error).toMatchObject({ code: 'COUPON_INVALID', details: { reason: 'used_up' } });
    }
    const coupon = await one<{ times_used: number }>(
      sql`select times_used from coupons where id = ${couponId}`,
    );
    expect(coupon.times_used).toBe(3);
    const redemptions = await one<{ n: number }>(
      sql`select count(*)::int as n from coupon_redemptions where coupon_id = ${couponId} and released_at is null`,
    );
    expect(redemptions.n).toBe(3);
    const withCoupon = await one<{ n: number }>(
      sql`select count(*)::int as n from orders where coupon_code = ${code}`,
    );
    expect(withCoupon.n).toBe(3);
    // Only the three orders took stock: the refused checkouts rolled back.
    expect(await stockOf(id)).toBe(97);
  });

  it('places one order for one Idempotency-Key sent 20 times at once', async () => {
    const { id } = product(2);
    await setStock(id, 100);
    const buyer = await guestWith(id, 2);
    const key = `same-${run}-${crypto.randomUUID()}`;
    const body = checkout(`idem-${run}@example.org`);
    const answers = await Promise.all(
      Array.from({ length: 20 }, () =>
        buyer.call('POST', '/api/v1/orders', body, { 'idempotency-key': key }),
      ),
    );

    // Requests with one key take turns on an advisory lock: the first places, the others find its order.
    expect(countBy(answers, (answer) => String(answer.status))).toEqual({ 200: 19, 201: 1 });
    const numbers = new Set(answers.map((answer) => answer.body.order.orderNumber));
    expect(numbers.size).toBe(1);
    const orders = await rows<{ order_number: string }>(
      sql`select order_number from orders where idempotency_key = ${key}`,
    );
    expect(orders.map((order) => order.order_number)).toEqual([...numbers]);
    expect(await stockOf(id)).toBe(98);
    const confirmations = await one<{ n: number }>(
      sql`select count(*)::int as n from email_outbox where template = 'order_confirmation' and recipient = ${`idem-${run}@example.org`}`,
    );
    expect(confirmations.n).toBe(1);
  });

  it('applies a Stripe payment delivered 5 times at once exactly once', async () => {
    const { id } = product(3);
    await setStock(id, 100);
    const buyer = await guestWith(id);
    const placed = await buyer.call('POST', '/api/v1/orders', checkout(`card-${run}@example.org`, 'stripe'), {
      'idempotency-key': `card-${run}`,
    });
    expect(placed.status).toBe(201);
    const orderNumber: string = placed.body.order.orderNumber;
    const event = fake.succeed(placed.body.payment.stripe.paymentIntentId);

    const answers = await Promise.all(
      Array.from({ length: 5 }, () =>
        buyer.call('POST', '/api/v1/payments/stripe/webhook', event.payload, {
          'stripe-signature': event.signature,
        }),
      ),
    );

    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200, 200, 200]);
    expect(countBy(answers, (answer) => answer.body.outcome)).toEqual({ applied: 1, duplicate: 4 });
    const order = await one<{ id: string; status: string; payment_status: string }>(
      sql`select id, status, payment_status from orders where order_number = ${orderNumber}`,
    );
    expect(order).toMatchObject({ status: 'paid', payment_status: 'paid' });
    const history = await rows<{ to_status: string }>(
      sql`select to_status from order_status_history where order_id = ${order.id} order by id`,
    );
    expect(history.map((entry) => entry.to_status)).toEqual(['pending_payment', 'paid']);
    const emails = await rows<{ template: string }>(
      sql`select template from email_outbox where data->>'orderNumber' = ${orderNumber} order by id`,
    );
    expect(countBy(emails, (email) => email.template)).toEqual({
      order_confirmation: 1,
      payment_received: 1,
    });
    const recorded = await one<{ n: number }>(
      sql`select count(*)::int as n from payment_events where event_id = ${event.id}`,
    );
    expect(recorded.n).toBe(1);
  });

  it('leaves stock, coupon uses and orders as they were when a step after the stock fails', async () => {
    const { id } = product(4);
    await setStock(id, 40);
    const code = `FAIL${run.toUpperCase()}`;
    const couponId = await createCoupon(code, 10);
    const email = `fail-${run}@example.org`;
    // Raises only for this test's order, so other tests on the shared database are unaffected. DDL
    // takes no bind parameters; the name and email are built from a hex run id, nothing external.
    const fn = `puoti_test_fail_payment_${run}`;
    await ctx.db.execute(
      sql.raw(`create function ${fn}() returns trigger language plpgsql as $$
        begin
          if exists (select 1 from orders where id = new.order_id and email = '${email}') then
            raise exception 'injected failure after the stock step';
          end if;
          return new;
        end $$`),
    );
    try {
      await ctx.db.execute(
        sql.raw(`create trigger ${fn} before insert on payments for each row execute function ${fn}()`),
      );
      const buyer = await guestWith(id, 3);
      expect((await buyer.call('POST', '/api/v1/cart/coupon', { code })).status).toBe(200);
      const key = `fail-${run}`;
      const orderCount = async () => (await one<{ n: number }>(sql`select count(*)::int as n from orders`)).n;
      const ordersBefore = await orderCount();
      const movementCount = async () =>
        (
          await one<{ n: number }>(
            sql`select count(*)::int as n from stock_movements where product_id = ${id}`,
          )
        ).n;
      const movementsBefore = await movementCount();

      const failed = await buyer.call('POST', '/api/v1/orders', checkout(email), { 'idempotency-key': key });

      expect(failed.status).toBe(500);
      expect(failed.body.error.code).toBe('INTERNAL');
      expect(JSON.stringify(failed.body)).not.toContain('injected');
      expect(await stockOf(id)).toBe(40);
      const coupon = await one<{ times_used: number }>(
        sql`select times_used from coupons where id = ${couponId}`,
      );
      expect(coupon.times_used).toBe(0);
      const redemptions = await one<{ n: number }>(
        sql`select count(*)::int as n from coupon_redemptions where coupon_id = ${couponId}`,
      );
      expect(redemptions.n).toBe(0);
      expect(
        await rows(sql`select id from orders where idempotency_key = ${key} or email = ${email}`),
      ).toEqual([]);
      expect(await orderCount()).toBe(ordersBefore);
      expect(await rows(sql`select id from email_outbox where recipient = ${email}`)).toEqual([]);
      expect(await movementCount()).toBe(movementsBefore);
      // The cart is untouched, coupon included, so the buyer can simply try again.
      const cart = await buyer.call('GET', '/api/v1/cart');
      expect(cart.body.items).toEqual([expect.objectContaining({ productId: id, quantity: 3 })]);
      expect(cart.body.coupon?.code).toBe(code);
    } finally {
      await ctx.db.execute(sql.raw(`drop trigger if exists ${fn} on payments`));
      await ctx.db.execute(sql.raw(`drop function if exists ${fn}()`));
    }
  });
});
