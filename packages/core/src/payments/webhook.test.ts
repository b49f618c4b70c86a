import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../db/client';
import {
  couponRedemptions,
  orderNotes,
  orderStatusHistory,
  orders,
  paymentEvents,
  payments,
} from '../db/schema';
import { AppError } from '../lib/app-error';
import { cancelOrderById } from '../orders/cancel';
import { openTestDatabase } from '../testing/database';
import { type FakeStripe, type SignedFakeEvent, startFakeStripe } from '../testing/fake-stripe';
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
  type TestProduct,
} from '../testing/shop-fixtures';
import { cancelUnpaidCardOrders, handleStripeEvent, type StripeEventSummary, StripeGateway } from './index';

let db: Db;
let fake: FakeStripe;
let stripe: StripeGateway;
let fiHome: string;
const shop = shopFixtures(() => db, 'webhook');

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

interface CardOrder extends QuickOrder {
  product: TestProduct;
  intentId: string;
}

async function cardOrder(options: { couponCode?: string; bankTransfer?: boolean } = {}): Promise<CardOrder> {
  const product = await shop.product({ priceCents: 3000, stock: 10 });
  const placed = await quickOrder(db, {
    email: shop.email('payer'),
    lines: [{ productId: product.id, quantity: 2 }],
    shippingMethodId: fiHome,
    stripe: options.bankTransfer ? null : stripe,
    ...(options.couponCode ? { couponCode: options.couponCode } : {}),
  });
  return { ...placed, product, intentId: placed.placed.payment.stripe?.paymentIntentId ?? '' };
}

/** The webhook endpoint's part: verify the signature, then apply the event. */
function deliver(event: SignedFakeEvent) {
  return handleStripeEvent(db, stripe.parseWebhook(event.payload, event.signature), { publicUrl });
}

async function historyOf(orderId: string) {
  return db
    .select({ from: orderStatusHistory.fromStatus, to: orderStatusHistory.toStatus })
    .from(orderStatusHistory)
    .where(eq(orderStatusHistory.orderId, orderId))
    .orderBy(orderStatusHistory.id);
}

async function templatesTo(email: string): Promise<string[]> {
  return (await emailsTo(db, email)).map((mail) => mail.template);
}

async function recordedEvent(eventId: string) {
  const [row] = await db.select().from(paymentEvents).where(eq(paymentEvents.eventId, eventId));
  return row ?? null;
}

