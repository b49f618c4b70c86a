import { sql } from 'drizzle-orm';
import {
  bigserial,
  check,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from '../accounts/schema';
import { products, productVariants, taxClass } from '../catalog/schema';
import { createdAt, id, updatedAt } from '../db/columns';
import { shippingMethods } from '../shipping/schema';

export const orderStatus = pgEnum('order_status', [
  'pending_payment',
  'paid',
  'processing',
  'shipped',
  'delivered',
  'cancelled',
  'returned',
]);

export const paymentStatus = pgEnum('payment_status', [
  'pending',
  'paid',
  'failed',
  'refunded',
  'partially_refunded',
]);

export interface AddressSnapshot {
  fullName: string;
  company?: string | null;
  line1: string;
  line2?: string | null;
  postalCode: string;
  city: string;
  country: string;
  phone?: string | null;
}

export interface VatLine {
  /** Basis points, e.g. 2550. */
  rateBasisPoints: number;
  netCents: number;
  vatCents: number;
}

export const orders = pgTable(
  'orders',
  {
    id: id(),
    /** Readable and sequential per year, e.g. "2026-000123". */
    orderNumber: text('order_number').notNull(),
    // SET NULL: an order outlives its customer's account (bookkeeping law keeps it for years).
    userId: uuid('user_id').references(() => users.id, { onDelete: 'set null' }),
    email: text('email').notNull(),
    locale: text('locale').notNull(),
    status: orderStatus('status').notNull().default('pending_payment'),
    paymentStatus: paymentStatus('payment_status').notNull().default('pending'),
    paymentMethod: text('payment_method').notNull(),
    currency: text('currency').notNull().default('EUR'),
    subtotalCents: integer('subtotal_cents').notNull(),
    discountCents: integer('discount_cents').notNull().default(0),
    shippingCents: integer('shipping_cents').notNull().default(0),
    vatCents: integer('vat_cents').notNull(),
    totalCents: integer('total_cents').notNull(),
    vatLines: jsonb('vat_lines').$type<VatLine[]>().notNull(),
    /** The country whose VAT applied (the store's, or the buyer's under EU one-stop-shop selling). */
    vatCountry: text('vat_country').notNull(),
    shippingAddress: jsonb('shipping_address').$type<AddressSnapshot>().notNull(),
    billingAddress: jsonb('billing_address').$type<AddressSnapshot>(),
    shippingMethodId: uuid('shipping_method_id').references(() => shippingMethods.id, {
      onDelete: 'set null',
    }),
    shippingMethodName: text('shipping_method_name').notNull(),
    couponCode: text('coupon_code'),
    /** Finnish bank reference number (viitenumero) for bank transfers. */
    referenceNumber: text('reference_number'),
    carrier: text('carrier'),
    trackingNumber: text('tracking_number'),
    customerNote: text('customer_note'),
    /** Who placed it (user id, or the cart for guests) plus the client's Idempotency-Key. */
    idempotencyScope: text('idempotency_scope'),
    idempotencyKey: text('idempotency_key'),
    termsAcceptedAt: timestamp('terms_accepted_at', { withTimezone: true }).notNull(),
    paidAt: timestamp('paid_at', { withTimezone: true }),
    shippedAt: timestamp('shipped_at', { withTimezone: true }),
    deliveredAt: timestamp('delivered_at', { withTimezone: true }),
    cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('orders_order_number_key').on(t.orderNumber),
    uniqueIndex('orders_idempotency_key').on(t.idempotencyScope, t.idempotencyKey),
    index('orders_user_id_idx').on(t.userId, t.createdAt),
    index('orders_email_idx').on(t.email),
    index('orders_status_idx').on(t.status, t.createdAt),
    index('orders_created_at_idx').on(t.createdAt),
    // Sales figures are dated by payment (analytics); unpaid orders are never in those ranges.
    index('orders_paid_at_idx').on(t.paidAt).where(sql`${t.paidAt} is not null`),
    check(
      'orders_amounts_nonnegative',
      sql`${t.subtotalCents} >= 0 and ${t.discountCents} >= 0 and ${t.shippingCents} >= 0 and ${t.vatCents} >= 0 and ${t.totalCents} >= 0`,
    ),
    check(
      'orders_total_adds_up',
      sql`${t.totalCents} = ${t.subtotalCents} - ${t.discountCents} + ${t.shippingCents}`,
    ),
  ],
);

export const orderLines = pgTable(
  'order_lines',
  {
    id: id(),
    orderId: uuid('order_id')
      .notNull()
      .references(() => orders.id, { onDelete: 'cascade' }),
    /** The line's place on the order, as it was in the cart. */
    position: integer('position').notNull().default(0),
    productId: uuid('product_id').references(() => products.id, { onDelete: 'set null' }),
    variantId: uuid('variant_id').references(() => productVariants.id, { onDelete: 'set null' }),
    /** Snapshots in the order's locale, so the order reads the same after catalogue edits. */
    name: text('name').notNull(),
    variantLabel: text('variant_label'),
    sku: text('sku').notNull(),
    quantity: integer('quantity').notNull(),
    unitPriceCents: integer('unit_price_cents').notNull(),
    /** This line's share of the order discount, allocated in proportion. */
    discountCents: integer('discount_cents').notNull().default(0),
    lineTotalCents: integer('line_total_cents').notNull(),
    taxClass: taxClass('tax_class').notNull(),
    vatRateBasisPoints: integer('vat_rate_basis_points').notNull(),
    vatCents: integer('vat_cents').notNull(),
    /** Units given back through withdrawal (returned). */
    returnedQuantity: integer('returned_quantity').notNull().default(0),
  },
  (t) => [
    index('order_lines_order_id_idx').on(t.orderId),
    index('order_lines_product_id_idx').on(t.productId),
    check('order_lines_quantity_positive', sql`${t.quantity} > 0`),
    check('order_lines_returned_range', sql`${t.returnedQuantity} between 0 and ${t.quantity}`),
    check(
      'order_lines_amounts_nonnegative',
      sql`${t.unitPriceCents} >= 0 and ${t.lineTotalCents} >= 0 and ${t.vatCents} >= 0`,
    ),
  ],
);

export const orderStatusHistory = pgTable(
  'order_status_history',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    orderId: uuid('order_id')
      .notNull()
      .references(() => orders.id, { onDelete: 'cascade' }),
    fromStatus: orderStatus('from_status'),
    toStatus: orderStatus('to_status').notNull(),
    actorId: uuid('actor_id').references(() => users.id, { onDelete: 'set null' }),
    note: text('note'),
    createdAt: createdAt(),
  },
  (t) => [index('order_status_history_order_idx').on(t.orderId, t.createdAt)],
);

/** Internal notes an admin keeps on an order; never shown to the customer. */
export const orderNotes = pgTable(
  'order_notes',
  {
    id: id(),
    orderId: uuid('order_id')
      .notNull()
      .references(() => orders.id, { onDelete: 'cascade' }),
    authorId: uuid('author_id').references(() => users.id, { onDelete: 'set null' }),
    body: text('body').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('order_notes_order_idx').on(t.orderId)],
);

/** Gap-free counters per scope and year (order, invoice and credit-note numbers). */
export const numberSequences = pgTable(
  'number_sequences',
  {
    scope: text('scope').notNull(),
    year: integer('year').notNull(),
    lastValue: integer('last_value').notNull().default(0),
    updatedAt: updatedAt(),
  },
  (t) => [primaryKey({ columns: [t.scope, t.year] })],
);
