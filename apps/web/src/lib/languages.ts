import 'server-only';
import { getTranslations } from 'next-intl/server';
import type { LanguageOption } from '@/components/layout/language-links';
import { type AppLocale, languageTags, routing } from '@/i18n/routing';

/** Every storefront language with its own name, for the header menu and the footer links. */
export async function languageOptions(locale: AppLocale): Promise<LanguageOption[]> {
  const t = await getTranslations({ locale, namespace: 'language.names' });
  return routing.locales.map((other) => ({ locale: other, name: t(other), tag: languageTags[other] }));
}
