import { and, asc, eq, isNull, lt, ne, notInArray, or } from 'drizzle-orm';
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
  /**
   * Told about an order that could not be settled (e.g. Stripe refused to cancel its intent); the sweep
   * goes on with the others. Without it, such errors are thrown together once the others are done.
   */
  onError?: (error: unknown, orderNumber: string) => void;
}

/**
 * Cancels card orders still unpaid after the timeout, which gives their stock and coupon back. The
 * PaymentIntent is cancelled first so no money can arrive afterwards; if Stripe says it was paid
 * meanwhile, the order is left for the webhook. Safe on several nodes at once: both calls are
 * idempotent and the cancellation itself locks the order and re-checks its state.
 */
export async function cancelUnpaidCardOrders(db: Db, options: UnpaidSweepOptions): Promise<string[]> {
  // Without the gateway an open intent can't be stopped, so money could still arrive: leave them be.
  if (!options.stripe) return [];
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
        // Money that reached Stripe (its webhook not applied yet, or refunded first) is not "unpaid":
        // skipping these keeps them from filling every batch.
        or(
          isNull(payments.status),
          notInArray(payments.status, ['succeeded', 'partially_refunded', 'refunded']),
        ),
      ),
    )
    .orderBy(asc(orders.createdAt))
    .limit(options.batchSize ?? 100);
  const cancelled: string[] = [];
  const failures: unknown[] = [];
  for (const order of due) {
    // One order Stripe keeps refusing (an intent it no longer knows, say) must not hold up the rest:
    // it is the oldest, so it would come first in every run and stop each one there.
    try {
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
    } catch (error) {
      if (options.onError) options.onError(error, order.orderNumber);
      else failures.push(error);
    }
  }
  if (failures.length > 0) {
    throw new AggregateError(failures, `${failures.length} unpaid card order(s) could not be cancelled.`);
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
