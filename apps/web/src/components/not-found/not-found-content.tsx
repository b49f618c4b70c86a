import { getTranslations } from 'next-intl/server';
import { SearchForm } from '@/components/layout/search-form';
import type { AppLocale } from '@/i18n/routing';
import { routes } from '@/lib/routes';

/** What a missing page says: what happened, and two ways on (search, home). */
export async function NotFoundContent({ locale }: { locale: AppLocale }) {
  const t = await getTranslations({ locale, namespace: 'notFound' });
  return (
    <section aria-labelledby="not-found-heading" className="container-shop py-14 sm:py-20">
      <div className="mx-auto max-w-xl text-center">
        <p className="tabular text-sm font-semibold tracking-widest text-lake">404</p>
        <h1 id="not-found-heading" className="mt-2 text-2xl font-semibold tracking-tight sm:text-3xl">
          {t('heading')}
        </h1>
        <p className="mt-3 text-muted">{t('body')}</p>
        <SearchForm locale={locale} id="not-found-search" className="mx-auto mt-8 max-w-md" />
        <a
          href={routes.home(locale)}
          className="mt-6 inline-flex min-h-11 items-center rounded-lg px-4 font-medium text-lake underline underline-offset-4 hover:text-lake-deep"
        >
          {t('home')}
        </a>
      </div>
    </section>
  );
}
