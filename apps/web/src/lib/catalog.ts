import 'server-only';
import { cacheTags, getCatalogCache, getDatabase, loadConfig, type Page } from '@puoti/core';
import {
  type CategoryNode,
  findProductCached,
  type ListProductsInput,
  listCategoryTree,
  listProductReviews,
  listProducts,
  type ProductDetail,
  type ProductSummary,
  type ReviewView,
} from '@puoti/core/catalog';
import { cache } from 'react';
import type { AppLocale } from '@/i18n/routing';

/**
 * The storefront's only door to catalogue data. Server components call core directly (no HTTP hop):
 * the Node server opened the database before Next started, and `getDatabase` returns that same
 * instance from globalThis. Reads go through the process's tagged catalogue cache, which admin writes
 * invalidate by the `catalog` tag; React's `cache` shares one result between the layout and the page
 * of a single request.
 */

async function database() {
  return (await getDatabase(loadConfig())).db;
}

function cached<T>(key: string, compute: () => Promise<T>): Promise<T> {
  return getCatalogCache(loadConfig().catalogCache).wrap(`web:${key}`, [cacheTags.catalog], compute);
}

/** Visible categories as a tree, with product counts that include sub-categories. */
export const getCategoryTree = cache(
  (locale: AppLocale): Promise<CategoryNode[]> =>
    cached(`categories:${locale}`, async () => listCategoryTree(await database(), { locale })),
);

export type ProductQuery = Omit<ListProductsInput, 'locale' | 'page' | 'pageSize'> & {
  page?: number;
  pageSize?: number;
};

/** One page of products; the key is the query with its fields in a fixed order. */
export const getProducts = cache((locale: AppLocale, query: ProductQuery): Promise<Page<ProductSummary>> => {
  const input: ListProductsInput = { page: 1, pageSize: 20, ...query, locale };
  const key = Object.entries(input)
    .filter(([, value]) => value !== undefined)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, value]) => `${name}=${String(value)}`)
    .join('&');
  return cached(`products:${key}`, async () => listProducts(await database(), input));
});

/** A product by its slug in any locale (or its id); null when there is none a customer may see. */
export const getProductDetail = cache(
  async (locale: AppLocale, slugOrId: string): Promise<ProductDetail | null> =>
    // The same cache entry the front server filled when it checked that this product URL exists.
    findProductCached(await database(), getCatalogCache(loadConfig().catalogCache), { slugOrId, locale }),
);

/** The newest published reviews of a product, with the total count. */
export const getProductReviews = cache(
  (productId: string, pageSize = 10): Promise<Page<ReviewView>> =>
    cached(`reviews:${productId}:${pageSize}`, async () =>
      listProductReviews(await database(), { productId, page: 1, pageSize }),
    ),
);
