import { eq } from 'drizzle-orm';
import type { Db, Executor } from '../db/client';
import { restockOrder } from '../inventory/index';
import { AppError, notFound } from '../lib/app-error';
import { payments } from '../payments/schema';
import type { StripeGateway } from '../payments/stripe';
import { releaseCoupon } from '../promotions/index';
import { enqueueOrderCancelled } from './emails';
import { orderNotes, orderStatusHistory, orders } from './schema';
import { assertTransition, isCancellable } from './state';
import { findOrderByNumber, type OrderRow, type OrderView, toOrderView } from './view';

export interface OrderActor {
  userId: string | null;
  isAdmin: boolean;
}

export interface CancelDeps {
  stripe: StripeGateway | null;
  publicUrl: string;
}

/**
 * Whether the customer's money came in. A paid card order part- or fully refunded in Stripe's dashboard
 * has a payment status past `paid` but still counts: cancelling it refunds the rest instead of trying
 * to cancel a PaymentIntent that succeeded long ago (which Stripe refuses, so it could never be cancelled).
 */
function moneyReceived(order: Pick<OrderRow, 'paymentStatus'>): boolean {
  return (
    order.paymentStatus === 'paid' ||
    order.paymentStatus === 'partially_refunded' ||
    order.paymentStatus === 'refunded'
  );
}

interface CancelEffects {
  actorId: string | null;
  note: string | null;
  /** Money given back through the provider as part of this cancellation. */
  refundedCents: number;
  notify: boolean;
  publicUrl: string;
}

/**
 * The database half of a cancellation, inside the caller's transaction with the order row locked:
 * stock back with ledger rows, the coupon use released, status and history, the payment row, and the
 * customer's email. A paid bank transfer can't be refunded by us, so the admin gets a note to do it.
 */
async function cancelLocked(tx: Executor, order: OrderRow, effects: CancelEffects): Promise<OrderRow> {
  assertTransition(order.status, 'cancelled');
  // Coupon row before stock rows, the order checkout locks them in: a cancellation and a checkout that
  // share a coupon and a product would otherwise each hold one lock and wait for the other (deadlock).
  await releaseCoupon(tx, order.id);
  await restockOrder(tx, order.id, { actorId: effects.actorId, reason: 'cancellation' });
  const paid = moneyReceived(order);
  const [updated] = await tx
    .update(orders)
    .set({
      status: 'cancelled',
      cancelledAt: new Date(),
      ...(effects.refundedCents > 0 ? { paymentStatus: 'refunded' as const } : {}),
    })
    .where(eq(orders.id, order.id))
    .returning();
  if (!updated) throw notFound('Order');
  await tx.insert(orderStatusHistory).values({
    orderId: order.id,
    fromStatus: order.status,
    toStatus: 'cancelled',
    actorId: effects.actorId,
    note: effects.note,
  });
  if (effects.refundedCents > 0) {
    await tx
      .update(payments)
      .set({ status: 'refunded', refundedCents: effects.refundedCents })
      .where(eq(payments.orderId, order.id));
  } else if (!paid) {
    await tx.update(payments).set({ status: 'canceled' }).where(eq(payments.orderId, order.id));
  }
  const refundDue = paid && effects.refundedCents === 0;
  if (refundDue) {
    await tx.insert(orderNotes).values({
      orderId: order.id,
      authorId: effects.actorId,
      body: `Cancelled after payment by bank transfer: refund ${(order.totalCents / 100).toFixed(2)} EUR to the customer's account.`,
    });
  }
  if (effects.notify) {
    await enqueueOrderCancelled(tx, await toOrderView(tx, updated), {
      publicUrl: effects.publicUrl,
      refundCents: paid ? order.totalCents : 0,
    });
  }
  return updated;
}

/**
 * Cancels an order before it ships, for its customer or an admin (anyone else gets 404, as if it did not
 * exist). The card payment is refunded, or its open PaymentIntent cancelled, with the order row locked:
 * no one can ship the order between the check and the refund, and when the provider fails the
 * transaction rolls back with nothing changed. Both provider calls are idempotent, so a retry after a
 * commit that failed cannot refund twice. The lock is held for one provider round trip, bounded by the
 * gateway's timeout; only this order's row waits on it.
 */
export async function cancelOrder(
  db: Db,
  deps: CancelDeps,
  input: { orderNumber: string; actor: OrderActor; reason?: string | null },
): Promise<OrderView> {
  const row = await db.transaction(async (tx) => {
    const order = await findOrderByNumber(tx, input.orderNumber, true);
    if (!order || (!input.actor.isAdmin && (!order.userId || order.userId !== input.actor.userId))) {
      throw notFound('Order');
    }
    assertTransition(order.status, 'cancelled');
    const refundedCents = await settleCardPayment(tx, deps, order);
    return cancelLocked(tx, order, {
      actorId: input.actor.userId,
      note: input.reason?.trim() || null,
      refundedCents,
      notify: true,
      publicUrl: deps.publicUrl,
    });
  });
  return toOrderView(db, row);
}

/** Refunds a paid card order or cancels its open intent; returns what was refunded. */
async function settleCardPayment(db: Executor, deps: CancelDeps, order: OrderRow): Promise<number> {
  if (order.paymentMethod !== 'stripe') return 0;
  const [payment] = await db.select().from(payments).where(eq(payments.orderId, order.id)).limit(1);
  if (!payment?.providerReference || !deps.stripe) return 0;
  if (moneyReceived(order)) {
    const remaining = payment.amountCents - payment.refundedCents;
    // Refunded in full already (e.g. in Stripe's dashboard): asking for 0 more would be refused.
    if (remaining <= 0) return payment.refundedCents;
    const refund = await deps.stripe.refund(payment.providerReference, remaining, `refund-${order.id}`);
    return payment.refundedCents + refund.amountCents;
  }
  const intent = await deps.stripe.cancelPaymentIntent(payment.providerReference);
  if (intent.status !== 'canceled') {
    // The card payment went through (or is going through) meanwhile: its webhook will mark the order paid.
    throw new AppError(
      'CONFLICT',
      'The payment for this order is being processed. Please try again in a minute.',
    );
  }
  return 0;
}

/**
 * A cancellation the shop itself makes (a card payment that could not start, or was never completed):
 * quietly does nothing when the order has moved on meanwhile, e.g. the payment arrived just in time.
 */
export async function cancelOrderById(
  db: Db,
  orderId: string,
  options: UnpaidCancellation,
): Promise<boolean> {
  return db.transaction((tx) => cancelUnpaidOrderInTx(tx, orderId, options));
}

export interface UnpaidCancellation {
  actorId: string | null;
  note: string;
  notify?: boolean;
  publicUrl?: string;
}

/** `cancelOrderById` inside the caller's transaction (the payment webhook cancels with its event). */
export async function cancelUnpaidOrderInTx(
  tx: Executor,
  orderId: string,
  options: UnpaidCancellation,
): Promise<boolean> {
  const [order] = await tx.select().from(orders).where(eq(orders.id, orderId)).for('update');
  if (!order || !isCancellable(order.status) || moneyReceived(order)) return false;
  await cancelLocked(tx, order, {
    actorId: options.actorId,
    note: options.note,
    refundedCents: 0,
    notify: options.notify ?? false,
    publicUrl: options.publicUrl ?? '',
  });
  return true;
}
