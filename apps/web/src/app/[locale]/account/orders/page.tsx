import { listMyOrders } from '@puoti/core/orders';
import { notFound } from 'next/navigation';
import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { AccountFrame } from '@/components/account/account-frame';
import { OrderStatusBadge } from '@/components/account/order-status';
import { primaryButton, textLink } from '@/components/account/text-field';
import { routing } from '@/i18n/routing';
import { accountMetadata, formatOrderDate } from '@/lib/account-pages';
import { formatPrice } from '@/lib/format';
import { firstParam } from '@/lib/listing-params';
import { routes } from '@/lib/routes';
import { accountDatabase, requireSignedIn } from '@/lib/session';

interface Props {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ page?: string | string[] }>;
}

const pageSize = 10;

export const generateMetadata = ({ params }: Props) => accountMetadata(params, 'orders');

/** The customer's orders, newest first, read through core on the server (no JavaScript needed). */
export default async function OrdersPage({ params, searchParams }: Props) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const requested = Number.parseInt(firstParam((await searchParams).page) ?? '1', 10);
  const page = Number.isInteger(requested) && requested > 0 && requested < 10_000 ? requested : 1;
  const listPath = routes.accountOrders(locale);
  const { user } = await requireSignedIn(locale, page > 1 ? `${listPath}?page=${page}` : listPath);
  const [t, orders] = await Promise.all([
    getTranslations({ locale, namespace: 'account' }),
    accountDatabase().then((db) => listMyOrders(db, user.id, { page, pageSize })),
  ]);
  const pages = Math.max(1, Math.ceil(orders.total / pageSize));

  return (
    <AccountFrame locale={locale} current="orders" firstName={user.firstName} title={t('titles.orders')}>
      {orders.items.length === 0 ? (
        <div className="rounded-card bg-surface p-6 ring-1 ring-line">
          <p>{page > 1 ? t('orders.pastEnd') : t('orders.empty')}</p>
          <a href={page > 1 ? listPath : routes.home(locale)} className={`${primaryButton} mt-4`}>
            {page > 1 ? t('orders.firstPage') : t('orders.shop')}
          </a>
        </div>
      ) : (
        <>
          <ul className="divide-y divide-line rounded-card bg-surface ring-1 ring-line">
            {orders.items.map((order) => {
              const count = order.items.reduce((sum, item) => sum + item.quantity, 0);
              return (
                <li
                  key={order.orderNumber}
                  className="grid gap-2 p-4 sm:grid-cols-[1fr_auto] sm:items-center sm:p-5"
                >
                  <div className="min-w-0">
                    <a
                      href={routes.accountOrder(locale, order.orderNumber)}
                      className={`${textLink} tabular text-lg`}
                    >
                      {t('orders.number', { number: order.orderNumber })}
                    </a>
                    <p className="text-sm text-muted">
                      <time dateTime={order.createdAt}>{formatOrderDate(order.createdAt, locale)}</time>
                      {' · '}
                      {t('orders.itemCount', { count })}
                    </p>
                    <p className="mt-1 truncate text-sm">{order.items.map((item) => item.name).join(', ')}</p>
                  </div>
                  <div className="flex items-center justify-between gap-4 sm:flex-col sm:items-end sm:gap-1">
                    <OrderStatusBadge status={order.status} locale={locale} />
                    <span className="tabular font-semibold">{formatPrice(order.totalCents, locale)}</span>
                  </div>
                </li>
              );
            })}
          </ul>
          {pages > 1 ? (
            <nav
              aria-label={t('orders.pagination')}
              className="mt-5 flex items-center justify-between gap-3 text-sm"
            >
              {page > 1 ? (
                <a href={`${listPath}?page=${page - 1}`} rel="prev" className={textLink}>
                  {t('orders.newer')}
                </a>
              ) : (
                <span />
              )}
              <span className="text-muted">{t('orders.pageOf', { page, pages })}</span>
              {page < pages ? (
                <a href={`${listPath}?page=${page + 1}`} rel="next" className={textLink}>
                  {t('orders.older')}
                </a>
              ) : (
                <span />
              )}
            </nav>
          ) : null}
        </>
      )}
    </AccountFrame>
  );
}
