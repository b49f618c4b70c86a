/**
 * Whether a coupon may be used, and what it takes off. Pure: coupons.ts reads the coupon and the
 * customer's uses, and enforces the same rules again with a conditional update when the order is placed.
 */
import { AppError } from '../lib/app-error';
import type { Discount } from '../pricing/totals';

export type CouponRejection =
  | 'unknown'
  | 'expired'
  | 'not_yet_valid'
  | 'used_up'
  | 'minimum_not_met'
  | 'already_used';

export interface CouponTerms {
  type: 'percentage' | 'fixed' | 'free_shipping';
  /** Percent (1-100) for percentage coupons, cents for fixed ones, 0 for free shipping. */
  value: number;
  /** Compared with the goods subtotal before discount. */
  minOrderCents: number | null;
  usageLimit: number | null;
  perCustomerLimit: number | null;
  timesUsed: number;
  startsAt: Date;
  /** The first instant the coupon no longer works; null for no end. */
  endsAt: Date | null;
  isActive: boolean;
}

export interface CouponContext {
  now: Date;
  /** Goods before discount, VAT included. */
  subtotalCents: number;
  /** The customer's unreleased redemptions of this coupon. */
  customerUses: number;
}

/**
 * The first reason the coupon cannot be used, or null when it can. A disabled coupon answers 'unknown',
 * the same as a code that does not exist, so codes cannot be probed for ones the shop switched off. The
 * window is half-open: valid from startsAt, expired from endsAt on.
 */
export function checkCoupon(coupon: CouponTerms | null, context: CouponContext): CouponRejection | null {
  if (!coupon?.isActive) return 'unknown';
  const now = context.now.getTime();
  if (now < coupon.startsAt.getTime()) return 'not_yet_valid';
  if (coupon.endsAt !== null && now >= coupon.endsAt.getTime()) return 'expired';
  if (coupon.usageLimit !== null && coupon.timesUsed >= coupon.usageLimit) return 'used_up';
  if (coupon.perCustomerLimit !== null && context.customerUses >= coupon.perCustomerLimit) {
    return 'already_used';
  }
  if (coupon.minOrderCents !== null && context.subtotalCents < coupon.minOrderCents) return 'minimum_not_met';
  return null;
}

export function couponDiscount(coupon: Pick<CouponTerms, 'type' | 'value'>): Discount {
  switch (coupon.type) {
    case 'percentage':
      return { type: 'percentage', percent: coupon.value };
    case 'fixed':
      return { type: 'fixed', amountCents: coupon.value };
    case 'free_shipping':
      return { type: 'free_shipping' };
  }
}

const messages: Record<CouponRejection, string> = {
  unknown: 'This discount code is not valid.',
  expired: 'This discount code has expired.',
  not_yet_valid: 'This discount code is not valid yet.',
  used_up: 'This discount code has been used up.',
  minimum_not_met: 'The order does not reach the minimum amount for this discount code.',
  already_used: 'You have already used this discount code.',
};

/** AppError COUPON_INVALID (422); `details.reason` lets clients show their own translated text. */
export function couponError(reason: CouponRejection, details?: Record<string, unknown>): AppError {
  return new AppError('COUPON_INVALID', messages[reason], { ...details, reason });
}
