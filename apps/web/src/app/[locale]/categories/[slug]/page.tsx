import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ActiveFilters } from '@/components/catalog/active-filters';
import { Breadcrumbs } from '@/components/catalog/breadcrumbs';
import { CategoryGrid } from '@/components/catalog/category-grid';
import { ListingFilters } from '@/components/catalog/listing-filters';
import { ListingResults } from '@/components/catalog/listing-results';
import { type AppLocale, routing } from '@/i18n/routing';
import { getCategoryTree, getProducts } from '@/lib/catalog';
import { findCategory } from '@/lib/category-tree';
import {
  defaultListingParams,
  isRefined,
  type ListingParams,
  listingPageSize,
  listingQuery,
  parseListingParams,
  type RawSearchParams,
  unreadablePrice,
} from '@/lib/listing-params';
import { localeAlternates, metadataBase } from '@/lib/metadata';
import { routes } from '@/lib/routes';

export const dynamic = 'force-dynamic';

interface Props {
  params: Promise<{ locale: string; slug: string }>;
  searchParams: Promise<RawSearchParams>;
}

/**
 * The category and what the URL asks of it. The slug may be another language's (a shared link); the
 * page then answers in its own language with its own slug in the canonical URL. A sub-category filter
 * that is not below this category is dropped rather than refused.
 */
async function load({ params, searchParams }: Props) {
  const { locale, slug } = await params;
  if (!hasLocale(routing.locales, locale)) return null;
  const tree = await getCategoryTree(locale);
  const match = findCategory(tree, decodeURIComponent(slug));
  if (!match) return null;
  const raw = await searchParams;
  const parsed = parseListingParams(raw);
  const sub = parsed.category ? findCategory(match.category.children, parsed.category)?.category : undefined;
  const listing: ListingParams = { ...parsed, q: '', category: sub?.slug ?? null };
  return { locale, tree, ...match, sub: sub ?? null, listing, raw };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const loaded = await load(props);
  if (!loaded) return {};
  const { locale, category, listing } = loaded;
  const t = await getTranslations({ locale, namespace: 'listing' });
  const tc = await getTranslations({ locale, namespace: 'category' });
  // Filtered and re-sorted variants are for people, not search engines: they point at the plain list.
  const refined = isRefined(listing);
  const query = refined ? '' : listingQuery({ ...defaultListingParams, page: listing.page });
  const pathFor = (other: AppLocale) =>
    `${routes.category(other, category.slugs[other] ?? category.slug)}${query}`;
  const title =
    listing.page > 1 ? t('pageTitle', { title: category.name, page: listing.page }) : category.name;
  const description = category.description || tc('descriptionFallback', { name: category.name });
  return {
    title,
    description,
    alternates: localeAlternates(locale, pathFor),
    robots: refined ? { index: false, follow: true } : undefined,
    openGraph: { title, description, url: pathFor(locale) },
  };
}

export default async function CategoryPage(props: Props) {
  const loaded = await load(props);
  // A missing category: status 404 with [locale]/not-found.tsx (see apps/web/README.md on Next 16).
  if (!loaded) notFound();
  const { locale, tree, category, trail, sub, listing, raw } = loaded;
  setRequestLocale(locale);
  const [t, tc, result] = await Promise.all([
    getTranslations({ locale, namespace: 'listing' }),
    getTranslations({ locale, namespace: 'category' }),
    getProducts(locale, {
      category: (sub ?? category).slug,
      minPriceCents: listing.minPriceCents ?? undefined,
      maxPriceCents: listing.maxPriceCents ?? undefined,
      inStock: listing.inStock || undefined,
      sort: listing.sort,
      page: listing.page,
      pageSize: listingPageSize,
    }),
  ]);
  const path = routes.category(locale, category.slug);
  // An empty category can only point elsewhere: every department that has something (its own included,
  // when this is an empty corner of a department).
  const others = tree.filter((node) => node.productCount > 0);

  return (
    <>
      <Breadcrumbs
        label={t('breadcrumbs')}
        links={[
          { name: t('home'), href: routes.home(locale) },
          ...trail
            .slice(0, -1)
            .map((node) => ({ name: node.name, href: routes.category(locale, node.slug) })),
        ]}
        current={category.name}
      />
      <div className="container-shop mt-3 pb-4">
        <header className="max-w-3xl">
          <h1 className="text-2xl font-semibold tracking-tight break-words hyphens-auto sm:text-3xl">
            {category.name}
          </h1>
          {category.description ? <p className="mt-2 text-muted">{category.description}</p> : null}
        </header>

        {category.productCount === 0 ? (
          <section aria-labelledby="empty-heading" className="mt-8">
            <h2 id="empty-heading" className="text-xl font-semibold tracking-tight">
              {tc('emptyHeading')}
            </h2>
            <p className="mt-1 max-w-2xl text-muted">{tc('emptyLead')}</p>
            {others.length > 0 ? (
              <>
                <h3 className="mt-8 mb-4 text-lg font-semibold">{tc('otherCategories')}</h3>
                <CategoryGrid categories={others} locale={locale} />
              </>
            ) : null}
          </section>
        ) : (
          <>
            <div className="mt-6">
              <ListingFilters
                locale={locale}
                action={path}
                params={listing}
                allLabel={t('allIn', { name: category.name })}
                categories={category.children
                  .filter((child) => child.productCount > 0)
                  .map((child) => ({ slug: child.slug, name: child.name, count: child.productCount }))}
                unreadable={{ min: unreadablePrice(raw, 'min'), max: unreadablePrice(raw, 'max') }}
              />
            </div>
            <ActiveFilters locale={locale} path={path} params={listing} categoryName={sub?.name ?? null} />
            <ListingResults
              locale={locale}
              path={path}
              params={listing}
              result={result}
              empty={
                <section
                  aria-labelledby="no-matches-heading"
                  className="mt-6 rounded-card bg-surface p-6 ring-1 ring-line"
                >
                  <h2 id="no-matches-heading" className="text-lg font-semibold">
                    {t('noMatchesHeading')}
                  </h2>
                  <p className="mt-1 text-muted">{t('noMatchesLead')}</p>
                  <a
                    href={`${path}${listingQuery({ ...defaultListingParams, sort: listing.sort })}`}
                    className="mt-4 inline-flex min-h-11 items-center rounded-lg bg-lake px-5 font-medium text-white hover:bg-lake-deep"
                  >
                    {t('clearAll')}
                  </a>
                </section>
              }
            />
          </>
        )}
      </div>
      <script
        type="application/ld+json"
        // JSON-LD for search engines; `<` is escaped so no text in it can close the script element.
        // biome-ignore lint/security/noDangerouslySetInnerHtml: serialised data, escaped above
        dangerouslySetInnerHTML={{
          __html: JSON.stringify(breadcrumbJsonLd(locale, trail)).replace(/</g, '\\u003c'),
        }}
      />
    </>
  );
}

function breadcrumbJsonLd(locale: AppLocale, trail: { slug: string; name: string }[]) {
  const base = metadataBase();
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: trail.map((node, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: node.name,
      item: new URL(routes.category(locale, node.slug), base).href,
    })),
  };
}
