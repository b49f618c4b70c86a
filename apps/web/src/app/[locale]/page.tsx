import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { CategoryGrid } from '@/components/catalog/category-grid';
import { ArrowRightIcon } from '@/components/icons';
import { ProductGrid } from '@/components/product/product-grid';
import { routing } from '@/i18n/routing';
import { getCategoryTree, getProducts } from '@/lib/catalog';
import { localeAlternates } from '@/lib/metadata';
import { routes } from '@/lib/routes';

export const dynamic = 'force-dynamic';

interface Props {
  params: Promise<{ locale: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: 'home' });
  return {
    title: { absolute: t('title') },
    description: t('description'),
    // The bare `/` is the x-default: it picks a language from the browser's settings.
    alternates: localeAlternates(locale, routes.home, '/'),
    openGraph: { title: t('title'), description: t('description'), url: routes.home(locale) },
  };
}

function SectionHeading({ id, title, lead }: { id: string; title: string; lead?: string }) {
  return (
    <div className="mb-5 max-w-2xl sm:mb-6">
      <h2 id={id} className="text-xl font-semibold tracking-tight sm:text-2xl">
        {title}
      </h2>
      {lead ? <p className="mt-1 text-sm text-muted sm:text-base">{lead}</p> : null}
    </div>
  );
}

export default async function HomePage({ params }: Props) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);

  const [t, featured, deals, categories] = await Promise.all([
    getTranslations({ locale, namespace: 'home' }),
    getProducts(locale, { featured: true, pageSize: 8 }),
    getProducts(locale, { onSale: true, pageSize: 8 }),
    getCategoryTree(locale),
  ]);

  return (
    <>
      <section aria-labelledby="hero-heading" className="container-shop pt-5 sm:pt-8">
        <div className="relative overflow-hidden rounded-2xl bg-lake-soft px-5 py-8 sm:px-10 sm:py-12 lg:px-14 lg:py-14">
          <div className="relative z-10 max-w-xl">
            <h1
              id="hero-heading"
              className="text-3xl font-semibold tracking-tight text-ink sm:text-4xl lg:text-5xl"
            >
              {t('tagline')}
            </h1>
            <p className="mt-3 text-base text-muted sm:mt-4 sm:text-lg">{t('intro')}</p>
            {categories.length > 0 ? (
              <a
                href="#categories-heading"
                className="mt-6 inline-flex min-h-11 items-center gap-2 rounded-lg bg-lake px-5 font-medium text-white hover:bg-lake-deep"
              >
                {t('browseCategories')}
                <ArrowRightIcon className="size-4" />
              </a>
            ) : null}
          </div>
          <HeroArt />
        </div>
      </section>

      {featured.items.length > 0 ? (
        <section aria-labelledby="featured-heading" className="container-shop mt-12 sm:mt-16">
          <SectionHeading id="featured-heading" title={t('featuredHeading')} lead={t('featuredLead')} />
          <ProductGrid products={featured.items} locale={locale} eagerCount={2} />
        </section>
      ) : null}

      {deals.items.length > 0 ? (
        <section aria-labelledby="deals-heading" className="container-shop mt-12 sm:mt-16">
          <SectionHeading id="deals-heading" title={t('dealsHeading')} lead={t('dealsLead')} />
          <ProductGrid products={deals.items} locale={locale} />
        </section>
      ) : null}

      {categories.length > 0 ? (
        <section aria-labelledby="categories-heading" className="container-shop mt-12 scroll-mt-24 sm:mt-16">
          <SectionHeading id="categories-heading" title={t('categoriesHeading')} />
          <CategoryGrid categories={categories} locale={locale} />
        </section>
      ) : null}
    </>
  );
}

/** Quiet decoration on wide screens: a low sun setting into lake water, fading out behind the text. */
function HeroArt() {
  return (
    <svg
      aria-hidden="true"
      focusable="false"
      viewBox="0 0 1200 320"
      preserveAspectRatio="xMaxYMax slice"
      className="pointer-events-none absolute inset-0 hidden size-full text-lake md:block"
    >
      <defs>
        <linearGradient id="hero-water" gradientUnits="userSpaceOnUse" x1="0" x2="1200" y1="0" y2="0">
          <stop offset="0.35" stopColor="currentColor" stopOpacity="0" />
          <stop offset="0.75" stopColor="currentColor" stopOpacity="0.14" />
        </linearGradient>
        <linearGradient id="hero-ripple" gradientUnits="userSpaceOnUse" x1="0" x2="1200" y1="0" y2="0">
          <stop offset="0.5" stopColor="currentColor" stopOpacity="0" />
          <stop offset="0.8" stopColor="currentColor" stopOpacity="0.4" />
        </linearGradient>
      </defs>
      <circle cx="960" cy="215" r="78" fill="#fafaf7" opacity="0.85" />
      <rect x="0" y="215" width="1200" height="105" fill="url(#hero-water)" />
      <g stroke="url(#hero-ripple)" strokeLinecap="round" strokeWidth="5">
        <path d="M640 240H1150" />
        <path d="M820 262H1100" />
        <path d="M900 284H1020" />
      </g>
    </svg>
  );
}
