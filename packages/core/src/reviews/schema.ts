import { sql } from 'drizzle-orm';
import { boolean, check, index, pgEnum, pgTable, smallint, text, unique, uuid } from 'drizzle-orm/pg-core';
import { users } from '../accounts/schema';
import { products } from '../catalog/schema';
import { createdAt, id, updatedAt } from '../db/columns';
import { orders } from '../orders/schema';

export const reviewStatus = pgEnum('review_status', ['pending', 'published', 'hidden']);

export const reviews = pgTable(
  'reviews',
  {
    id: id(),
    productId: uuid('product_id')
      .notNull()
      .references(() => products.id, { onDelete: 'cascade' }),
    // SET NULL: an erased account's reviews stay, anonymously.
    userId: uuid('user_id').references(() => users.id, { onDelete: 'set null' }),
    orderId: uuid('order_id').references(() => orders.id, { onDelete: 'set null' }),
    /** Shown with the review, e.g. "Aino K."; replaced when the author erases the account. */
    authorName: text('author_name').notNull(),
    locale: text('locale').notNull(),
    rating: smallint('rating').notNull(),
    title: text('title').notNull(),
    body: text('body').notNull(),
    status: reviewStatus('status').notNull().default('published'),
    verifiedPurchase: boolean('verified_purchase').notNull().default(false),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique('reviews_user_product_key').on(t.userId, t.productId),
    index('reviews_product_idx').on(t.productId, t.status, t.createdAt),
    index('reviews_status_idx').on(t.status, t.createdAt),
    check('reviews_rating_range', sql`${t.rating} between 1 and 5`),
  ],
);
