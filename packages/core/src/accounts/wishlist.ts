import { and, desc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { listProducts } from '../catalog/queries';
import type { ProductSummary } from '../catalog/types';
import type { Executor } from '../db/client';
import { queryRows } from '../db/rows';
import { AppError, notFound } from '../lib/app-error';
import type { Locale } from '../lib/locale';
import { wishlistItems } from './schema';

export interface WishlistItem {
  addedAt: string;
  /** Live price and stock, in the requested language. */
  product: ProductSummary;
}

const maxWishlistItems = 200;

async function assertVisibleProduct(db: Executor, productId: string): Promise<void> {
  if (!z.uuid().safeParse(productId).success) throw notFound('Product');
  const [row] = await queryRows<{ id: string }>(
    db,
    sql`select id from products where id = ${productId} and is_visible and archived_at is null`,
  );
  if (!row) throw notFound('Product');
}

/** Adds a product; adding it again changes nothing (idempotent PUT). */
export async function addToWishlist(db: Executor, userId: string, productId: string): Promise<void> {
  await assertVisibleProduct(db, productId);
  const count = await db.$count(wishlistItems, eq(wishlistItems.userId, userId));
  if (count >= maxWishlistItems) {
    throw new AppError('CONFLICT', `A wishlist holds at most ${maxWishlistItems} products.`);
  }
  await db.insert(wishlistItems).values({ userId, productId }).onConflictDoNothing();
}

export async function removeFromWishlist(db: Executor, userId: string, productId: string): Promise<void> {
  if (!z.uuid().safeParse(productId).success) throw notFound('Product');
  await db
    .delete(wishlistItems)
    .where(and(eq(wishlistItems.userId, userId), eq(wishlistItems.productId, productId)));
}

/** Whether the product is on the user's wishlist (a product page's heart). */
export async function isOnWishlist(db: Executor, userId: string, productId: string): Promise<boolean> {
  if (!z.uuid().safeParse(productId).success) return false;
  const count = await db.$count(
    wishlistItems,
    and(eq(wishlistItems.userId, userId), eq(wishlistItems.productId, productId)),
  );
  return count > 0;
}

/** The wishlist, newest first, with each product's current price and stock; hidden products are left out. */
export async function listWishlist(db: Executor, userId: string, locale: Locale): Promise<WishlistItem[]> {
  const rows = await db
    .select({ productId: wishlistItems.productId, addedAt: wishlistItems.createdAt })
    .from(wishlistItems)
    .where(eq(wishlistItems.userId, userId))
    .orderBy(desc(wishlistItems.createdAt));
  const products = await listProducts(db, {
    locale,
    ids: rows.map((row) => row.productId),
    page: 1,
    pageSize: maxWishlistItems,
  });
  const byId = new Map(products.items.map((product) => [product.id, product]));
  return rows.flatMap((row) => {
    const product = byId.get(row.productId);
    return product ? [{ addedAt: row.addedAt.toISOString(), product }] : [];
  });
}
