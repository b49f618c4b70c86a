import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { PuotiMark } from '@/components/icons';
import { ShopShell } from '@/components/layout/shop-shell';
import { NotFoundContent } from '@/components/not-found/not-found-content';
import { type AppLocale, languageTags, routing } from '@/i18n/routing';
import { metadataBase } from '@/lib/metadata';
import { routes } from '@/lib/routes';
import en from '../../messages/en.json';
import fi from '../../messages/fi.json';
import sv from '../../messages/sv.json';
import zh from '../../messages/zh.json';
import './globals.css';

/**
 * The 404 for URLs that match no route. Rendered on the server per request (a `notFound()` thrown
 * inside a dynamic page only gets an empty HTML shell from Next 16, so unknown paths land here instead).
 * Under a language prefix (`/sv/...`), the i18n proxy has named the locale and the page is the shop's
 * own, in that language. Elsewhere (`/nope.html`) there is no language to go by: it speaks all four.
 */
export const dynamic = 'force-dynamic';

const messages = { fi, sv, en, zh };

async function proxiedLocale(): Promise<AppLocale | null> {
  // Set by next-intl's middleware (src/proxy.ts) on every path it handles.
  const locale = (await headers()).get('x-next-intl-locale');
  return hasLocale(routing.locales, locale) ? locale : null;
}

export async function generateMetadata(): Promise<Metadata> {
  const locale = (await proxiedLocale()) ?? routing.defaultLocale;
  const text = messages[locale];
  return {
    metadataBase: metadataBase(),
    title: text.common.titleTemplate.replace('%s', text.notFound.metaTitle),
    description: text.common.storeDescription,
  };
}

export default async function GlobalNotFound() {
  const locale = await proxiedLocale();
  if (!locale) return <MultilingualNotFound />;
  setRequestLocale(locale);
  return (
    <ShopShell locale={locale}>
      <NotFoundContent locale={locale} />
    </ShopShell>
  );
}

async function MultilingualNotFound() {
  const t = await getTranslations({ locale: routing.defaultLocale, namespace: 'common' });
  return (
    <html lang={languageTags[routing.defaultLocale]}>
      <body className="flex min-h-dvh flex-col bg-paper text-ink antialiased">
        <header className="border-b border-line">
          <div className="container-shop flex min-h-16 items-center">
            <a
              href="/"
              aria-label={t('homeLink')}
              className="flex min-h-11 items-center gap-2 text-xl font-semibold tracking-tight"
            >
              <PuotiMark className="size-8" />
              <span>{t('storeName')}</span>
            </a>
          </div>
        </header>
        <main id="main" className="container-shop flex-1 py-12 sm:py-16">
          <p className="tabular text-center text-sm font-semibold tracking-widest text-lake">404</p>
          <ul className="mx-auto mt-6 grid max-w-4xl gap-4 sm:grid-cols-2">
            {routing.locales.map((locale) => {
              const text = messages[locale];
              const Heading = locale === routing.defaultLocale ? 'h1' : 'h2';
              return (
                <li
                  key={locale}
                  lang={languageTags[locale]}
                  className="rounded-card bg-surface p-5 shadow-card ring-1 ring-line"
                >
                  <Heading className="text-lg font-semibold">{text.notFound.heading}</Heading>
                  <p className="mt-2 text-sm text-muted">{text.notFound.body}</p>
                  <a
                    href={routes.home(locale)}
                    hrefLang={languageTags[locale]}
                    className="mt-3 inline-flex min-h-11 items-center font-medium text-lake underline underline-offset-4 hover:text-lake-deep"
                  >
                    {text.notFound.home}
                  </a>
                </li>
              );
            })}
          </ul>
        </main>
      </body>
    </html>
  );
}
