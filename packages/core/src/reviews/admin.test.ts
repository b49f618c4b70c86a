import { randomUUID } from 'node:crypto';
import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from '../accounts/schema';
import { auditLog } from '../audit/schema';
import { products, productTranslations } from '../catalog/schema';
import type { Db } from '../db/client';
import { openTestDatabase } from '../testing/database';
import { expectAppError } from '../testing/shop-fixtures';
import {
  deleteReviewAsAdmin,
  listReviewsForAdmin,
  type ReviewModerationContext,
  type ReviewStatus,
  setReviewStatus,
  ZAdminReviewsQuery,
} from './admin';
import { updateMyReview } from './reviews';
import { reviews } from './schema';

let db: Db;
let context: ReviewModerationContext;
// Everything this file creates, removed at the end: on PostgreSQL other files count products and reviews.
const created = { products: [] as string[], users: [] as string[] };

beforeAll(async () => {
  db = (await openTestDatabase()).db;
  const [admin] = await db.select().from(users).where(eq(users.email, 'admin@example.com'));
  if (!admin) throw new Error('the demo admin is missing');
  context = { actor: { id: admin.id, email: admin.email }, requestId: `review-test-${randomUUID()}` };
});

// Top level, not inside beforeAll: vitest runs no hook registered from inside another hook.
afterAll(async () => {
  // Reviews go with their product.
  await db.delete(products).where(inArray(products.id, created.products));
  await db.delete(users).where(inArray(users.id, created.users));
  await db.delete(auditLog).where(eq(auditLog.requestId, context.requestId ?? ''));
});

const tag = () => randomUUID().slice(0, 8);

interface ReviewSpec {
  rating: number;
  status: ReviewStatus;
  title?: string;
  authorName?: string;
}

/**
 * A product with a Finnish and an English name and the given reviews, its rating sum and count
 * matching the published ones as the shop keeps them.
 */
async function productWithReviews(specs: ReviewSpec[]) {
  const suffix = tag();
  const published = specs.filter((spec) => spec.status === 'published');
  const [product] = await db
    .insert(products)
    .values({
      sku: `MODERATE-${suffix}`,
      priceCents: 1990,
      lowestPrice30dCents: 1990,
      ratingSum: published.reduce((sum, spec) => sum + spec.rating, 0),
      ratingCount: published.length,
    })
    .returning();
  if (!product) throw new Error('no product');
  created.products.push(product.id);
  await db.insert(productTranslations).values([
    { productId: product.id, locale: 'fi', name: `Moderoitava ${suffix}`, slug: `moderoitava-${suffix}` },
    { productId: product.id, locale: 'en', name: `Moderated ${suffix}`, slug: `moderated-${suffix}` },
  ]);
  const ids: string[] = [];
  for (const spec of specs) {
    const [user] = await db
      .insert(users)
      .values({ email: `author-${tag()}@moderation.example.org`, firstName: 'Aino', lastName: 'Korhonen' })
      .returning();
    if (!user) throw new Error('no user');
    created.users.push(user.id);
    const [review] = await db
      .insert(reviews)
      .values({
        productId: product.id,
        userId: user.id,
        authorName: spec.authorName ?? 'Aino K.',
        locale: 'fi',
        rating: spec.rating,
        title: spec.title ?? 'Arvio',
        body: 'Teksti.',
        status: spec.status,
        verifiedPurchase: true,
      })
      .returning();
    if (!review) throw new Error('no review');
    ids.push(review.id);
  }
  return { product, suffix, ids };
}

async function rating(productId: string) {
  const [row] = await db
    .select({ sum: products.ratingSum, count: products.ratingCount })
    .from(products)
    .where(eq(products.id, productId));
  return row;
}

async function actions(reviewId: string) {
  const rows = await db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entityType, 'review'), eq(auditLog.entityId, reviewId)))
    .orderBy(auditLog.id);
  return rows;
}

const moderate = (reviewId: string, status: ReviewStatus) =>
  setReviewStatus(db, reviewId, status, { ...context, locale: 'en' });

describe('listReviewsForAdmin', () => {
  it('filters by status, product, stars and words, with the product name in the locale', async () => {
    const word = tag();
    const { product, suffix, ids } = await productWithReviews([
      { rating: 5, status: 'published', title: `Erinomainen ${word}` },
      { rating: 2, status: 'pending', authorName: `Kriitikko ${word}` },
      { rating: 5, status: 'hidden' },
    ]);
    const list = (query: Record<string, string>, locale: 'fi' | 'en' | 'sv' = 'fi') =>
      listReviewsForAdmin(db, ZAdminReviewsQuery.parse({ productId: product.id, ...query }), locale);

    const all = await list({}, 'en');
    expect(all.total).toBe(3);
    expect(new Set(all.items.map((review) => review.id))).toEqual(new Set(ids));
    expect(all.items.every((review) => review.productName === `Moderated ${suffix}`)).toBe(true);
    // Swedish is missing: the store default's name.
    expect((await list({}, 'sv')).items[0]?.productName).toBe(`Moderoitava ${suffix}`);

    expect((await list({ status: 'pending' })).items.map((review) => review.id)).toEqual([ids[1]]);
    expect((await list({ rating: '5' })).items.map((review) => review.id).sort()).toEqual(
      [ids[0], ids[2]].sort(),
    );
    expect((await list({ rating: '5', status: 'hidden' })).items.map((review) => review.id)).toEqual([
      ids[2],
    ]);
    // Words in the title or the author's name, across all products.
    const byTitle = await listReviewsForAdmin(
      db,
      ZAdminReviewsQuery.parse({ q: `erinomainen ${word}` }),
      'fi',
    );
    expect(byTitle.items.map((review) => review.id)).toEqual([ids[0]]);
    expect(byTitle.items[0]).toMatchObject({ productId: product.id, rating: 5, status: 'published' });
    const byAuthor = await listReviewsForAdmin(
      db,
      ZAdminReviewsQuery.parse({ q: `kriitikko ${word}` }),
      'fi',
    );
    expect(byAuthor.items.map((review) => review.id)).toEqual([ids[1]]);
    const paged = await list({ pageSize: '2', page: '2' });
    expect(paged).toMatchObject({ total: 3, page: 2, pageSize: 2 });
    expect(paged.items).toHaveLength(1);
  });

  it('refuses bad filters', () => {
    for (const query of [{ rating: '6' }, { status: 'deleted' }, { productId: 'x' }]) {
      expect(ZAdminReviewsQuery.safeParse(query).success).toBe(false);
    }
  });
});

