import type { CategoryNode } from '@puoti/core/catalog';
import { getTranslations } from 'next-intl/server';
import { AccountLink } from '@/components/account/account-link';
import { PuotiMark } from '@/components/icons';
import type { AppLocale } from '@/i18n/routing';
import { routes } from '@/lib/routes';
import { CartBadge } from './cart-badge';
import { LanguageLinks, type LanguageOption } from './language-links';
import { SearchForm } from './search-form';

interface Props {
  locale: AppLocale;
  categories: CategoryNode[];
  languages: LanguageOption[];
}

export async function SiteHeader({ locale, categories, languages }: Props) {
  const t = await getTranslations({ locale });
  const currentName = languages.find((language) => language.locale === locale)?.name ?? locale;
  return (
    <>
      <header className="sticky top-0 z-30 border-b border-line bg-paper/95 backdrop-blur supports-[backdrop-filter]:bg-paper/85">
        <div className="container-shop flex flex-wrap items-center gap-x-3 gap-y-2 py-2.5 sm:flex-nowrap sm:gap-x-6 sm:py-3">
          <a
            href={routes.home(locale)}
            aria-label={t('common.homeLink')}
            className="flex min-h-11 items-center gap-2 text-xl font-semibold tracking-tight text-ink"
          >
            <PuotiMark className="size-8" />
            <span>{t('common.storeName')}</span>
          </a>
          <SearchForm locale={locale} className="order-last w-full sm:order-none sm:max-w-xl sm:flex-1" />
          <div className="ml-auto flex items-center gap-1">
            <LanguageLinks
              variant="menu"
              current={locale}
              languages={languages}
              label={t('language.label')}
              currentLabel={t('language.current', { language: currentName })}
            />
            <AccountLink locale={locale} label={t('accountMenu.label')} />
            <CartBadge locale={locale} label={t('cartBadge.label')} countLabel={t.raw('cartBadge.count')} />
          </div>
        </div>
      </header>
      {categories.length > 0 ? (
        <nav aria-label={t('header.categoryNav')} className="border-b border-line bg-surface">
          <ul className="container-shop scrollbar-none flex gap-1 overflow-x-auto py-1.5">
            {categories.map((category) => (
              <li key={category.id} className="shrink-0">
                <a
                  href={routes.category(locale, category.slug)}
                  className="inline-flex min-h-10 items-center whitespace-nowrap rounded-full px-3 text-sm font-medium text-ink hover:bg-lake-soft hover:text-lake-deep"
                >
                  {category.name}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
    </>
  );
}
