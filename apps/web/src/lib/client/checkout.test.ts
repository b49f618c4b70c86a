import { describe, expect, it } from 'vitest';
import { contactFieldOf, newIdempotencyKey, shippingPrice } from './checkout';
import { couponReason, formatVatRate } from './messages';
import type { ShippingMethod } from './types';

const home: ShippingMethod = {
  id: '00000000-0000-4000-8000-000000000001',
  code: 'fi-home',
  kind: 'home',
  name: 'Home delivery',
  description: '',
  priceCents: 890,
  freeFromCents: 10_000,
  minDays: 2,
  maxDays: 4,
};
const cart = { coupon: null, couponProblem: null, subtotalCents: 5_000, discountCents: 0 };

describe('shippingPrice', () => {
  it('is unknown until a method is chosen', () => {
    expect(shippingPrice(undefined, cart)).toBeNull();
  });

  it('charges the method price below the threshold', () => {
    expect(shippingPrice(home, cart)).toBe(890);
  });

  it('is free from the threshold, counted after the discount', () => {
    expect(shippingPrice(home, { ...cart, subtotalCents: 10_000 })).toBe(0);
    expect(shippingPrice(home, { ...cart, subtotalCents: 12_000, discountCents: 2_400 })).toBe(890);
  });

  it('is free with a valid free-shipping code only', () => {
    const coupon = { code: 'FREESHIP', type: 'free_shipping' as const, value: 0, description: '' };
    expect(shippingPrice(home, { ...cart, coupon })).toBe(0);
    expect(shippingPrice(home, { ...cart, coupon, couponProblem: 'expired' })).toBe(890);
  });

  it('never waives a method without a threshold', () => {
    expect(shippingPrice({ ...home, freeFromCents: null }, { ...cart, subtotalCents: 1_000_000 })).toBe(890);
  });
});

describe('contactFieldOf', () => {
  it('maps API fields to the form fields', () => {
    expect(contactFieldOf('shippingAddress.postalCode')).toBe('postalCode');
    expect(contactFieldOf('email')).toBe('email');
    expect(contactFieldOf('shippingMethodId')).toBeNull();
  });
});

describe('newIdempotencyKey', () => {
  it('is long enough for the API and different each time', () => {
    const a = newIdempotencyKey();
    expect(a.length).toBeGreaterThanOrEqual(8);
    expect(newIdempotencyKey()).not.toBe(a);
  });
});

describe('couponReason', () => {
  it('reads the reason of COUPON_INVALID, unknown otherwise', () => {
    expect(couponReason({ reason: 'used_up' })).toBe('used_up');
    expect(couponReason({ reason: 'something_new' })).toBe('unknown');
    expect(couponReason(undefined)).toBe('unknown');
  });
});

describe('formatVatRate', () => {
  it('writes the rate with the locale decimal separator', () => {
    expect(formatVatRate('25.5', 'fi-FI')).toBe('25,5');
    expect(formatVatRate('14', 'en-IE')).toBe('14');
  });
});
