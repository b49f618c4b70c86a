import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ProductGallery } from '@/components/product/product-gallery';
import { ProductReviews } from '@/components/product/product-reviews';
import {
  type PurchaseLabels,
  PurchasePanel,
  type PurchaseProduct,
} from '@/components/product/purchase-panel';
import { Rating } from '@/components/product/rating';
import type { ReviewFormLabels } from '@/components/product/review-form';
import { ReviewFormLauncher } from '@/components/product/review-form-launcher';
import { optionLabel } from '@/components/product/variant-options';
import { WishlistButton, type WishlistLabels } from '@/components/product/wishlist-button';
import { type AppLocale, routing } from '@/i18n/routing';
import { getProductDetail, getProductReviews } from '@/lib/catalog';
import { localeAlternates, metadataBase } from '@/lib/metadata';
import { routes } from '@/lib/routes';

export const dynamic = 'force-dynamic';

interface Props {
  params: Promise<{ locale: string; slug: string }>;
}

/** Variant stock at or below this shows "only N left" (variants have no threshold of their own in the API). */
const lowStockThreshold = 5;

async function load(params: Props['params']) {
  const { locale, slug } = await params;
  if (!hasLocale(routing.locales, locale)) return null;
  const product = await getProductDetail(locale, decodeURIComponent(slug));
  return product ? { locale, product } : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const loaded = await load(params);
  if (!loaded) return {};
  const { locale, product } = loaded;
  const pathFor = (other: AppLocale) => routes.product(other, product.slugs[other] ?? product.slug);
  const image = product.images[0]?.sources.reduce((a, b) => (b.width > a.width ? b : a));
  return {
    title: product.name,
    description: product.shortDescription,
    alternates: localeAlternates(locale, pathFor),
    openGraph: {
      title: product.name,
      description: product.shortDescription,
      url: pathFor(locale),
      images: image ? [{ url: image.url, width: image.width, height: image.height }] : undefined,
    },
  };
}

