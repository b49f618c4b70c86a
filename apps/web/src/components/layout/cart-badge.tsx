'use client';

import { useEffect } from 'react';
import { CartIcon } from '@/components/icons';
import type { AppLocale } from '@/i18n/routing';
import { loadCart, useCart } from '@/lib/client/cart-store';
import { fill } from '@/lib/client/fill';
import { routes } from '@/lib/routes';

/**
 * The header's cart link. The server renders it without a count, so the page's HTML is the same for
 * every visitor (cacheable); the count arrives from GET /api/v1/cart after the page has loaded.
 * Its two messages come as props (see `fill`): no message formatter on every page for one number.
 */
export function CartBadge({
  locale,
  label,
  countLabel,
}: {
  locale: AppLocale;
  label: string;
  countLabel: string;
}) {
  const cart = useCart();
  useEffect(() => {
    void loadCart(locale);
  }, [locale]);
  const count = cart?.itemCount ?? 0;
  return (
    <a
      href={routes.cart(locale)}
      className="relative flex min-h-11 min-w-11 items-center justify-center gap-1.5 rounded-md px-2 text-sm font-medium hover:bg-lake-soft"
    >
      <CartIcon className="size-6 text-lake" />
      <span className="sr-only sm:not-sr-only">{label}</span>
      {count > 0 ? (
        <>
          <span className="sr-only">, {fill(countLabel, { count })}</span>
          <span
            aria-hidden="true"
            className="tabular absolute -top-0.5 left-6 min-w-5 rounded-full bg-lake px-1.5 text-center text-xs leading-5 font-semibold text-white sm:static sm:ml-0.5"
          >
            {count > 99 ? '99+' : count}
          </span>
        </>
      ) : null}
    </a>
  );
}
