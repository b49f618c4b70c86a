import { randomUUID } from 'node:crypto';
import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from '../accounts/schema';
import { categories, products, productTranslations } from '../catalog/schema';
import type { Db } from '../db/client';
import { orderLines, orders } from '../orders/schema';
import { openTestDatabase } from '../testing/database';
import { createReview, deleteMyReview, updateMyReview, ZReviewInput, ZReviewPatch } from './reviews';
import { reviews } from './schema';

type OrderStatus = (typeof orders.$inferInsert)['status'];

let db: Db;
// Everything this file creates, removed at the end: on PostgreSQL other files count reviews too.
const created = { users: [] as string[], products: [] as string[], orders: [] as string[] };

beforeAll(async () => {
  db = (await openTestDatabase()).db;
});

// Top level, not inside beforeAll: vitest runs no hook registered from inside another hook.
afterAll(async () => {
  await db.delete(orders).where(inArray(orders.id, created.orders));
  await db.delete(products).where(inArray(products.id, created.products));
  await db.delete(users).where(inArray(users.id, created.users));
});

const suffix = () => randomUUID().slice(0, 8);

async function newProduct(overrides: Partial<typeof products.$inferInsert> = {}) {
  const tag = suffix();
  const [product] = await db
    .insert(products)
    .values({ sku: `REVIEW-${tag}`, priceCents: 1990, lowestPrice30dCents: 1990, stock: 5, ...overrides })
    .returning();
  if (!product) throw new Error('no product');
  created.products.push(product.id);
  await db
    .insert(productTranslations)
    .values({ productId: product.id, locale: 'fi', name: `Arvostelutuote ${tag}`, slug: `arvostelu-${tag}` });
  return product;
}

async function newUser(firstName = 'Aino', lastName = 'Korhonen') {
  const [user] = await db
    .insert(users)
    .values({ email: `reviewer-${suffix()}@reviews.example.org`, firstName, lastName })
    .returning();
  if (!user) throw new Error('no user');
  created.users.push(user.id);
  return user;
}

async function newOrder(userId: string, productId: string, status: OrderStatus, deliveredAt?: Date) {
  const [order] = await db
    .insert(orders)
    .values({
      orderNumber: `T-${randomUUID()}`,
      userId,
      email: 'reviewer@reviews.example.org',
      locale: 'fi',
      status,
      paymentMethod: 'card',
      subtotalCents: 1990,
      vatCents: 396,
      totalCents: 1990,
      vatLines: [{ rateBasisPoints: 2550, netCents: 1594, vatCents: 396 }],
      vatCountry: 'FI',
      shippingAddress: {
        fullName: 'Aino Korhonen',
        line1: 'Testikatu 1',
        postalCode: '00100',
        city: 'Helsinki',
        country: 'FI',
      },
      shippingMethodName: 'Nouto',
      termsAcceptedAt: new Date(),
      deliveredAt: status === 'delivered' ? (deliveredAt ?? new Date()) : null,
    })
    .returning();
  if (!order) throw new Error('no order');
  created.orders.push(order.id);
  await db.insert(orderLines).values({
    orderId: order.id,
    productId,
    name: 'Arvostelutuote',
    sku: 'REVIEW',
    quantity: 1,
    unitPriceCents: 1990,
    lineTotalCents: 1990,
    taxClass: 'standard',
    vatRateBasisPoints: 2550,
    vatCents: 396,
  });
  return order;
}

/** A customer who has received the product. */
async function buyer(productId: string) {
  const user = await newUser();
  const order = await newOrder(user.id, productId, 'delivered');
  return { user, order };
}

async function rating(productId: string) {
  const [row] = await db
    .select({ sum: products.ratingSum, count: products.ratingCount })
    .from(products)
    .where(eq(products.id, productId));
  if (!row) throw new Error('no product');
  return row;
}

const input = { rating: 4, title: 'Hyvä', body: 'Toimii hyvin.' };

