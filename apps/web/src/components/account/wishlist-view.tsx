'use client';

import type { WishlistItem } from '@puoti/core/accounts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { ProductImage } from '@/components/product/product-image';
import type { AppLocale } from '@/i18n/routing';
import { fieldMessages } from '@/lib/client/account';
import { accountKeys, apiErrorOf, request } from '@/lib/client/account-api';
import { setCart } from '@/lib/client/cart-store';
import type { Cart } from '@/lib/client/types';
import { formatPrice } from '@/lib/format';
import { routes } from '@/lib/routes';
import { FormStatus, type Notice, primaryButton, secondaryButton, textLink } from './text-field';
import { useAccountText } from './use-account-text';

/** The wishlist with live prices and stock: remove, or put straight into the cart. */
export function WishlistView({ locale }: { locale: AppLocale }) {
  const t = useTranslations('account');
  const text = useAccountText();
  const queryClient = useQueryClient();
  const [notice, setNotice] = useState<Notice | null>(null);
  const wishlist = useQuery({
    queryKey: accountKeys.wishlist,
    queryFn: () => request<{ items: WishlistItem[] }>('/wishlist', { locale }).then((body) => body.items),
  });

  const remove = useMutation({
    mutationFn: (item: WishlistItem) =>
      request<void>(`/wishlist/${item.product.id}`, { method: 'DELETE', locale }),
    onSuccess: (_, item) => {
      setNotice({ tone: 'success', text: t('wishlist.removed', { name: item.product.name }) });
      return queryClient.invalidateQueries({ queryKey: accountKeys.wishlist });
    },
    onError: (error) => setNotice({ tone: 'error', text: text.failure(apiErrorOf(error)) }),
  });

  const addToCart = useMutation({
    mutationFn: (item: WishlistItem) =>
      request<Cart>('/cart/items', {
        method: 'POST',
        locale,
        body: { productId: item.product.id, quantity: 1 },
      }),
    onSuccess: (cart, item) => {
      // The badge and the cart page read the same store.
      setCart(cart);
      setNotice({
        tone: 'success',
        text: (
          <>
            {t('wishlist.added', { name: item.product.name })}{' '}
            <a href={routes.cart(locale)} className={textLink}>
              {t('wishlist.toCart')}
            </a>
          </>
        ),
      });
    },
    onError: (error, item) => {
      const apiError = apiErrorOf(error);
      // A product sold in variants needs its options chosen on the product page.
      const needsVariant = 'variantId' in fieldMessages(apiError);
      setNotice({
        tone: 'error',
        text: needsVariant ? (
          <>
            {t('wishlist.chooseVariant', { name: item.product.name })}{' '}
            <a href={routes.product(locale, item.product.slug)} className={textLink}>
              {t('wishlist.openProduct')}
            </a>
          </>
        ) : apiError.code === 'OUT_OF_STOCK' ? (
          t('wishlist.outOfStock', { name: item.product.name })
        ) : (
          text.failure(apiError)
        ),
      });
    },
  });

  if (wishlist.isPending) return <p className="text-muted">{t('loading')}</p>;
  if (wishlist.isError)
    return <FormStatus notice={{ tone: 'error', text: text.failure(apiErrorOf(wishlist.error)) }} />;

  return (
    <div className="space-y-5">
      <FormStatus notice={notice} />
      {wishlist.data.length === 0 ? (
        <div className="rounded-card bg-surface p-6 ring-1 ring-line">
          <p>{t('wishlist.empty')}</p>
          <a href={routes.home(locale)} className={`${primaryButton} mt-4`}>
            {t('orders.shop')}
          </a>
        </div>
      ) : (
        <ul className="grid gap-4 sm:grid-cols-2 xl:grid-cols-3">
          {wishlist.data.map((item) => {
            const { product } = item;
            const onSale =
              product.compareAtPriceCents !== null && product.compareAtPriceCents > product.priceCents;
            return (
              <li
                key={product.id}
                className="flex flex-col overflow-hidden rounded-card bg-surface ring-1 ring-line"
              >
                {product.image ? (
                  <ProductImage
                    image={product.image}
                    sizes="(min-width: 80rem) 18rem, (min-width: 40rem) 45vw, 90vw"
                    className="aspect-square w-full bg-paper object-cover"
                  />
                ) : null}
                <div className="flex flex-1 flex-col p-4">
                  <a href={routes.product(locale, product.slug)} className="font-medium hover:text-lake">
                    {product.name}
                  </a>
                  <p className="tabular mt-1">
                    {onSale && product.compareAtPriceCents !== null ? (
                      <>
                        <span className="font-semibold text-sale">
                          {formatPrice(product.priceCents, locale)}
                        </span>{' '}
                        <s className="text-sm text-muted">
                          <span className="sr-only">{t('wishlist.regularPrice')}: </span>
                          {formatPrice(product.compareAtPriceCents, locale)}
                        </s>
                        <span className="block text-xs text-muted">
                          {t('wishlist.lowestPrice30d', {
                            price: formatPrice(product.lowestPrice30dCents, locale),
                          })}
                        </span>
                      </>
                    ) : (
                      <span className="font-semibold">{formatPrice(product.priceCents, locale)}</span>
                    )}
                  </p>
                  <p className={`mt-1 text-sm ${product.inStock ? 'text-lake-deep' : 'text-sale'}`}>
                    {product.inStock ? t('wishlist.inStock') : t('wishlist.soldOut')}
                  </p>
                  <div className="mt-auto flex flex-wrap gap-2 pt-4">
                    <button
                      type="button"
                      disabled={!product.inStock || addToCart.isPending}
                      onClick={() => {
                        setNotice(null);
                        addToCart.mutate(item);
                      }}
                      className={`${primaryButton} text-sm disabled:cursor-not-allowed`}
                    >
                      {t('wishlist.addToCart')}
                      <span className="sr-only">: {product.name}</span>
                    </button>
                    <button
                      type="button"
                      disabled={remove.isPending}
                      onClick={() => {
                        setNotice(null);
                        remove.mutate(item);
                      }}
                      className={`${secondaryButton} text-sm`}
                    >
                      {t('wishlist.remove')}
                      <span className="sr-only">: {product.name}</span>
                    </button>
                  </div>
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
