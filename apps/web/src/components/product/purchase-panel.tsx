'use client';

import { useId, useState } from 'react';
import type { AppLocale } from '@/i18n/routing';
import { type ApiError, api } from '@/lib/client/api';
import { setCart } from '@/lib/client/cart-store';
import { fill } from '@/lib/client/fill';
import type { Cart } from '@/lib/client/types';
import { formatPrice } from '@/lib/format';
import { routes } from '@/lib/routes';

export interface PurchaseVariant {
  id: string;
  sku: string;
  options: Record<string, string>;
  priceCents: number;
  lowestPrice30dCents: number;
  stock: number;
}

export interface PurchaseProduct {
  id: string;
  sku: string;
  priceCents: number;
  compareAtPriceCents: number | null;
  lowestPrice30dCents: number;
  stock: number;
  variants: PurchaseVariant[];
}

/** The panel's messages, resolved on the server (plurals included); `{name}` placeholders are filled here. */
export interface PurchaseLabels {
  salePrice: string;
  regularPrice: string;
  /** "... {price}" */
  lowestPrice30d: string;
  vatIncluded: string;
  /** The variant picker's legend ("Memory · Storage"). */
  options: string;
  availability: string;
  sku: string;
  quantity: string;
  addToCart: string;
  adding: string;
  added: string;
  viewCart: string;
  outOfStock: string;
  /** What to say about stock: per variant id, and under `product` for a product without variants. */
  stock: Record<string, string>;
  errors: {
    soldOut: string;
    /** "... {available} ... {inCart} ..." */
    someLeft: string;
    gone: string;
    cartFull: string;
    tooMany: string;
    network: string;
    other: string;
  };
}

type Status =
  | { kind: 'idle' }
  | { kind: 'adding' }
  | { kind: 'added'; quantity: number; itemCount: number }
  | { kind: 'error'; error: ApiError };

const maxQuantity = 99;

function addErrorText(error: ApiError, errors: PurchaseLabels['errors']): string {
  const details = (error.details ?? {}) as { available?: unknown; inCart?: unknown };
  switch (error.code) {
    case 'OUT_OF_STOCK':
      return typeof details.available === 'number' && details.available > 0
        ? fill(errors.someLeft, {
            available: details.available,
            inCart: typeof details.inCart === 'number' ? details.inCart : 0,
          })
        : errors.soldOut;
    case 'NOT_FOUND':
      return errors.gone;
    case 'CONFLICT':
      return errors.cartFull;
    case 'VALIDATION_FAILED':
      return errors.tooMany;
    case 'NETWORK':
      return errors.network;
    default:
      return errors.other;
  }
}

/**
 * Variant, price, stock, SKU and the add-to-cart button: the only interactive part of the product
 * page. The server renders it with the first variant in stock chosen, so the page reads the same
 * before the script runs.
 */
