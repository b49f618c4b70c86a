import type { ProductDetail, ReviewView } from '@puoti/core/catalog';
import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { StarIcon } from '@/components/icons';
import type { AppLocale } from '@/i18n/routing';
import { formatTags } from '@/lib/format';
import { Rating } from './rating';

const levels = ['5', '4', '3', '2', '1'] as const;

/** The rating distribution as labelled bars, the review form (`children`), then the newest reviews. */
export async function ProductReviews({
  product,
  reviews,
  total,
  locale,
  children,
}: {
  product: Pick<ProductDetail, 'ratingAverage' | 'ratingCount' | 'ratingDistribution'>;
  reviews: ReviewView[];
  total: number;
  locale: AppLocale;
  children: ReactNode;
}) {
  const t = await getTranslations({ locale, namespace: 'productPage' });
  const dates = new Intl.DateTimeFormat(formatTags[locale], { dateStyle: 'medium' });
  const count = product.ratingCount;
  return (
    <section aria-labelledby="reviews-heading" className="container-shop mt-12 sm:mt-16">
      <h2 id="reviews-heading" className="text-xl font-semibold tracking-tight sm:text-2xl">
        {t('reviews.heading')}
      </h2>
      {count === 0 ? <p className="mt-3 text-muted">{t('reviews.none')}</p> : null}
      {children}
      {count === 0 ? null : (
        <div className="mt-5 grid gap-8 md:grid-cols-[18rem_1fr] lg:gap-12">
          <div>
            <Rating average={product.ratingAverage} count={count} locale={locale} />
            <table className="mt-4 w-full text-sm">
              <caption className="sr-only">{t('reviews.distribution')}</caption>
              <tbody>
                {levels.map((level) => {
                  const n = product.ratingDistribution[level];
                  const percent = count > 0 ? Math.round((n / count) * 100) : 0;
                  return (
                    <tr key={level}>
                      <th scope="row" className="w-16 py-1 pr-2 text-left font-normal whitespace-nowrap">
                        {t('reviews.stars', { count: Number(level) })}
                      </th>
                      <td className="py-1" aria-hidden="true">
                        <span className="block h-2 w-full overflow-hidden rounded-full bg-line">
                          <span
                            className="block h-full rounded-full bg-lake"
                            style={{ width: `${percent}%` }}
                          />
                        </span>
                      </td>
                      <td className="tabular w-12 py-1 pl-2 text-right text-muted">
                        <span className="sr-only">{t('reviews.share', { percent })}, </span>
                        {n}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          <div>
            <ul className="divide-y divide-line">
              {reviews.map((review) => (
                <li key={review.id} className="py-4 first:pt-0">
                  <article lang={review.locale === locale ? undefined : review.locale}>
                    <div className="flex flex-wrap items-center gap-x-2 text-sm">
                      <span className="flex text-star" aria-hidden="true">
                        {[1, 2, 3, 4, 5].map((n) => (
                          <StarIcon
                            key={n}
                            className={`size-4 ${n <= review.rating ? 'text-star' : 'text-star-empty'}`}
                          />
                        ))}
                      </span>
                      <span className="sr-only">{t('reviews.ratedAs', { rating: review.rating })}</span>
                      <h3 className="font-semibold text-ink">{review.title}</h3>
                    </div>
                    <p className="mt-1 text-sm text-muted">
                      {review.authorName} ·{' '}
                      <time dateTime={review.createdAt}>{dates.format(new Date(review.createdAt))}</time>
                      {review.verifiedPurchase ? <> · {t('reviews.verified')}</> : null}
                    </p>
                    <p className="mt-2 whitespace-pre-line">{review.body}</p>
                  </article>
                </li>
              ))}
            </ul>
            {total > reviews.length ? (
              <p className="mt-2 text-sm text-muted">
                {t('reviews.showing', { shown: reviews.length, total })}
              </p>
            ) : null}
          </div>
        </div>
      )}
    </section>
  );
}
