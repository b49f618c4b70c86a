import { randomUUID } from 'node:crypto';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { carts } from '../cart/schema';
import type { Db } from '../db/client';
import { AppError } from '../lib/app-error';
import { enqueueEmail } from '../notifications';
import { orderLines, orderStatusHistory, orders } from '../orders/schema';
import { couponRedemptions } from '../promotions/schema';
import { reviews } from '../reviews/schema';
import { verifyPassword } from './passwords';
import { addresses, authTokens, sessions, users, wishlistItems } from './schema';
import { toUserView } from './sessions';
import type { Actor } from './types';

/**
 * Everything stored about the user (GDPR art. 15 and 20), as one JSON document: profile, addresses,
 * orders with their lines and history, reviews, wishlist, coupon uses and sessions' metadata.
 * Secrets (password hash, token hashes) are not personal data the user can use and are left out.
 */
export async function exportAccount(db: Db, userId: string) {
  const [user] = await db.select().from(users).where(eq(users.id, userId));
  if (!user) throw new AppError('NOT_FOUND', 'The account was not found.');
  const [addressRows, orderRows, reviewRows, wishlistRows, sessionRows, redemptionRows] = await Promise.all([
    db.select().from(addresses).where(eq(addresses.userId, userId)).orderBy(asc(addresses.createdAt)),
    db.select().from(orders).where(eq(orders.userId, userId)).orderBy(asc(orders.createdAt)),
    db.select().from(reviews).where(eq(reviews.userId, userId)).orderBy(asc(reviews.createdAt)),
    db.select().from(wishlistItems).where(eq(wishlistItems.userId, userId)),
    db
      .select({
        createdAt: sessions.createdAt,
        lastSeenAt: sessions.lastSeenAt,
        expiresAt: sessions.expiresAt,
        revokedAt: sessions.revokedAt,
        ip: sessions.ip,
        userAgent: sessions.userAgent,
      })
      .from(sessions)
      .where(eq(sessions.userId, userId))
      .orderBy(asc(sessions.createdAt)),
    db.select().from(couponRedemptions).where(eq(couponRedemptions.userId, userId)),
  ]);
  const orderIds = orderRows.map((order) => order.id);
  const [lineRows, historyRows] = orderIds.length
    ? await Promise.all([
        db.select().from(orderLines).where(inArray(orderLines.orderId, orderIds)),
        db.select().from(orderStatusHistory).where(inArray(orderStatusHistory.orderId, orderIds)),
      ])
    : [[], []];
  return {
    exportedAt: new Date().toISOString(),
    profile: {
      ...toUserView(user),
      createdAt: user.createdAt,
      lastLoginAt: user.lastLoginAt,
      emailVerifiedAt: user.emailVerifiedAt,
    },
    addresses: addressRows.map(({ userId: _owner, ...address }) => address),
    orders: orderRows.map(({ userId: _owner, idempotencyScope: _scope, idempotencyKey: _key, ...order }) => ({
      ...order,
      lines: lineRows.filter((line) => line.orderId === order.id),
      statusHistory: historyRows
        .filter((entry) => entry.orderId === order.id)
        .map(({ actorId: _actor, ...entry }) => entry),
    })),
    reviews: reviewRows.map(({ userId: _owner, ...review }) => review),
    wishlist: wishlistRows.map(({ productId, createdAt }) => ({ productId, createdAt })),
    couponUses: redemptionRows.map(({ couponId, orderId, discountCents, createdAt, releasedAt }) => ({
      couponId,
      orderId,
      discountCents,
      createdAt,
      releasedAt,
    })),
    sessions: sessionRows,
  };
}

export type AccountExport = Awaited<ReturnType<typeof exportAccount>>;

/**
 * Erases the account (GDPR art. 17) after the password is confirmed, in one transaction:
 * - removed: addresses, wishlist, carts, sessions, one-time tokens, phone, names and password;
 * - the user row stays as an anonymous stub (email replaced, `erased_at` set, inactive), so foreign keys
 *   and the audit trail hold, and the email is free to register again;
 * - reviews stay, detached from the account and without the author's name;
 * - orders stay, detached from the account: the Finnish Accounting Act (kirjanpitolaki 2:10) keeps sales
 *   records 6 years after the financial year ends (Sweden's bokföringslagen 7:2, 7 years). The buyer's
 *   name, address and email on an order are part of that record and are kept; the phone number is not
 *   needed for it and is removed from the order's addresses.
 */
export async function deleteAccount(db: Db, actor: Actor, password: string): Promise<void> {
  const [user] = await db.select().from(users).where(eq(users.id, actor.user.id));
  if (!user?.passwordHash || !(await verifyPassword(user.passwordHash, password))) {
    throw new AppError('VALIDATION_FAILED', 'The password is wrong.', [
      { field: 'password', message: 'is wrong', reason: 'wrong_password' },
    ]);
  }
  await db.transaction(async (tx) => {
    await enqueueEmail(tx, {
      to: user.email,
      template: 'account_deleted',
      locale: user.locale,
      data: { firstName: user.firstName },
    });
    await tx.delete(addresses).where(eq(addresses.userId, user.id));
    await tx.delete(wishlistItems).where(eq(wishlistItems.userId, user.id));
    await tx.delete(carts).where(eq(carts.userId, user.id));
    await tx.delete(sessions).where(eq(sessions.userId, user.id));
    await tx.delete(authTokens).where(eq(authTokens.userId, user.id));
    await tx.update(reviews).set({ userId: null, authorName: '' }).where(eq(reviews.userId, user.id));
    await tx
      .update(orders)
      .set({
        userId: null,
        shippingAddress: sql`${orders.shippingAddress} - 'phone'`,
        billingAddress: sql`${orders.billingAddress} - 'phone'`,
      })
      .where(eq(orders.userId, user.id));
    await tx
      .update(couponRedemptions)
      .set({ userId: null })
      .where(and(eq(couponRedemptions.userId, user.id)));
    await tx
      .update(users)
      .set({
        email: `erased-${randomUUID()}@invalid`,
        passwordHash: null,
        firstName: '',
        lastName: '',
        phone: null,
        isActive: false,
        erasedAt: new Date(),
      })
      .where(eq(users.id, user.id));
  });
}
