import { getTranslations } from 'next-intl/server';
import { SearchIcon } from '@/components/icons';
import type { AppLocale } from '@/i18n/routing';
import { routes } from '@/lib/routes';

/** A plain GET form: works before (and without) any JavaScript. Suggestions arrive with the search issue. */
interface Props {
  locale: AppLocale;
  /** Unique per page: the header has one form and the 404 page a second. */
  id?: string;
  className?: string;
}

export async function SearchForm({ locale, id = 'site-search', className = '' }: Props) {
  const t = await getTranslations({ locale, namespace: 'search' });
  return (
    <search className={`block ${className}`}>
      <form action={routes.search(locale)} method="get" className="flex">
        <label htmlFor={id} className="sr-only">
          {t('label')}
        </label>
        <input
          id={id}
          type="search"
          name="q"
          placeholder={t('placeholder')}
          maxLength={200}
          enterKeyHint="search"
          autoComplete="off"
          className="min-h-11 w-full min-w-0 rounded-l-lg border border-r-0 border-line-strong bg-surface px-3 text-base text-ink placeholder:text-muted focus-visible:relative focus-visible:z-10 focus-visible:rounded-lg"
        />
        <button
          type="submit"
          className="inline-flex min-h-11 shrink-0 items-center gap-2 rounded-r-lg bg-lake px-4 font-medium text-white hover:bg-lake-deep"
        >
          <SearchIcon className="size-5" />
          <span className="sr-only sm:not-sr-only">{t('submit')}</span>
        </button>
      </form>
    </search>
  );
}
