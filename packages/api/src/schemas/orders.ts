import { z } from '@hono/zod-openapi';
import { ZImage } from './catalog';

const cents = z.number().int();
const ZVatLine = z.object({
  rate: z.string().openapi({ description: 'Percent, e.g. "25.5"', example: '25.5' }),
  netCents: cents,
  vatCents: cents,
});

export const ZCartLine = z
  .object({
    id: z.string().uuid(),
    productId: z.string().uuid(),
    variantId: z.string().uuid().nullable(),
    slug: z.string(),
    name: z.string(),
    variantLabel: z.string().nullable(),
    sku: z.string(),
    quantity: z.number().int(),
    unitPriceCents: cents,
    lineTotalCents: cents,
    stock: z.number().int(),
    available: z
      .boolean()
      .openapi({ description: 'False when the line cannot be bought; left out of the totals.' }),
    problem: z
      .enum(['no_longer_sold', 'out_of_stock', 'quantity_reduced', 'price_changed'])
      .nullable()
      .openapi({ description: 'What changed since the customer last looked; each change is reported once.' }),
    previousPriceCents: cents.nullable(),
    image: ZImage.nullable(),
  })
  .openapi('CartLine');

export const ZCart = z
  .object({
    id: z.string().uuid().nullable(),
    token: z
      .string()
      .nullable()
      .openapi({ description: 'Guest carts: send as X-Cart-Token (or use the cookie).' }),
    items: z.array(ZCartLine),
    coupon: z
      .object({
        code: z.string(),
        type: z.enum(['percentage', 'fixed', 'free_shipping']),
        value: z.number().int(),
        description: z.string(),
      })
      .nullable(),
    couponProblem: z
      .enum(['unknown', 'expired', 'not_yet_valid', 'used_up', 'minimum_not_met', 'already_used'])
      .nullable(),
    itemCount: z.number().int(),
    subtotalCents: cents,
    discountCents: cents,
    shippingCents: cents,
    vatCents: cents,
    vatLines: z.array(ZVatLine),
    totalCents: cents,
  })
  .openapi('Cart');

const ZAddressSnapshot = z
  .object({
    fullName: z.string(),
    company: z.string().nullable().optional(),
    line1: z.string(),
    line2: z.string().nullable().optional(),
    postalCode: z.string(),
    city: z.string(),
    country: z.string(),
    phone: z.string().nullable().optional(),
  })
  .openapi('AddressSnapshot');

const ZOrderStatus = z.enum([
  'pending_payment',
  'paid',
  'processing',
  'shipped',
  'delivered',
  'cancelled',
  'returned',
]);
const ZPaymentStatus = z.enum(['pending', 'paid', 'failed', 'refunded', 'partially_refunded']);
const ZHistory = z.array(z.object({ status: ZOrderStatus, at: z.string() }));

export const ZOrder = z
  .object({
    orderNumber: z.string().openapi({ example: '2026-000123' }),
    status: ZOrderStatus,
    paymentStatus: ZPaymentStatus,
    paymentMethod: z.string(),
    email: z.string(),
    locale: z.string(),
    items: z.array(
      z.object({
        productId: z.string().uuid().nullable(),
        variantId: z.string().uuid().nullable(),
        name: z.string(),
        variantLabel: z.string().nullable(),
        sku: z.string(),
        quantity: z.number().int(),
        unitPriceCents: cents,
        lineTotalCents: cents,
        discountCents: cents,
        vatRate: z.string(),
        vatCents: cents,
        returnedQuantity: z.number().int(),
      }),
    ),
    subtotalCents: cents,
    discountCents: cents,
    couponCode: z.string().nullable(),
    shippingCents: cents,
    vatCents: cents,
    vatLines: z.array(ZVatLine),
    totalCents: cents,
    currency: z.string(),
    shippingAddress: ZAddressSnapshot,
    shippingMethod: z.object({ id: z.string().uuid().nullable(), name: z.string() }),
    referenceNumber: z.string().nullable(),
    trackingNumber: z.string().nullable(),
    carrier: z.string().nullable(),
    note: z.string().nullable(),
    canCancel: z.boolean(),
    history: ZHistory,
    createdAt: z.string(),
    paidAt: z.string().nullable(),
    shippedAt: z.string().nullable(),
    deliveredAt: z.string().nullable(),
    cancelledAt: z.string().nullable(),
  })
  .openapi('Order');

export const ZPayment = z
  .object({
    method: z.enum(['bank_transfer', 'stripe']),
    status: z.string(),
    amountCents: cents,
    bankTransfer: z
      .object({
        recipient: z.string(),
        iban: z.string(),
        bic: z.string().nullable(),
        referenceNumber: z.string().openapi({ description: 'Finnish reference number (viitenumero)' }),
        amountCents: cents,
        dueDate: z.string(),
      })
      .nullable(),
    stripe: z.object({ paymentIntentId: z.string(), clientSecret: z.string() }).nullable(),
  })
  .openapi('Payment');

export const ZTrackedOrder = z
  .object({
    orderNumber: z.string(),
    status: ZOrderStatus,
    paymentStatus: ZPaymentStatus,
    createdAt: z.string(),
    items: z.array(
      z.object({ name: z.string(), variantLabel: z.string().nullable(), quantity: z.number().int() }),
    ),
    totalCents: cents,
    shippingMethod: z.string(),
    carrier: z.string().nullable(),
    trackingNumber: z.string().nullable(),
    trackingUrl: z.string().nullable(),
    history: ZHistory,
  })
  .openapi('TrackedOrder');

export const ZShippingMethod = z
  .object({
    id: z.string().uuid(),
    code: z.string(),
    kind: z.enum(['home', 'pickup_point', 'parcel_locker', 'express']),
    name: z.string(),
    description: z.string(),
    priceCents: cents,
    freeFromCents: cents.nullable(),
    minDays: z.number().int(),
    maxDays: z.number().int(),
  })
  .openapi('ShippingMethod');
