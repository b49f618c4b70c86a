import type { AppLocale } from '@/i18n/routing';

/**
 * Number and currency conventions per storefront language. Swedish is Finland-Swedish and English
 * is the Irish variant: both write dates and numbers the way a customer in the EU expects.
 */
export const formatTags: Record<AppLocale, string> = {
  fi: 'fi-FI',
  sv: 'sv-FI',
  en: 'en-IE',
  zh: 'zh-CN',
};

const priceFormats = new Map<AppLocale, Intl.NumberFormat>();
const ratingFormats = new Map<AppLocale, Intl.NumberFormat>();

/** Formats integer cents as a euro amount: fi "1 299,00 €", en "€1,299.00". */
export function formatPrice(cents: number, locale: AppLocale): string {
  if (!Number.isInteger(cents)) throw new RangeError(`Price must be whole cents, got ${cents}`);
  let format = priceFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(formatTags[locale], { style: 'currency', currency: 'EUR' });
    priceFormats.set(locale, format);
  }
  // Division by 100 is exact for display: every integer cent amount below 2^53 / 100 has a
  // float whose two-decimal rounding is the amount itself.
  return format.format(cents / 100);
}

/** A star rating with one decimal: fi "4,6", en "4.6". */
export function formatRating(rating: number, locale: AppLocale): string {
  let format = ratingFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(formatTags[locale], {
      minimumFractionDigits: 1,
      maximumFractionDigits: 1,
    });
    ratingFormats.set(locale, format);
  }
  return format.format(rating);
}