describe('payment_intent.succeeded', () => {
  it('marks the order paid once, with a history row and a payment_received email', async () => {
    const order = await cardOrder();
    const event = fake.succeed(order.intentId);

    expect(await deliver(event)).toBe('applied');

    const row = await orderRow(db, order.placed.order.orderNumber);
    expect(row).toMatchObject({ status: 'paid', paymentStatus: 'paid', paidAt: expect.any(Date) });
    expect(await paymentOf(db, order.orderId)).toMatchObject({
      status: 'succeeded',
      lastEventAt: expect.any(Date),
    });
    expect(await historyOf(order.orderId)).toEqual([
      { from: null, to: 'pending_payment' },
      { from: 'pending_payment', to: 'paid' },
    ]);
    expect(await templatesTo(order.email)).toEqual(['order_confirmation', 'payment_received']);
    const mail = (await emailsTo(db, order.email))[1];
    expect(mail?.data).toMatchObject({ orderNumber: row.orderNumber, amountCents: row.totalCents });
    const payment = await paymentOf(db, order.orderId);
    expect(await recordedEvent(event.id)).toMatchObject({
      type: 'payment_intent.succeeded',
      paymentId: payment.id,
      processedAt: expect.any(Date),
    });

    // Stripe delivers again (it does, at least once): nothing changes.
    expect(await deliver(event)).toBe('duplicate');
    expect(await historyOf(order.orderId)).toHaveLength(2);
    expect(await templatesTo(order.email)).toEqual(['order_confirmation', 'payment_received']);
  });

  it('applies an event delivered five times at once exactly once', async () => {
    const order = await cardOrder();
    const summary = (() => {
      const event = fake.succeed(order.intentId);
      return stripe.parseWebhook(event.payload, event.signature);
    })();

    const outcomes = await Promise.all(
      [1, 2, 3, 4, 5].map(() => handleStripeEvent(db, summary, { publicUrl })),
    );

    expect(outcomes.filter((outcome) => outcome === 'applied')).toHaveLength(1);
    expect(outcomes.filter((outcome) => outcome === 'duplicate')).toHaveLength(4);
    expect(await historyOf(order.orderId)).toEqual([
      { from: null, to: 'pending_payment' },
      { from: 'pending_payment', to: 'paid' },
    ]);
    expect(
      (await templatesTo(order.email)).filter((template) => template === 'payment_received'),
    ).toHaveLength(1);
    expect(await db.select().from(paymentEvents).where(eq(paymentEvents.eventId, summary.id))).toHaveLength(
      1,
    );
  });

  it('notes a payment for a different amount than the order total for the shopkeeper', async () => {
    const order = await cardOrder();
    const intent = fake.intents.get(order.intentId);
    if (!intent) throw new Error('intent missing');
    intent.amount -= 100;
    await deliver(fake.succeed(order.intentId));
    const notes = await db.select().from(orderNotes).where(eq(orderNotes.orderId, order.orderId));
    expect(notes.map((note) => note.body)).toEqual([expect.stringMatching(/received .* cents/)]);
  });

  it('records a payment for an order cancelled without Stripe, and tells the shopkeeper to refund it', async () => {
    const order = await cardOrder();
    await db
      .update(orders)
      .set({ createdAt: new Date(Date.now() - 2 * 86_400_000) })
      .where(eq(orders.id, order.orderId));
    // A node without Stripe keys leaves card orders alone: it could not stop their intents.
    expect(await cancelUnpaidCardOrders(db, { stripe: null, timeoutMinutes: 24 * 60, publicUrl })).toEqual(
      [],
    );
    // The shop cancels it anyway (as after a failed start); its intent stays open at Stripe.
    await cancelOrderById(db, order.orderId, { actorId: null, note: 'Cancelled by the shop.' });
    expect(await paymentOf(db, order.orderId)).toMatchObject({ status: 'canceled' });

    // The customer still had the payment page open and paid.
    expect(await deliver(fake.succeed(order.intentId))).toBe('applied');
    expect(await orderRow(db, order.placed.order.orderNumber)).toMatchObject({ status: 'cancelled' });
    expect(await paymentOf(db, order.orderId)).toMatchObject({ status: 'succeeded' });
    const notes = await db.select().from(orderNotes).where(eq(orderNotes.orderId, order.orderId));
    expect(notes.map((note) => note.body)).toEqual([expect.stringMatching(/refund it in Stripe/)]);
    expect(await templatesTo(order.email)).not.toContain('payment_received');

    // The shopkeeper refunds it in Stripe's dashboard; that is recorded too.
    await stripe.refund(order.intentId);
    expect(await deliver(fake.event('charge.refunded', order.intentId))).toBe('applied');
    expect(await paymentOf(db, order.orderId)).toMatchObject({
      status: 'refunded',
      refundedCents: order.placed.order.totalCents,
    });
  });
});

