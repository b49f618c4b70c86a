import type { CategoryNode } from '@puoti/core/catalog';
import { getTranslations } from 'next-intl/server';
import { ArrowRightIcon } from '@/components/icons';
import type { AppLocale } from '@/i18n/routing';
import { routes } from '@/lib/routes';

export async function CategoryGrid({
  categories,
  locale,
}: {
  categories: CategoryNode[];
  locale: AppLocale;
}) {
  const t = await getTranslations({ locale, namespace: 'category' });
  return (
    <ul className="grid grid-cols-2 gap-3 sm:gap-4 lg:grid-cols-4 lg:gap-6">
      {categories.map((category) => (
        <li key={category.id}>
          <a
            href={routes.category(locale, category.slug)}
            className="group flex h-full flex-col gap-2 rounded-card bg-surface p-3.5 shadow-card ring-1 ring-line transition-shadow hover:shadow-card-hover sm:p-5"
          >
            <span className="flex items-start justify-between gap-3">
              <span className="text-sm font-semibold break-words hyphens-auto text-ink group-hover:text-lake-deep sm:text-base">
                {category.name}
              </span>
              <ArrowRightIcon className="mt-1 hidden size-4 shrink-0 text-lake transition-transform group-hover:translate-x-0.5 sm:block" />
            </span>
            {category.description ? (
              <span className="hidden text-sm text-muted sm:line-clamp-2">{category.description}</span>
            ) : null}
            <span className="tabular mt-auto text-sm font-medium text-lake">
              {t('productCount', { count: category.productCount })}
            </span>
          </a>
        </li>
      ))}
    </ul>
  );
}
