import { getTranslations } from 'next-intl/server';
import { StarIcon } from '@/components/icons';
import type { AppLocale } from '@/i18n/routing';
import { formatRating } from '@/lib/format';

const stars = [1, 2, 3, 4, 5];

function StarRow({ className }: { className: string }) {
  return (
    <span className={`flex ${className}`}>
      {stars.map((n) => (
        <StarIcon key={n} className="size-3.5 shrink-0" />
      ))}
    </span>
  );
}

/** Stars for sighted visitors, one sentence for screen readers ("Rated 4.6 out of 5, 23 reviews"). */
export async function Rating({
  average,
  count,
  locale,
}: {
  average: number | null;
  count: number;
  locale: AppLocale;
}) {
  const t = await getTranslations({ locale, namespace: 'product' });
  if (average === null || count === 0) {
    return <p className="text-xs text-muted">{t('noReviews')}</p>;
  }
  const percent = Math.max(0, Math.min(100, (average / 5) * 100));
  const rating = formatRating(average, locale);
  return (
    <p className="flex items-center gap-1.5 text-xs text-muted">
      <span className="relative inline-flex" aria-hidden="true">
        <StarRow className="text-star-empty" />
        <span className="absolute inset-y-0 left-0 overflow-hidden" style={{ width: `${percent}%` }}>
          <StarRow className="text-star" />
        </span>
      </span>
      <span aria-hidden="true" className="tabular">
        {rating} {t('ratingCount', { count: String(count) })}
      </span>
      <span className="sr-only">{t('rating', { rating, count })}</span>
    </p>
  );
}