describe('events out of order and other outcomes', () => {
  it('takes charge.refunded arriving before succeeded as paid, then refunded, and does not go back', async () => {
    const order = await cardOrder();
    const succeeded = fake.succeed(order.intentId);
    await stripe.refund(order.intentId);
    const refunded = fake.event('charge.refunded', order.intentId);
    const total = order.placed.order.totalCents;

    expect(await deliver(refunded)).toBe('applied');
    expect(await paymentOf(db, order.orderId)).toMatchObject({ status: 'refunded', refundedCents: total });
    // The money came in and went back: the order is paid (not left for the unpaid sweep, which would
    // never take it), its payment refunded, and the shopkeeper decides what happens to it.
    expect(await orderRow(db, order.placed.order.orderNumber)).toMatchObject({
      status: 'paid',
      paymentStatus: 'refunded',
    });
    expect(await historyOf(order.orderId)).toEqual([
      { from: null, to: 'pending_payment' },
      { from: 'pending_payment', to: 'paid' },
    ]);

    expect(await deliver(succeeded)).toBe('ignored');
    expect(await paymentOf(db, order.orderId)).toMatchObject({ status: 'refunded', refundedCents: total });
    expect(await orderRow(db, order.placed.order.orderNumber)).toMatchObject({
      status: 'paid',
      paymentStatus: 'refunded',
    });
    expect(await historyOf(order.orderId)).toHaveLength(2);
    // No "payment received" for money that has all gone back.
    expect(await templatesTo(order.email)).toEqual(['order_confirmation']);
  });

  it('takes a partial refund arriving before succeeded as paid, and tells the customer', async () => {
    const order = await cardOrder();
    const succeeded = fake.succeed(order.intentId);
    await stripe.refund(order.intentId, 500);
    const refunded = fake.event('charge.refunded', order.intentId);

    expect(await deliver(refunded)).toBe('applied');
    expect(await deliver(succeeded)).toBe('ignored');
    expect(await orderRow(db, order.placed.order.orderNumber)).toMatchObject({
      status: 'paid',
      paymentStatus: 'partially_refunded',
    });
    expect(await paymentOf(db, order.orderId)).toMatchObject({
      status: 'partially_refunded',
      refundedCents: 500,
    });
    expect(await templatesTo(order.email)).toEqual(['order_confirmation', 'payment_received']);
  });

  it('records a partial refund, then the full one', async () => {
    const order = await cardOrder();
    await deliver(fake.succeed(order.intentId));
    const total = order.placed.order.totalCents;
    await stripe.refund(order.intentId, 1000);
    const partial = fake.event('charge.refunded', order.intentId);
    await stripe.refund(order.intentId);
    const full = fake.event('charge.refunded', order.intentId);

    // The later, larger total arrives first; the earlier one changes nothing after it.
    expect(await deliver(full)).toBe('applied');
    expect(await deliver(partial)).toBe('ignored');
    expect(await paymentOf(db, order.orderId)).toMatchObject({ status: 'refunded', refundedCents: total });
    expect(await orderRow(db, order.placed.order.orderNumber)).toMatchObject({
      status: 'paid',
      paymentStatus: 'refunded',
    });
  });

  it('waits for a cancellation that holds the order instead of deadlocking with it', async () => {
    const order = await cardOrder();
    await deliver(fake.succeed(order.intentId));
    await stripe.refund(order.intentId);
    const refunded = fake.event('charge.refunded', order.intentId);
    let signalLocked: () => void = () => {};
    const orderLocked = new Promise<void>((resolve) => {
      signalLocked = resolve;
    });
    // What a cancellation does in its transaction: lock the order, restock and so on, then write the
    // payment row. Stripe's webhook for the refund it made arrives meanwhile.
    const cancellation = db.transaction(async (tx) => {
      await tx.select({ id: orders.id }).from(orders).where(eq(orders.id, order.orderId)).for('update');
      signalLocked();
      await tx.execute(sql`select pg_sleep(0.3)`);
      await tx
        .update(payments)
        .set({ refundedCents: sql`${payments.refundedCents}` })
        .where(eq(payments.orderId, order.orderId));
    });
    await orderLocked;

    const [outcome] = await Promise.all([deliver(refunded), cancellation]);
    expect(outcome).toBe('applied');
    expect(await paymentOf(db, order.orderId)).toMatchObject({
      status: 'refunded',
      refundedCents: order.placed.order.totalCents,
    });
  });

  it('keeps the order open after a declined card, and takes a later successful payment', async () => {
    const order = await cardOrder();
    expect(await deliver(fake.fail(order.intentId))).toBe('applied');
    expect(await orderRow(db, order.placed.order.orderNumber)).toMatchObject({
      status: 'pending_payment',
      paymentStatus: 'failed',
    });
    expect(await paymentOf(db, order.orderId)).toMatchObject({ status: 'failed' });
    expect(await productStock(db, order.product.id)).toBe(8);

    expect(await deliver(fake.succeed(order.intentId))).toBe('applied');
    expect(await orderRow(db, order.placed.order.orderNumber)).toMatchObject({
      status: 'paid',
      paymentStatus: 'paid',
    });
    // A failure reported late does not undo the payment.
    expect(await deliver(fake.event('payment_intent.payment_failed', order.intentId))).toBe('ignored');
    expect(await orderRow(db, order.placed.order.orderNumber)).toMatchObject({
      status: 'paid',
      paymentStatus: 'paid',
    });
  });

  it('cancels the order when its intent is canceled: stock and coupon back, customer told', async () => {
    const coupon = await shop.coupon();
    const order = await cardOrder({ couponCode: coupon.code });
    expect(await couponTimesUsed(db, coupon.id)).toBe(1);
    await stripe.cancelPaymentIntent(order.intentId);

    expect(await deliver(fake.event('payment_intent.canceled', order.intentId))).toBe('applied');

    expect(await orderRow(db, order.placed.order.orderNumber)).toMatchObject({ status: 'cancelled' });
    expect(await paymentOf(db, order.orderId)).toMatchObject({ status: 'canceled' });
    expect(await productStock(db, order.product.id)).toBe(10);
    expect(await couponTimesUsed(db, coupon.id)).toBe(0);
    const [redemption] = await db
      .select()
      .from(couponRedemptions)
      .where(eq(couponRedemptions.orderId, order.orderId));
    expect(redemption?.releasedAt).toBeInstanceOf(Date);
    expect(await templatesTo(order.email)).toEqual(['order_confirmation', 'order_cancelled']);
  });

  it('refuses an event for an intent of ours it has not recorded yet, so that Stripe sends it again', async () => {
    const intent = await stripe.createPaymentIntent({
      amountCents: 5000,
      orderId: randomUUID(),
      orderNumber: '2099-000001',
      email: shop.email(),
      locale: 'fi',
    });
    const event = fake.succeed(intent.id);
    for (let attempt = 0; attempt < 2; attempt += 1) {
      const error = await expectAppError(deliver(event), 'CONFLICT', 409);
      expect(error).toBeInstanceOf(AppError);
      expect(await recordedEvent(event.id)).toBeNull();
    }
  });

  it('records and ignores events about payments that are not ours', async () => {
    const base: StripeEventSummary = {
      id: `evt_test_${randomUUID()}`,
      type: 'payment_intent.succeeded',
      created: new Date(),
      paymentIntentId: `pi_elsewhere_${randomUUID()}`,
      amountCents: 1000,
      amountReceivedCents: 1000,
      amountRefundedCents: null,
      raw: { data: { object: { metadata: {} } } },
    };
    expect(await handleStripeEvent(db, base, { publicUrl })).toBe('ignored');
    expect(await recordedEvent(base.id)).toMatchObject({ paymentId: null });

    const unrelated = {
      ...base,
      id: `evt_test_${randomUUID()}`,
      type: 'customer.created',
      paymentIntentId: null,
    };
    expect(await handleStripeEvent(db, unrelated, { publicUrl })).toBe('ignored');
    expect(await handleStripeEvent(db, unrelated, { publicUrl })).toBe('duplicate');
  });
});

