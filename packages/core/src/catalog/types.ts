import { z } from 'zod';
import { locales } from '../lib/locale';
import { ZPageQuery } from '../lib/pagination';
import type { ImageSource, Specification } from './schema';

export const productSorts = [
  'relevance',
  'price_asc',
  'price_desc',
  'name_asc',
  'name_desc',
  'rating_desc',
  'newest',
] as const;
export type ProductSort = (typeof productSorts)[number];

const slug = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a slug (a-z, 0-9 and hyphens)')
  .max(200);
const cents = z.coerce.number().int().min(0).max(100_000_000);
const booleanParam = z
  .enum(['true', 'false', '1', '0'])
  .transform((value) => value === 'true' || value === '1');

export const ZListProductsQuery = ZPageQuery.extend({
  q: z.string().trim().max(200, 'at most 200 characters').optional(),
  category: slug.optional(),
  minPriceCents: cents.optional(),
  maxPriceCents: cents.optional(),
  inStock: booleanParam.optional(),
  featured: booleanParam.optional(),
  onSale: booleanParam.optional(),
  sort: z.enum(productSorts).optional(),
});
export type TListProductsQuery = z.infer<typeof ZListProductsQuery>;

export const ZLocaleName = z.enum(locales);

export interface ImageView {
  id: string;
  alt: string;
  sources: (ImageSource & { url: string })[];
}

export interface ProductSummary {
  id: string;
  slug: string;
  name: string;
  brand: string | null;
  shortDescription: string;
  priceCents: number;
  /** True when variants have different prices: `priceCents` is then the lowest ("from"). */
  priceVaries: boolean;
  compareAtPriceCents: number | null;
  lowestPrice30dCents: number;
  inStock: boolean;
  isFeatured: boolean;
  ratingAverage: number | null;
  ratingCount: number;
  image: ImageView | null;
}

export interface VariantView {
  id: string;
  sku: string;
  options: Record<string, string>;
  priceCents: number;
  lowestPrice30dCents: number;
  stock: number;
  inStock: boolean;
}

export interface CategoryRef {
  id: string;
  slug: string;
  name: string;
}

export interface ProductDetail extends Omit<ProductSummary, 'image'> {
  sku: string;
  description: string;
  specifications: Specification[];
  stock: number;
  lowStock: boolean;
  taxClass: string;
  variants: VariantView[];
  images: ImageView[];
  category: CategoryRef | null;
  /** From the top-level category down to the product's own. */
  breadcrumbs: CategoryRef[];
  /** The product's slug in every locale, for language switchers and hreflang links. */
  slugs: Record<string, string>;
  ratingDistribution: Record<'1' | '2' | '3' | '4' | '5', number>;
}

export interface CategoryNode extends CategoryRef {
  description: string;
  /** Visible products in this category and all below it. */
  productCount: number;
  slugs: Record<string, string>;
  children: CategoryNode[];
}

export interface Suggestion {
  type: 'product' | 'category';
  id: string;
  slug: string;
  name: string;
  priceCents?: number;
  image?: ImageView | null;
}

export interface ReviewView {
  id: string;
  rating: number;
  title: string;
  body: string;
  authorName: string;
  locale: string;
  verifiedPurchase: boolean;
  createdAt: string;
}
