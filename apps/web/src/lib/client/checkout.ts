import type { Cart, ShippingMethod } from './types';

/** The fields of the checkout's contact and address step, as the customer types them. */
export const contactFields = [
  'email',
  'fullName',
  'company',
  'line1',
  'line2',
  'postalCode',
  'city',
  'country',
  'phone',
] as const;
export type ContactField = (typeof contactFields)[number];

/** Where a VALIDATION_FAILED field ("shippingAddress.postalCode") is typed on the page, if anywhere. */
export function contactFieldOf(apiField: string): ContactField | null {
  const name = apiField.replace(/^shippingAddress\./, '');
  return (contactFields as readonly string[]).includes(name) ? (name as ContactField) : null;
}

/**
 * What shipping will cost, as the server computes it (pricing/totals.ts): waived by a valid
 * free-shipping code, or when the goods after discount reach the method's threshold. null: no method.
 */
export function shippingPrice(
  method: ShippingMethod | undefined,
  cart: Pick<Cart, 'coupon' | 'couponProblem' | 'subtotalCents' | 'discountCents'>,
): number | null {
  if (!method) return null;
  if (cart.coupon?.type === 'free_shipping' && !cart.couponProblem) return 0;
  if (method.freeFromCents !== null && cart.subtotalCents - cart.discountCents >= method.freeFromCents)
    return 0;
  return method.priceCents;
}

/** A fresh Idempotency-Key: one per attempt to place an order, reused when that attempt is retried. */
export function newIdempotencyKey(): string {
  return crypto.randomUUID();
}
