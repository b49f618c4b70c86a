import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { UserView } from '../accounts/types';
import { products } from '../catalog/schema';
import type { Db, Executor } from '../db/client';
import { queryRows } from '../db/rows';
import { AppError, notFound } from '../lib/app-error';
import type { Locale } from '../lib/locale';
import { reviews } from './schema';

export const ZReviewInput = z.object({
  rating: z.number().int('must be a whole number').min(1, 'must be 1 to 5').max(5, 'must be 1 to 5'),
  title: z.string().trim().min(1, 'is required').max(120),
  body: z.string().trim().min(1, 'is required').max(5000),
});

export type TReviewInput = z.infer<typeof ZReviewInput>;
export const ZReviewPatch = ZReviewInput.partial().refine(
  (patch) => Object.values(patch).some((value) => value !== undefined),
  'nothing to change',
);
export type TReviewPatch = z.infer<typeof ZReviewPatch>;

/** A review as its author sees it: with its moderation status and when it was last edited. */
export interface AuthoredReview {
  id: string;
  productId: string;
  rating: number;
  title: string;
  body: string;
  authorName: string;
  locale: string;
  verifiedPurchase: boolean;
  status: 'pending' | 'published' | 'hidden';
  createdAt: string;
  updatedAt: string;
}

/** What a review needs to know about its author: who, and the name it is signed with. */
export type ReviewAuthor = Pick<UserView, 'id' | 'firstName' | 'lastName'>;

type ReviewRow = typeof reviews.$inferSelect;