describe('setReviewStatus', () => {
  it("hiding a published review takes its stars out of the product's rating; publishing puts them back", async () => {
    const { product, ids } = await productWithReviews([
      { rating: 4, status: 'published' },
      { rating: 2, status: 'published' },
    ]);
    const [first] = ids as [string];
    expect(await rating(product.id)).toEqual({ sum: 6, count: 2 });

    expect(await moderate(first, 'hidden')).toMatchObject({ id: first, status: 'hidden', rating: 4 });
    expect(await rating(product.id)).toEqual({ sum: 2, count: 1 });
    // Hidden to pending: neither counts.
    await moderate(first, 'pending');
    expect(await rating(product.id)).toEqual({ sum: 2, count: 1 });
    await moderate(first, 'published');
    expect(await rating(product.id)).toEqual({ sum: 6, count: 2 });

    const entries = await actions(first);
    expect(entries.map((entry) => [entry.before, entry.after])).toEqual([
      [{ status: 'published' }, { status: 'hidden' }],
      [{ status: 'hidden' }, { status: 'pending' }],
      [{ status: 'pending' }, { status: 'published' }],
    ]);
    expect(entries[0]).toMatchObject({
      action: 'review.status',
      actorId: context.actor.id,
      requestId: context.requestId,
    });
  });

  it('changes and records nothing when the status is already the one asked for', async () => {
    const { product, ids } = await productWithReviews([{ rating: 3, status: 'published' }]);
    const [id] = ids as [string];
    expect(await moderate(id, 'published')).toMatchObject({ status: 'published' });
    expect(await rating(product.id)).toEqual({ sum: 3, count: 1 });
    expect(await actions(id)).toEqual([]);
  });

  it('counts a review once when two admins hide it at the same moment', async () => {
    const { product, ids } = await productWithReviews([
      { rating: 5, status: 'published' },
      { rating: 1, status: 'published' },
    ]);
    const [id] = ids as [string];
    await Promise.all([moderate(id, 'hidden'), moderate(id, 'hidden')]);
    expect(await rating(product.id)).toEqual({ sum: 1, count: 1 });
    expect(await actions(id)).toHaveLength(1);
  });

  it("uses the rating the author set in the meantime, so the product's rating stays exact", async () => {
    const { product, ids } = await productWithReviews([{ rating: 2, status: 'published' }]);
    const [id] = ids as [string];
    const [review] = await db.select().from(reviews).where(eq(reviews.id, id));
    if (!review?.userId) throw new Error('no review');
    await Promise.all([updateMyReview(db, review.userId, product.id, { rating: 5 }), moderate(id, 'hidden')]);
    expect(await rating(product.id)).toEqual({ sum: 0, count: 0 });
    await moderate(id, 'published');
    expect(await rating(product.id)).toEqual({ sum: 5, count: 1 });
  });

  it('answers 404 for unknown or malformed ids', async () => {
    await expectAppError(moderate(randomUUID(), 'hidden'), 'NOT_FOUND', 404);
    await expectAppError(moderate('nope', 'hidden'), 'NOT_FOUND', 404);
  });
});

describe('deleteReviewAsAdmin', () => {
  it("removes a published review from the product's rating and audits what it said", async () => {
    const { product, ids } = await productWithReviews([
      { rating: 5, status: 'published', title: 'Poistettava' },
      { rating: 3, status: 'hidden' },
    ]);
    const [published, hidden] = ids as [string, string];
    await deleteReviewAsAdmin(db, published, context);
    expect(await rating(product.id)).toEqual({ sum: 0, count: 0 });
    await deleteReviewAsAdmin(db, hidden, context);
    expect(await rating(product.id)).toEqual({ sum: 0, count: 0 });
    expect(await db.$count(reviews, eq(reviews.productId, product.id))).toBe(0);
    const [entry] = await actions(published);
    expect(entry).toMatchObject({
      action: 'review.delete',
      before: expect.objectContaining({ rating: 5, title: 'Poistettava', status: 'published' }),
      after: null,
    });
    await expectAppError(deleteReviewAsAdmin(db, published, context), 'NOT_FOUND', 404);
  });
});
