import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../db/client';
import {
  couponRedemptions,
  coupons,
  orderNotes,
  orderStatusHistory,
  orders,
  products,
  stockMovements,
} from '../db/schema';
import { handleStripeEvent, StripeGateway } from '../payments/index';
import { openTestDatabase } from '../testing/database';
import { type FakeStripe, startFakeStripe } from '../testing/fake-stripe';
import {
  couponTimesUsed,
  emailsTo,
  expectAppError,
  orderRow,
  paymentOf,
  productStock,
  publicUrl,
  type QuickOrder,
  quickOrder,
  shippingMethodId,
  shopFixtures,
  type TestUser,
} from '../testing/shop-fixtures';
import {
  cancelOrder,
  changeOrderStatus,
  getOrderFor,
  listMyOrders,
  type OrderActor,
  trackOrder,
} from './index';

let db: Db;
let fake: FakeStripe;
let stripe: StripeGateway;
let fiHome: string;
const shop = shopFixtures(() => db, 'orders');

beforeAll(async () => {
  db = (await openTestDatabase()).db;
  fake = await startFakeStripe();
  stripe = new StripeGateway({
    secretKey: fake.secretKey,
    webhookSecret: fake.webhookSecret,
    apiUrl: fake.url,
  });
  fiHome = await shippingMethodId(db, 'fi-home');
});

afterAll(async () => {
  await fake.close();
});

const customer = (user: TestUser): OrderActor => ({ userId: user.id, isAdmin: false });
const deps = () => ({ stripe, publicUrl });

async function customerOrder(
  user: TestUser,
  options: { quantity?: number; couponCode?: string; card?: boolean } = {},
) {
  const product = await shop.product({ priceCents: 2000, stock: 10 });
  const placed = await quickOrder(db, {
    user,
    lines: [{ productId: product.id, quantity: options.quantity ?? 2 }],
    shippingMethodId: fiHome,
    stripe: options.card ? stripe : null,
    ...(options.couponCode ? { couponCode: options.couponCode } : {}),
  });
  return { ...placed, product };
}

/** The customer pays in the browser and Stripe reports it. */
async function pay(order: QuickOrder): Promise<string> {
  const intentId = order.placed.payment.stripe?.paymentIntentId ?? '';
  const event = fake.succeed(intentId);
  await handleStripeEvent(db, stripe.parseWebhook(event.payload, event.signature), { publicUrl });
  return intentId;
}

async function historyOf(orderId: string) {
  return db
    .select({
      from: orderStatusHistory.fromStatus,
      to: orderStatusHistory.toStatus,
      actorId: orderStatusHistory.actorId,
      note: orderStatusHistory.note,
    })
    .from(orderStatusHistory)
    .where(eq(orderStatusHistory.orderId, orderId))
    .orderBy(orderStatusHistory.id);
}

describe("a customer's orders", () => {
  it('lists only their own, newest first, a page at a time', async () => {
    const alice = await shop.user({ name: 'alice' });
    const bob = await shop.user({ name: 'bob' });
    const numbers: string[] = [];
    for (let i = 0; i < 3; i += 1) numbers.push((await customerOrder(alice)).placed.order.orderNumber);
    const bobs = (await customerOrder(bob)).placed.order.orderNumber;

    const first = await listMyOrders(db, alice.id, { page: 1, pageSize: 2 });
    const second = await listMyOrders(db, alice.id, { page: 2, pageSize: 2 });
    expect(first).toMatchObject({ total: 3, page: 1, pageSize: 2 });
    expect([...first.items, ...second.items].map((order) => order.orderNumber)).toEqual(
      [...numbers].reverse(),
    );
    expect(first.items[0]?.items).toHaveLength(1);

    const bobsList = await listMyOrders(db, bob.id, { page: 1, pageSize: 20 });
    expect(bobsList.total).toBe(1);
    expect(bobsList.items.map((order) => order.orderNumber)).toEqual([bobs]);
  });

  it('shows an order to its owner and to admins; for anyone else it does not exist', async () => {
    const owner = await shop.user();
    const stranger = await shop.user();
    const { placed } = await customerOrder(owner);
    const number = placed.order.orderNumber;

    expect((await getOrderFor(db, number, customer(owner))).orderNumber).toBe(number);
    expect((await getOrderFor(db, number, { userId: null, isAdmin: true })).orderNumber).toBe(number);
    await expectAppError(getOrderFor(db, number, customer(stranger)), 'NOT_FOUND', 404);
    await expectAppError(getOrderFor(db, number, { userId: null, isAdmin: false }), 'NOT_FOUND', 404);
    await expectAppError(getOrderFor(db, '2000-999999', customer(owner)), 'NOT_FOUND', 404);

    // A guest's order has no owner account: only admins see it here (guests use trackOrder).
    const product = await shop.product();
    const guestOrder = await quickOrder(db, {
      email: shop.email(),
      lines: [{ productId: product.id, quantity: 1 }],
      shippingMethodId: fiHome,
    });
    const guestNumber = guestOrder.placed.order.orderNumber;
    await expectAppError(getOrderFor(db, guestNumber, customer(stranger)), 'NOT_FOUND');
    expect((await getOrderFor(db, guestNumber, { userId: stranger.id, isAdmin: true })).email).toBe(
      guestOrder.email,
    );
  });
});

