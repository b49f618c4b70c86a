/**
 * The API's answers as the storefront reads them (packages/api/src/schemas/orders.ts is the source of
 * truth; the OpenAPI document at /api/v1/openapi.json describes the same shapes).
 */

export type CartProblem = 'no_longer_sold' | 'out_of_stock' | 'quantity_reduced' | 'price_changed';
export type CouponProblem =
  | 'unknown'
  | 'expired'
  | 'not_yet_valid'
  | 'used_up'
  | 'minimum_not_met'
  | 'already_used';

export interface ImageSourceView {
  width: number;
  height: number;
  url: string;
}

export interface CartImage {
  id: string;
  alt: string;
  sources: ImageSourceView[];
}

export interface VatLine {
  rate: string;
  netCents: number;
  vatCents: number;
}

export interface CartLine {
  id: string;
  productId: string;
  variantId: string | null;
  slug: string;
  name: string;
  variantLabel: string | null;
  sku: string;
  quantity: number;
  unitPriceCents: number;
  lineTotalCents: number;
  stock: number;
  available: boolean;
  problem: CartProblem | null;
  previousPriceCents: number | null;
  image: CartImage | null;
}

export interface Cart {
  id: string | null;
  items: CartLine[];
  coupon: {
    code: string;
    type: 'percentage' | 'fixed' | 'free_shipping';
    value: number;
    description: string;
  } | null;
  couponProblem: CouponProblem | null;
  itemCount: number;
  subtotalCents: number;
  discountCents: number;
  shippingCents: number;
  vatCents: number;
  vatLines: VatLine[];
  totalCents: number;
}

export type OrderStatus =
  | 'pending_payment'
  | 'paid'
  | 'processing'
  | 'shipped'
  | 'delivered'
  | 'cancelled'
  | 'returned';

export interface Address {
  fullName: string;
  company?: string | null;
  line1: string;
  line2?: string | null;
  postalCode: string;
  city: string;
  country: string;
  phone?: string | null;
}

export interface Order {
  orderNumber: string;
  status: OrderStatus;
  paymentStatus: string;
  paymentMethod: string;
  email: string;
  items: {
    name: string;
    variantLabel: string | null;
    sku: string;
    quantity: number;
    unitPriceCents: number;
    lineTotalCents: number;
    vatRate: string;
  }[];
  subtotalCents: number;
  discountCents: number;
  couponCode: string | null;
  shippingCents: number;
  vatCents: number;
  vatLines: VatLine[];
  totalCents: number;
  shippingAddress: Address;
  shippingMethod: { id: string | null; name: string };
  referenceNumber: string | null;
  createdAt: string;
}

export interface Payment {
  method: 'bank_transfer' | 'stripe';
  status: string;
  amountCents: number;
  bankTransfer: {
    recipient: string;
    iban: string;
    bic: string | null;
    referenceNumber: string;
    amountCents: number;
    dueDate: string;
  } | null;
  stripe: { paymentIntentId: string; clientSecret: string } | null;
}

export interface ShippingMethod {
  id: string;
  code: string;
  kind: 'home' | 'pickup_point' | 'parcel_locker' | 'express';
  name: string;
  description: string;
  priceCents: number;
  freeFromCents: number | null;
  minDays: number;
  maxDays: number;
}

export interface TrackedOrder {
  orderNumber: string;
  status: OrderStatus;
  paymentStatus: string;
  createdAt: string;
  items: { name: string; variantLabel: string | null; quantity: number }[];
  totalCents: number;
  shippingMethod: string;
  carrier: string | null;
  trackingNumber: string | null;
  trackingUrl: string | null;
  history: { status: OrderStatus; at: string }[];
}

/** OUT_OF_STOCK details: the lines that cannot be filled. */
export interface OutOfStockLine {
  itemId: string;
  name: string;
  requested: number;
  available: number;
}

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
