import { getTranslations } from 'next-intl/server';
import type { AppLocale } from '@/i18n/routing';
import { formatPrice } from '@/lib/format';
import { defaultListingParams, type ListingParams, listingQuery, withParams } from '@/lib/listing-params';

interface Props {
  locale: AppLocale;
  path: string;
  params: ListingParams;
  /** The chosen category's name in the page's language. */
  categoryName: string | null;
}

/** The filters in force, each a link to the same listing without it, and one link that drops them all. */
export async function ActiveFilters({ locale, path, params, categoryName }: Props) {
  const t = await getTranslations({ locale, namespace: 'listing' });
  const chips: { key: string; text: string; without: Partial<ListingParams> }[] = [];
  if (params.category && categoryName)
    chips.push({ key: 'category', text: categoryName, without: { category: null } });
  if (params.minPriceCents !== null) {
    chips.push({
      key: 'min',
      text: t('minPriceChip', { price: formatPrice(params.minPriceCents, locale) }),
      without: { minPriceCents: null },
    });
  }
  if (params.maxPriceCents !== null) {
    chips.push({
      key: 'max',
      text: t('maxPriceChip', { price: formatPrice(params.maxPriceCents, locale) }),
      without: { maxPriceCents: null },
    });
  }
  if (params.inStock) chips.push({ key: 'stock', text: t('inStockChip'), without: { inStock: false } });
  if (chips.length === 0) return null;

  // Clearing keeps what is not a filter: the search words and the chosen order.
  const cleared = { ...defaultListingParams, q: params.q, sort: params.sort };
  return (
    <section aria-labelledby="active-filters-heading" className="mt-4">
      <h2 id="active-filters-heading" className="sr-only">
        {t('activeFilters')}
      </h2>
      <ul className="flex flex-wrap items-center gap-2">
        {chips.map((chip) => (
          <li key={chip.key}>
            <a
              href={`${path}${listingQuery(withParams(params, chip.without))}`}
              aria-label={t('removeFilter', { filter: chip.text })}
              className="tabular inline-flex min-h-9 items-center gap-1.5 rounded-full bg-lake-soft py-1 pr-2.5 pl-3.5 text-sm font-medium text-lake-deep hover:bg-lake hover:text-white"
            >
              {chip.text}
              <svg
                aria-hidden="true"
                viewBox="0 0 16 16"
                className="size-3.5"
                fill="none"
                stroke="currentColor"
                strokeWidth="2"
                strokeLinecap="round"
              >
                <path d="M4 4l8 8M12 4l-8 8" />
              </svg>
            </a>
          </li>
        ))}
        {chips.length > 1 ? (
          <li>
            <a
              href={`${path}${listingQuery(cleared)}`}
              className="inline-flex min-h-9 items-center px-2 text-sm font-medium text-lake underline underline-offset-4 hover:text-lake-deep"
            >
              {t('clearAll')}
            </a>
          </li>
        ) : null}
      </ul>
    </section>
  );
}
