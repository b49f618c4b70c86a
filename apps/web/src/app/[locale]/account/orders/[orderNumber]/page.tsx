import { AppError } from '@puoti/core';
import { getOrderFor, type OrderView } from '@puoti/core/orders';
import { trackingUrl } from '@puoti/core/shipping';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { AccountFrame } from '@/components/account/account-frame';
import { CancelOrder } from '@/components/account/cancel-order';
import { OrderStatusBadge } from '@/components/account/order-status';
import { textLink } from '@/components/account/text-field';
import { PostalAddress } from '@/components/address/postal-address';
import { CartTotals } from '@/components/cart/cart-totals';
import { formatReference } from '@/components/checkout/format';
import { routing } from '@/i18n/routing';
import { formatOrderDate } from '@/lib/account-pages';
import { formatPrice, formatTags } from '@/lib/format';
import { routes } from '@/lib/routes';
import { accountDatabase, requireSignedIn } from '@/lib/session';

interface Props {
  params: Promise<{ locale: string; orderNumber: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, orderNumber } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: 'account' });
  return {
    title: t('orders.number', { number: orderNumber.slice(0, 40) }),
    robots: { index: false, follow: false },
  };
}

/** One of the customer's orders; someone else's answers like a missing one (core's rule). */
async function findOrder(userId: string, orderNumber: string): Promise<OrderView | null> {
  try {
    return await getOrderFor(await accountDatabase(), orderNumber, { userId, isAdmin: false });
  } catch (error) {
    if (error instanceof AppError && error.code === 'NOT_FOUND') return null;
    throw error;
  }
}

export default async function OrderPage({ params }: Props) {
  const { locale, orderNumber: raw } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  // Next hands the segment over decoded; order numbers are digits and dashes, so nothing to undo.
  const orderNumber = raw.slice(0, 40);
  const { user } = await requireSignedIn(locale, routes.accountOrder(locale, orderNumber));
  const [t, ts, order] = await Promise.all([
    getTranslations({ locale, namespace: 'account' }),
    getTranslations({ locale, namespace: 'trackOrder' }),
    findOrder(user.id, orderNumber),
  ]);
  if (!order) notFound();
  const tracking = trackingUrl(order.carrier, order.trackingNumber);
  const address = order.shippingAddress;

  return (
    <AccountFrame
      locale={locale}
      current="orders"
      firstName={user.firstName}
      title={t('orders.number', { number: order.orderNumber })}
    >
      <p className="-mt-3 mb-5 text-sm">
        <a href={routes.accountOrders(locale)} className={textLink}>
          {t('order.back')}
        </a>
      </p>
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
        <OrderStatusBadge status={order.status} locale={locale} />
        <p className="text-muted">{ts('placedOn', { date: formatOrderDate(order.createdAt, locale) })}</p>
      </div>

      <div className="mt-6 grid gap-6 xl:grid-cols-[1fr_20rem]">
        <div className="min-w-0 space-y-6">
          {order.trackingNumber ? (
            <section
              aria-labelledby="order-tracking"
              className="rounded-card bg-surface p-5 ring-1 ring-line"
            >
              <h2 id="order-tracking" className="font-semibold">
                {t('order.tracking')}
              </h2>
              <p className="mt-1">
                {ts('tracking', { carrier: order.carrier ?? '', number: order.trackingNumber })}
              </p>
              {tracking ? (
                <a
                  href={tracking}
                  target="_blank"
                  rel="noopener noreferrer"
                  className={`${textLink} mt-2 inline-block`}
                >
                  {ts('trackingLink')}
                  <span className="sr-only"> {t('order.opensInNewTab')}</span>
                </a>
              ) : null}
            </section>
          ) : null}

          <section aria-labelledby="order-items">
            <h2 id="order-items" className="mb-2 font-semibold">
              {ts('items')}
            </h2>
            <ul className="divide-y divide-line rounded-card bg-surface ring-1 ring-line">
              {order.items.map((item) => (
                <li key={`${item.sku}-${item.variantId ?? ''}`} className="flex justify-between gap-4 p-4">
                  <div className="min-w-0">
                    <p className="font-medium">{item.name}</p>
                    <p className="text-sm text-muted">
                      {item.variantLabel ? `${item.variantLabel} · ` : ''}
                      {t('order.sku', { sku: item.sku })}
                    </p>
                    <p className="tabular text-sm text-muted">
                      {t('order.quantityPrice', {
                        quantity: item.quantity,
                        price: formatPrice(item.unitPriceCents, locale),
                      })}
                    </p>
                  </div>
                  <p className="tabular shrink-0 font-medium">{formatPrice(item.lineTotalCents, locale)}</p>
                </li>
              ))}
            </ul>
          </section>

          <section aria-labelledby="order-history">
            <h2 id="order-history" className="mb-2 font-semibold">
              {ts('history')}
            </h2>
            <ol className="space-y-2 border-l-2 border-line pl-4">
              {order.history.map((entry) => (
                <li key={`${entry.status}-${entry.at}`}>
                  <p className="font-medium">{ts(`status.${entry.status}`)}</p>
                  <time dateTime={entry.at} className="tabular text-sm text-muted">
                    {formatOrderDate(entry.at, locale)}
                  </time>
                </li>
              ))}
            </ol>
          </section>
        </div>

        <div className="space-y-6">
          <section aria-labelledby="order-totals" className="rounded-card bg-surface p-5 ring-1 ring-line">
            <h2 id="order-totals" className="mb-3 font-semibold">
              {t('order.totals')}
            </h2>
            <CartTotals
              locale={locale}
              subtotalCents={order.subtotalCents}
              discountCents={order.discountCents}
              couponCode={order.couponCode}
              shippingCents={order.shippingCents}
              totalCents={order.totalCents}
              vatLines={order.vatLines}
              vatCents={order.vatCents}
            />
          </section>
          <section aria-labelledby="order-delivery" className="rounded-card bg-surface p-5 ring-1 ring-line">
            <h2 id="order-delivery" className="font-semibold">
              {t('order.delivery')}
            </h2>
            <p className="mt-1">{order.shippingMethod.name}</p>
            <PostalAddress
              address={address}
              countryName={new Intl.DisplayNames([formatTags[locale]], { type: 'region' }).of(
                address.country,
              )}
              className="mt-3 text-sm"
            />
          </section>
          <section aria-labelledby="order-payment" className="rounded-card bg-surface p-5 ring-1 ring-line">
            <h2 id="order-payment" className="font-semibold">
              {t('order.payment')}
            </h2>
            <p className="mt-1">
              {order.paymentMethod === 'bank_transfer' ? t('order.bankTransfer') : t('order.card')}
            </p>
            {order.status === 'pending_payment' && order.referenceNumber ? (
              <p className="mt-2 text-sm">
                {t('order.reference')}{' '}
                <span className="tabular font-semibold">{formatReference(order.referenceNumber)}</span>
                <span className="mt-1 block text-muted">{t('order.payHint')}</span>
              </p>
            ) : null}
          </section>
          {/* Stays mounted after a cancellation: the refreshed page keeps its confirmation message. */}
          <div>
            {order.canCancel ? (
              <>
                <h2 className="sr-only">{t('order.cancel')}</h2>
                <p className="mb-3 text-sm text-muted">{t('order.cancelHint')}</p>
              </>
            ) : null}
            <CancelOrder locale={locale} orderNumber={order.orderNumber} canCancel={order.canCancel} />
          </div>
        </div>
      </div>
    </AccountFrame>
  );
}
