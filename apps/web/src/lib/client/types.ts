/**
 * The API's answers as the storefront reads them. The shapes are core's own types (type-only imports,
 * erased from the browser bundle), so the storefront cannot drift from what the API sends.
 */
import type { CartLineView, CartProblem, CartView } from '@puoti/core/cart';
import type { OutOfStockLine, PaymentView } from '@puoti/core/checkout';
import type { AddressSnapshot, OrderStatus, OrderView, TrackedOrder } from '@puoti/core/orders';
import type { CouponRejection } from '@puoti/core/promotions';
import type { ShippingMethodView } from '@puoti/core/shipping';

export type { CartProblem, OrderStatus, OutOfStockLine, TrackedOrder };
export type CouponProblem = CouponRejection;
export type Cart = CartView;
export type CartLine = CartLineView;
export type CartCoupon = NonNullable<CartView['coupon']>;
export type VatLine = CartView['vatLines'][number];
export type Address = AddressSnapshot;
export type Order = OrderView;
export type Payment = PaymentView;
export type ShippingMethod = ShippingMethodView;

/** GET /auth/me's user, as far as the checkout needs it. */
export interface AccountUser {
  email: string;
  firstName: string;
  lastName: string;
  phone: string | null;
}

/** An entry of the signed-in customer's address book (GET /addresses). */
export interface SavedAddress extends Address {
  id: string;
  company: string | null;
  line2: string | null;
  phone: string | null;
  isDefaultShipping: boolean;
}
