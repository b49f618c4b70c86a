import { and, eq } from 'drizzle-orm';
import type { Db, Executor } from '../db/client';
import { AppError } from '../lib/app-error';
import { cancelUnpaidOrderInTx } from '../orders/cancel';
import { enqueuePaymentReceived } from '../orders/emails';
import { orderNotes, orderStatusHistory, orders } from '../orders/schema';
import { toOrderView } from '../orders/view';
import { paymentEvents, payments } from './schema';
import type { StripeEventSummary } from './stripe';

type AttemptStatus = (typeof payments.$inferSelect)['status'];

/**
 * How far a payment has come. Events only move it forward, so a duplicate or a late event (Stripe does
 * not promise order: `succeeded` may arrive after `charge.refunded`) changes nothing.
 */
const progress: Record<AttemptStatus, number> = {
  pending: 0,
  requires_action: 1,
  failed: 1,
  succeeded: 2,
  partially_refunded: 3,
  refunded: 4,
  canceled: 4,
};

export type WebhookOutcome = 'duplicate' | 'ignored' | 'applied';

function orderIdOf(raw: unknown): string | null {
  const object = (raw as { data?: { object?: { metadata?: { orderId?: unknown } } } } | null)?.data?.object;
  const orderId = object?.metadata?.orderId;
  return typeof orderId === 'string' ? orderId : null;
}

/**
 * Applies one verified Stripe event, exactly once: the event id is recorded in the same transaction as
 * its effects, so a redelivery (even five at once) finds it and changes nothing. The order and payment
 * rows are locked while the event applies, so concurrent events for one payment take turns.
 */
export async function handleStripeEvent(
  db: Db,
  event: StripeEventSummary,
  options: { publicUrl: string },
): Promise<WebhookOutcome> {
  return db.transaction(async (tx) => {
    const [recorded] = await tx
      .insert(paymentEvents)
      .values({ provider: 'stripe', eventId: event.id, type: event.type, payload: event.raw ?? {} })
      .onConflictDoNothing()
      .returning({ id: paymentEvents.id });
    if (!recorded) return 'duplicate';
    if (!event.paymentIntentId) return 'ignored';

    const [found] = await tx
      .select({ id: payments.id, orderId: payments.orderId })
      .from(payments)
      .where(and(eq(payments.provider, 'stripe'), eq(payments.providerReference, event.paymentIntentId)));
    if (!found) {
      // Ours (it carries an order id) but not yet recorded: checkout stores the intent id just after
      // creating it. Refusing makes Stripe deliver the event again shortly; the event id is rolled back too.
      if (orderIdOf(event.raw))
        throw new AppError('CONFLICT', 'The payment is not recorded yet; retry later.');
      return 'ignored';
    }
    // The order row before the payment row, the order a cancellation locks them in: the refund or
    // intent cancel a cancellation makes sends its webhook at once, and taking the two locks the other
    // way round would let each wait for the other (a deadlock, one of them aborted).
    await tx.select({ id: orders.id }).from(orders).where(eq(orders.id, found.orderId)).for('update');
    const [payment] = await tx.select().from(payments).where(eq(payments.id, found.id)).for('update');
    if (!payment) throw new Error('A payment vanished while its order was locked.');
    const applied = await applyEvent(tx, payment, event, options);
    await tx
      .update(paymentEvents)
      .set({ paymentId: payment.id, processedAt: new Date() })
      .where(eq(paymentEvents.id, recorded.id));
    return applied ? 'applied' : 'ignored';
  });
}

