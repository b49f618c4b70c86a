import 'server-only';
import type { Metadata } from 'next';
import { hasLocale } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import { type AppLocale, routing } from '@/i18n/routing';
import { formatTags } from '@/lib/format';

type IntlMessages = typeof import('../../messages/fi.json');

/**
 * Title of an account page, kept out of search engines: these pages are personal or forms, and a
 * search result pointing at a reset link or an order would help nobody.
 */
export async function accountMetadata(
  params: Promise<{ locale: string }>,
  page: keyof IntlMessages['account']['titles'],
): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale: locale as AppLocale, namespace: 'account' });
  return { title: t(`titles.${page}`), robots: { index: false, follow: false } };
}

const dateFormats = new Map<AppLocale, Intl.DateTimeFormat>();

/**
 * An order's moment in the page's language, on the shop's clock (Finland): fi "7.12.2026 klo 9.05",
 * en "7 Dec 2026, 09:05". The server renders it, so every visitor sees the same time.
 */
export function formatOrderDate(iso: string, locale: AppLocale): string {
  let format = dateFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(formatTags[locale], {
      dateStyle: 'medium',
      timeStyle: 'short',
      timeZone: 'Europe/Helsinki',
    });
    dateFormats.set(locale, format);
  }
  return format.format(new Date(iso));
}
