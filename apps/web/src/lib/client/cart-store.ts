'use client';

import { create } from 'zustand';
import type { AppLocale } from '@/i18n/routing';
import { api } from './api';
import type { Cart } from './types';

/**
 * The visitor's cart, shared by the header badge, the add-to-cart button, the cart page and the
 * checkout, in one Zustand store. Every cart write answers with the whole cart, so writers put that
 * answer here and every view follows. The server render (and the first client render) sees no cart:
 * the page's HTML stays the same for every visitor.
 */
const useCartStore = create<{ cart: Cart | null }>(() => ({ cart: null }));

let loading: Promise<void> | null = null;

export function setCart(cart: Cart | null): void {
  useCartStore.setState({ cart });
}

/** Loads the cart once per page view (several components may ask at once). */
export function loadCart(locale: AppLocale, options: { force?: boolean } = {}): Promise<void> {
  if (loading && !options.force) return loading;
  loading = api<Cart>('/cart', { locale }).then((result) => {
    if (result.ok) setCart(result.data);
  });
  return loading;
}

/** The cart, or null before it has loaded. */
export function useCart(): Cart | null {
  return useCartStore((state) => state.cart);
}
