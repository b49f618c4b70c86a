import { sql } from 'drizzle-orm';
import {
  check,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAt, id, updatedAt } from '../db/columns';
import { orders } from '../orders/schema';

export const paymentAttemptStatus = pgEnum('payment_attempt_status', [
  'pending',
  'requires_action',
  'succeeded',
  'failed',
  'canceled',
  'refunded',
  'partially_refunded',
]);

export const payments = pgTable(
  'payments',
  {
    id: id(),
    // RESTRICT: money moved for an order stays on record.
    orderId: uuid('order_id')
      .notNull()
      .references(() => orders.id, { onDelete: 'restrict' }),
    provider: text('provider').notNull(),
    /** The provider's id (e.g. a Stripe PaymentIntent), or the bank reference for transfers. */
    providerReference: text('provider_reference'),
    status: paymentAttemptStatus('status').notNull().default('pending'),
    amountCents: integer('amount_cents').notNull(),
    refundedCents: integer('refunded_cents').notNull().default(0),
    /** When the last applied provider event happened, so older events arriving late change nothing. */
    lastEventAt: timestamp('last_event_at', { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('payments_order_id_idx').on(t.orderId),
    // The few refunded payments, which analytics subtracts from revenue, without reading every payment.
    index('payments_refunded_idx').on(t.orderId).where(sql`${t.refundedCents} > 0`),
    uniqueIndex('payments_provider_reference_key').on(t.provider, t.providerReference),
    check(
      'payments_amounts_valid',
      sql`${t.amountCents} >= 0 and ${t.refundedCents} between 0 and ${t.amountCents}`,
    ),
  ],
);

/** Every provider event received, once per event id: the webhook's idempotency record. */
export const paymentEvents = pgTable(
  'payment_events',
  {
    id: id(),
    provider: text('provider').notNull(),
    eventId: text('event_id').notNull(),
    type: text('type').notNull(),
    paymentId: uuid('payment_id').references(() => payments.id, { onDelete: 'set null' }),
    payload: jsonb('payload').notNull(),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull().defaultNow(),
    processedAt: timestamp('processed_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('payment_events_provider_event_key').on(t.provider, t.eventId)],
);
