import type { CartProblem, CouponProblem } from './types';

/** Problem and reason codes the API sends that have a translated explanation in `cart.*`. */
export const cartProblems: readonly CartProblem[] = [
  'no_longer_sold',
  'out_of_stock',
  'quantity_reduced',
  'price_changed',
];

export const couponProblems: readonly CouponProblem[] = [
  'unknown',
  'expired',
  'not_yet_valid',
  'used_up',
  'minimum_not_met',
  'already_used',
];

export function isCouponProblem(value: unknown): value is CouponProblem {
  return typeof value === 'string' && (couponProblems as readonly string[]).includes(value);
}

/** COUPON_INVALID details: `{ reason }`. */
export function couponReason(details: unknown): CouponProblem {
  const reason = details && typeof details === 'object' && 'reason' in details ? details.reason : null;
  return isCouponProblem(reason) ? reason : 'unknown';
}

/** "25.5" (the API's percentage string) in the page's number format: fi "25,5". */
export function formatVatRate(rate: string, tag: string): string {
  const value = Number(rate);
  return Number.isFinite(value)
    ? new Intl.NumberFormat(tag, { maximumFractionDigits: 2 }).format(value)
    : rate;
}
