'use client';

import { useSyncExternalStore } from 'react';
import type { AppLocale } from '@/i18n/routing';
import { api } from './api';
import type { Cart } from './types';

/**
 * The visitor's cart, shared by the header badge, the add-to-cart button, the cart page and the
 * checkout: one small store (a Zustand-style external store without the dependency). Every cart
 * write answers with the whole cart, so writers put that answer here and every view follows.
 */

type Listener = () => void;

let current: Cart | null = null;
let loading: Promise<void> | null = null;
const listeners = new Set<Listener>();

export function setCart(cart: Cart | null): void {
  current = cart;
  for (const listener of listeners) listener();
}

function subscribe(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
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
  return useSyncExternalStore(
    subscribe,
    () => current,
    () => null,
  );
}