function toView(row: ReviewRow): AuthoredReview {
  return {
    id: row.id,
    productId: row.productId,
    rating: row.rating,
    title: row.title,
    body: row.body,
    authorName: row.authorName,
    locale: row.locale,
    verifiedPurchase: row.verifiedPurchase,
    status: row.status,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

const isUuid = (value: string) => z.uuid().safeParse(value).success;

/** "Aino K.": enough to feel personal, too little to identify the customer publicly. */
function signature(author: ReviewAuthor): string {
  const initial = Array.from(author.lastName.trim())[0];
  return [author.firstName.trim(), initial ? `${initial.toUpperCase()}.` : ''].filter(Boolean).join(' ');
}

/**
 * The product exists, is shown in the shop and no category above it is hidden: the same products
 * whose reviews GET /products/{id}/reviews lists. Walks up from the product's own category only.
 */
async function assertVisibleProduct(db: Executor, productId: string): Promise<void> {
  if (!isUuid(productId)) throw notFound('Product');
  const [row] = await queryRows<{ id: string }>(
    db,
    sql`with recursive ancestors as (
      select c.id, c.parent_id, c.is_active from categories c
        join products p on p.category_id = c.id where p.id = ${productId}
      union all
      select c.id, c.parent_id, c.is_active from categories c join ancestors a on c.id = a.parent_id
    )
    select p.id from products p
    where p.id = ${productId} and p.is_visible and p.archived_at is null
      and not exists (select 1 from ancestors where not is_active)`,
  );
  if (!row) throw notFound('Product');
}

/** The author's most recent delivered order with the product in it, which makes the review verified. */
async function deliveredOrderWith(db: Executor, userId: string, productId: string): Promise<string | null> {
  const [row] = await queryRows<{ id: string }>(
    db,
    sql`select o.id from orders o
      where o.user_id = ${userId} and o.status = 'delivered'
        and exists (select 1 from order_lines l where l.order_id = o.id and l.product_id = ${productId})
      order by coalesce(o.delivered_at, o.created_at) desc, o.id desc
      limit 1`,
  );
  return row?.id ?? null;
}

/**
 * Moves the product's rating by a difference instead of writing a recomputed total, so concurrent
 * reviews of one product each add their own share and none is lost. Only published reviews count.
 */
/** Moves a product's rating sum and count by a difference (published reviews only are counted). */
export async function adjustRating(tx: Executor, productId: string, sumDelta: number, countDelta: number) {
  if (sumDelta === 0 && countDelta === 0) return;
  await tx
    .update(products)
    .set({
      ratingSum: sql`${products.ratingSum} + ${sumDelta}`,
      ratingCount: sql`${products.ratingCount} + ${countDelta}`,
    })
    .where(eq(products.id, productId));
}

/**
 * A verified-purchase review: only by a customer with a delivered order containing the product, one per
 * customer and product. Published at once, and counted in the product's rating in the same transaction.
 */
export async function createReview(
  db: Db,
  author: ReviewAuthor,
  productId: string,
  input: TReviewInput,
  locale: Locale,
): Promise<AuthoredReview> {
  const authorName = signature(author);
  if (!authorName) {
    throw new AppError('VALIDATION_FAILED', 'Add your name to your profile before writing a review.', [
      { field: 'firstName', message: 'is required to sign a review' },
    ]);
  }
  return db.transaction(async (tx) => {
    await assertVisibleProduct(tx, productId);
    const orderId = await deliveredOrderWith(tx, author.id, productId);
    if (!orderId) {
      throw new AppError('FORBIDDEN', 'Only customers who have received this product can review it.');
    }
    // The unique (user, product) constraint decides, not an earlier look-up: of two simultaneous
    // submissions the second waits for the first to commit and then inserts nothing.
    const [row] = await tx
      .insert(reviews)
      .values({
        productId,
        userId: author.id,
        orderId,
        authorName,
        locale,
        rating: input.rating,
        title: input.title,
        body: input.body,
        status: 'published',
        verifiedPurchase: true,
      })
      .onConflictDoNothing({ target: [reviews.userId, reviews.productId] })
      .returning();
    if (!row) {
      throw new AppError('CONFLICT', 'You have already reviewed this product. You can edit your review.');
    }
    await adjustRating(tx, productId, row.rating, 1);
    return toView(row);
  });
}

/** The customer's own review of the product, whatever its moderation status; 404 when there is none. */
export async function getMyReview(db: Executor, userId: string, productId: string): Promise<AuthoredReview> {
  if (!isUuid(productId)) throw notFound('Review');
  const [row] = await db
    .select()
    .from(reviews)
    .where(and(eq(reviews.userId, userId), eq(reviews.productId, productId)));
  if (!row) throw notFound('Review');
  return toView(row);
}

/** Edits the customer's own review of the product; a changed rating moves the product's average. */
export async function updateMyReview(
  db: Db,
  userId: string,
  productId: string,
  patch: TReviewPatch,
): Promise<AuthoredReview> {
  if (!isUuid(productId)) throw notFound('Review');
  return db.transaction(async (tx) => {
    // Locked so that a simultaneous edit or moderation cannot change the rating or status between
    // reading the old rating and applying the difference.
    const [current] = await tx
      .select()
      .from(reviews)
      .where(and(eq(reviews.userId, userId), eq(reviews.productId, productId)))
      .for('update');
    if (!current) throw notFound('Review');
    const [row] = await tx
      .update(reviews)
      .set({
        ...(patch.rating === undefined ? {} : { rating: patch.rating }),
        ...(patch.title === undefined ? {} : { title: patch.title }),
        ...(patch.body === undefined ? {} : { body: patch.body }),
      })
      .where(eq(reviews.id, current.id))
      .returning();
    if (!row) throw notFound('Review');
    if (row.status === 'published') await adjustRating(tx, productId, row.rating - current.rating, 0);
    return toView(row);
  });
}

/** Removes the customer's own review of the product and takes it out of the product's rating. */
export async function deleteMyReview(db: Db, userId: string, productId: string): Promise<void> {
  if (!isUuid(productId)) throw notFound('Review');
  await db.transaction(async (tx) => {
    // The deleted row's status is read under the delete's own row lock, so it is the one that counted.
    const [row] = await tx
      .delete(reviews)
      .where(and(eq(reviews.userId, userId), eq(reviews.productId, productId)))
      .returning({ rating: reviews.rating, status: reviews.status });
    if (!row) throw notFound('Review');
    if (row.status === 'published') await adjustRating(tx, productId, -row.rating, -1);
  });
}