export default async function ProductPage({ params }: Props) {
  const loaded = await load(params);
  // A missing product: status 404 with [locale]/not-found.tsx. Next 16 draws that page only in the
  // browser here (an empty server shell, vercel/next.js#62228); see apps/web/README.md.
  if (!loaded) notFound();
  const { locale, product } = loaded;
  setRequestLocale(locale);
  const [t, tp, tw, tr, reviews] = await Promise.all([
    getTranslations({ locale, namespace: 'productPage' }),
    getTranslations({ locale, namespace: 'product' }),
    getTranslations({ locale, namespace: 'wishlist' }),
    getTranslations({ locale, namespace: 'reviewForm' }),
    product.ratingCount > 0 ? getProductReviews(product.id) : Promise.resolve({ items: [], total: 0 }),
  ]);

  const purchase: PurchaseProduct = {
    id: product.id,
    sku: product.sku,
    priceCents: product.priceCents,
    compareAtPriceCents: product.compareAtPriceCents,
    lowestPrice30dCents: product.lowestPrice30dCents,
    stock: product.stock,
    variants: product.variants.map(({ id, sku, options, priceCents, lowestPrice30dCents, stock }) => ({
      id,
      sku,
      options,
      priceCents,
      lowestPrice30dCents,
      stock,
    })),
  };

  const stockLabel = (stock: number) =>
    stock <= 0
      ? t('stock.out')
      : stock <= lowStockThreshold
        ? t('stock.low', { count: stock })
        : t('stock.in');
  const optionKeys = [...new Set(product.variants.flatMap((variant) => Object.keys(variant.options)))];
  const labels: PurchaseLabels = {
    salePrice: tp('salePrice'),
    regularPrice: tp('regularPrice'),
    lowestPrice30d: tp.raw('lowestPrice30d'),
    vatIncluded: t('vatIncluded'),
    options: optionKeys.map((key) => optionLabel(key, t)).join(' · '),
    availability: t('availability'),
    sku: t('sku'),
    quantity: t('quantity'),
    addToCart: t('addToCart'),
    adding: t('adding'),
    added: t('added'),
    viewCart: t('viewCart'),
    outOfStock: t('stock.out'),
    stock: Object.fromEntries([
      // The product's own low-stock threshold decides for a product without variants.
      [
        'product',
        product.stock <= 0
          ? t('stock.out')
          : product.lowStock
            ? t('stock.low', { count: product.stock })
            : t('stock.in'),
      ],
      ...product.variants.map((variant) => [variant.id, stockLabel(variant.stock)]),
    ]),
    errors: {
      soldOut: t('errors.soldOut'),
      someLeft: t.raw('errors.someLeft'),
      gone: t('errors.gone'),
      cartFull: t('errors.cartFull'),
      tooMany: t('errors.tooMany'),
      network: t('errors.network'),
      other: t('errors.other'),
    },
  };

  // Signing in comes back to this page in this language.
  const loginHref = routes.accountLogin(locale, routes.product(locale, product.slug));
  const wishlistLabels: WishlistLabels = {
    save: tw('save'),
    added: tw('added'),
    removed: tw('removed'),
    signInPrompt: tw('signInPrompt'),
    signIn: tw('signIn'),
    view: tw('view'),
    error: tw('error'),
  };
  const reviewLabels: ReviewFormLabels = {
    write: tr('write'),
    edit: tr('edit'),
    heading: tr('heading'),
    loading: tr('loading'),
    signInPrompt: tr('signInPrompt'),
    signIn: tr('signIn'),
    notBuyer: tr('notBuyer'),
    rating: tr('rating'),
    stars: [1, 2, 3, 4, 5].map((count) => t('reviews.stars', { count })) as ReviewFormLabels['stars'],
    title: tr('title'),
    body: tr('body'),
    bodyHint: tr('bodyHint'),
    submit: tr('submit'),
    save: tr('save'),
    sending: tr('sending'),
    cancel: tr('cancel'),
    delete: tr('delete'),
    confirmDelete: tr('confirmDelete'),
    confirmDeleteYes: tr('confirmDeleteYes'),
    deleted: tr('deleted'),
    thanks: tr('thanks'),
    saved: tr('saved'),
    reviewedOn: tr.raw('reviewedOn'),
    alreadyReviewed: tr('alreadyReviewed'),
    status: {
      published: tr('status.published'),
      pending: tr('status.pending'),
      hidden: tr('status.hidden'),
    },
    errors: {
      ratingRequired: tr('errors.ratingRequired'),
      titleRequired: tr('errors.titleRequired'),
      bodyRequired: tr('errors.bodyRequired'),
      nameMissing: tr('errors.nameMissing'),
      profile: tr('errors.profile'),
      network: tr('errors.network'),
      other: tr('errors.other'),
    },
  };

  const paragraphs = product.description.split(/\n{2,}/).filter((p) => p.trim() !== '');
  const jsonLd = productJsonLd(product, locale);

  return (
    <>
      <nav aria-label={t('breadcrumbs')} className="container-shop pt-4 sm:pt-6">
        <ol className="flex flex-wrap items-center gap-x-2 text-sm text-muted">
          <li>
            <a href={routes.home(locale)} className="underline-offset-4 hover:text-ink hover:underline">
              {t('home')}
            </a>
          </li>
          {product.breadcrumbs.map((crumb) => (
            <li key={crumb.id} className="flex items-center gap-x-2">
              <span aria-hidden="true">/</span>
              <a
                href={routes.category(locale, crumb.slug)}
                className="underline-offset-4 hover:text-ink hover:underline"
              >
                {crumb.name}
              </a>
            </li>
          ))}
        </ol>
      </nav>

      <div className="container-shop mt-4 grid gap-6 md:grid-cols-2 md:gap-10 lg:gap-14">
        <div className="min-w-0">
          {product.images.length > 0 ? (
            <ProductGallery
              images={product.images}
              labels={{ gallery: t('gallery'), showImage: t.raw('showImage') }}
            />
          ) : (
            <div className="flex aspect-square items-center justify-center rounded-card bg-lake-soft/50 text-muted ring-1 ring-line">
              {t('noImage')}
            </div>
          )}
        </div>
        <div className="min-w-0">
          {product.brand ? (
            <p className="text-sm font-medium tracking-wide text-muted uppercase">{product.brand}</p>
          ) : null}
          <h1 className="mt-1 text-2xl font-semibold tracking-tight break-words hyphens-auto sm:text-3xl">
            {product.name}
          </h1>
          <div className="mt-2">
            {product.ratingCount > 0 ? (
              <a href="#reviews-heading" className="inline-block hover:underline">
                <Rating average={product.ratingAverage} count={product.ratingCount} locale={locale} />
              </a>
            ) : (
              <Rating average={null} count={0} locale={locale} />
            )}
          </div>
          {product.shortDescription ? <p className="mt-4 text-muted">{product.shortDescription}</p> : null}
          <div className="mt-6">
            <PurchasePanel product={purchase} locale={locale} labels={labels} />
          </div>
          <div className="mt-4">
            <WishlistButton
              productId={product.id}
              locale={locale}
              loginHref={loginHref}
              wishlistHref={routes.accountWishlist(locale)}
              labels={wishlistLabels}
            />
          </div>
        </div>
      </div>

      <div className="container-shop mt-12 grid gap-10 sm:mt-16 lg:grid-cols-[3fr_2fr] lg:gap-14">
        {paragraphs.length > 0 ? (
          <section aria-labelledby="description-heading">
            <h2 id="description-heading" className="text-xl font-semibold tracking-tight sm:text-2xl">
              {t('description')}
            </h2>
            <div className="mt-3 max-w-prose space-y-3">
              {paragraphs.map((paragraph) => (
                <p key={paragraph.slice(0, 40)} className="whitespace-pre-line">
                  {paragraph}
                </p>
              ))}
            </div>
          </section>
        ) : null}
        {product.specifications.length > 0 ? (
          <section aria-labelledby="specifications-heading">
            <h2 id="specifications-heading" className="text-xl font-semibold tracking-tight sm:text-2xl">
              {t('specifications')}
            </h2>
            <dl className="mt-3 divide-y divide-line rounded-card bg-surface ring-1 ring-line">
              {product.specifications.map((spec) => (
                <div
                  key={spec.label}
                  className="grid grid-cols-[minmax(0,2fr)_minmax(0,3fr)] gap-3 px-4 py-2.5 text-sm"
                >
                  <dt className="text-muted">{spec.label}</dt>
                  <dd className="break-words">{spec.value}</dd>
                </div>
              ))}
            </dl>
          </section>
        ) : null}
      </div>

      <ProductReviews product={product} reviews={reviews.items} total={reviews.total} locale={locale}>
        <ReviewFormLauncher
          productId={product.id}
          locale={locale}
          loginHref={loginHref}
          profileHref={routes.account(locale)}
          labels={reviewLabels}
        />
      </ProductReviews>

      <script
        type="application/ld+json"
        // JSON-LD for search engines; `<` is escaped so no text in it can close the script element.
        // biome-ignore lint/security/noDangerouslySetInnerHtml: serialised data, escaped above
        dangerouslySetInnerHTML={{ __html: JSON.stringify(jsonLd).replace(/</g, '\\u003c') }}
      />
    </>
  );
}

