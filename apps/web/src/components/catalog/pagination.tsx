import { getTranslations } from 'next-intl/server';
import type { AppLocale } from '@/i18n/routing';
import { type ListingParams, listingQuery, pageCount, pageWindow } from '@/lib/listing-params';

const link =
  'tabular inline-flex min-h-11 min-w-11 items-center justify-center rounded-lg px-3 text-sm font-medium ring-1 ring-line hover:bg-lake-soft hover:text-lake-deep';

/** Links to the listing's other pages, with everything else in the URL kept. */
export async function Pagination({
  locale,
  path,
  params,
  total,
  pageSize,
}: {
  locale: AppLocale;
  path: string;
  params: ListingParams;
  total: number;
  pageSize: number;
}) {
  const last = pageCount(total, pageSize);
  if (last <= 1 || params.page > last) return null;
  const t = await getTranslations({ locale, namespace: 'listing' });
  const href = (page: number) => `${path}${listingQuery({ ...params, page })}`;
  return (
    <nav aria-label={t('pagination')} className="mt-8 sm:mt-10">
      <ul className="flex flex-wrap items-center justify-center gap-1.5 sm:gap-2">
        {params.page > 1 ? (
          <li>
            <a href={href(params.page - 1)} rel="prev" className={link}>
              <span aria-hidden="true">←</span>
              <span className="sr-only sm:not-sr-only sm:ml-1.5">{t('previous')}</span>
            </a>
          </li>
        ) : null}
        {pageWindow(params.page, last).map((page, index) =>
          page === null ? (
            // Gaps sit between two known page numbers, so their position is a stable key.
            // biome-ignore lint/suspicious/noArrayIndexKey: see above
            <li key={`gap-${index}`} aria-hidden="true" className="px-1 text-muted">
              …
            </li>
          ) : (
            <li key={page}>
              <a
                href={href(page)}
                aria-label={t('pageLink', { page })}
                aria-current={page === params.page ? 'page' : undefined}
                className={`${link} aria-[current=page]:bg-lake aria-[current=page]:text-white aria-[current=page]:ring-lake aria-[current=page]:hover:bg-lake-deep`}
              >
                {page}
              </a>
            </li>
          ),
        )}
        {params.page < last ? (
          <li>
            <a href={href(params.page + 1)} rel="next" className={link}>
              <span className="sr-only sm:not-sr-only sm:mr-1.5">{t('next')}</span>
              <span aria-hidden="true">→</span>
            </a>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
