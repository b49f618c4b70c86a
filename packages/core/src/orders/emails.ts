import type { SQL } from 'drizzle-orm';
import type { Executor } from '../db/client';
import { isLocale, type Locale } from '../lib/locale';
import { emailInsert, enqueueEmail } from '../notifications/index';
import type { BankTransferInstructions } from '../payments/bank-transfer';
import { trackingUrl } from '../shipping/index';
import type { OrderView } from './view';

function orderLocale(view: OrderView): Locale {
  return isLocale(view.locale) ? view.locale : 'fi';
}

/** The storefront page where a customer looks an order up (number prefilled; the email is asked for). */
export function orderTrackingLink(
  publicUrl: string,
  view: Pick<OrderView, 'locale' | 'orderNumber'>,
): string {
  const base = publicUrl.replace(/\/+$/, '');
  return `${base}/${view.locale}/orders/track?orderNumber=${encodeURIComponent(view.orderNumber)}`;
}

function summary(view: OrderView, publicUrl: string) {
  return {
    orderNumber: view.orderNumber,
    placedAt: view.createdAt,
    customerName: view.shippingAddress.fullName,
    lines: view.items.map((item) => ({
      name: item.name,
      variantLabel: item.variantLabel,
      sku: item.sku,
      quantity: item.quantity,
      unitPriceCents: item.unitPriceCents,
      lineTotalCents: item.lineTotalCents,
    })),
    subtotalCents: view.subtotalCents,
    discountCents: view.discountCents,
    couponCode: view.couponCode,
    shippingCents: view.shippingCents,
    shippingMethodName: view.shippingMethod.name,
    vatLines: view.vatLines.map((line) => ({
      rateBasisPoints: Math.round(Number(line.rate) * 100),
      netCents: line.netCents,
      vatCents: line.vatCents,
    })),
    vatCents: view.vatCents,
    totalCents: view.totalCents,
    shippingAddress: {
      fullName: view.shippingAddress.fullName,
      company: view.shippingAddress.company ?? null,
      line1: view.shippingAddress.line1,
      line2: view.shippingAddress.line2 ?? null,
      postalCode: view.shippingAddress.postalCode,
      city: view.shippingAddress.city,
      country: view.shippingAddress.country,
      phone: view.shippingAddress.phone ?? null,
    },
    paymentMethod: view.paymentMethod === 'stripe' ? ('stripe' as const) : ('bank_transfer' as const),
    orderUrl: orderTrackingLink(publicUrl, view),
  };
}

/** Queued in the caller's transaction: the email exists exactly when the order change commits. */
export async function enqueueOrderConfirmation(
  tx: Executor,
  view: OrderView,
  options: { publicUrl: string; bankTransfer: BankTransferInstructions | null },
): Promise<void> {
  await tx.execute(orderConfirmationInsert(view, options));
}

/** The confirmation's outbox insert, not yet run: checkout sends it with the order's other writes. */
export function orderConfirmationInsert(
  view: OrderView,
  options: { publicUrl: string; bankTransfer: BankTransferInstructions | null },
): SQL {
  return emailInsert({
    to: view.email,
    template: 'order_confirmation',
    locale: orderLocale(view),
    data: { ...summary(view, options.publicUrl), bankTransfer: options.bankTransfer },
  });
}

export async function enqueuePaymentReceived(
  tx: Executor,
  view: OrderView,
  publicUrl: string,
): Promise<void> {
  await enqueueEmail(tx, {
    to: view.email,
    template: 'payment_received',
    locale: orderLocale(view),
    data: {
      orderNumber: view.orderNumber,
      amountCents: view.totalCents,
      orderUrl: orderTrackingLink(publicUrl, view),
      customerName: view.shippingAddress.fullName,
    },
  });
}

export async function enqueueOrderShipped(tx: Executor, view: OrderView, publicUrl: string): Promise<void> {
  await enqueueEmail(tx, {
    to: view.email,
    template: 'order_shipped',
    locale: orderLocale(view),
    data: {
      orderNumber: view.orderNumber,
      customerName: view.shippingAddress.fullName,
      carrier: view.carrier,
      trackingNumber: view.trackingNumber,
      trackingUrl: trackingUrl(view.carrier, view.trackingNumber),
      orderUrl: orderTrackingLink(publicUrl, view),
    },
  });
}

export async function enqueueOrderCancelled(
  tx: Executor,
  view: OrderView,
  options: { publicUrl: string; refundCents: number },
): Promise<void> {
  await enqueueEmail(tx, {
    to: view.email,
    template: 'order_cancelled',
    locale: orderLocale(view),
    data: {
      orderNumber: view.orderNumber,
      customerName: view.shippingAddress.fullName,
      refundCents: options.refundCents,
      orderUrl: orderTrackingLink(options.publicUrl, view),
    },
  });
}
