import { getTranslations } from 'next-intl/server';
import { SearchIcon } from '@/components/icons';
import type { AppLocale } from '@/i18n/routing';
import { routes } from '@/lib/routes';
import { SearchCombobox } from './search-combobox';

/** The most suggestions the API gives (core's `suggestSearch`): the live region has a text for each count. */
const maxSuggestions = 8;

interface Props {
  locale: AppLocale;
  /** Unique per page: the header has one form and the 404 page a second. */
  id?: string;
  className?: string;
}

/**
 * A plain GET form to the search page, which works before (and without) any JavaScript; the input
 * becomes a combobox with suggestions once the page's script has loaded.
 */
export async function SearchForm({ locale, id = 'site-search', className = '' }: Props) {
  const t = await getTranslations({ locale, namespace: 'search' });
  return (
    <search className={`block ${className}`}>
      <form action={routes.search(locale)} method="get" className="flex">
        <label htmlFor={id} className="sr-only">
          {t('label')}
        </label>
        <SearchCombobox
          id={id}
          locale={locale}
          labels={{
            placeholder: t('placeholder'),
            suggestions: t('suggestions'),
            category: t('categorySuggestion'),
            counts: Array.from({ length: maxSuggestions + 1 }, (_, count) => t('suggestionCount', { count })),
          }}
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
