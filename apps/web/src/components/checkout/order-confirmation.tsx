'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useRef } from 'react';
import { PostalAddress } from '@/components/address/postal-address';
import { CartTotals } from '@/components/cart/cart-totals';
import { CheckIcon } from '@/components/icons';
import type { AppLocale } from '@/i18n/routing';
import type { Order, Payment } from '@/lib/client/types';
import { formatPrice, formatTags } from '@/lib/format';
import { routes } from '@/lib/routes';
import { CardPayment } from './card-payment';
import { formatIban, formatReference } from './format';

/** The thank-you page, drawn in place of the checkout: order number and how to pay. */
export function OrderConfirmation({
  order,
  payment,
  publishableKey,
  locale,
}: {
  order: Order;
  payment: Payment;
  /** Stripe's key for the storefront: with a card order's client secret, the card form is shown. */
  publishableKey: string | null;
  locale: AppLocale;
}) {
  const t = useTranslations('confirmation');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const dates = new Intl.DateTimeFormat(formatTags[locale], {
    dateStyle: 'long',
    timeZone: 'Europe/Helsinki',
  });
  const bank = payment.bankTransfer;
  const countryNames = new Intl.DisplayNames([formatTags[locale]], { type: 'region' });
  const address = order.shippingAddress;

  return (
    <div className="mx-auto max-w-3xl">
      <div className="flex items-start gap-3">
        <span className="mt-1 flex size-9 shrink-0 items-center justify-center rounded-full bg-lake text-white">
          <CheckIcon className="size-5" />
        </span>
        <div>
          <h1
            ref={heading}
            tabIndex={-1}
            className="text-2xl font-semibold tracking-tight focus:outline-none sm:text-3xl"
          >
            {t('heading')}
          </h1>
          <p className="mt-1 text-muted">
            {t('orderNumber')}{' '}
            <strong className="tabular text-ink" data-testid="order-number">
              {order.orderNumber}
            </strong>
          </p>
          <p className="mt-1 text-muted">{t('emailSent', { email: order.email })}</p>
        </div>
      </div>

      {payment.stripe?.clientSecret && publishableKey && payment.status === 'pending' ? (
        <CardPayment
          publishableKey={publishableKey}
          clientSecret={payment.stripe.clientSecret}
          orderNumber={order.orderNumber}
          amount={formatPrice(payment.amountCents, locale)}
          locale={locale}
        />
      ) : null}

      {bank ? (
        <section aria-labelledby="pay-heading" className="mt-8 rounded-card bg-lake-soft p-5 sm:p-6">
          <h2 id="pay-heading" className="text-lg font-semibold">
            {t('bank.heading')}
          </h2>
          <p className="mt-1 text-sm">{t('bank.intro', { date: dates.format(new Date(bank.dueDate)) })}</p>
          <dl className="mt-4 grid gap-x-6 gap-y-3 sm:grid-cols-2">
            <div>
              <dt className="text-sm text-muted">{t('bank.recipient')}</dt>
              <dd className="font-medium">{bank.recipient}</dd>
            </div>
            <div>
              <dt className="text-sm text-muted">{t('bank.iban')}</dt>
              <dd className="tabular font-medium break-all">{formatIban(bank.iban)}</dd>
            </div>
            {bank.bic ? (
              <div>
                <dt className="text-sm text-muted">{t('bank.bic')}</dt>
                <dd className="tabular font-medium">{bank.bic}</dd>
              </div>
            ) : null}
            <div>
              <dt className="text-sm text-muted">{t('bank.reference')}</dt>
              <dd className="tabular text-lg font-semibold" data-testid="reference-number">
                {formatReference(bank.referenceNumber)}
              </dd>
            </div>
            <div>
              <dt className="text-sm text-muted">{t('bank.amount')}</dt>
              <dd className="tabular text-lg font-semibold">{formatPrice(bank.amountCents, locale)}</dd>
            </div>
            <div>
              <dt className="text-sm text-muted">{t('bank.dueDate')}</dt>
              <dd className="font-medium">
                <time dateTime={bank.dueDate}>{dates.format(new Date(bank.dueDate))}</time>
              </dd>
            </div>
          </dl>
          <p className="mt-4 text-sm">{t('bank.useReference')}</p>
        </section>
      ) : null}

      <section
        aria-labelledby="items-heading"
        className="mt-8 rounded-card bg-surface p-5 ring-1 ring-line sm:p-6"
      >
        <h2 id="items-heading" className="text-lg font-semibold">
          {t('itemsHeading')}
        </h2>
        <ul className="mt-3 space-y-2 text-sm">
          {order.items.map((item) => (
            <li key={`${item.sku}-${item.name}`} className="flex justify-between gap-3">
              <span className="min-w-0">
                {item.name}
                {item.variantLabel ? <span className="text-muted"> · {item.variantLabel}</span> : null}
                <span className="tabular text-muted"> × {item.quantity}</span>
              </span>
              <span className="tabular shrink-0">{formatPrice(item.lineTotalCents, locale)}</span>
            </li>
          ))}
        </ul>
        <div className="mt-4 border-t border-line pt-4">
          <CartTotals
            locale={locale}
            subtotalCents={order.subtotalCents}
            discountCents={order.discountCents}
            couponCode={order.couponCode}
            shippingCents={order.shippingCents}
            totalCents={order.totalCents}
            vatLines={order.vatLines}
          />
        </div>
        <div className="mt-5 grid gap-4 text-sm sm:grid-cols-2">
          <div>
            <h3 className="font-medium">{t('shipTo')}</h3>
            <PostalAddress
              address={address}
              countryName={countryNames.of(address.country)}
              className="text-muted"
            />
          </div>
          <div>
            <h3 className="font-medium">{t('shippingMethod')}</h3>
            <p className="text-muted">{order.shippingMethod.name}</p>
          </div>
        </div>
      </section>

      <p className="mt-6 text-sm">
        {t('trackHint')}{' '}
        <a
          href={routes.trackOrder(locale, order.orderNumber)}
          className="font-medium text-lake underline underline-offset-4"
        >
          {t('trackLink')}
        </a>
      </p>
      <a
        href={routes.home(locale)}
        className="mt-6 inline-flex min-h-11 items-center rounded-lg bg-lake px-5 font-medium text-white hover:bg-lake-deep"
      >
        {t('continueShopping')}
      </a>
    </div>
  );
}
