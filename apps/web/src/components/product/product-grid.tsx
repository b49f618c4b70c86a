import type { ProductSummary } from '@puoti/core/catalog';
import type { AppLocale } from '@/i18n/routing';
import { ProductCard } from './product-card';

interface Props {
  products: ProductSummary[];
  locale: AppLocale;
  /**
   * How many cards load their image at once: a phone's first row when the grid is near the top. Each eager
   * image is also preloaded, and on a slow connection more preloads only delay the first, largest one.
   */
  eagerCount?: number;
}

export function ProductGrid({ products, locale, eagerCount = 0 }: Props) {
  return (
    <ul className="grid grid-cols-2 gap-3 sm:gap-4 md:grid-cols-3 lg:grid-cols-4 lg:gap-6">
      {products.map((product, index) => (
        <li key={product.id}>
          <ProductCard
            product={product}
            locale={locale}
            eager={index < eagerCount}
            highPriority={index === 0 && eagerCount > 0}
          />
        </li>
      ))}
    </ul>
  );
}