describe('trackOrder', () => {
  it('finds an order by its number and email in any case, without address or payment details', async () => {
    const product = await shop.product();
    const email = shop.email('tracker');
    const { placed } = await quickOrder(db, {
      email,
      lines: [{ productId: product.id, quantity: 3 }],
      shippingMethodId: fiHome,
    });
    const tracked = await trackOrder(db, {
      orderNumber: ` ${placed.order.orderNumber} `,
      email: ` ${email.toUpperCase()} `,
    });
    expect(tracked).toEqual({
      orderNumber: placed.order.orderNumber,
      status: 'pending_payment',
      paymentStatus: 'pending',
      createdAt: placed.order.createdAt,
      items: [{ name: product.name, variantLabel: null, quantity: 3 }],
      totalCents: placed.order.totalCents,
      shippingMethod: 'Kotiinkuljetus',
      carrier: null,
      trackingNumber: null,
      trackingUrl: null,
      history: [{ status: 'pending_payment', at: expect.any(String) }],
    });
  });

  it('answers a wrong email and a wrong number with the same 404', async () => {
    const product = await shop.product();
    const email = shop.email('tracked');
    const { placed } = await quickOrder(db, {
      email,
      lines: [{ productId: product.id, quantity: 1 }],
      shippingMethodId: fiHome,
    });
    const wrongEmail = await expectAppError(
      trackOrder(db, { orderNumber: placed.order.orderNumber, email: shop.email('someone-else') }),
      'NOT_FOUND',
      404,
    );
    const wrongNumber = await expectAppError(
      trackOrder(db, { orderNumber: '1999-000001', email }),
      'NOT_FOUND',
      404,
    );
    expect(wrongEmail.message).toBe(wrongNumber.message);
    expect(wrongEmail.details).toEqual(wrongNumber.details);
  });
});

