import { sql } from 'drizzle-orm';
import type { Executor } from '../db/client';
import { queryRows } from '../db/rows';
import { productIsVisible, visibleCategoriesCte } from './queries';

/** A page of the catalogue as a sitemap lists it: its slug in every locale and when it last changed. */
export interface SitemapItem {
  id: string;
  slugs: Record<string, string>;
  updatedAt: Date;
}

/**
 * Every product and category a customer can open, for `/sitemap.xml`: the same visibility rules as the
 * listings (hidden or archived products and hidden category branches are left out).
 */
export async function listSitemapItems(
  db: Executor,
): Promise<{ products: SitemapItem[]; categories: SitemapItem[] }> {
  type Row = { id: string; slugs: Record<string, string> | null; updated_at: Date | string };
  const [products, categories] = await Promise.all([
    queryRows<Row>(
      db,
      sql`with recursive ${visibleCategoriesCte}
      select p.id, p.updated_at,
        (select jsonb_object_agg(locale, slug) from product_translations where product_id = p.id) as slugs
      from products p where ${productIsVisible}
      order by p.created_at, p.id`,
    ),
    queryRows<Row>(
      db,
      sql`with recursive ${visibleCategoriesCte}
      select c.id, c.updated_at,
        (select jsonb_object_agg(locale, slug) from category_translations where category_id = c.id) as slugs
      from categories c where c.id in (select id from visible_categories)
      order by c.position, c.id`,
    ),
  ]);
  // node-postgres and PGlite both return timestamptz as Date, but raw rows are typed loosely.
  const toItem = (row: Row): SitemapItem => ({
    id: row.id,
    slugs: row.slugs ?? {},
    updatedAt: new Date(row.updated_at),
  });
  return { products: products.map(toItem), categories: categories.map(toItem) };
}
