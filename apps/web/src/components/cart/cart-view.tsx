'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useId, useRef, useState } from 'react';
import { MinusIcon, PlusIcon, TrashIcon } from '@/components/icons';
import { ProductImage } from '@/components/product/product-image';
import type { AppLocale } from '@/i18n/routing';
import { type ApiError, api } from '@/lib/client/api';
import { loadCart, setCart, useCart } from '@/lib/client/cart-store';
import { couponReason } from '@/lib/client/messages';
import type { Cart, CartCoupon, CartLine, CartProblem, CouponProblem } from '@/lib/client/types';
import { formatPrice, formatTags } from '@/lib/format';
import { routes } from '@/lib/routes';
import { CartTotals } from './cart-totals';

const maxQuantity = 99;

interface SeenProblem {
  problem: CartProblem;
  previousPriceCents: number | null;
}

/**
 * The cart page's body. The API reports each change to a line (sold out, quantity cut, new price)
 * once, in the answer that first sees it; the page keeps those notes on screen until the customer
 * acts on the line, so a later answer cannot wipe them before they are read.
 */
export function CartView({ locale }: { locale: AppLocale }) {
  const t = useTranslations('cart');
  const cart = useCart();
  const [problems, setProblems] = useState<Record<string, SeenProblem>>({});
  const [lineErrors, setLineErrors] = useState<Record<string, string>>({});
  const [busyLine, setBusyLine] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [loadFailed, setLoadFailed] = useState(false);

  useEffect(() => {
    void loadCart(locale).then(() => setLoadFailed(false));
  }, [locale]);

  // Remember every problem an answer reports.
  useEffect(() => {
    if (!cart) return;
    const reported = cart.items.filter((line) => line.problem !== null);
    if (reported.length === 0) return;
    setProblems((seen) => {
      const next = { ...seen };
      for (const line of reported) {
        if (line.problem)
          next[line.id] = { problem: line.problem, previousPriceCents: line.previousPriceCents };
      }
      return next;
    });
  }, [cart]);

  const forget = (lineId: string) => {
    setProblems(({ [lineId]: _gone, ...rest }) => rest);
    setLineErrors(({ [lineId]: _gone, ...rest }) => rest);
  };

  const lineErrorText = (error: ApiError): string => {
    const details = (error.details ?? {}) as { available?: unknown };
    if (error.code === 'OUT_OF_STOCK' && typeof details.available === 'number') {
      return details.available > 0
        ? t('lineErrors.onlyAvailable', { count: details.available })
        : t('lineErrors.soldOut');
    }
    if (error.code === 'NOT_FOUND') return t('lineErrors.gone');
    if (error.code === 'NETWORK') return t('errors.network');
    return t('lineErrors.other');
  };

  const changeQuantity = async (line: CartLine, quantity: number) => {
    if (quantity === line.quantity) return;
    setBusyLine(line.id);
    const result =
      quantity <= 0
        ? await api<Cart>(`/cart/items/${line.id}`, { method: 'DELETE', locale })
        : await api<Cart>(`/cart/items/${line.id}`, { method: 'PATCH', locale, body: { quantity } });
    setBusyLine(null);
    if (result.ok) {
      forget(line.id);
      setCart(result.data);
      setAnnouncement(
        quantity <= 0
          ? t('announce.removed', { name: line.name })
          : t('announce.quantity', { name: line.name, count: quantity }),
      );
    } else {
      if (result.error.code === 'NOT_FOUND') void loadCart(locale, { force: true });
      setLineErrors((errors) => ({ ...errors, [line.id]: lineErrorText(result.error) }));
    }
  };

  if (!cart) {
    return (
      <div aria-busy="true" className="py-10 text-muted">
        {loadFailed ? t('errors.load') : t('loading')}
      </div>
    );
  }

  if (cart.items.length === 0) {
    return (
      <div className="rounded-card bg-surface px-5 py-10 text-center ring-1 ring-line">
        <h2 className="text-lg font-semibold">{t('empty.heading')}</h2>
        <p className="mt-2 text-muted">{t('empty.body')}</p>
        <a
          href={routes.home(locale)}
          className="mt-6 inline-flex min-h-11 items-center rounded-lg bg-lake px-5 font-medium text-white hover:bg-lake-deep"
        >
          {t('empty.action')}
        </a>
        <p role="status" className="sr-only">
          {announcement}
        </p>
      </div>
    );
  }

  const unavailable = cart.items.filter((line) => !line.available);
  const problemCount = cart.items.filter((line) => problems[line.id] || !line.available).length;

  return (
    <div className="grid gap-8 lg:grid-cols-[1fr_22rem] lg:gap-12">
      <div className="min-w-0">
        {problemCount > 0 ? (
          <div
            role="alert"
            className="mb-5 rounded-lg border border-sale/40 bg-surface px-4 py-3 text-sm text-sale"
          >
            {t('problemsSummary', { count: problemCount })}
          </div>
        ) : null}
        <ul className="divide-y divide-line border-y border-line">
          {cart.items.map((line) => (
            <CartLineRow
              key={line.id}
              line={line}
              locale={locale}
              problem={problems[line.id] ?? null}
              error={lineErrors[line.id] ?? null}
              busy={busyLine === line.id}
              onQuantity={(quantity) => void changeQuantity(line, quantity)}
            />
          ))}
        </ul>
        <p role="status" aria-live="polite" className="sr-only">
          {announcement}
        </p>
      </div>

      <aside
        aria-labelledby="summary-heading"
        className="h-fit rounded-card bg-surface p-5 ring-1 ring-line lg:sticky lg:top-24"
      >
        <h2 id="summary-heading" className="text-lg font-semibold">
          {t('summary')}
        </h2>
        <div className="mt-4">
          <CouponForm cart={cart} locale={locale} />
        </div>
        <div className="mt-5">
          <CartTotals
            locale={locale}
            subtotalCents={cart.subtotalCents}
            discountCents={cart.discountCents}
            couponCode={cart.coupon && !cart.couponProblem ? cart.coupon.code : null}
            shippingCents={null}
            totalCents={cart.totalCents}
            vatLines={cart.vatLines}
          />
        </div>
        {unavailable.length > 0 ? (
          <p className="mt-4 text-sm text-sale">{t('unavailableNote', { count: unavailable.length })}</p>
        ) : null}
        {cart.itemCount > 0 ? (
          <a
            href={routes.checkout(locale)}
            className="mt-5 flex min-h-12 w-full items-center justify-center rounded-lg bg-lake px-5 font-semibold text-white hover:bg-lake-deep"
          >
            {t('checkout')}
          </a>
        ) : null}
      </aside>
    </div>
  );
}