export function PurchasePanel({
  product,
  locale,
  labels,
}: {
  product: PurchaseProduct;
  locale: AppLocale;
  labels: PurchaseLabels;
}) {
  const id = useId();
  const hasVariants = product.variants.length > 0;
  const [variantId, setVariantId] = useState<string | null>(
    () => (product.variants.find((v) => v.stock > 0) ?? product.variants[0])?.id ?? null,
  );
  const [quantity, setQuantity] = useState(1);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });

  const variant = product.variants.find((v) => v.id === variantId) ?? null;
  const priceCents = variant?.priceCents ?? product.priceCents;
  const lowest = variant?.lowestPrice30dCents ?? product.lowestPrice30dCents;
  const stock = variant?.stock ?? product.stock;
  const sku = variant?.sku ?? product.sku;
  const onSale = product.compareAtPriceCents !== null && product.compareAtPriceCents > priceCents;
  const optionKeys = [...new Set(product.variants.flatMap((v) => Object.keys(v.options)))];

  const add = async () => {
    setStatus({ kind: 'adding' });
    const result = await api<Cart>('/cart/items', {
      method: 'POST',
      locale,
      body: { productId: product.id, variantId: variant?.id ?? null, quantity },
    });
    if (result.ok) {
      setCart(result.data);
      setStatus({ kind: 'added', quantity, itemCount: result.data.itemCount });
    } else {
      setStatus({ kind: 'error', error: result.error });
    }
  };

  const stockText = labels.stock[variant?.id ?? 'product'] ?? (stock > 0 ? '' : labels.outOfStock);

  return (
    <div className="flex flex-col gap-5">
      <div className="tabular" aria-live="polite" aria-atomic="true">
        {onSale && product.compareAtPriceCents !== null ? (
          <>
            <p className="flex flex-wrap items-baseline gap-x-3">
              <span className="text-2xl font-semibold text-sale sm:text-3xl">
                <span className="sr-only">{labels.salePrice}: </span>
                {formatPrice(priceCents, locale)}
              </span>
              <s className="text-base text-muted">
                <span className="sr-only">{labels.regularPrice}: </span>
                {formatPrice(product.compareAtPriceCents, locale)}
              </s>
            </p>
            <p className="mt-1 text-sm text-muted">
              {fill(labels.lowestPrice30d, { price: formatPrice(lowest, locale) })}
            </p>
          </>
        ) : (
          <p className="text-2xl font-semibold sm:text-3xl">{formatPrice(priceCents, locale)}</p>
        )}
        <p className="mt-1 text-sm text-muted">{labels.vatIncluded}</p>
      </div>

      {hasVariants ? (
        <fieldset>
          <legend className="mb-2 text-sm font-semibold">{labels.options}</legend>
          <div className="flex flex-wrap gap-2">
            {product.variants.map((v) => (
              <label
                key={v.id}
                className="relative inline-flex min-h-11 cursor-pointer items-center rounded-lg border border-line-strong bg-surface px-4 text-sm font-medium has-checked:border-lake has-checked:bg-lake-soft has-checked:text-lake-deep has-focus-visible:outline-3 has-focus-visible:outline-offset-2 has-focus-visible:outline-lake"
              >
                <input
                  type="radio"
                  name={`${id}-variant`}
                  value={v.id}
                  checked={v.id === variantId}
                  onChange={() => {
                    setVariantId(v.id);
                    setStatus({ kind: 'idle' });
                  }}
                  className="sr-only"
                />
                <span className={v.stock > 0 ? '' : 'text-muted line-through'}>
                  {optionKeys
                    .map((key) => v.options[key])
                    .filter(Boolean)
                    .join(' · ')}
                </span>
                {v.stock > 0 ? null : <span className="sr-only"> ({labels.outOfStock})</span>}
              </label>
            ))}
          </div>
        </fieldset>
      ) : null}

      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm" aria-live="polite">
        <dt className="text-muted">{labels.availability}</dt>
        <dd className={`font-medium ${stock > 0 ? 'text-lake-deep' : 'text-sale'}`}>{stockText}</dd>
        <dt className="text-muted">{labels.sku}</dt>
        <dd className="tabular">{sku}</dd>
      </dl>

      <form
        className="flex flex-wrap items-end gap-3"
        onSubmit={(event) => {
          event.preventDefault();
          void add();
        }}
      >
        <div>
          <label htmlFor={`${id}-quantity`} className="mb-1 block text-sm font-medium">
            {labels.quantity}
          </label>
          <input
            id={`${id}-quantity`}
            type="number"
            inputMode="numeric"
            min={1}
            max={Math.max(1, Math.min(maxQuantity, stock))}
            value={quantity}
            onChange={(event) => {
              const next = Number.parseInt(event.target.value, 10);
              setQuantity(Number.isFinite(next) ? Math.max(1, Math.min(maxQuantity, next)) : 1);
            }}
            className="tabular min-h-11 w-20 rounded-lg border border-line-strong bg-surface px-3 text-base"
          />
        </div>
        <button
          type="submit"
          disabled={stock <= 0 || status.kind === 'adding'}
          className="inline-flex min-h-11 flex-1 items-center justify-center rounded-lg bg-lake px-6 font-semibold text-white hover:bg-lake-deep disabled:cursor-not-allowed disabled:bg-line-strong disabled:text-ink sm:flex-none"
        >
          {stock <= 0 ? labels.outOfStock : status.kind === 'adding' ? labels.adding : labels.addToCart}
        </button>
      </form>

      <div role="status" aria-live="polite" className="min-h-6 text-sm">
        {status.kind === 'added' ? (
          <p className="rounded-lg bg-lake-soft px-4 py-3 text-lake-deep">
            {labels.added}{' '}
            <a href={routes.cart(locale)} className="font-semibold underline underline-offset-4">
              {labels.viewCart}
            </a>
          </p>
        ) : status.kind === 'error' ? (
          <p className="rounded-lg border border-sale/40 bg-surface px-4 py-3 text-sale">
            {addErrorText(status.error, labels.errors)}
          </p>
        ) : null}
      </div>
    </div>
  );
}
