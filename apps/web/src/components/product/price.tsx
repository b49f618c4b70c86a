import type { ProductSummary } from '@puoti/core/catalog';
import { getTranslations } from 'next-intl/server';
import type { AppLocale } from '@/i18n/routing';
import { formatPrice } from '@/lib/format';

type Priced = Pick<
  ProductSummary,
  'priceCents' | 'priceVaries' | 'compareAtPriceCents' | 'lowestPrice30dCents'
>;

export function isOnSale(product: Priced): boolean {
  return product.compareAtPriceCents !== null && product.compareAtPriceCents > product.priceCents;
}

/**
 * The price as the law wants it shown: VAT included; on sale, the earlier price struck through and
 * the lowest price of the 30 days before the reduction (EU Omnibus directive, 98/6/EC Art. 6a).
 */
export async function Price({ product, locale }: { product: Priced; locale: AppLocale }) {
  const t = await getTranslations({ locale, namespace: 'product' });
  const amount = formatPrice(product.priceCents, locale);
  const shown = product.priceVaries ? t('fromPrice', { price: amount }) : amount;

  if (!isOnSale(product) || product.compareAtPriceCents === null) {
    return <p className="tabular text-base font-semibold text-ink sm:text-lg">{shown}</p>;
  }
  return (
    <div className="tabular">
      <p className="flex flex-wrap items-baseline gap-x-2">
        <span className="text-base font-semibold text-sale sm:text-lg">
          <span className="sr-only">{t('salePrice')}: </span>
          {shown}
        </span>
        <s className="text-sm text-muted">
          <span className="sr-only">{t('regularPrice')}: </span>
          {formatPrice(product.compareAtPriceCents, locale)}
        </s>
      </p>
      <p className="mt-0.5 text-xs leading-snug text-muted">
        {t('lowestPrice30d', { price: formatPrice(product.lowestPrice30dCents, locale) })}
      </p>
    </div>
  );
}
