import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { type AppLocale, languageTags } from '@/i18n/routing';
import { getCategoryTree } from '@/lib/catalog';
import { languageOptions } from '@/lib/languages';
import { SiteFooter } from './site-footer';
import { SiteHeader } from './site-header';

/** The document around every storefront page: skip link, header, main landmark, footer. */
export async function ShopShell({ locale, children }: { locale: AppLocale; children: ReactNode }) {
  const [t, categories, languages] = await Promise.all([
    getTranslations({ locale, namespace: 'header' }),
    getCategoryTree(locale),
    languageOptions(locale),
  ]);
  return (
    <html lang={languageTags[locale]}>
      <body className="flex min-h-dvh flex-col bg-paper text-ink antialiased">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:fixed focus:top-3 focus:left-3 focus:z-50 focus:rounded-md focus:bg-lake focus:px-4 focus:py-2 focus:font-medium focus:text-white"
        >
          {t('skipToContent')}
        </a>
        <SiteHeader locale={locale} categories={categories} languages={languages} />
        <main id="main" tabIndex={-1} className="flex-1 focus:outline-none">
          {children}
        </main>
        <SiteFooter locale={locale} categories={categories} languages={languages} />
      </body>
    </html>
  );
}
