import type { AppLocale } from '@/i18n/routing';

/** Storefront URLs in one place, so pages that arrive in later issues only change them here. */
export const routes = {
  home: (locale: AppLocale) => `/${locale}`,
  search: (locale: AppLocale) => `/${locale}/search`,
  category: (locale: AppLocale, slug: string) => `/${locale}/categories/${encodeURIComponent(slug)}`,
  product: (locale: AppLocale, slug: string) => `/${locale}/products/${encodeURIComponent(slug)}`,
  cart: (locale: AppLocale) => `/${locale}/cart`,
  checkout: (locale: AppLocale) => `/${locale}/checkout`,
  trackOrder: (locale: AppLocale, orderNumber?: string) =>
    `/${locale}/track-order${orderNumber ? `?orderNumber=${encodeURIComponent(orderNumber)}` : ''}`,
  terms: (locale: AppLocale) => `/${locale}/pages/terms`,
};
