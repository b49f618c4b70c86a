import { describe, expect, it } from 'vitest';
import { AppError } from '../lib/app-error';
import { type CouponContext, type CouponTerms, checkCoupon, couponDiscount, couponError } from './rules';

const now = new Date('2026-03-01T12:00:00Z');
const ms = (offset: number) => new Date(now.getTime() + offset);

const coupon = (overrides: Partial<CouponTerms> = {}): CouponTerms => ({
  type: 'percentage',
  value: 10,
  minOrderCents: null,
  usageLimit: null,
  perCustomerLimit: null,
  timesUsed: 0,
  startsAt: new Date('2026-01-01T00:00:00Z'),
  endsAt: null,
  isActive: true,
  ...overrides,
});

const context = (overrides: Partial<CouponContext> = {}): CouponContext => ({
  now,
  subtotalCents: 5000,
  customerUses: 0,
  ...overrides,
});

describe('checkCoupon', () => {
  it('accepts a coupon with no limits', () => {
    expect(checkCoupon(coupon(), context())).toBeNull();
  });

  it('answers unknown for a missing code and, the same, for a disabled one', () => {
    expect(checkCoupon(null, context())).toBe('unknown');
    expect(checkCoupon(coupon({ isActive: false }), context())).toBe('unknown');
    // Even an expired, used-up disabled code reveals nothing more.
    expect(
      checkCoupon(coupon({ isActive: false, endsAt: ms(-1), usageLimit: 1, timesUsed: 1 }), context()),
    ).toBe('unknown');
  });

  it.each<[string, Partial<CouponTerms>, Partial<CouponContext>, ReturnType<typeof checkCoupon>]>([
    ['starting one millisecond later', { startsAt: ms(1) }, {}, 'not_yet_valid'],
    ['starting exactly now', { startsAt: now }, {}, null],
    ['ending exactly now', { endsAt: now }, {}, 'expired'],
    ['ending one millisecond later', { endsAt: ms(1) }, {}, null],
    ['ended a millisecond ago', { endsAt: ms(-1) }, {}, 'expired'],
    ['at its usage limit', { usageLimit: 5, timesUsed: 5 }, {}, 'used_up'],
    ['one use under its limit', { usageLimit: 5, timesUsed: 4 }, {}, null],
    ['at the customer limit', { perCustomerLimit: 1 }, { customerUses: 1 }, 'already_used'],
    ['under the customer limit', { perCustomerLimit: 2 }, { customerUses: 1 }, null],
    ['one cent under the minimum', { minOrderCents: 5001 }, {}, 'minimum_not_met'],
    ['exactly at the minimum', { minOrderCents: 5000 }, {}, null],
    ['with a zero minimum and an empty cart', { minOrderCents: 0 }, { subtotalCents: 0 }, null],
  ])('%s: %s', (_label, terms, ctx, expected) => {
    expect(checkCoupon(coupon(terms), context(ctx))).toBe(expected);
  });

  it('checks in order: window, then total uses, then the customer, then the minimum', () => {
    const everythingWrong = coupon({
      startsAt: ms(1),
      endsAt: ms(2),
      usageLimit: 1,
      timesUsed: 1,
      perCustomerLimit: 1,
      minOrderCents: 100_000,
    });
    expect(checkCoupon(everythingWrong, context({ customerUses: 1 }))).toBe('not_yet_valid');
    const ended = { ...everythingWrong, startsAt: ms(-2), endsAt: ms(-1) };
    expect(checkCoupon(ended, context({ customerUses: 1 }))).toBe('expired');
    const open = { ...ended, endsAt: null };
    expect(checkCoupon(open, context({ customerUses: 1 }))).toBe('used_up');
    const available = { ...open, usageLimit: null };
    expect(checkCoupon(available, context({ customerUses: 1 }))).toBe('already_used');
    expect(checkCoupon(available, context({ customerUses: 0 }))).toBe('minimum_not_met');
  });
});

describe('couponDiscount', () => {
  it.each([
    [{ type: 'percentage', value: 15 } as const, { type: 'percentage', percent: 15 }],
    [{ type: 'fixed', value: 1000 } as const, { type: 'fixed', amountCents: 1000 }],
    [{ type: 'free_shipping', value: 0 } as const, { type: 'free_shipping' }],
  ])('%o gives %o', (terms, discount) => {
    expect(couponDiscount(terms)).toEqual(discount);
  });
});

describe('couponError', () => {
  it.each(['unknown', 'expired', 'not_yet_valid', 'used_up', 'minimum_not_met', 'already_used'] as const)(
    '%s is a 422 COUPON_INVALID with the reason in details',
    (reason) => {
      const error = couponError(reason);
      expect(error).toBeInstanceOf(AppError);
      expect(error).toMatchObject({ code: 'COUPON_INVALID', status: 422, details: { reason } });
      expect(error.message).toMatch(/discount code/);
    },
  );

  it('carries extra details, and the reason wins over a clashing one', () => {
    expect(couponError('minimum_not_met', { minOrderCents: 5000 }).details).toEqual({
      reason: 'minimum_not_met',
      minOrderCents: 5000,
    });
    expect(couponError('expired', { reason: 'unknown' }).details).toEqual({ reason: 'expired' });
  });

  it('gives each reason its own message', () => {
    const reasons = [
      'unknown',
      'expired',
      'not_yet_valid',
      'used_up',
      'minimum_not_met',
      'already_used',
    ] as const;
    expect(new Set(reasons.map((reason) => couponError(reason).message)).size).toBe(reasons.length);
  });
});
