import { and, asc, eq, lt, ne } from 'drizzle-orm';
import type { Db } from '../db/client';
import { cancelOrderById } from '../orders/cancel';
import { orders } from '../orders/schema';
import { payments } from './schema';
import type { StripeGateway } from './stripe';

export interface UnpaidSweepOptions {
  stripe: StripeGateway | null;
  timeoutMinutes: number;
  publicUrl: string;
  now?: Date;
  /** At most this many orders per run; the next run takes the rest. */
  batchSize?: number;
}

/**
 * Cancels card orders still unpaid after the timeout, which gives their stock and coupon back. The
 * PaymentIntent is cancelled first so no money can arrive afterwards; if Stripe says it was paid
 * meanwhile, the order is left for the webhook. Safe on several nodes at once: both calls are
 * idempotent and the cancellation itself locks the order and re-checks its state.
 */
export async function cancelUnpaidCardOrders(db: Db, options: UnpaidSweepOptions): Promise<string[]> {
  const cutoff = new Date((options.now ?? new Date()).getTime() - options.timeoutMinutes * 60_000);
  const due = await db
    .select({ id: orders.id, orderNumber: orders.orderNumber, intentId: payments.providerReference })
    .from(orders)
    .leftJoin(payments, eq(payments.orderId, orders.id))
    .where(
      and(
        eq(orders.status, 'pending_payment'),
        eq(orders.paymentMethod, 'stripe'),
        ne(orders.paymentStatus, 'paid'),
        lt(orders.createdAt, cutoff),
      ),
    )
    .orderBy(asc(orders.createdAt))
    .limit(options.batchSize ?? 100);
  const cancelled: string[] = [];
  for (const order of due) {
    if (order.intentId && options.stripe) {
      const intent = await options.stripe.cancelPaymentIntent(order.intentId);
      if (intent.status !== 'canceled') continue;
    }
    const done = await cancelOrderById(db, order.id, {
      actorId: null,
      note: `Not paid within ${options.timeoutMinutes} minutes.`,
      notify: true,
      publicUrl: options.publicUrl,
    });
    if (done) cancelled.push(order.orderNumber);
  }
  return cancelled;
}

export interface Sweeper {
  stop(): void;
}

/** Runs the sweep every minute in this process; errors are logged and the next run tries again. */
export function startUnpaidOrderSweeper(
  db: Db,
  options: Omit<UnpaidSweepOptions, 'now'> & { intervalMs?: number; onError: (error: unknown) => void },
): Sweeper {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    cancelUnpaidCardOrders(db, options)
      .catch(options.onError)
      .finally(() => {
        running = false;
      });
  }, options.intervalMs ?? 60_000);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
