import { sql } from 'drizzle-orm';
import { boolean, check, integer, jsonb, pgEnum, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { createdAt, id, updatedAt } from '../db/columns';

export const shippingKind = pgEnum('shipping_kind', ['home', 'pickup_point', 'parcel_locker', 'express']);

export const shippingMethods = pgTable(
  'shipping_methods',
  {
    id: id(),
    code: text('code').notNull(),
    /** ISO country codes this method delivers to; empty means every EU country not served by a more specific method. */
    countries: text('countries').array().notNull(),
    kind: shippingKind('kind').notNull(),
    /** Name and description per locale; reference data edited rarely, so kept inline rather than in rows. */
    name: jsonb('name').$type<Record<string, string>>().notNull(),
    description: jsonb('description').$type<Record<string, string>>().notNull(),
    priceCents: integer('price_cents').notNull(),
    /** Orders from this subtotal (VAT-inclusive, after discounts) ship free; null means never. */
    freeFromCents: integer('free_from_cents'),
    minDays: integer('min_days').notNull(),
    maxDays: integer('max_days').notNull(),
    position: integer('position').notNull().default(0),
    isActive: boolean('is_active').notNull().default(true),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('shipping_methods_code_key').on(t.code),
    check('shipping_methods_price_nonnegative', sql`${t.priceCents} >= 0`),
    check(
      'shipping_methods_free_from_nonnegative',
      sql`${t.freeFromCents} is null or ${t.freeFromCents} >= 0`,
    ),
    check('shipping_methods_days_ordered', sql`${t.minDays} >= 0 and ${t.maxDays} >= ${t.minDays}`),
  ],
);