async function applyEvent(
  tx: Executor,
  payment: typeof payments.$inferSelect,
  event: StripeEventSummary,
  options: { publicUrl: string },
): Promise<boolean> {
  const moveTo = async (status: AttemptStatus, extra: Partial<typeof payments.$inferInsert> = {}) => {
    await tx
      .update(payments)
      .set({ status, lastEventAt: event.created, ...extra })
      .where(eq(payments.id, payment.id));
  };
  const ahead = (status: AttemptStatus) => progress[status] > progress[payment.status];

  switch (event.type) {
    case 'payment_intent.succeeded': {
      // A canceled intent never succeeds at Stripe, so `canceled` here was only ours: the order was
      // cancelled without Stripe confirming it (e.g. swept by a node without Stripe keys). The money
      // came in all the same; it must be recorded and the shopkeeper told to refund it, not ignored.
      if (!ahead('succeeded') && payment.status !== 'canceled') return false;
      await moveTo('succeeded');
      const [order] = await tx.select().from(orders).where(eq(orders.id, payment.orderId)).for('update');
      if (!order) return true;
      if (event.amountReceivedCents !== null && event.amountReceivedCents !== payment.amountCents) {
        await tx.insert(orderNotes).values({
          orderId: order.id,
          body: `Stripe received ${event.amountReceivedCents} cents, the order total is ${payment.amountCents} cents.`,
        });
      }
      if (order.status !== 'pending_payment') {
        // Paid after the order was cancelled (e.g. the unpaid timeout): the admin has to refund it.
        await tx.insert(orderNotes).values({
          orderId: order.id,
          body: `Card payment arrived while the order was ${order.status}: refund it in Stripe.`,
        });
        return true;
      }
      await markPaid(tx, order.id, 'Card payment received (Stripe).', options.publicUrl);
      return true;
    }
    case 'payment_intent.payment_failed': {
      if (!ahead('failed')) return false;
      await moveTo('failed');
      // The order stays open: the customer may try another card on the same intent until the timeout.
      await tx
        .update(orders)
        .set({ paymentStatus: 'failed' })
        .where(and(eq(orders.id, payment.orderId), eq(orders.status, 'pending_payment')));
      return true;
    }
    case 'payment_intent.canceled': {
      if (!ahead('canceled')) return false;
      await moveTo('canceled');
      await cancelUnpaidOrderInTx(tx, payment.orderId, {
        actorId: null,
        note: 'The card payment was cancelled (Stripe).',
        notify: true,
        publicUrl: options.publicUrl,
      });
      return true;
    }
    case 'charge.refunded': {
      const refunded = event.amountRefundedCents ?? 0;
      if (refunded <= payment.refundedCents || payment.status === 'canceled') return false;
      const full = refunded >= payment.amountCents;
      await moveTo(full ? 'refunded' : 'partially_refunded', {
        refundedCents: Math.min(refunded, payment.amountCents),
      });
      // A refund means the charge went through, even when its `succeeded` event is still on the way (it
      // will find the payment ahead and change nothing): the order is paid, then (partly) refunded.
      const [order] = await tx.select().from(orders).where(eq(orders.id, payment.orderId)).for('update');
      if (order?.status === 'pending_payment') {
        await markPaid(
          tx,
          order.id,
          'Card payment received (Stripe reported it with a refund).',
          // "Payment received" for money already all given back would only confuse the customer.
          full ? null : options.publicUrl,
        );
      }
      await tx
        .update(orders)
        .set({ paymentStatus: full ? 'refunded' : 'partially_refunded' })
        .where(eq(orders.id, payment.orderId));
      return true;
    }
    default:
      return false;
  }
}

/** Moves a pending order to paid with its history row, and emails the customer unless told not to. */
async function markPaid(
  tx: Executor,
  orderId: string,
  note: string,
  publicUrl: string | null,
): Promise<void> {
  const [paid] = await tx
    .update(orders)
    .set({ status: 'paid', paymentStatus: 'paid', paidAt: new Date() })
    .where(and(eq(orders.id, orderId), eq(orders.status, 'pending_payment')))
    .returning();
  if (!paid) return;
  await tx.insert(orderStatusHistory).values({
    orderId,
    fromStatus: 'pending_payment',
    toStatus: 'paid',
    note,
  });
  if (publicUrl !== null) await enqueuePaymentReceived(tx, await toOrderView(tx, paid), publicUrl);
}
