import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { recordAudit } from '../audit/log';
import type { Db } from '../db/client';
import { AppError, notFound } from '../lib/app-error';
import { payments } from '../payments/schema';
import { type CancelDeps, cancelOrder } from './cancel';
import { enqueueOrderShipped, enqueuePaymentReceived } from './emails';
import { orderNotes, orderStatusHistory, orders } from './schema';
import { assertTransition, type OrderStatus } from './state';
import { findOrderByNumber, type OrderView, toOrderView } from './view';

export const ZChangeOrderStatus = z
  .object({
    status: z.enum(['paid', 'processing', 'shipped', 'delivered', 'cancelled']),
    trackingNumber: z.string().trim().min(1).max(100).optional(),
    carrier: z.string().trim().min(1).max(60).optional(),
    note: z.string().trim().max(1000).optional(),
  })
  .superRefine((value, ctx) => {
    // The shipped email links the parcel; without both the customer could not follow it.
    if (value.status !== 'shipped') return;
    for (const field of ['carrier', 'trackingNumber'] as const) {
      if (!value[field]) ctx.addIssue({ code: 'custom', path: [field], message: 'Required when shipping.' });
    }
  });
export type TChangeOrderStatus = z.input<typeof ZChangeOrderStatus>;

export interface StatusActor {
  id: string;
  email: string;
}

/**
 * An admin moves an order along its life cycle (409 INVALID_TRANSITION for a move the state machine
 * forbids). Marking paid is how bank transfers are confirmed, so it is refused for card orders, which
 * only Stripe's webhook marks paid. Shipping records the carrier and tracking number and emails the
 * customer; cancelling goes through the customer's cancellation (restock, coupon, refund). Every change
 * is in the history and the audit log, in the same transaction.
 */
export async function changeOrderStatus(
  db: Db,
  deps: CancelDeps,
  input: { orderNumber: string; change: TChangeOrderStatus; actor: StatusActor; requestId?: string },
): Promise<OrderView> {
  const change = ZChangeOrderStatus.parse(input.change);
  if (change.status === 'cancelled') {
    return cancelOrder(db, deps, {
      orderNumber: input.orderNumber,
      actor: { userId: input.actor.id, isAdmin: true },
      reason: change.note ?? null,
    });
  }
  return db.transaction(async (tx) => {
    const order = await findOrderByNumber(tx, input.orderNumber, true);
    if (!order) throw notFound('Order');
    const to: OrderStatus = change.status;
    assertTransition(order.status, to);
    if (to === 'paid' && order.paymentMethod !== 'bank_transfer') {
      throw new AppError(
        'INVALID_TRANSITION',
        'Card orders are marked paid by the payment provider, not by hand.',
        {
          from: order.status,
          to,
        },
      );
    }
    const now = new Date();
    const [updated] = await tx
      .update(orders)
      .set({
        status: to,
        ...(to === 'paid' ? { paidAt: now, paymentStatus: 'paid' as const } : {}),
        ...(to === 'shipped'
          ? { shippedAt: now, carrier: change.carrier ?? null, trackingNumber: change.trackingNumber ?? null }
          : {}),
        ...(to === 'delivered' ? { deliveredAt: now } : {}),
      })
      .where(eq(orders.id, order.id))
      .returning();
    if (!updated) throw notFound('Order');
    if (to === 'paid') {
      await tx
        .update(payments)
        .set({ status: 'succeeded', lastEventAt: now })
        .where(eq(payments.orderId, order.id));
    }
    await tx.insert(orderStatusHistory).values({
      orderId: order.id,
      fromStatus: order.status,
      toStatus: to,
      actorId: input.actor.id,
      note: change.note ?? null,
    });
    if (change.note)
      await tx.insert(orderNotes).values({ orderId: order.id, authorId: input.actor.id, body: change.note });
    await recordAudit(tx, {
      actor: input.actor,
      action: 'order.status',
      entityType: 'order',
      entityId: order.id,
      before: { status: order.status },
      after: { status: to, carrier: updated.carrier, trackingNumber: updated.trackingNumber },
      ...(input.requestId ? { requestId: input.requestId } : {}),
    });
    const view = await toOrderView(tx, updated);
    if (to === 'paid') await enqueuePaymentReceived(tx, view, deps.publicUrl);
    if (to === 'shipped') await enqueueOrderShipped(tx, view, deps.publicUrl);
    return view;
  });
}