function CartLineRow({
  line,
  locale,
  problem,
  error,
  busy,
  onQuantity,
}: {
  line: CartLine;
  locale: AppLocale;
  problem: SeenProblem | null;
  error: string | null;
  busy: boolean;
  onQuantity: (quantity: number) => void;
}) {
  const t = useTranslations('cart');
  const id = useId();
  const [draft, setDraft] = useState(String(line.quantity));
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => setDraft(String(line.quantity)), [line.quantity]);
  const maxAllowed = Math.max(1, Math.min(maxQuantity, line.stock));

  const commit = () => {
    const next = Number.parseInt(draft, 10);
    if (!Number.isFinite(next) || next < 0) {
      setDraft(String(line.quantity));
      return;
    }
    onQuantity(Math.min(maxQuantity, next));
  };

  const note = problem
    ? problemText(problem, line, locale, t)
    : !line.available
      ? t('problems.out_of_stock')
      : null;

  return (
    <li
      className="grid grid-cols-[4.5rem_1fr] gap-x-3 gap-y-2 py-4 sm:grid-cols-[6rem_1fr_auto] sm:gap-x-5"
      aria-busy={busy}
    >
      <div className="row-span-2 aspect-square overflow-hidden rounded-lg bg-lake-soft/50 ring-1 ring-line sm:row-span-1">
        {line.image ? (
          <ProductImage image={line.image} sizes="96px" className="size-full object-cover" />
        ) : null}
      </div>
      <div className="min-w-0">
        <h3 className="font-medium break-words">
          <a href={routes.product(locale, line.slug)} className="underline-offset-4 hover:underline">
            {line.name}
          </a>
        </h3>
        {line.variantLabel ? <p className="text-sm text-muted">{line.variantLabel}</p> : null}
        <p className="tabular text-sm text-muted">
          {t('unitPrice', { price: formatPrice(line.unitPriceCents, locale) })}
        </p>
        {note ? (
          <p
            id={`${id}-note`}
            className={`mt-1 text-sm font-medium ${line.available ? 'text-lake-deep' : 'text-sale'}`}
          >
            {note}
          </p>
        ) : null}
        {error ? (
          <p role="alert" className="mt-1 text-sm font-medium text-sale">
            {error}
          </p>
        ) : null}
      </div>
      <div className="col-start-2 flex flex-wrap items-center justify-between gap-3 sm:col-start-3 sm:row-start-1 sm:flex-col sm:items-end">
        {line.available ? (
          <fieldset className="flex items-center">
            <legend className="sr-only">{t('quantityFor', { name: line.name })}</legend>
            <button
              type="button"
              disabled={busy}
              onClick={() => onQuantity(line.quantity - 1)}
              aria-label={line.quantity <= 1 ? t('remove', { name: line.name }) : t('decrease')}
              className="flex size-11 items-center justify-center rounded-l-lg border border-line-strong bg-surface hover:bg-lake-soft disabled:opacity-50"
            >
              <MinusIcon className="size-4" />
            </button>
            <label htmlFor={`${id}-qty`} className="sr-only">
              {t('quantity')}
            </label>
            <input
              ref={input}
              id={`${id}-qty`}
              type="number"
              inputMode="numeric"
              min={0}
              max={maxAllowed}
              value={draft}
              disabled={busy}
              aria-describedby={note ? `${id}-note` : undefined}
              onChange={(event) => setDraft(event.target.value)}
              onBlur={commit}
              onKeyDown={(event) => {
                if (event.key === 'Enter') {
                  event.preventDefault();
                  commit();
                }
              }}
              className="tabular h-11 w-14 border-y border-line-strong bg-surface text-center text-base [appearance:textfield] [&::-webkit-inner-spin-button]:appearance-none"
            />
            <button
              type="button"
              disabled={busy || line.quantity >= maxAllowed}
              onClick={() => onQuantity(line.quantity + 1)}
              aria-label={t('increase')}
              className="flex size-11 items-center justify-center rounded-r-lg border border-line-strong bg-surface hover:bg-lake-soft disabled:opacity-50"
            >
              <PlusIcon className="size-4" />
            </button>
          </fieldset>
        ) : null}
        <p className="tabular font-semibold">
          {line.available ? formatPrice(line.lineTotalCents, locale) : <span className="text-muted">–</span>}
        </p>
        <button
          type="button"
          disabled={busy}
          onClick={() => onQuantity(0)}
          className="inline-flex min-h-11 items-center gap-1.5 rounded-md px-2 text-sm text-muted underline-offset-4 hover:text-ink hover:underline"
        >
          <TrashIcon className="size-4" />
          {t('removeShort')}
          <span className="sr-only">: {line.name}</span>
        </button>
      </div>
    </li>
  );
}

