import type { AppLocale } from '@/i18n/routing';
import type { ContentPage } from './content';

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
  /** A content page (`content/pages/{page}.{locale}.md`): terms, privacy, shipping, ... */
  page: (locale: AppLocale, page: ContentPage) => `/${locale}/pages/${page}`,
  account: (locale: AppLocale) => `/${locale}/account`,
  accountLogin: (locale: AppLocale, next?: string) =>
    `/${locale}/account/login${next ? `?next=${encodeURIComponent(next)}` : ''}`,
  accountRegister: (locale: AppLocale) => `/${locale}/account/register`,
  accountForgotPassword: (locale: AppLocale) => `/${locale}/account/forgot-password`,
  accountAddresses: (locale: AppLocale) => `/${locale}/account/addresses`,
  accountOrders: (locale: AppLocale) => `/${locale}/account/orders`,
  accountOrder: (locale: AppLocale, orderNumber: string) =>
    `/${locale}/account/orders/${encodeURIComponent(orderNumber)}`,
  accountWishlist: (locale: AppLocale) => `/${locale}/account/wishlist`,
  accountPrivacy: (locale: AppLocale) => `/${locale}/account/privacy`,
};
