import type { MetadataRoute } from 'next';
import { type AppLocale, languageTags, routing } from '../i18n/routing';
import { type ContentPage, contentPages } from './content';
import { routes } from './routes';

/** Catalogue pages with their slug per locale (missing translations fall back to the default's). */
export interface SitemapSource {
  products: { slugs: Record<string, string>; updatedAt: Date }[];
  categories: { slugs: Record<string, string>; updatedAt: Date }[];
  /** Each content page's `updated:` date per language, where its text gives one. */
  contentUpdated?: Partial<Record<ContentPage, Partial<Record<AppLocale, Date>>>>;
}

type Entry = MetadataRoute.Sitemap[number];

/**
 * One `<url>` per page and language, each naming all its language versions (hreflang alternates), as
 * search engines ask for translated sites. `pathFor` gives the page's path in a locale.
 */
function entries(
  base: URL,
  pathFor: (locale: AppLocale) => string | null,
  lastModified: (locale: AppLocale) => Date | undefined,
  xDefault: string | null,
): Entry[] {
  const languages: Record<string, string> = {};
  for (const locale of routing.locales) {
    const path = pathFor(locale);
    if (path) languages[languageTags[locale]] = new URL(path, base).href;
  }
  const fallback = pathFor(routing.defaultLocale);
  const defaultHref = xDefault ?? fallback;
  if (defaultHref) languages['x-default'] = new URL(defaultHref, base).href;
  return routing.locales.flatMap((locale) => {
    const path = pathFor(locale);
    if (!path) return [];
    const entry: Entry = { url: new URL(path, base).href, alternates: { languages } };
    const modified = lastModified(locale);
    if (modified) entry.lastModified = modified;
    return [entry];
  });
}

/** A page's slug in a locale, else in the store's default locale (the pages accept either). */
function slugIn(slugs: Record<string, string>, locale: AppLocale): string | null {
  return slugs[locale] ?? slugs[routing.defaultLocale] ?? Object.values(slugs)[0] ?? null;
}

/** The whole sitemap: home, content pages, categories and products, in every language. */
export function buildSitemap(base: URL, source: SitemapSource): MetadataRoute.Sitemap {
  const slugPath = (route: (locale: AppLocale, slug: string) => string, slugs: Record<string, string>) => {
    return (locale: AppLocale) => {
      const slug = slugIn(slugs, locale);
      return slug ? route(locale, slug) : null;
    };
  };
  const never = () => undefined;
  return [
    // The bare `/` picks a language from the browser: the home page's x-default.
    ...entries(base, routes.home, never, '/'),
    ...contentPages.flatMap((page) =>
      entries(
        base,
        (locale) => routes.page(locale, page),
        (locale) => source.contentUpdated?.[page]?.[locale],
        null,
      ),
    ),
    ...source.categories.flatMap((category) =>
      entries(base, slugPath(routes.category, category.slugs), () => category.updatedAt, null),
    ),
    ...source.products.flatMap((product) =>
      entries(base, slugPath(routes.product, product.slugs), () => product.updatedAt, null),
    ),
  ];
}
