/**
 * Review moderation: the admin lists reviews, publishes, hides or deletes them. The product's rating
 * (rating_sum / rating_count over published reviews) follows in the same transaction, and every change
 * is audited there too.
 */

import { eq, type SQL, sql } from 'drizzle-orm';
import { z } from 'zod';
import { type AuditEntry, recordAudit } from '../audit/log';
import type { Db, Executor } from '../db/client';
import { queryRows } from '../db/rows';
import { notFound } from '../lib/app-error';
import { defaultLocale, type Locale } from '../lib/locale';
import { type Page, pageClause, ZPageQuery } from '../lib/pagination';
import { adjustRating } from './reviews';
import { reviews } from './schema';

export const reviewStatuses = ['pending', 'published', 'hidden'] as const;
export type ReviewStatus = (typeof reviewStatuses)[number];

export const ZAdminReviewsQuery = ZPageQuery.extend({
  status: z.enum(reviewStatuses).optional(),
  productId: z.uuid('must be a product id').optional(),
  rating: z.coerce.number().int().min(1, 'must be 1 to 5').max(5, 'must be 1 to 5').optional(),
  /** Part of the title, the text or the author's name. */
  q: z.string().trim().min(1).max(200).optional(),
});
export type TAdminReviewsQuery = z.infer<typeof ZAdminReviewsQuery>;

export const ZReviewStatusInput = z.object({ status: z.enum(reviewStatuses) });
export type TReviewStatusInput = z.infer<typeof ZReviewStatusInput>;

export interface AdminReviewView {
  id: string;
  productId: string;
  /** In the requested locale, else the store default's. */
  productName: string;
  userId: string | null;
  authorName: string;
  locale: string;
  rating: number;
  title: string;
  body: string;
  status: ReviewStatus;
  verifiedPurchase: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface ReviewModerationContext {
  actor: NonNullable<AuditEntry['actor']>;
  requestId?: string;
}

interface ReviewListRow {
  id: string;
  product_id: string;
  product_name: string | null;
  user_id: string | null;
  author_name: string;
  locale: string;
  rating: number;
  title: string;
  body: string;
  status: ReviewStatus;
  verified_purchase: boolean;
  created_at: string | Date;
  updated_at: string | Date;
}

const isUuid = (value: string) => z.uuid().safeParse(value).success;

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (character) => `\\${character}`);
}

/** Raw SQL rows carry timestamps as Date (node-postgres) or as text, depending on the driver. */
function iso(value: string | Date): string {
  return new Date(value).toISOString();
}

function toView(row: ReviewListRow): AdminReviewView {
  return {
    id: row.id,
    productId: row.product_id,
    productName: row.product_name ?? '',
    userId: row.user_id,
    authorName: row.author_name,
    locale: row.locale,
    rating: row.rating,
    title: row.title,
    body: row.body,
    status: row.status,
    verifiedPurchase: row.verified_purchase,
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
  };
}

function selectReviews(locale: Locale, where: SQL): SQL {
  return sql`select r.id, r.product_id, coalesce(tr.name, td.name) as product_name, r.user_id, r.author_name,
      r.locale, r.rating, r.title, r.body, r.status, r.verified_purchase, r.created_at, r.updated_at
    from reviews r
    left join product_translations tr on tr.product_id = r.product_id and tr.locale = ${locale}
    left join product_translations td on td.product_id = r.product_id and td.locale = ${defaultLocale}
    where ${where}`;
}

/** Reviews for moderation, newest first, by status, product, stars or words. */
export async function listReviewsForAdmin(
  db: Executor,
  query: TAdminReviewsQuery,
  locale: Locale,
): Promise<Page<AdminReviewView>> {
  const conditions: SQL[] = [sql`true`];
  if (query.status) conditions.push(sql`r.status = ${query.status}`);
  if (query.productId) conditions.push(sql`r.product_id = ${query.productId}`);
  if (query.rating) conditions.push(sql`r.rating = ${query.rating}`);
  if (query.q) {
    const pattern = `%${escapeLike(query.q)}%`;
    conditions.push(
      sql`(r.title ilike ${pattern} or r.body ilike ${pattern} or r.author_name ilike ${pattern})`,
    );
  }
  const where = sql.join(conditions, sql` and `);
  const [rows, [counted]] = await Promise.all([
    queryRows<ReviewListRow>(
      db,
      sql`${selectReviews(locale, where)} order by r.created_at desc, r.id
        ${pageClause(query)}`,
    ),
    queryRows<{ total: number }>(db, sql`select count(*)::int as total from reviews r where ${where}`),
  ]);
  return { items: rows.map(toView), total: counted?.total ?? 0, page: query.page, pageSize: query.pageSize };
}

/**
 * Moves the product's rating by a difference rather than writing a recomputed total, so a customer's
 * review landing at the same moment keeps its share. Only published reviews count.
 */
async function findView(db: Executor, reviewId: string, locale: Locale): Promise<AdminReviewView> {
  const [row] = await queryRows<ReviewListRow>(db, selectReviews(locale, sql`r.id = ${reviewId}`));
  if (!row) throw notFound('Review');
  return toView(row);
}

/**
 * Publishes, hides or sends a review back to pending. Publishing adds its stars to the product's
 * rating, leaving published takes them out. The row is locked first, so an author editing the rating
 * at the same moment cannot slip a different rating between the status read and the adjustment.
 */
export async function setReviewStatus(
  db: Db,
  reviewId: string,
  status: ReviewStatus,
  context: ReviewModerationContext & { locale: Locale },
): Promise<AdminReviewView> {
  if (!isUuid(reviewId)) throw notFound('Review');
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(reviews).where(eq(reviews.id, reviewId)).for('update');
    if (!before) throw notFound('Review');
    if (before.status !== status) {
      await tx.update(reviews).set({ status }).where(eq(reviews.id, reviewId));
      const counted = (published: boolean) => (published ? 1 : 0);
      const countDelta = counted(status === 'published') - counted(before.status === 'published');
      await adjustRating(tx, before.productId, countDelta * before.rating, countDelta);
      await recordAudit(tx, {
        actor: context.actor,
        action: 'review.status',
        entityType: 'review',
        entityId: reviewId,
        before: { status: before.status },
        after: { status },
        requestId: context.requestId,
      });
    }
    return findView(tx, reviewId, context.locale);
  });
}

/** Deletes a review for good; a published one leaves the product's rating with it. */
export async function deleteReviewAsAdmin(
  db: Db,
  reviewId: string,
  context: ReviewModerationContext,
): Promise<void> {
  if (!isUuid(reviewId)) throw notFound('Review');
  await db.transaction(async (tx) => {
    // The deleted row is returned under the delete's own row lock, so its status is the one that counted.
    const [row] = await tx.delete(reviews).where(eq(reviews.id, reviewId)).returning();
    if (!row) throw notFound('Review');
    if (row.status === 'published') await adjustRating(tx, row.productId, -row.rating, -1);
    await recordAudit(tx, {
      actor: context.actor,
      action: 'review.delete',
      entityType: 'review',
      entityId: reviewId,
      before: {
        productId: row.productId,
        userId: row.userId,
        authorName: row.authorName,
        rating: row.rating,
        title: row.title,
        body: row.body,
        status: row.status,
        verifiedPurchase: row.verifiedPurchase,
        createdAt: row.createdAt.toISOString(),
      },
      requestId: context.requestId,
    });
  });
}
