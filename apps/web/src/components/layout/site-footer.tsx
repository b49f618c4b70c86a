import type { CategoryNode } from '@puoti/core/catalog';
import { getTranslations } from 'next-intl/server';
import { PuotiMark } from '@/components/icons';
import type { AppLocale } from '@/i18n/routing';
import { contentPages } from '@/lib/content';
import { routes } from '@/lib/routes';
import { LanguageLinks, type LanguageOption } from './language-links';

interface Props {
  locale: AppLocale;
  categories: CategoryNode[];
  languages: LanguageOption[];
}

export async function SiteFooter({ locale, categories, languages }: Props) {
  const t = await getTranslations({ locale });
  return (
    <footer className="mt-16 border-t border-line bg-surface">
      <div className="container-shop grid gap-8 py-10 sm:grid-cols-2 lg:grid-cols-[2fr_1fr_1fr_1fr]">
        <div className="max-w-md">
          <p className="flex items-center gap-2 text-lg font-semibold">
            <PuotiMark className="size-7" />
            {t('common.storeName')}
          </p>
          <p className="mt-3 text-sm text-muted">{t('footer.about')}</p>
          <a
            href={routes.trackOrder(locale)}
            className="mt-3 inline-flex min-h-11 items-center text-sm font-medium text-lake underline underline-offset-4 hover:text-lake-deep"
          >
            {t('footer.trackOrder')}
          </a>
        </div>
        {categories.length > 0 ? (
          <nav aria-labelledby="footer-categories">
            <h2 id="footer-categories" className="text-sm font-semibold">
              {t('header.categoryNav')}
            </h2>
            <ul className="mt-2 grid grid-cols-2 gap-x-4 sm:grid-cols-1">
              {categories.map((category) => (
                <li key={category.id}>
                  <a
                    href={routes.category(locale, category.slug)}
                    className="inline-block py-1 text-sm text-muted underline-offset-4 hover:text-ink hover:underline"
                  >
                    {category.name}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
        <nav aria-labelledby="footer-info">
          <h2 id="footer-info" className="text-sm font-semibold">
            {t('footer.infoHeading')}
          </h2>
          <ul className="mt-2">
            {contentPages.map((page) => (
              <li key={page}>
                <a
                  href={routes.page(locale, page)}
                  className="inline-block py-1 text-sm text-muted underline-offset-4 hover:text-ink hover:underline"
                >
                  {t(`content.links.${page}`)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <nav aria-labelledby="footer-language">
          <h2 id="footer-language" className="text-sm font-semibold">
            {t('language.footerHeading')}
          </h2>
          <div className="mt-2">
            <LanguageLinks
              variant="list"
              current={locale}
              languages={languages}
              label={t('language.label')}
              currentLabel={t('language.label')}
            />
          </div>
        </nav>
      </div>
      <div className="border-t border-line">
        <p className="container-shop py-4 text-xs text-muted">
          {t('footer.copyright', { year: String(new Date().getFullYear()) })}
        </p>
      </div>
    </footer>
  );
}