describe('cancelUnpaidCardOrders', () => {
  const day = 86_400_000;
  const timeoutMinutes = 7 * 24 * 60;

  async function backdate(order: QuickOrder, days: number): Promise<void> {
    await db
      .update(orders)
      .set({ createdAt: new Date(Date.now() - days * day) })
      .where(eq(orders.id, order.orderId));
  }

  it('cancels only card orders older than the timeout, restocking them, and leaves paid ones alone', async () => {
    const stale = await cardOrder();
    await backdate(stale, 10);
    const fresh = await cardOrder();
    const bank = await cardOrder({ bankTransfer: true });
    await backdate(bank, 10);
    // Paid in the browser, but the webhook has not arrived yet.
    const paidMeanwhile = await cardOrder();
    await backdate(paidMeanwhile, 10);
    const succeeded = fake.succeed(paidMeanwhile.intentId);

    const cancelled = await cancelUnpaidCardOrders(db, {
      stripe,
      timeoutMinutes,
      publicUrl,
      // A minute ahead: "older than the timeout" is measured from the `now` given.
      now: new Date(Date.now() + 60_000),
    });

    expect(cancelled).toEqual([stale.placed.order.orderNumber]);
    expect(await orderRow(db, stale.placed.order.orderNumber)).toMatchObject({ status: 'cancelled' });
    expect(fake.intents.get(stale.intentId)?.status).toBe('canceled');
    expect(await productStock(db, stale.product.id)).toBe(10);
    expect(await templatesTo(stale.email)).toEqual(['order_confirmation', 'order_cancelled']);
    expect(await historyOf(stale.orderId)).toEqual([
      { from: null, to: 'pending_payment' },
      { from: 'pending_payment', to: 'cancelled' },
    ]);

    for (const open of [fresh, bank, paidMeanwhile]) {
      expect((await orderRow(db, open.placed.order.orderNumber)).status).toBe('pending_payment');
      expect(await productStock(db, open.product.id)).toBe(8);
    }
    expect(fake.intents.get(paidMeanwhile.intentId)?.status).toBe('succeeded');

    // Its webhook then marks it paid, and the next sweep leaves it for good.
    expect(await deliver(succeeded)).toBe('applied');
    expect(await orderRow(db, paidMeanwhile.placed.order.orderNumber)).toMatchObject({ status: 'paid' });
    expect(
      await cancelUnpaidCardOrders(db, {
        stripe,
        timeoutMinutes,
        publicUrl,
        now: new Date(Date.now() + 60_000),
      }),
    ).toEqual([]);
  });

  it('goes on with the other orders when Stripe refuses one, and reports it', async () => {
    const broken = await cardOrder();
    await backdate(broken, 12);
    // An intent Stripe does not know (e.g. made with other keys): cancelling it fails every time.
    await db
      .update(payments)
      .set({ providerReference: `pi_unknown_${randomUUID()}` })
      .where(eq(payments.orderId, broken.orderId));
    const stale = await cardOrder();
    await backdate(stale, 10);
    const options = { stripe, timeoutMinutes, publicUrl, now: new Date(Date.now() + 60_000) };

    const reported: { orderNumber: string; error: unknown }[] = [];
    const cancelled = await cancelUnpaidCardOrders(db, {
      ...options,
      onError: (error, orderNumber) => reported.push({ orderNumber, error }),
    });
    expect(cancelled).toEqual([stale.placed.order.orderNumber]);
    expect(reported).toEqual([{ orderNumber: broken.placed.order.orderNumber, error: expect.any(AppError) }]);
    expect((await orderRow(db, broken.placed.order.orderNumber)).status).toBe('pending_payment');
    expect(await productStock(db, broken.product.id)).toBe(8);

    // Without an error handler the failure is thrown, after the others were done.
    await expect(cancelUnpaidCardOrders(db, options)).rejects.toBeInstanceOf(AggregateError);
  });
});