function productJsonLd(
  product: NonNullable<Awaited<ReturnType<typeof getProductDetail>>>,
  locale: AppLocale,
) {
  const base = metadataBase();
  const url = new URL(routes.product(locale, product.slug), base).href;
  const offers =
    product.variants.length > 0
      ? product.variants.map((variant) => ({
          '@type': 'Offer',
          sku: variant.sku,
          price: (variant.priceCents / 100).toFixed(2),
          priceCurrency: 'EUR',
          availability: `https://schema.org/${variant.stock > 0 ? 'InStock' : 'OutOfStock'}`,
          url,
        }))
      : {
          '@type': 'Offer',
          sku: product.sku,
          price: (product.priceCents / 100).toFixed(2),
          priceCurrency: 'EUR',
          availability: `https://schema.org/${product.inStock ? 'InStock' : 'OutOfStock'}`,
          url,
        };
  return [
    {
      '@context': 'https://schema.org',
      '@type': 'Product',
      name: product.name,
      description: product.shortDescription,
      sku: product.sku,
      brand: product.brand ? { '@type': 'Brand', name: product.brand } : undefined,
      image: product.images.map((image) => new URL(image.sources.at(-1)?.url ?? '', base).href),
      offers,
      aggregateRating:
        product.ratingCount > 0 && product.ratingAverage !== null
          ? {
              '@type': 'AggregateRating',
              ratingValue: product.ratingAverage.toFixed(1),
              reviewCount: product.ratingCount,
            }
          : undefined,
    },
    {
      '@context': 'https://schema.org',
      '@type': 'BreadcrumbList',
      itemListElement: [
        ...product.breadcrumbs.map((crumb, index) => ({
          '@type': 'ListItem',
          position: index + 1,
          name: crumb.name,
          item: new URL(routes.category(locale, crumb.slug), base).href,
        })),
        { '@type': 'ListItem', position: product.breadcrumbs.length + 1, name: product.name, item: url },
      ],
    },
  ];
}
