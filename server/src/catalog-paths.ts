import { cacheTags, defaultLocale, type Executor, locales, type TaggedCache } from '@puoti/core';
import { type CategoryNode, findProductCached, listCategoryTree } from '@puoti/core/catalog';

const catalogPath = new RegExp(`^/(${locales.join('|')})/(products|categories)/([^/]+)$`);

export interface CatalogPath {
  locale: (typeof locales)[number];
  kind: 'products' | 'categories';
  /** Decoded; null when the segment is not valid percent-encoding (no product has such a slug). */
  slug: string | null;
}

/** `/{locale}/products/{slug}` or `/{locale}/categories/{slug}`, or null for any other path. */
export function parseCatalogPath(url: string): CatalogPath | null {
  const queryAt = url.indexOf('?');
  const match = catalogPath.exec(queryAt < 0 ? url : url.slice(0, queryAt));
  if (!match) return null;
  let slug: string | null;
  try {
    slug = decodeURIComponent(match[3] as string);
  } catch {
    slug = null;
  }
  return { locale: match[1] as CatalogPath['locale'], kind: match[2] as CatalogPath['kind'], slug };
}

/**
 * Where an unknown product or category is sent: under the same language prefix (the i18n proxy names
 * the locale, so the 404 page speaks it), on a path no route matches, so Next answers with the
 * server-rendered `global-not-found.tsx`. The query is kept for the logs.
 */
export function notFoundUrl(url: string, path: CatalogPath): string {
  const queryAt = url.indexOf('?');
  return `/${path.locale}/_missing/${path.kind}${queryAt < 0 ? '' : url.slice(queryAt)}`;
}

function allCategoryKeys(nodes: readonly CategoryNode[], into: Set<string>): Set<string> {
  for (const node of nodes) {
    into.add(node.id);
    for (const slug of Object.values(node.slugs)) into.add(slug);
    allCategoryKeys(node.children, into);
  }
  return into;
}

/**
 * Whether a product or category page would find what its URL names: a slug in any language or an id,
 * visible to customers, as the pages accept. Asked before Next renders, because a page that throws
 * `notFound()` in Next 16 only gets an empty shell drawn by client JavaScript (vercel/next.js#62228).
 * Answers are kept in the catalogue cache under the `catalog` tag, so a warm check is one map lookup
 * and an admin write (on any node) makes the next check ask the database again.
 */
export class CatalogPaths {
  constructor(
    private readonly db: Executor,
    private readonly cache: TaggedCache,
  ) {}

  async exists(path: CatalogPath): Promise<boolean> {
    const { slug } = path;
    if (slug === null) return false;
    if (path.kind === 'categories') {
      const keys = await this.cache.wrap('page-paths:categories', [cacheTags.catalog], async () =>
        // Every node carries its slugs in all languages, so one tree lists them all.
        allCategoryKeys(await listCategoryTree(this.db, { locale: defaultLocale }), new Set()),
      );
      return keys.has(slug);
    }
    // The page's own read (same cache entry): the check and the page can never disagree on what is
    // visible, and the page then finds the product in the cache.
    return (await findProductCached(this.db, this.cache, { slugOrId: slug, locale: path.locale })) !== null;
  }
}
