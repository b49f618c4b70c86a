import type { Page } from '@puoti/core';
import type { ProductSummary } from '@puoti/core/catalog';
import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { ProductGrid } from '@/components/product/product-grid';
import type { AppLocale } from '@/i18n/routing';
import { type ListingParams, listingQuery, pageCount } from '@/lib/listing-params';
import { Pagination } from './pagination';

interface Props {
  locale: AppLocale;
  path: string;
  params: ListingParams;
  result: Page<ProductSummary>;
  /** What to show when nothing matches at all (each page says it its own way). */
  empty: ReactNode;
}

/** The count, one page of product cards and the links to the other pages. */
export async function ListingResults({ locale, path, params, result, empty }: Props) {
  const t = await getTranslations({ locale, namespace: 'listing' });
  if (result.total === 0) return empty;
  const pages = pageCount(result.total, result.pageSize);
  return (
    <section aria-labelledby="listing-count" className="mt-6">
      <h2 id="listing-count" className="tabular text-sm font-normal text-muted">
        {t('resultCount', { count: result.total })}
        {pages > 1 && params.page <= pages ? (
          <span>
            {' · '}
            {t('pageOf', { page: params.page, pages })}
          </span>
        ) : null}
      </h2>
      {result.items.length > 0 ? (
        <div className="mt-3">
          {/* The first row is in view on arrival: its images load at once (the page's largest paint). */}
          <ProductGrid products={result.items} locale={locale} eagerCount={2} />
        </div>
      ) : (
        // A page past the end (an old link, or the list shrank since): say so and offer the first page.
        <div className="mt-3 rounded-card bg-surface p-6 ring-1 ring-line">
          <p className="font-semibold">{t('outOfRangeHeading')}</p>
          <p className="mt-1 text-muted">{t('outOfRangeLead')}</p>
          <a
            href={`${path}${listingQuery({ ...params, page: 1 })}`}
            className="mt-4 inline-flex min-h-11 items-center rounded-lg bg-lake px-5 font-medium text-white hover:bg-lake-deep"
          >
            {t('firstPage')}
          </a>
        </div>
      )}
      <Pagination
        locale={locale}
        path={path}
        params={params}
        total={result.total}
        pageSize={result.pageSize}
      />
    </section>
  );
}
