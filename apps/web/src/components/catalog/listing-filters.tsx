import { getTranslations } from 'next-intl/server';
import type { AppLocale } from '@/i18n/routing';
import { eurosInput, type ListingParams, listingSorts } from '@/lib/listing-params';

export interface CategoryOption {
  slug: string;
  name: string;
  /** Shown after the name where it helps (a category's own sub-categories). */
  count?: number;
}

interface Props {
  locale: AppLocale;
  /** The listing's own path: the form sends its fields there as the query string. */
  action: string;
  params: ListingParams;
  /** The first option of the category menu ("All of Electronics", "All categories"). */
  allLabel: string;
  categories: CategoryOption[];
  /** What the customer typed into the price fields when it could not be read, to show it back. */
  unreadable: { min: string | null; max: string | null };
  /** The search page shows its words in the form; a category page has none. */
  search?: boolean;
}

const field =
  'min-h-11 w-full rounded-lg border border-line-strong bg-surface px-3 text-base text-ink aria-[invalid=true]:border-sale';
const label = 'mb-1 block text-sm font-medium';

/**
 * Filters and sort as a plain GET form: with or without JavaScript, "Show products" loads the listing
 * with everything in the URL (shareable, reloadable), and the browser's back button undoes a change.
 */
export async function ListingFilters({
  locale,
  action,
  params,
  allLabel,
  categories,
  unreadable,
  search,
}: Props) {
  const t = await getTranslations({ locale, namespace: 'listing' });
  const ts = await getTranslations({ locale, namespace: 'search' });
  const priceError = (name: 'min' | 'max') => {
    const value = unreadable[name];
    return value === null ? null : (
      <p id={`listing-${name}-error`} className="mt-1 text-sm text-sale">
        {t('priceIgnored', { value })}
      </p>
    );
  };
  const priceInput = (name: 'min' | 'max', cents: number | null) => (
    <div className="min-w-0">
      <label htmlFor={`listing-${name}`} className={label}>
        {t(name === 'min' ? 'minPrice' : 'maxPrice')}
      </label>
      <input
        id={`listing-${name}`}
        name={name}
        type="text"
        inputMode="decimal"
        autoComplete="off"
        maxLength={20}
        defaultValue={unreadable[name] ?? (cents === null ? '' : eurosInput(cents, locale))}
        aria-invalid={unreadable[name] !== null}
        aria-describedby={`${unreadable[name] !== null ? `listing-${name}-error ` : ''}listing-price-hint`}
        className={`${field} tabular`}
      />
      {priceError(name)}
    </div>
  );

  return (
    <section
      aria-labelledby="listing-filters-heading"
      className="rounded-card bg-surface p-4 ring-1 ring-line"
    >
      <h2 id="listing-filters-heading" className="sr-only text-base font-semibold sm:not-sr-only">
        {t('filters')}
      </h2>
      <form
        method="get"
        action={action}
        className="grid grid-cols-2 items-start gap-x-3 gap-y-4 sm:mt-3 md:grid-cols-4 lg:grid-cols-[repeat(4,minmax(0,1fr))_auto]"
      >
        {search ? (
          <div className="col-span-2 md:col-span-4 lg:col-span-5">
            <label htmlFor="listing-q" className={label}>
              {ts('queryLabel')}
            </label>
            <input
              id="listing-q"
              name="q"
              type="search"
              maxLength={200}
              defaultValue={params.q}
              autoComplete="off"
              className={field}
            />
          </div>
        ) : null}
        {categories.length > 0 ? (
          <div className="min-w-0">
            <label htmlFor="listing-category" className={label}>
              {t('subcategory')}
            </label>
            <select
              id="listing-category"
              name="category"
              defaultValue={params.category ?? ''}
              className={field}
            >
              <option value="">{allLabel}</option>
              {categories.map((category) => (
                <option key={category.slug} value={category.slug}>
                  {category.count === undefined
                    ? category.name
                    : t('optionCount', { name: category.name, count: category.count })}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        <div className={categories.length > 0 ? 'min-w-0' : 'col-span-2 md:col-span-1'}>
          <label htmlFor="listing-sort" className={label}>
            {t('sort')}
          </label>
          <select id="listing-sort" name="sort" defaultValue={params.sort} className={field}>
            {listingSorts.map((sort) => (
              <option key={sort} value={sort}>
                {sort === 'relevance' && search ? t('sorts.relevanceSearch') : t(`sorts.${sort}`)}
              </option>
            ))}
          </select>
        </div>
        <fieldset className="col-span-2 min-w-0" aria-describedby="listing-price-hint">
          <legend className="sr-only">{t('price')}</legend>
          <div className="grid grid-cols-2 gap-3">
            {priceInput('min', params.minPriceCents)}
            {priceInput('max', params.maxPriceCents)}
          </div>
          <p id="listing-price-hint" className="mt-1 text-xs text-muted">
            {t('priceHint')}
          </p>
        </fieldset>
        <div className="col-span-2 flex flex-wrap items-center justify-between gap-3 md:col-span-4 lg:col-span-1 lg:flex-col lg:items-stretch lg:justify-start">
          <label className="flex min-h-11 cursor-pointer items-center gap-2 text-sm font-medium lg:mt-5">
            <input
              type="checkbox"
              name="stock"
              value="1"
              defaultChecked={params.inStock}
              className="size-5 accent-lake"
            />
            {t('inStock')}
          </label>
          <button
            type="submit"
            className="inline-flex min-h-11 items-center justify-center rounded-lg bg-lake px-5 font-medium text-white hover:bg-lake-deep"
          >
            {t('apply')}
          </button>
        </div>
      </form>
    </section>
  );
}