describe('createReview', () => {
  it('publishes a verified review signed with first name and last initial, and counts its rating', async () => {
    const product = await newProduct();
    const { user, order } = await buyer(product.id);
    const before = await rating(product.id);
    const review = await createReview(db, user, product.id, input, 'sv');
    expect(review).toMatchObject({
      productId: product.id,
      rating: 4,
      title: 'Hyvä',
      authorName: 'Aino K.',
      locale: 'sv',
      verifiedPurchase: true,
      status: 'published',
    });
    const [row] = await db.select().from(reviews).where(eq(reviews.id, review.id));
    expect(row?.orderId).toBe(order.id);
    expect(await rating(product.id)).toEqual({ sum: before.sum + 4, count: before.count + 1 });
  });

  it('links the most recently delivered order with the product', async () => {
    const product = await newProduct();
    const user = await newUser();
    await newOrder(user.id, product.id, 'delivered', new Date(Date.now() - 30 * 86_400_000));
    const latest = await newOrder(user.id, product.id, 'delivered', new Date(Date.now() - 86_400_000));
    const review = await createReview(db, user, product.id, input, 'fi');
    const [row] = await db.select().from(reviews).where(eq(reviews.id, review.id));
    expect(row?.orderId).toBe(latest.id);
  });

  it.each(['pending_payment', 'paid', 'processing', 'shipped', 'cancelled'] as const)(
    'refuses a customer whose order is only %s',
    async (status) => {
      const product = await newProduct();
      const user = await newUser();
      await newOrder(user.id, product.id, status);
      await expect(createReview(db, user, product.id, input, 'fi')).rejects.toMatchObject({
        code: 'FORBIDDEN',
      });
    },
  );

  it('refuses a customer whose delivered order holds other products', async () => {
    const [bought, other] = [await newProduct(), await newProduct()];
    const { user } = await buyer(bought.id);
    await expect(createReview(db, user, other.id, input, 'fi')).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('answers 404 for a malformed id, an unknown, hidden or archived product, or one in a hidden category', async () => {
    const user = await newUser();
    const hidden = await newProduct({ isVisible: false });
    const archived = await newProduct({ archivedAt: new Date() });
    const [parent] = await db.insert(categories).values({ isActive: false }).returning();
    const [child] = await db.insert(categories).values({ parentId: parent?.id }).returning();
    const inHiddenCategory = await newProduct({ categoryId: child?.id });
    // Bought and received, so only the product's visibility can refuse these.
    for (const product of [hidden, archived, inHiddenCategory])
      await newOrder(user.id, product.id, 'delivered');
    for (const id of ['not-a-uuid', randomUUID(), hidden.id, archived.id, inHiddenCategory.id]) {
      await expect(createReview(db, user, id, input, 'fi')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    }
    await db.delete(products).where(eq(products.id, inHiddenCategory.id));
    if (child) await db.delete(categories).where(eq(categories.id, child.id));
    if (parent) await db.delete(categories).where(eq(categories.id, parent.id));
  });

  it('allows one review per customer and product, also when two arrive at once', async () => {
    const product = await newProduct();
    const { user } = await buyer(product.id);
    const before = await rating(product.id);
    const results = await Promise.allSettled([
      createReview(db, user, product.id, { ...input, rating: 5 }, 'fi'),
      createReview(db, user, product.id, { ...input, rating: 5 }, 'fi'),
    ]);
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    const refused = results.find((result) => result.status === 'rejected');
    expect(refused?.reason).toMatchObject({ code: 'CONFLICT' });
    await expect(createReview(db, user, product.id, input, 'fi')).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(await rating(product.id)).toEqual({ sum: before.sum + 5, count: before.count + 1 });
  });

  it('keeps the rating right when several customers review at once', async () => {
    const product = await newProduct();
    const buyers = await Promise.all([1, 2, 3, 4].map(() => buyer(product.id)));
    const before = await rating(product.id);
    await Promise.all(
      buyers.map(({ user }, index) =>
        createReview(db, user, product.id, { ...input, rating: index + 2 }, 'fi'),
      ),
    );
    expect(await rating(product.id)).toEqual({ sum: before.sum + 2 + 3 + 4 + 5, count: before.count + 4 });
  });

  it('signs with the first name alone when there is no last name, and refuses without any name', async () => {
    const product = await newProduct();
    const single = await newUser('Li', '');
    await newOrder(single.id, product.id, 'delivered');
    expect((await createReview(db, single, product.id, input, 'zh')).authorName).toBe('Li');
    const nameless = await newUser('', '');
    await newOrder(nameless.id, product.id, 'delivered');
    await expect(createReview(db, nameless, product.id, input, 'fi')).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
    });
  });
});

describe('updateMyReview', () => {
  it('changes the text and moves the rating by the difference only', async () => {
    const product = await newProduct();
    const { user } = await buyer(product.id);
    await createReview(db, user, product.id, { ...input, rating: 2 }, 'fi');
    const before = await rating(product.id);
    const edited = await updateMyReview(db, user.id, product.id, { rating: 5, title: 'Parempi kuin luulin' });
    expect(edited).toMatchObject({ rating: 5, title: 'Parempi kuin luulin', body: input.body });
    expect(await rating(product.id)).toEqual({ sum: before.sum + 3, count: before.count });
    await updateMyReview(db, user.id, product.id, { body: 'Vain teksti muuttui.' });
    expect(await rating(product.id)).toEqual({ sum: before.sum + 3, count: before.count });
  });

  it('leaves the rating alone when the review is not published', async () => {
    const product = await newProduct();
    const { user } = await buyer(product.id);
    const review = await createReview(db, user, product.id, { ...input, rating: 5 }, 'fi');
    // Moderation takes a published review out of the rating (what an admin's hide does).
    await db.update(reviews).set({ status: 'hidden' }).where(eq(reviews.id, review.id));
    await db.update(products).set({ ratingSum: 0, ratingCount: 0 }).where(eq(products.id, product.id));
    const edited = await updateMyReview(db, user.id, product.id, { rating: 1 });
    expect(edited.status).toBe('hidden');
    expect(await rating(product.id)).toEqual({ sum: 0, count: 0 });
  });

  it('answers 404 when the customer has no review of the product, even if someone else has', async () => {
    const product = await newProduct();
    const { user } = await buyer(product.id);
    await createReview(db, user, product.id, input, 'fi');
    const stranger = await newUser();
    await expect(updateMyReview(db, stranger.id, product.id, { rating: 1 })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(updateMyReview(db, user.id, 'nope', { rating: 1 })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});

describe('deleteMyReview', () => {
  it('removes the review and its rating; a second delete answers 404', async () => {
    const product = await newProduct();
    const { user } = await buyer(product.id);
    const before = await rating(product.id);
    await createReview(db, user, product.id, { ...input, rating: 3 }, 'fi');
    await deleteMyReview(db, user.id, product.id);
    expect(await rating(product.id)).toEqual(before);
    await expect(deleteMyReview(db, user.id, product.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    // Deleting frees the slot: the customer may write a new one.
    await createReview(db, user, product.id, input, 'fi');
  });
});

describe('review input', () => {
  it.each([
    ['rating', 'below 1', { ...input, rating: 0 }],
    ['rating', 'above 5', { ...input, rating: 6 }],
    ['rating', 'not whole', { ...input, rating: 4.5 }],
    ['title', 'blank', { ...input, title: '   ' }],
    ['title', 'too long', { ...input, title: 'x'.repeat(121) }],
    ['body', 'empty', { ...input, body: '' }],
    ['body', 'too long', { ...input, body: 'x'.repeat(5001) }],
  ])('refuses a %s that is %s, naming the field', (field, _why, value) => {
    const result = ZReviewInput.safeParse(value);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toContain(field);
  });

  it('trims text and refuses an empty patch', () => {
    expect(ZReviewInput.parse({ rating: 5, title: ' Hieno ', body: ' Tosi. ' })).toEqual({
      rating: 5,
      title: 'Hieno',
      body: 'Tosi.',
    });
    expect(ZReviewPatch.safeParse({}).success).toBe(false);
    expect(ZReviewPatch.safeParse({ rating: 3 }).success).toBe(true);
  });
});
