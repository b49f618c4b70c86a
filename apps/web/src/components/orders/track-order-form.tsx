'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useId, useRef, useState } from 'react';
import type { AppLocale } from '@/i18n/routing';
import { api } from '@/lib/client/api';
import type { OrderStatus, TrackedOrder } from '@/lib/client/types';
import { formatPrice, formatTags } from '@/lib/format';

const progress: OrderStatus[] = ['pending_payment', 'paid', 'processing', 'shipped', 'delivered'];

type Failure = 'notFound' | 'rateLimited' | 'network' | 'other';

/** Order number and email in, status, items and tracking out. */
export function TrackOrderForm({
  locale,
  initialOrderNumber,
}: {
  locale: AppLocale;
  initialOrderNumber: string;
}) {
  const t = useTranslations('trackOrder');
  const id = useId();
  const [orderNumber, setOrderNumber] = useState(initialOrderNumber);
  const [email, setEmail] = useState('');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [order, setOrder] = useState<TrackedOrder | null>(null);
  const result = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (order) result.current?.focus();
  }, [order]);

  const submit = async () => {
    setBusy(true);
    setFailure(null);
    const answer = await api<TrackedOrder>('/orders/track', {
      method: 'POST',
      locale,
      body: { orderNumber: orderNumber.trim(), email: email.trim() },
    });
    setBusy(false);
    if (answer.ok) {
      setOrder(answer.data);
      return;
    }
    setOrder(null);
    const code = answer.error.code;
    setFailure(
      code === 'NOT_FOUND' || code === 'VALIDATION_FAILED'
        ? 'notFound'
        : code === 'RATE_LIMITED'
          ? 'rateLimited'
          : code === 'NETWORK'
            ? 'network'
            : 'other',
    );
  };

  const dates = new Intl.DateTimeFormat(formatTags[locale], {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Europe/Helsinki',
  });
  const reached = order ? progress.indexOf(order.status) : -1;

  return (
    <div className="grid gap-8 lg:grid-cols-[24rem_1fr] lg:gap-12">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
        className="h-fit space-y-4 rounded-card bg-surface p-5 ring-1 ring-line"
      >
        <div>
          <label htmlFor={`${id}-number`} className="mb-1 block text-sm font-medium">
            {t('orderNumber')}
          </label>
          <input
            id={`${id}-number`}
            name="orderNumber"
            required
            maxLength={40}
            autoComplete="off"
            value={orderNumber}
            onChange={(event) => setOrderNumber(event.target.value)}
            className="tabular min-h-11 w-full rounded-lg border border-line-strong bg-surface px-3 text-base"
          />
          <p className="mt-1 text-xs text-muted">{t('orderNumberHint')}</p>
        </div>
        <div>
          <label htmlFor={`${id}-email`} className="mb-1 block text-sm font-medium">
            {t('email')}
          </label>
          <input
            id={`${id}-email`}
            name="email"
            type="email"
            required
            autoComplete="email"
            value={email}
            onChange={(event) => setEmail(event.target.value)}
            className="min-h-11 w-full rounded-lg border border-line-strong bg-surface px-3 text-base"
          />
        </div>
        <button
          type="submit"
          disabled={busy}
          className="min-h-11 w-full rounded-lg bg-lake px-6 font-semibold text-white hover:bg-lake-deep disabled:opacity-70"
        >
          {busy ? t('searching') : t('submit')}
        </button>
        <p role="status" aria-live="polite" className="min-h-5 text-sm font-medium text-sale">
          {failure ? t(`failures.${failure}`) : null}
        </p>
      </form>

      {order ? (
        <section aria-labelledby={`${id}-result`} className="min-w-0">
          <h2
            id={`${id}-result`}
            ref={result}
            tabIndex={-1}
            className="text-xl font-semibold focus:outline-none"
          >
            {t('resultHeading', { number: order.orderNumber })}
          </h2>
          <p className="mt-1 text-muted">
            {t('placedOn', { date: dates.format(new Date(order.createdAt)) })}
          </p>
          <p
            className="mt-3 inline-flex rounded-full bg-lake-soft px-3 py-1 font-semibold text-lake-deep"
            data-testid="order-status"
          >
            {t(`status.${order.status}`)}
          </p>
          {reached >= 0 ? (
            <ol className="mt-5 grid gap-2 sm:grid-cols-5">
              {progress.map((status, index) => (
                <li
                  key={status}
                  aria-current={index === reached ? 'step' : undefined}
                  className={`rounded-lg border px-3 py-2 text-sm ${index <= reached ? 'border-lake bg-lake-soft font-medium text-lake-deep' : 'border-line text-muted'}`}
                >
                  <span className="sr-only">{index <= reached ? t('stepDone') : t('stepTodo')}: </span>
                  {t(`status.${status}`)}
                </li>
              ))}
            </ol>
          ) : null}

          {order.trackingNumber ? (
            <p className="mt-5">
              {t('tracking', { carrier: order.carrier ?? '', number: order.trackingNumber })}{' '}
              {order.trackingUrl ? (
                <a
                  href={order.trackingUrl}
                  target="_blank"
                  rel="noopener noreferrer"
                  className="font-medium text-lake underline underline-offset-4"
                >
                  {t('trackingLink')}
                </a>
              ) : null}
            </p>
          ) : null}

          <h3 className="mt-6 font-semibold">{t('items')}</h3>
          <ul className="mt-2 divide-y divide-line rounded-card bg-surface text-sm ring-1 ring-line">
            {order.items.map((item) => (
              <li
                key={`${item.name}-${item.variantLabel ?? ''}`}
                className="flex justify-between gap-3 px-4 py-2.5"
              >
                <span>
                  {item.name}
                  {item.variantLabel ? <span className="text-muted"> · {item.variantLabel}</span> : null}
                </span>
                <span className="tabular text-muted">× {item.quantity}</span>
              </li>
            ))}
          </ul>
          <dl className="mt-4 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
            <dt className="text-muted">{t('shippingMethod')}</dt>
            <dd>{order.shippingMethod}</dd>
            <dt className="text-muted">{t('total')}</dt>
            <dd className="tabular font-medium">{formatPrice(order.totalCents, locale)}</dd>
          </dl>

          {order.history.length > 0 ? (
            <>
              <h3 className="mt-6 font-semibold">{t('history')}</h3>
              <ol className="mt-2 space-y-1 text-sm">
                {order.history.map((entry) => (
                  <li key={`${entry.status}-${entry.at}`} className="flex flex-wrap gap-x-3">
                    <time dateTime={entry.at} className="tabular text-muted">
                      {dates.format(new Date(entry.at))}
                    </time>
                    <span>{t(`status.${entry.status}`)}</span>
                  </li>
                ))}
              </ol>
            </>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
