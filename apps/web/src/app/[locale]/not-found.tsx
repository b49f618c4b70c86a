import { getLocale } from 'next-intl/server';
import { NotFoundContent } from '@/components/not-found/not-found-content';
import { type AppLocale, routing } from '@/i18n/routing';

/**
 * For pages that call `notFound()` (say, a product slug that does not exist) inside the shop's layout.
 * URLs that match no route at all get `app/global-not-found.tsx` instead.
 */
export default async function LocaleNotFound() {
  const requested = await getLocale();
  const locale: AppLocale = (routing.locales as readonly string[]).includes(requested)
    ? (requested as AppLocale)
    : routing.defaultLocale;
  return <NotFoundContent locale={locale} />;
}