describe('cancelOrder', () => {
  it('cancels a pending bank-transfer order: stock back, coupon released, history and email', async () => {
    const user = await shop.user();
    const coupon = await shop.coupon({ type: 'fixed', value: 500 });
    const order = await customerOrder(user, { quantity: 3, couponCode: coupon.code });
    expect(await productStock(db, order.product.id)).toBe(7);
    expect(await couponTimesUsed(db, coupon.id)).toBe(1);

    const view = await cancelOrder(db, deps(), {
      orderNumber: order.placed.order.orderNumber,
      actor: customer(user),
      reason: '  Tilasin väärän koon  ',
    });

    expect(view).toMatchObject({ status: 'cancelled', canCancel: false, cancelledAt: expect.any(String) });
    expect(view.history.map((entry) => entry.status)).toEqual(['pending_payment', 'cancelled']);
    expect(await productStock(db, order.product.id)).toBe(10);
    const movements = await db
      .select({
        delta: stockMovements.delta,
        stockAfter: stockMovements.stockAfter,
        reason: stockMovements.reason,
      })
      .from(stockMovements)
      .where(eq(stockMovements.orderId, order.orderId))
      .orderBy(stockMovements.id);
    expect(movements).toEqual([
      { delta: -3, stockAfter: 7, reason: 'order' },
      { delta: 3, stockAfter: 10, reason: 'cancellation' },
    ]);
    expect(await couponTimesUsed(db, coupon.id)).toBe(0);
    const [redemption] = await db
      .select()
      .from(couponRedemptions)
      .where(eq(couponRedemptions.orderId, order.orderId));
    expect(redemption?.releasedAt).toBeInstanceOf(Date);
    expect(await historyOf(order.orderId)).toEqual([
      { from: null, to: 'pending_payment', actorId: user.id, note: null },
      { from: 'pending_payment', to: 'cancelled', actorId: user.id, note: 'Tilasin väärän koon' },
    ]);
    expect(await paymentOf(db, order.orderId)).toMatchObject({ status: 'canceled' });
    const mails = await emailsTo(db, user.email);
    expect(mails.map((mail) => mail.template)).toEqual(['order_confirmation', 'order_cancelled']);
    expect(mails[1]?.data).toMatchObject({ orderNumber: view.orderNumber, refundCents: 0 });
  });

  it('refuses to cancel twice, and leaves the stock and coupon alone the second time', async () => {
    const user = await shop.user();
    const coupon = await shop.coupon();
    const order = await customerOrder(user, { couponCode: coupon.code });
    const input = { orderNumber: order.placed.order.orderNumber, actor: customer(user) };
    await cancelOrder(db, deps(), input);
    const error = await expectAppError(cancelOrder(db, deps(), input), 'INVALID_TRANSITION', 409);
    expect(error.details).toMatchObject({ from: 'cancelled', to: 'cancelled' });
    expect(await productStock(db, order.product.id)).toBe(10);
    expect(await couponTimesUsed(db, coupon.id)).toBe(0);
    expect(await historyOf(order.orderId)).toHaveLength(2);
    expect(
      (await emailsTo(db, user.email)).filter((mail) => mail.template === 'order_cancelled'),
    ).toHaveLength(1);
  });

  it('refuses to cancel an order that has shipped or been delivered', async () => {
    const user = await shop.user();
    for (const status of ['shipped', 'delivered'] as const) {
      const order = await customerOrder(user);
      await db.update(orders).set({ status }).where(eq(orders.id, order.orderId));
      const error = await expectAppError(
        cancelOrder(db, deps(), {
          orderNumber: order.placed.order.orderNumber,
          actor: { userId: null, isAdmin: true },
        }),
        'INVALID_TRANSITION',
        409,
      );
      expect(error.details).toMatchObject({ from: status });
      expect(await productStock(db, order.product.id)).toBe(8);
      expect((await orderRow(db, order.placed.order.orderNumber)).status).toBe(status);
    }
  });

  it('does not deadlock with a checkout that holds the same coupon and wants the same product', async () => {
    const user = await shop.user();
    const coupon = await shop.coupon();
    const order = await customerOrder(user, { couponCode: coupon.code });
    let signalLocked: () => void = () => {};
    const couponLocked = new Promise<void>((resolve) => {
      signalLocked = resolve;
    });
    // What a checkout does in its transaction: take a use of the coupon, then the product's stock.
    const checkout = db.transaction(async (tx) => {
      await tx
        .update(coupons)
        .set({ timesUsed: sql`${coupons.timesUsed}` })
        .where(eq(coupons.id, coupon.id));
      signalLocked();
      await tx.execute(sql`select pg_sleep(0.3)`);
      await tx
        .update(products)
        .set({ stock: sql`${products.stock}` })
        .where(eq(products.id, order.product.id));
    });
    await couponLocked;
    const cancel = cancelOrder(db, deps(), {
      orderNumber: order.placed.order.orderNumber,
      actor: customer(user),
    });

    // PostgreSQL would abort one of the two with a deadlock if they took the locks in opposite orders.
    await Promise.all([checkout, cancel]);
    expect((await orderRow(db, order.placed.order.orderNumber)).status).toBe('cancelled');
    expect(await couponTimesUsed(db, coupon.id)).toBe(0);
    expect(await productStock(db, order.product.id)).toBe(10);
  });

  it("answers 404 for somebody else's order, and for a guest order to a customer", async () => {
    const owner = await shop.user();
    const stranger = await shop.user();
    const order = await customerOrder(owner);
    await expectAppError(
      cancelOrder(db, deps(), { orderNumber: order.placed.order.orderNumber, actor: customer(stranger) }),
      'NOT_FOUND',
      404,
    );
    const product = await shop.product();
    const guestOrder = await quickOrder(db, {
      email: shop.email(),
      lines: [{ productId: product.id, quantity: 1 }],
      shippingMethodId: fiHome,
    });
    await expectAppError(
      cancelOrder(db, deps(), {
        orderNumber: guestOrder.placed.order.orderNumber,
        actor: { userId: null, isAdmin: false },
      }),
      'NOT_FOUND',
    );
    expect((await orderRow(db, order.placed.order.orderNumber)).status).toBe('pending_payment');
  });

  it('lets an admin cancel a paid bank-transfer order, leaving a note to refund it by hand', async () => {
    const user = await shop.user();
    const admin = await shop.user({ role: 'admin', name: 'admin' });
    const order = await customerOrder(user);
    await db
      .update(orders)
      .set({ status: 'paid', paymentStatus: 'paid', paidAt: new Date() })
      .where(eq(orders.id, order.orderId));

    const view = await cancelOrder(db, deps(), {
      orderNumber: order.placed.order.orderNumber,
      actor: { userId: admin.id, isAdmin: true },
    });
    expect(view).toMatchObject({ status: 'cancelled', paymentStatus: 'paid' });
    const notes = await db.select().from(orderNotes).where(eq(orderNotes.orderId, order.orderId));
    expect(notes).toEqual([
      expect.objectContaining({ authorId: admin.id, body: expect.stringMatching(/refund/) }),
    ]);
    const cancelled = (await emailsTo(db, user.email)).find((mail) => mail.template === 'order_cancelled');
    expect(cancelled?.data).toMatchObject({ refundCents: order.placed.order.totalCents });
    expect((await historyOf(order.orderId)).at(-1)).toMatchObject({
      from: 'paid',
      to: 'cancelled',
      actorId: admin.id,
    });
  });

  it('cancels the open PaymentIntent of an unpaid card order', async () => {
    const user = await shop.user();
    const order = await customerOrder(user, { card: true });
    const intentId = order.placed.payment.stripe?.paymentIntentId ?? '';
    await cancelOrder(db, deps(), { orderNumber: order.placed.order.orderNumber, actor: customer(user) });
    expect(fake.intents.get(intentId)?.status).toBe('canceled');
    expect(await paymentOf(db, order.orderId)).toMatchObject({ status: 'canceled', refundedCents: 0 });
    expect(await productStock(db, order.product.id)).toBe(10);
  });

  it('refunds a paid card order through Stripe', async () => {
    const user = await shop.user();
    const order = await customerOrder(user, { card: true });
    const intentId = await pay(order);
    const total = order.placed.order.totalCents;
    expect((await orderRow(db, order.placed.order.orderNumber)).status).toBe('paid');

    const view = await cancelOrder(db, deps(), {
      orderNumber: order.placed.order.orderNumber,
      actor: customer(user),
    });

    const refunds = [...fake.refunds.values()].filter((refund) => refund.payment_intent === intentId);
    expect(refunds.map((refund) => refund.amount)).toEqual([total]);
    expect(view).toMatchObject({ status: 'cancelled', paymentStatus: 'refunded' });
    expect(await paymentOf(db, order.orderId)).toMatchObject({ status: 'refunded', refundedCents: total });
    expect(await productStock(db, order.product.id)).toBe(10);
    const cancelled = (await emailsTo(db, user.email)).find((mail) => mail.template === 'order_cancelled');
    expect(cancelled?.data).toMatchObject({ refundCents: total });
    // No note for the admin: the money went back by itself.
    expect(await db.select().from(orderNotes).where(eq(orderNotes.orderId, order.orderId))).toEqual([]);

    // Stripe then reports the refund; it changes nothing.
    const refunded = fake.event('charge.refunded', intentId);
    expect(
      await handleStripeEvent(db, stripe.parseWebhook(refunded.payload, refunded.signature), { publicUrl }),
    ).toBe('ignored');
    expect(await paymentOf(db, order.orderId)).toMatchObject({ status: 'refunded', refundedCents: total });
  });

  it('keeps the order locked while Stripe refunds it, so it cannot ship in between', async () => {
    const user = await shop.user();
    const admin = await shop.user({ role: 'admin' });
    const order = await customerOrder(user, { card: true });
    await pay(order);
    const orderNumber = order.placed.order.orderNumber;

    // An admin ships the order while the refund request is on its way to Stripe. Its outcome is kept
    // as a value: on PostgreSQL it fails as soon as the cancellation commits, before the test looks.
    let shipping: Promise<unknown> = Promise.resolve();
    const racing = Object.create(stripe) as StripeGateway;
    racing.refund = async (...args: Parameters<StripeGateway['refund']>) => {
      shipping = changeOrderStatus(db, deps(), {
        orderNumber,
        change: { status: 'shipped', carrier: 'Posti', trackingNumber: 'JJFI0001' },
        actor: { id: admin.id, email: admin.email },
      }).then(
        () => 'shipped',
        (error: unknown) => error,
      );
      await new Promise((resolve) => setTimeout(resolve, 50));
      return stripe.refund(...args);
    };

    const view = await cancelOrder(db, { stripe: racing, publicUrl }, { orderNumber, actor: customer(user) });

    expect(view).toMatchObject({ status: 'cancelled', paymentStatus: 'refunded' });
    expect(await shipping).toMatchObject({ code: 'INVALID_TRANSITION', status: 409 });
    expect((await orderRow(db, orderNumber)).status).toBe('cancelled');
  });

  it('refunds the rest of a card order that was partly refunded before', async () => {
    const user = await shop.user();
    const order = await customerOrder(user, { card: true });
    const intentId = await pay(order);
    const total = order.placed.order.totalCents;
    // The shopkeeper gave 5 € back in Stripe's dashboard; Stripe reported it.
    await stripe.refund(intentId, 500);
    const partial = fake.event('charge.refunded', intentId);
    await handleStripeEvent(db, stripe.parseWebhook(partial.payload, partial.signature), { publicUrl });
    expect((await orderRow(db, order.placed.order.orderNumber)).paymentStatus).toBe('partially_refunded');

    const view = await cancelOrder(db, deps(), {
      orderNumber: order.placed.order.orderNumber,
      actor: customer(user),
    });

    const refunds = [...fake.refunds.values()].filter((refund) => refund.payment_intent === intentId);
    expect(refunds.map((refund) => refund.amount).sort((a, b) => a - b)).toEqual(
      [500, total - 500].sort((a, b) => a - b),
    );
    expect(view).toMatchObject({ status: 'cancelled', paymentStatus: 'refunded' });
    expect(await paymentOf(db, order.orderId)).toMatchObject({ status: 'refunded', refundedCents: total });
    // The email states what the customer gets back in all, the earlier 5 € included.
    const cancelled = (await emailsTo(db, user.email)).find((mail) => mail.template === 'order_cancelled');
    expect(cancelled?.data).toMatchObject({ refundCents: total });
  });

  it('cancels a paid card order that was refunded in full in Stripe without refunding again', async () => {
    const user = await shop.user();
    const order = await customerOrder(user, { card: true });
    const intentId = await pay(order);
    const total = order.placed.order.totalCents;
    await stripe.refund(intentId);
    const refunded = fake.event('charge.refunded', intentId);
    await handleStripeEvent(db, stripe.parseWebhook(refunded.payload, refunded.signature), { publicUrl });
    const refundsBefore = fake.refunds.size;

    const view = await cancelOrder(db, deps(), {
      orderNumber: order.placed.order.orderNumber,
      actor: customer(user),
    });
    expect(view).toMatchObject({ status: 'cancelled', paymentStatus: 'refunded' });
    expect(fake.refunds.size).toBe(refundsBefore);
    expect(await paymentOf(db, order.orderId)).toMatchObject({ status: 'refunded', refundedCents: total });
    expect(await productStock(db, order.product.id)).toBe(10);
  });
});
