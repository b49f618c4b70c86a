import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  index,
  integer,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from '../accounts/schema';
import { createdAt, id, updatedAt } from '../db/columns';
import { orders } from '../orders/schema';

export const couponType = pgEnum('coupon_type', ['percentage', 'fixed', 'free_shipping']);

export const coupons = pgTable(
  'coupons',
  {
    id: id(),
    /** Stored uppercase; matched case-insensitively. */
    code: text('code').notNull(),
    description: text('description').notNull().default(''),
    type: couponType('type').notNull(),
    /** Percent (1-100) for percentage coupons, cents for fixed ones, 0 for free shipping. */
    value: integer('value').notNull(),
    minOrderCents: integer('min_order_cents'),
    usageLimit: integer('usage_limit'),
    perCustomerLimit: integer('per_customer_limit'),
    /** Redemptions not released; changed only by conditional updates so the limit holds under concurrency. */
    timesUsed: integer('times_used').notNull().default(0),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull().defaultNow(),
    endsAt: timestamp('ends_at', { withTimezone: true }),
    isActive: boolean('is_active').notNull().default(true),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('coupons_code_key').on(t.code),
    check('coupons_code_uppercase', sql`${t.code} = upper(${t.code})`),
    check(
      'coupons_value_valid',
      sql`(${t.type} = 'percentage' and ${t.value} between 1 and 100) or (${t.type} = 'fixed' and ${t.value} > 0) or (${t.type} = 'free_shipping' and ${t.value} = 0)`,
    ),
    check('coupons_min_order_nonnegative', sql`${t.minOrderCents} is null or ${t.minOrderCents} >= 0`),
    check('coupons_usage_limit_positive', sql`${t.usageLimit} is null or ${t.usageLimit} >= 1`),
    check(
      'coupons_per_customer_limit_positive',
      sql`${t.perCustomerLimit} is null or ${t.perCustomerLimit} >= 1`,
    ),
    check(
      'coupons_times_used_within_limit',
      sql`${t.timesUsed} >= 0 and (${t.usageLimit} is null or ${t.timesUsed} <= ${t.usageLimit})`,
    ),
    check('coupons_window_ordered', sql`${t.endsAt} is null or ${t.endsAt} > ${t.startsAt}`),
  ],
);

export const couponRedemptions = pgTable(
  'coupon_redemptions',
  {
    id: id(),
    couponId: uuid('coupon_id')
      .notNull()
      .references(() => coupons.id, { onDelete: 'restrict' }),
    orderId: uuid('order_id')
      .notNull()
      .references(() => orders.id, { onDelete: 'cascade' }),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'set null' }),
    /** Lowercased buyer email: the per-customer limit for guests. */
    email: text('email').notNull(),
    discountCents: integer('discount_cents').notNull(),
    createdAt: createdAt(),
    /** Set when the order was cancelled and the use given back. */
    releasedAt: timestamp('released_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('coupon_redemptions_order_key').on(t.orderId),
    index('coupon_redemptions_coupon_user_idx').on(t.couponId, t.userId),
    index('coupon_redemptions_coupon_email_idx').on(t.couponId, t.email),
    check('coupon_redemptions_discount_nonnegative', sql`${t.discountCents} >= 0`),
  ],
);
