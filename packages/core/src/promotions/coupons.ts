import { and, eq, gt, isNull, lt, lte, or, type SQL, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Executor } from '../db/client';
import { type CouponTerms, checkCoupon, couponError } from './rules';
import { couponRedemptions, coupons } from './schema';

export interface CouponRecord extends CouponTerms {
  id: string;
  /** Uppercase, as stored. */
  code: string;
  description: string;
}

export interface RedeemCouponInput {
  couponId: string;
  orderId: string;
  userId: string | null;
  /** The order's email; stored lowercased, it is the per-customer key for guests. */
  email: string;
  /** Goods before discount: what minOrderCents is compared with. */
  subtotalCents: number;
  /** The discount the order got, recorded with the redemption. */
  discountCents: number;
  now: Date;
}

/** Longer than any code an admin would type; longer input cannot match and is not sent to the database. */
const maxCodeLength = 64;

const couponColumns = {
  id: coupons.id,
  code: coupons.code,
  description: coupons.description,
  type: coupons.type,
  value: coupons.value,
  minOrderCents: coupons.minOrderCents,
  usageLimit: coupons.usageLimit,
  perCustomerLimit: coupons.perCustomerLimit,
  timesUsed: coupons.timesUsed,
  startsAt: coupons.startsAt,
  endsAt: coupons.endsAt,
  isActive: coupons.isActive,
};

/**
 * The form codes are stored and compared in: NFKC first, so full-width letters and spaces typed on
 * CJK keyboards become their ASCII forms before trimming and uppercasing.
 */
export function normalizeCouponCode(code: string): string {
  return code.normalize('NFKC').trim().toUpperCase();
}

function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

const isUuid = (value: string) => z.uuid().safeParse(value).success;

export async function findCouponByCode(db: Executor, code: string): Promise<CouponRecord | null> {
  const normalized = normalizeCouponCode(code);
  if (normalized === '' || normalized.length > maxCodeLength) return null;
  const [row] = await db.select(couponColumns).from(coupons).where(eq(coupons.code, normalized)).limit(1);
  return row ?? null;
}

async function findCouponById(db: Executor, couponId: string): Promise<CouponRecord | null> {
  const [row] = await db.select(couponColumns).from(coupons).where(eq(coupons.id, couponId)).limit(1);
  return row ?? null;
}

/**
 * The customer's unreleased redemptions of a coupon: those of the signed-in user, plus those placed with
 * the same email (case-insensitively), so signing out and buying as a guest does not renew the limit.
 */
export async function countCustomerUses(
  db: Executor,
  couponId: string,
  customer: { userId: string | null; email: string | null },
): Promise<number> {
  const matches: SQL[] = [];
  if (customer.userId) matches.push(eq(couponRedemptions.userId, customer.userId));
  const email = customer.email ? normalizeEmail(customer.email) : '';
  if (email) matches.push(eq(couponRedemptions.email, email));
  if (matches.length === 0 || !isUuid(couponId)) return 0;
  return db.$count(
    couponRedemptions,
    and(eq(couponRedemptions.couponId, couponId), isNull(couponRedemptions.releasedAt), or(...matches)),
  );
}

/**
 * Takes one use inside the caller's transaction. Conditional UPDATE ... SET times_used = times_used + 1
 * WHERE active, in window, under limit RETURNING; 0 rows -> re-read to give the precise reason and throw
 * couponError. Then (the row lock now held serialises redeemers of this coupon) count the customer's
 * unreleased uses and throw couponError('already_used') when at perCustomerLimit; then insert the
 * coupon_redemptions row. Also enforces minOrderCents against subtotalCents.
 *
 * Runs in a savepoint of the caller's transaction (or its own transaction when given the database), so
 * a refusal leaves times_used as it was even if the caller catches the error and carries on.
 */
export async function redeemCoupon(tx: Executor, input: RedeemCouponInput): Promise<void> {
  if (!Number.isSafeInteger(input.discountCents) || input.discountCents < 0) {
    throw new Error(`discountCents must be a non-negative integer, got ${input.discountCents}`);
  }
  if (!isUuid(input.couponId)) throw couponError('unknown');
  const email = normalizeEmail(input.email);
  const { now, subtotalCents } = input;
  await tx.transaction(async (inner) => {
    // The limit, window and minimum are checked by the UPDATE itself, not read first and written after:
    // two checkouts reading times_used = limit − 1 at once would both pass and overshoot the limit. The
    // row lock the UPDATE takes makes concurrent redeemers of this coupon wait for this transaction.
    const [taken] = await inner
      .update(coupons)
      .set({ timesUsed: sql`${coupons.timesUsed} + 1` })
      .where(
        and(
          eq(coupons.id, input.couponId),
          eq(coupons.isActive, true),
          lte(coupons.startsAt, now),
          or(isNull(coupons.endsAt), gt(coupons.endsAt, now)),
          or(isNull(coupons.usageLimit), lt(coupons.timesUsed, coupons.usageLimit)),
          or(isNull(coupons.minOrderCents), lte(coupons.minOrderCents, subtotalCents)),
        ),
      )
      .returning({ perCustomerLimit: coupons.perCustomerLimit, minOrderCents: coupons.minOrderCents });

    if (!taken) {
      const coupon = await findCouponById(inner, input.couponId);
      // Nothing else wrong means the last use went in the moment before: used up, as the UPDATE saw it.
      const reason = checkCoupon(coupon, { now, subtotalCents, customerUses: 0 }) ?? 'used_up';
      throw couponError(
        reason,
        reason === 'minimum_not_met' && coupon ? { minOrderCents: coupon.minOrderCents } : undefined,
      );
    }

    if (taken.perCustomerLimit !== null) {
      // Counted after the UPDATE on purpose: the coupon row lock serialises this customer's parallel
      // checkouts too, so the second one sees the first one's committed redemption.
      const uses = await countCustomerUses(inner, input.couponId, { userId: input.userId, email });
      if (uses >= taken.perCustomerLimit) throw couponError('already_used');
    }

    await inner.insert(couponRedemptions).values({
      couponId: input.couponId,
      orderId: input.orderId,
      userId: input.userId,
      email,
      discountCents: input.discountCents,
    });
  });
}

/** Gives the order's use back (cancellation): marks the redemption released once and decrements times_used; a second call changes nothing. Returns whether a use was released. */
export async function releaseCoupon(tx: Executor, orderId: string): Promise<boolean> {
  if (!isUuid(orderId)) return false;
  return tx.transaction(async (inner) => {
    // Conditional on released_at so two cancellations racing release the use only once.
    const [released] = await inner
      .update(couponRedemptions)
      .set({ releasedAt: sql`now()` })
      .where(and(eq(couponRedemptions.orderId, orderId), isNull(couponRedemptions.releasedAt)))
      .returning({ couponId: couponRedemptions.couponId });
    if (!released) return false;
    // times_used counts unreleased redemptions, so it is at least 1 here; the guard only keeps a count
    // an admin reset by hand from tripping the non-negative check.
    await inner
      .update(coupons)
      .set({ timesUsed: sql`${coupons.timesUsed} - 1` })
      .where(and(eq(coupons.id, released.couponId), gt(coupons.timesUsed, 0)));
    return true;
  });
}
