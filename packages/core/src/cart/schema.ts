import { sql } from 'drizzle-orm';
import {
  check,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from '../accounts/schema';
import { products, productVariants } from '../catalog/schema';
import { createdAt, id, updatedAt } from '../db/columns';
import { coupons } from '../promotions/schema';

export const carts = pgTable(
  'carts',
  {
    id: id(),
    /** SHA-256 of the guest cart token; the token itself only lives in the client's cookie. */
    tokenHash: text('token_hash').notNull(),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'cascade' }),
    couponId: uuid('coupon_id').references(() => coupons.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('carts_token_hash_key').on(t.tokenHash),
    // One cart per signed-in user; guest carts have no user.
    uniqueIndex('carts_user_id_key').on(t.userId).where(sql`${t.userId} is not null`),
    index('carts_expires_at_idx').on(t.expiresAt),
    // Carts started per period: the denominator of the analytics' conversion rate.
    index('carts_created_at_idx').on(t.createdAt),
  ],
);

export const cartItems = pgTable(
  'cart_items',
  {
    id: id(),
    cartId: uuid('cart_id')
      .notNull()
      .references(() => carts.id, { onDelete: 'cascade' }),
    productId: uuid('product_id')
      .notNull()
      .references(() => products.id, { onDelete: 'cascade' }),
    variantId: uuid('variant_id').references(() => productVariants.id, { onDelete: 'cascade' }),
    quantity: integer('quantity').notNull(),
    /** The unit price the customer last saw, so a later price change can be pointed out once. */
    seenPriceCents: integer('seen_price_cents').notNull().default(0),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    // NULLS NOT DISTINCT: a product without variants appears once per cart too.
    unique('cart_items_line_key').on(t.cartId, t.productId, t.variantId).nullsNotDistinct(),
    check('cart_items_quantity_range', sql`${t.quantity} between 1 and 999`),
  ],
);
