import 'server-only';
import { cacheTags, getCatalogCache, getDatabase, loadConfig } from '@puoti/core';
import { listSitemapItems } from '@puoti/core/catalog';
import { contentUpdatedDates } from './content-files';
import type { SitemapSource } from './sitemap-entries';

/**
 * The catalogue's pages for `/sitemap.xml`, read through core and kept in the process's catalogue
 * cache, which every admin write invalidates by the `catalog` tag (as `catalog.ts` does).
 */
export async function getSitemapSource(): Promise<SitemapSource> {
  const config = loadConfig();
  const items = await getCatalogCache(config.catalogCache).wrap(
    'web:sitemap',
    [cacheTags.catalog],
    async () => listSitemapItems((await getDatabase(config)).db),
  );
  // A Redis-backed cache hands back JSON, where dates are strings again.
  const dated = <T extends { updatedAt: Date | string }>(item: T) => ({
    ...item,
    updatedAt: new Date(item.updatedAt),
  });
  return {
    products: items.products.map(dated),
    categories: items.categories.map(dated),
    contentUpdated: await contentUpdatedDates(),
  };
}
