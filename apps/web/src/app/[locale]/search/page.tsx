import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ActiveFilters } from '@/components/catalog/active-filters';
import { CategoryGrid } from '@/components/catalog/category-grid';
import { ListingFilters } from '@/components/catalog/listing-filters';
import { ListingResults } from '@/components/catalog/listing-results';
import { type AppLocale, routing } from '@/i18n/routing';
import { getCategoryTree, getProducts } from '@/lib/catalog';
import { findCategory } from '@/lib/category-tree';
import {
  defaultListingParams,
  hasFilters,
  type ListingParams,
  listingPageSize,
  listingQuery,
  parseListingParams,
  type RawSearchParams,
  unreadablePrice,
} from '@/lib/listing-params';
import { localeAlternates } from '@/lib/metadata';
import { routes } from '@/lib/routes';

export const dynamic = 'force-dynamic';

interface Props {
  params: Promise<{ locale: string }>;
  searchParams: Promise<RawSearchParams>;
}

/** What the URL asks for; a category filter is any visible category, by its slug in any language. */
async function load({ params, searchParams }: Props) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return null;
  const [tree, raw] = await Promise.all([getCategoryTree(locale), searchParams]);
  const parsed = parseListingParams(raw);
  const category = parsed.category ? (findCategory(tree, parsed.category)?.category ?? null) : null;
  const listing: ListingParams = { ...parsed, category: category?.slug ?? null };
  return { locale, tree, category, listing, raw };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const loaded = await load(props);
  if (!loaded) return {};
  const { locale, listing } = loaded;
  const t = await getTranslations({ locale, namespace: 'search' });
  const tl = await getTranslations({ locale, namespace: 'listing' });
  const heading = listing.q ? t('resultsTitle', { query: listing.q }) : t('title');
  // Result pages are endless and thin: never indexed, but their links (products) are followed. The
  // canonical URL keeps the words and the page; the other languages' links keep the filters too, as the
  // language menu takes them from here.
  const canonical = `${routes.search(locale)}${listingQuery({ ...defaultListingParams, q: listing.q, page: listing.page })}`;
  const everything = listingQuery(listing);
  return {
    title: listing.page > 1 ? tl('pageTitle', { title: heading, page: listing.page }) : heading,
    description: t('description'),
    alternates: {
      ...localeAlternates(locale, (other: AppLocale) => `${routes.search(other)}${everything}`),
      canonical,
    },
    robots: { index: false, follow: true },
  };
}

export default async function SearchPage(props: Props) {
  const loaded = await load(props);
  if (!loaded) notFound();
  const { locale, tree, category, listing, raw } = loaded;
  setRequestLocale(locale);
  const [t, tl, result] = await Promise.all([
    getTranslations({ locale, namespace: 'search' }),
    getTranslations({ locale, namespace: 'listing' }),
    listing.q
      ? getProducts(locale, {
          q: listing.q,
          category: listing.category ?? undefined,
          minPriceCents: listing.minPriceCents ?? undefined,
          maxPriceCents: listing.maxPriceCents ?? undefined,
          inStock: listing.inStock || undefined,
          sort: listing.sort,
          page: listing.page,
          pageSize: listingPageSize,
        })
      : null,
  ]);
  const path = routes.search(locale);
  const browse = tree.filter((node) => node.productCount > 0);
  const categoryHelp =
    browse.length > 0 ? (
      <section aria-labelledby="browse-heading" className="mt-10">
        <h2 id="browse-heading" className="mb-4 text-xl font-semibold tracking-tight">
          {t('browseHeading')}
        </h2>
        <CategoryGrid categories={browse} locale={locale} />
      </section>
    ) : null;

  if (!result) {
    return (
      <div className="container-shop pt-6 pb-4 sm:pt-8">
        <h1 className="text-2xl font-semibold tracking-tight sm:text-3xl">{t('emptyHeading')}</h1>
        <p className="mt-2 max-w-2xl text-muted">{t('emptyLead')}</p>
        {categoryHelp}
      </div>
    );
  }

  // With filters on, "nothing found" may be the filters' doing: offer to drop them before anything else.
  // Without, the filters could only narrow nothing further: the tips and categories take their place.
  const filtered = hasFilters(listing);
  return (
    <div className="container-shop pt-6 pb-4 sm:pt-8">
      <h1 className="text-2xl font-semibold tracking-tight break-words sm:text-3xl">
        {t('resultsTitle', { query: listing.q })}
      </h1>
      {result.total === 0 && !filtered ? null : (
        <div className="mt-6">
          <ListingFilters
            locale={locale}
            action={path}
            params={listing}
            allLabel={tl('allCategories')}
            categories={browse.map((node) => ({ slug: node.slug, name: node.name }))}
            unreadable={{ min: unreadablePrice(raw, 'min'), max: unreadablePrice(raw, 'max') }}
            search
          />
        </div>
      )}
      <ActiveFilters locale={locale} path={path} params={listing} categoryName={category?.name ?? null} />
      <ListingResults
        locale={locale}
        path={path}
        params={listing}
        result={result}
        empty={
          <>
            <section
              aria-labelledby="no-results-heading"
              className="mt-6 rounded-card bg-surface p-6 ring-1 ring-line"
            >
              <h2 id="no-results-heading" className="text-lg font-semibold break-words">
                {filtered ? tl('noMatchesHeading') : t('noResultsHeading', { query: listing.q })}
              </h2>
              <p className="mt-1 text-muted">{filtered ? tl('noMatchesLead') : t('noResultsLead')}</p>
              {filtered ? (
                <a
                  href={`${path}${listingQuery({ ...defaultListingParams, q: listing.q, sort: listing.sort })}`}
                  className="mt-4 inline-flex min-h-11 items-center rounded-lg bg-lake px-5 font-medium text-white hover:bg-lake-deep"
                >
                  {tl('clearAll')}
                </a>
              ) : (
                <ul className="mt-3 list-disc space-y-1 pl-5">
                  <li>{t('tipSpelling')}</li>
                  <li>{t('tipFewer')}</li>
                  {browse.length > 0 ? <li>{t('tipBrowse')}</li> : null}
                </ul>
              )}
            </section>
            {filtered ? null : categoryHelp}
          </>
        }
      />
    </div>
  );
}
