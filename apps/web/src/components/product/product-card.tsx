import type { ProductSummary } from '@puoti/core/catalog';
import { getTranslations } from 'next-intl/server';
import type { AppLocale } from '@/i18n/routing';
import { routes } from '@/lib/routes';
import { Price } from './price';
import { ProductImage } from './product-image';
import { Rating } from './rating';

/** Card widths: two columns on phones, three on tablets, four from 1024 px (the grid stops at 80rem). */
export const productCardSizes =
  '(min-width: 80rem) 296px, (min-width: 64rem) 23vw, (min-width: 48rem) 31vw, 46vw';

interface Props {
  product: ProductSummary;
  locale: AppLocale;
  eager?: boolean;
  highPriority?: boolean;
}

export async function ProductCard({ product, locale, eager, highPriority }: Props) {
  const t = await getTranslations({ locale, namespace: 'product' });
  return (
    <article className="group relative flex h-full flex-col overflow-hidden rounded-card bg-surface shadow-card ring-1 ring-line transition-shadow hover:shadow-card-hover has-[a:focus-visible]:ring-2 has-[a:focus-visible]:ring-lake">
      <div className="relative aspect-square bg-lake-soft/50">
        {product.image ? (
          <ProductImage
            image={product.image}
            sizes={productCardSizes}
            eager={eager}
            highPriority={highPriority}
            className="size-full object-cover"
          />
        ) : (
          <div className="flex size-full items-center justify-center p-4 text-center text-sm text-muted">
            {t('noImage')}
          </div>
        )}
        {product.inStock ? null : (
          <p className="absolute bottom-2 left-2 rounded-md bg-surface/95 px-2 py-0.5 text-xs font-medium text-ink shadow-card">
            {t('outOfStock')}
          </p>
        )}
      </div>
      <div className="flex flex-1 flex-col gap-1.5 p-3 sm:p-4">
        {product.brand ? (
          <p className="truncate text-xs font-medium uppercase tracking-wide text-muted">{product.brand}</p>
        ) : null}
        <h3 className="text-sm leading-snug font-medium break-words hyphens-auto sm:text-base">
          <a
            href={routes.product(locale, product.slug)}
            className="line-clamp-2 after:absolute after:inset-0 focus-visible:outline-none"
          >
            {product.name}
          </a>
        </h3>
        <Rating average={product.ratingAverage} count={product.ratingCount} locale={locale} />
        <div className="mt-auto pt-1">
          <Price product={product} locale={locale} />
        </div>
      </div>
    </article>
  );
}