function problemText(
  seen: SeenProblem,
  line: CartLine,
  locale: AppLocale,
  t: ReturnType<typeof useTranslations<'cart'>>,
): string {
  switch (seen.problem) {
    case 'no_longer_sold':
      return t('problems.no_longer_sold');
    case 'out_of_stock':
      return t('problems.out_of_stock');
    case 'quantity_reduced':
      return t('problems.quantity_reduced', { count: line.quantity });
    case 'price_changed':
      return seen.previousPriceCents !== null
        ? t('problems.price_changed', {
            previous: formatPrice(seen.previousPriceCents, locale),
            price: formatPrice(line.unitPriceCents, locale),
          })
        : t('problems.price_changed_plain', { price: formatPrice(line.unitPriceCents, locale) });
  }
}

function CouponForm({ cart, locale }: { cart: Cart; locale: AppLocale }) {
  const t = useTranslations('cart');
  const id = useId();
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<CouponProblem | 'network' | 'rateLimited' | null>(null);
  const [applied, setApplied] = useState<string | null>(null);

  const apply = async () => {
    if (code.trim() === '') return;
    setBusy(true);
    setError(null);
    setApplied(null);
    const result = await api<Cart>('/cart/coupon', { method: 'POST', locale, body: { code: code.trim() } });
    setBusy(false);
    if (result.ok) {
      setCart(result.data);
      setApplied(result.data.coupon?.code ?? code.trim());
      setCode('');
    } else if (result.error.code === 'COUPON_INVALID') {
      setError(couponReason(result.error.details));
    } else if (result.error.code === 'RATE_LIMITED') {
      setError('rateLimited');
    } else {
      setError(result.error.code === 'NETWORK' ? 'network' : 'unknown');
    }
  };

  const remove = async () => {
    setBusy(true);
    const result = await api<Cart>('/cart/coupon', { method: 'DELETE', locale });
    setBusy(false);
    if (result.ok) {
      setCart(result.data);
      setApplied(null);
    }
  };

  const errorText =
    error === null
      ? null
      : error === 'network'
        ? t('errors.network')
        : error === 'rateLimited'
          ? t('coupon.rateLimited')
          : t(`coupon.reasons.${error}`);

  if (cart.coupon) {
    return (
      <div className="rounded-lg bg-lake-soft px-3 py-2.5 text-sm">
        <div className="flex items-center justify-between gap-3">
          <p>
            <span className="font-semibold text-lake-deep">{cart.coupon.code}</span>
            {/* From the coupon's terms, in the page's language (the admin's description is one language). */}
            <span className="block text-muted">{couponBenefit(cart.coupon, locale, t)}</span>
          </p>
          <button
            type="button"
            onClick={() => void remove()}
            disabled={busy}
            className="min-h-11 shrink-0 rounded-md px-2 font-medium text-lake underline underline-offset-4 hover:text-lake-deep"
          >
            {t('coupon.remove')}
            <span className="sr-only">: {cart.coupon.code}</span>
          </button>
        </div>
        <p
          role="status"
          className={cart.couponProblem ? 'mt-1 font-medium text-sale' : 'mt-1 text-lake-deep'}
        >
          {cart.couponProblem
            ? t(`coupon.reasons.${cart.couponProblem}`)
            : applied
              ? t('coupon.applied', { code: applied })
              : null}
        </p>
      </div>
    );
  }

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        void apply();
      }}
    >
      <label htmlFor={`${id}-code`} className="mb-1 block text-sm font-medium">
        {t('coupon.label')}
      </label>
      <div className="flex">
        <input
          id={`${id}-code`}
          name="coupon"
          value={code}
          onChange={(event) => setCode(event.target.value)}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={64}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          className="min-h-11 w-full min-w-0 rounded-l-lg border border-r-0 border-line-strong bg-surface px-3 text-base uppercase"
        />
        <button
          type="submit"
          disabled={busy}
          className="min-h-11 shrink-0 rounded-r-lg border border-lake bg-surface px-4 font-medium text-lake hover:bg-lake-soft disabled:opacity-60"
        >
          {t('coupon.apply')}
        </button>
      </div>
      <p
        id={`${id}-error`}
        role="status"
        aria-live="polite"
        className="mt-1 min-h-5 text-sm font-medium text-sale"
      >
        {errorText}
      </p>
    </form>
  );
}

/** What the coupon gives: "20 % off", "€10.00 off", "Free shipping". */
function couponBenefit(
  coupon: CartCoupon,
  locale: AppLocale,
  t: ReturnType<typeof useTranslations<'cart'>>,
): string {
  switch (coupon.type) {
    case 'percentage':
      return t('coupon.benefit.percentage', {
        percent: new Intl.NumberFormat(formatTags[locale], { style: 'percent' }).format(coupon.value / 100),
      });
    case 'fixed':
      return t('coupon.benefit.fixed', { amount: formatPrice(coupon.value, locale) });
    case 'free_shipping':
      return t('coupon.benefit.free_shipping');
  }
}
