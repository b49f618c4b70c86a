import { type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../db/client';
import { queryRows } from '../db/rows';
import { AppError, notFound } from '../lib/app-error';
import { cacheTags, type TaggedCache } from '../lib/cache';
import { defaultLocale, type Locale, locales, searchConfig } from '../lib/locale';
import { limitClause, offsetOf, type Page, pageClause } from '../lib/pagination';
import { type ImageRow, toImageView } from './images';
import type { Specification } from './schema';
import { cjkBigrams, isCjk, parseSearchTerms, type SearchTerms, toPrefixTsQuery } from './search-terms';
import type {
  CategoryNode,
  CategoryRef,
  ProductDetail,
  ProductSort,
  ProductSummary,
  ReviewView,
  Suggestion,
  TListProductsQuery,
} from './types';

/**
 * Categories a customer may see: active, with every ancestor active. Hiding a top-level category
 * hides everything below it.
 */
export const visibleCategoriesCte = sql`visible_categories as (
  select id from categories where parent_id is null and is_active
  union all
  select c.id from categories c join visible_categories v on c.parent_id = v.id where c.is_active
)`;

export const productIsVisible = sql`p.is_visible and p.archived_at is null
  and (p.category_id is null or p.category_id in (select id from visible_categories))`;

/** The requested locale's text, else the store default's (every product has the default locale). */
export function translationJoins(locale: Locale): SQL {
  return sql`left join product_translations tr on tr.product_id = p.id and tr.locale = ${locale}
    left join product_translations td on td.product_id = p.id and td.locale = ${defaultLocale}`;
}

/**
 * Products matching the search, with a relevance score. A query first matches by stems (every word,
 * the last also as a prefix, accents folded); only when that finds nothing does it match by trigram
 * word similarity, which forgives typos but has to look at far more rows. Chinese has no word
 * boundaries: it matches by substring or by the share of its two-character pieces in the text.
 * The score reads only the short folded name, keywords and one-line description, never the large
 * stemmed document.
 */
function searchMatches(locale: Locale, terms: SearchTerms, fuzzy: boolean, unlisted: SQL): SQL {
  // A sub-select is computed once per query; a bare puoti_fold(parameter) would fold again on every row.
  const folded = sql`(select puoti_fold(${terms.text}))`;
  // The locale as a literal, not a parameter: each locale has its own partition of the search table,
  // and a prepared statement's plan leaves the others out only when the query names the locale itself.
  const inLocale = sql.raw(`locale = '${locales.find((known) => known === locale) ?? defaultLocale}'`);
  // Bonuses for the words appearing as typed: most in the name, less in the keywords, a little in the
  // one-line description (which tells an over-ear headphone from an earbud).
  // Integers: numeric arithmetic on every matching row cost as much as the match itself.
  const bonus = sql`case when strpos(name, ${folded}) > 0 then 4 when strpos(text, ${folded}) > 0 then 2 else 0 end
    + case when strpos(summary, ${folded}) > 0 then 1 else 0 end`;
  // Products customers cannot see are few: a hashed list of them filters the matches without a join.
  const listed = sql`product_id not in (${unlisted})`;
  const matches = (rank: SQL, match: SQL) =>
    sql`select product_id, ${rank} as rank from product_search where ${inLocale} and ${listed} and ${match}`;
  if (isCjk(terms.text)) {
    const pieces = cjkBigrams(terms.text);
    // Share of the query's two-character pieces found in the text: 1 for an exact word, 2/3 with one wrong character.
    const share = sql`(select count(*) from unnest(${`{${pieces.join(',')}}`}::text[]) piece
      where strpos(text, piece) > 0)::float / ${pieces.length}`;
    return matches(sql`${share} + (${bonus}) / 4.0`, sql`(strpos(text, ${folded}) > 0 or ${share} >= 0.6)`);
  }
  // Typo closeness decides first; it is also what lets the trigram index find the rows.
  if (fuzzy) return matches(sql`word_similarity(${folded}, text) + (${bonus}) / 4.0`, sql`${folded} <% text`);
  // Every word matched by its stem: the bonuses alone rank (ties go by product id, as before).
  return matches(
    bonus,
    sql`vector @@ to_tsquery(${searchConfig[locale]}::regconfig, puoti_fold(${toPrefixTsQuery(terms)}))`,
  );
}

/** Hidden and archived products; a search joined with products drops those in hidden categories there. */
const unlistedProducts = sql`select id from products where not (is_visible and archived_at is null)`;

/**
 * Stem matches first; only a search they find nothing for is tried again by typo closeness, which looks
 * at far more rows (Chinese has no stems: its one pass already forgives a wrong character).
 */
async function stemsThenTypos<T extends { total: number }>(
  terms: SearchTerms | null,
  run: (fuzzy: boolean) => Promise<T>,
): Promise<T> {
  const found = await run(false);
  return terms && found.total === 0 && !isCjk(terms.text) ? run(true) : found;
}

function orderBy(sort: ProductSort, searching: boolean): SQL {
  const name = sql`lower(coalesce(tr.name, td.name))`;
  switch (sort) {
    case 'price_asc':
      return sql`p.min_price_cents asc, p.id`;
    case 'price_desc':
      return sql`p.min_price_cents desc, p.id desc`;
    case 'name_asc':
      return sql`${name} asc, p.id`;
    case 'name_desc':
      return sql`${name} desc, p.id`;
    case 'rating_desc':
      return sql`p.rating_sum::float / nullif(p.rating_count, 0) desc nulls last, p.rating_count desc, p.id`;
    case 'newest':
      return sql`p.created_at desc, p.id desc`;
    case 'relevance':
      // `nulls last` although both columns are not null: the listing indexes are built that way (drizzle's
      // desc()), and PostgreSQL walks an index for an order only when the null placement matches too.
      return searching
        ? sql`m.rank desc, p.id`
        : sql`p.is_featured desc nulls last, p.created_at desc nulls last, p.id`;
  }
}

interface ListRow {
  id: string;
  slug: string;
  name: string;
  brand: string | null;
  short_description: string;
  min_price_cents: number;
  max_price_cents: number;
  compare_at_price_cents: number | null;
  lowest_price_30d_cents: number;
  in_stock: boolean;
  is_featured: boolean;
  rating_sum: number;
  rating_count: number;
  image_id: string | null;
  image_sources: ImageRow['sources'] | null;
  image_alt: ImageRow['alt'] | null;
}

function ratingAverage(sum: number, count: number): number | null {
  return count === 0 ? null : Math.round((sum / count) * 100) / 100;
}

function toSummary(row: ListRow, locale: Locale): ProductSummary {
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    brand: row.brand,
    shortDescription: row.short_description,
    priceCents: row.min_price_cents,
    priceVaries: row.min_price_cents !== row.max_price_cents,
    compareAtPriceCents: row.compare_at_price_cents,
    lowestPrice30dCents: row.lowest_price_30d_cents,
    inStock: row.in_stock,
    isFeatured: row.is_featured,
    ratingAverage: ratingAverage(row.rating_sum, row.rating_count),
    ratingCount: row.rating_count,
    image:
      row.image_id && row.image_sources && row.image_alt
        ? toImageView({ id: row.image_id, sources: row.image_sources, alt: row.image_alt }, locale, row.name)
        : null,
  };
}

interface ScopeRow {
  id: string;
  parent_id: string | null;
  is_active: boolean;
  /** The category the filter's slug names (in any locale, the requested one first). */
  matched: boolean;
}

/**
 * The visible categories, and for a category filter the category with everything below it, worked out
 * from the small categories table in memory: the product queries then filter with one `= any(array)`,
 * which lets the planner walk the listing indexes instead of joining a recursive query per row. The
 * slug is looked up in the same statement.
 */
async function categoryScope(
  db: Executor,
  slug: string | undefined,
  locale: Locale,
): Promise<{ visible: string[] | 'all'; scope: string[] | null }> {
  const named = slug
    ? sql`id = (select category_id from category_translations where slug = ${slug}
        order by (locale = ${locale}) desc ${limitClause(1)})`
    : sql`false`;
  const rows = await queryRows<ScopeRow>(
    db,
    sql`select id, parent_id, is_active, coalesce(${named}, false) as matched from categories`,
  );
  const children = new Map<string | null, ScopeRow[]>();
  for (const row of rows) children.set(row.parent_id, [...(children.get(row.parent_id) ?? []), row]);
  const below = (parentId: string | null): string[] =>
    (children.get(parentId) ?? [])
      .filter((row) => row.is_active)
      .flatMap((row) => [row.id, ...below(row.id)]);
  const visible = below(null);
  if (!slug) return { visible: visible.length === rows.length ? 'all' : visible, scope: null };
  const id = rows.find((row) => row.matched)?.id;
  if (!id || !visible.includes(id)) throw notFound('Category');
  return { visible, scope: [id, ...below(id)] };
}

const uuidArray = (ids: readonly string[]) => sql`${`{${ids.join(',')}}`}::uuid[]`;

/**
 * The category condition of a list, for a given category column: the scope of a category filter, or the
 * visible categories (and no category) when some are hidden; none when every category is active.
 */
function categoryFilter(visible: string[] | 'all', scope: string[] | null): ((column: SQL) => SQL) | null {
  if (scope) return (column) => sql`${column} = any(${uuidArray(scope)})`;
  if (visible === 'all') return null;
  return (column) => sql`(${column} is null or ${column} = any(${uuidArray(visible)}))`;
}

export interface ListProductsInput extends TListProductsQuery {
  locale: Locale;
  /** Only these products (wishlists, recently viewed); not a public filter. */
  ids?: readonly string[];
}

/** A product card's columns, for `from products p` with the summary joins below. */
const summaryColumns = sql`p.id, coalesce(tr.slug, td.slug) as slug, coalesce(tr.name, td.name) as name, p.brand,
  coalesce(tr.short_description, td.short_description) as short_description,
  p.min_price_cents, p.max_price_cents, p.compare_at_price_cents, p.lowest_price_30d_cents,
  p.stock_total > 0 as in_stock, p.is_featured, p.rating_sum, p.rating_count,
  img.id as image_id, img.sources as image_sources, img.alt as image_alt`;

function summaryJoins(locale: Locale): SQL {
  return sql`${translationJoins(locale)}
    left join lateral (
      select id, sources, alt from product_images where product_id = p.id order by position limit 1
    ) img on true`;
}

/** Categories customers cannot see: inactive ones and everything below them (usually none). */
const hiddenCategoriesCte = sql`hidden_categories as (
  select id from categories where not is_active
  union
  select c.id from categories c join hidden_categories h on c.parent_id = h.id
)`;

/**
 * A page's total: carried by its rows (a window count or a sub-query in the page's statement). A page
 * past the end has no row to carry it and is counted apart by `count` (a statement answering one
 * `total`); an empty first page means there is nothing to count.
 */
async function pageTotal(
  db: Executor,
  rows: readonly { total: number }[],
  input: { page: number; pageSize: number },
  count: () => SQL,
): Promise<number> {
  if (rows[0] || offsetOf(input) === 0) return rows[0]?.total ?? 0;
  const [counted] = await queryRows<{ total: number }>(db, count());
  return counted?.total ?? 0;
}

/**
 * The header search (no filter, relevance order), a storefront's most frequent search: one statement
 * ranks and counts the matches and reads the page's cards. Products hidden by themselves or by a hidden
 * category are dropped through the small list of them, so no category tree is read first.
 */
async function searchPage(
  db: Executor,
  input: ListProductsInput,
  terms: SearchTerms,
): Promise<Page<ProductSummary>> {
  const { locale, page, pageSize } = input;
  const unlisted = sql`${unlistedProducts}
    union all
    select id from products where category_id = any(array(select id from hidden_categories))`;
  const run = async (fuzzy: boolean) => {
    // Kept once (materialized), the matches are counted by a second pass over the kept rows, which
    // costs less than a window count over every match.
    const rows = await queryRows<ListRow & { total: number }>(
      db,
      sql`with recursive ${hiddenCategoriesCte},
        matches as materialized (${searchMatches(locale, terms, fuzzy, unlisted)}),
        page as (select product_id, rank from matches order by rank desc, product_id
          ${pageClause(input)})
      select ${summaryColumns}, (select count(*)::int from matches) as total
      from page join products p on p.id = page.product_id
      ${summaryJoins(locale)}
      order by page.rank desc, page.product_id`,
    );
    const total = await pageTotal(
      db,
      rows,
      input,
      () => sql`with recursive ${hiddenCategoriesCte}
        select count(*)::int as total from (${searchMatches(locale, terms, fuzzy, unlisted)}) matches`,
    );
    return { rows, total };
  };
  const found = await stemsThenTypos(terms, run);
  return { items: found.rows.map((row) => toSummary(row, locale)), total: found.total, page, pageSize };
}

/** The storefront's product list: filters, search and sorting, one page at a time. */
export async function listProducts(db: Executor, input: ListProductsInput): Promise<Page<ProductSummary>> {
  const { locale, page, pageSize } = input;
  if (
    input.minPriceCents !== undefined &&
    input.maxPriceCents !== undefined &&
    input.minPriceCents > input.maxPriceCents
  ) {
    throw new AppError('VALIDATION_FAILED', 'The lowest price is above the highest.', [
      { field: 'minPriceCents', message: 'must not exceed maxPriceCents' },
    ]);
  }
  const terms = input.q ? parseSearchTerms(input.q) : null;
  if (input.q && !terms) return { items: [], total: 0, page, pageSize };
  // Filters beyond visibility and categories: with none (and no search), the total is the sum of the
  // per-category counts the database keeps, instead of a count over the catalogue.
  const narrowing: SQL[] = [];
  if (input.minPriceCents !== undefined) narrowing.push(sql`p.min_price_cents >= ${input.minPriceCents}`);
  if (input.maxPriceCents !== undefined) narrowing.push(sql`p.min_price_cents <= ${input.maxPriceCents}`);
  if (input.inStock) narrowing.push(sql`p.stock_total > 0`);
  if (input.featured) narrowing.push(sql`p.is_featured`);
  if (input.onSale) narrowing.push(sql`p.compare_at_price_cents is not null`);
  if (input.ids) {
    if (input.ids.length === 0) return { items: [], total: 0, page, pageSize };
    narrowing.push(sql`p.id = any(${uuidArray(input.ids)})`);
  }
  const sort = input.sort ?? 'relevance';
  if (terms && !input.category && narrowing.length === 0 && sort === 'relevance') {
    return searchPage(db, input, terms);
  }
  const { visible, scope } = await categoryScope(db, input.category, locale);
  const inCategories = categoryFilter(visible, scope);
  const filters = [
    sql`p.is_visible and p.archived_at is null`,
    ...(inCategories ? [inCategories(sql`p.category_id`)] : []),
    ...narrowing,
  ];

  const byName = sort === 'name_asc' || sort === 'name_desc';
  const from = sql`from products p
    ${terms ? sql`join matches m on m.product_id = p.id` : sql``}
    ${byName ? translationJoins(locale) : sql``}
    where ${sql.join(filters, sql` and `)}`;
  const order = orderBy(sort, terms !== null);
  const keptCount = sql`select coalesce(sum(products), 0)::int from category_product_counts
    ${inCategories ? sql`where ${inCategories(sql`category_id`)}` : sql``}`;
  const withMatches = (matches: SQL[]) =>
    matches.length > 0 ? sql`with ${sql.join(matches, sql`, `)}` : sql``;
  // With no filter beyond categories (and no search) the total is the sum of the per-category counts the
  // database keeps, instead of a count over the catalogue.
  const countOf = (matches: SQL[]) =>
    narrowing.length === 0 && !terms ? keptCount : sql`${withMatches(matches)} select count(*)::int ${from}`;
  // One statement per page: the page's ids in order over products alone (an index gives the order, so a
  // page costs its own rows, not the whole catalogue), then text and images for those rows only, and the
  // total in the same answer. A search scores every match to order them, so the same pass counts them;
  // otherwise the count is a sub-query run once.
  const pageOf = async (fuzzy: boolean) => {
    const matches = terms ? [sql`matches as (${searchMatches(locale, terms, fuzzy, unlistedProducts)})`] : [];
    const rows = await queryRows<ListRow & { total: number }>(
      db,
      sql`with ${sql.join(
        [
          ...matches,
          sql`page as (select p.id, row_number() over (order by ${order}) as position
            ${terms ? sql`, count(*) over ()::int as total` : sql``}
            ${from} order by ${order} ${pageClause(input)})`,
        ],
        sql`, `,
      )}
      select ${summaryColumns}, ${terms ? sql`page.total` : sql`(${countOf([])})`} as total
      from page join products p on p.id = page.id ${summaryJoins(locale)}
      order by page.position`,
    );
    return {
      rows,
      total: await pageTotal(db, rows, input, () => sql`select (${countOf(matches)}) as total`),
    };
  };
  const { rows, total } = await stemsThenTypos(terms, pageOf);
  return { items: rows.map((row) => toSummary(row, locale)), total, page, pageSize };
}

interface DetailRow {
  id: string;
  sku: string;
  brand: string | null;
  price_cents: number;
  compare_at_price_cents: number | null;
  lowest_price_30d_cents: number;
  stock: number;
  low_stock_threshold: number;
  tax_class: string;
  is_featured: boolean;
  rating_sum: number;
  rating_count: number;
  category_id: string | null;
  slug: string;
  name: string;
  short_description: string;
  description: string;
  specifications: Specification[];
  slugs: Record<string, string>;
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * One product for its page: found by id or by its slug in any locale (a shared link keeps working after
 * the visitor switches language), with text in the requested locale.
 */
export async function getProduct(
  db: Executor,
  input: { slugOrId: string; locale: Locale },
): Promise<ProductDetail> {
  const { locale } = input;
  const match = uuidPattern.test(input.slugOrId)
    ? sql`p.id = ${input.slugOrId}`
    : sql`p.id = (select product_id from product_translations where slug = ${input.slugOrId}
        order by (locale = ${locale}) desc limit 1)`;
  const [row] = await queryRows<DetailRow>(
    db,
    sql`with recursive ${visibleCategoriesCte}
    select p.id, p.sku, p.brand, p.price_cents, p.compare_at_price_cents, p.lowest_price_30d_cents, p.stock,
      p.low_stock_threshold, p.tax_class, p.is_featured, p.rating_sum, p.rating_count, p.category_id,
      coalesce(tr.slug, td.slug) as slug, coalesce(tr.name, td.name) as name,
      coalesce(tr.short_description, td.short_description) as short_description,
      coalesce(tr.description, td.description) as description,
      coalesce(tr.specifications, td.specifications) as specifications,
      (select jsonb_object_agg(locale, slug) from product_translations where product_id = p.id) as slugs
    from products p
    ${translationJoins(locale)}
    where ${match} and ${productIsVisible}`,
  );
  if (!row) throw notFound('Product');

  const [variants, images, breadcrumbs, distribution] = await Promise.all([
    queryRows<{
      id: string;
      sku: string;
      options: Record<string, string>;
      price_cents: number | null;
      lowest_price_30d_cents: number | null;
      stock: number;
    }>(
      db,
      sql`select id, sku, options, price_cents, lowest_price_30d_cents, stock from product_variants
        where product_id = ${row.id} and is_active order by position, sku`,
    ),
    queryRows<ImageRow>(
      db,
      sql`select id, sources, alt from product_images where product_id = ${row.id} order by position, created_at`,
    ),
    row.category_id ? categoryPath(db, row.category_id, locale) : Promise.resolve([]),
    queryRows<{ rating: number; count: number }>(
      db,
      sql`select rating, count(*)::int as count from reviews
        where product_id = ${row.id} and status = 'published' group by rating`,
    ),
  ]);

  const variantViews = variants.map((variant) => {
    const priceCents = variant.price_cents ?? row.price_cents;
    return {
      id: variant.id,
      sku: variant.sku,
      options: variant.options,
      priceCents,
      lowestPrice30dCents: variant.lowest_price_30d_cents ?? row.lowest_price_30d_cents,
      stock: variant.stock,
      inStock: variant.stock > 0,
    };
  });
  const prices = variantViews.length > 0 ? variantViews.map((v) => v.priceCents) : [row.price_cents];
  const stock = variantViews.length > 0 ? variantViews.reduce((sum, v) => sum + v.stock, 0) : row.stock;
  const ratingDistribution = { '1': 0, '2': 0, '3': 0, '4': 0, '5': 0 };
  for (const entry of distribution) {
    ratingDistribution[String(entry.rating) as keyof typeof ratingDistribution] = entry.count;
  }

  return {
    id: row.id,
    sku: row.sku,
    slug: row.slug,
    name: row.name,
    brand: row.brand,
    shortDescription: row.short_description,
    description: row.description,
    specifications: row.specifications,
    priceCents: Math.min(...prices),
    priceVaries: Math.min(...prices) !== Math.max(...prices),
    compareAtPriceCents: row.compare_at_price_cents,
    lowestPrice30dCents: row.lowest_price_30d_cents,
    stock,
    inStock: stock > 0,
    lowStock: stock > 0 && stock <= row.low_stock_threshold,
    taxClass: row.tax_class,
    isFeatured: row.is_featured,
    ratingAverage: ratingAverage(row.rating_sum, row.rating_count),
    ratingCount: row.rating_count,
    ratingDistribution,
    variants: variantViews,
    images: images.map((image) => toImageView(image, locale, row.name)),
    category: breadcrumbs.at(-1) ?? null,
    breadcrumbs,
    slugs: row.slugs,
  };
}

/** The chain of categories from the top level down to this one, named in the locale. */
async function categoryPath(db: Executor, categoryId: string, locale: Locale): Promise<CategoryRef[]> {
  const rows = await queryRows<CategoryRef & { depth: number }>(
    db,
    sql`with recursive chain as (
      select id, parent_id, 0 as depth from categories where id = ${categoryId}
      union all
      select c.id, c.parent_id, chain.depth + 1 from categories c join chain on c.id = chain.parent_id
    )
    select chain.id, coalesce(tr.slug, td.slug) as slug, coalesce(tr.name, td.name) as name, chain.depth
    from chain
    left join category_translations tr on tr.category_id = chain.id and tr.locale = ${locale}
    left join category_translations td on td.category_id = chain.id and td.locale = ${defaultLocale}
    order by chain.depth desc`,
  );
  return rows.map(({ id, slug, name }) => ({ id, slug, name }));
}

interface CategoryRow {
  id: string;
  parent_id: string | null;
  slug: string;
  name: string;
  description: string;
  slugs: Record<string, string>;
  own_count: number;
}

/** The visible category tree in display order, each node with its visible products counted (sub-trees included). */
export async function listCategoryTree(db: Executor, input: { locale: Locale }): Promise<CategoryNode[]> {
  const { locale } = input;
  const rows = await queryRows<CategoryRow>(
    db,
    sql`with recursive ${visibleCategoriesCte}
    select c.id, c.parent_id, coalesce(tr.slug, td.slug) as slug, coalesce(tr.name, td.name) as name,
      coalesce(tr.description, td.description, '') as description,
      (select jsonb_object_agg(locale, slug) from category_translations where category_id = c.id) as slugs,
      coalesce(counts.products, 0) as own_count
    from categories c
    left join category_product_counts counts on counts.category_id = c.id
    left join category_translations tr on tr.category_id = c.id and tr.locale = ${locale}
    left join category_translations td on td.category_id = c.id and td.locale = ${defaultLocale}
    where c.id in (select id from visible_categories)
    order by c.position, lower(coalesce(tr.name, td.name))`,
  );
  const nodes = new Map<string, CategoryNode>();
  for (const row of rows) {
    nodes.set(row.id, {
      id: row.id,
      slug: row.slug,
      name: row.name,
      description: row.description,
      slugs: row.slugs,
      productCount: row.own_count,
      children: [],
    });
  }
  const roots: CategoryNode[] = [];
  for (const row of rows) {
    const node = nodes.get(row.id) as CategoryNode;
    const parent = row.parent_id ? nodes.get(row.parent_id) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  // A node's count covers its whole sub-tree.
  const total = (node: CategoryNode): number =>
    (node.productCount += node.children.reduce((sum, child) => sum + total(child), 0));
  for (const root of roots) total(root);
  return roots;
}

const maxSuggestions = 8;
const maxCategorySuggestions = 3;

/** Autocomplete: the best-matching categories (at most three) and products, eight in all. */
export async function suggestSearch(
  db: Executor,
  input: { q: string; locale: Locale },
): Promise<Suggestion[]> {
  const terms = parseSearchTerms(input.q);
  if (!terms) return [];
  const { locale } = input;
  const [categories, products] = await Promise.all([
    queryRows<{ id: string; slug: string; name: string }>(
      db,
      sql`with recursive ${visibleCategoriesCte}
      select ct.category_id as id, ct.slug, ct.name from category_translations ct
      where ct.locale = ${locale} and ct.category_id in (select id from visible_categories)
        and (strpos(puoti_fold(ct.name), puoti_fold(${terms.text})) > 0
          or word_similarity(puoti_fold(${terms.text}), puoti_fold(ct.name)) >= 0.5)
      order by word_similarity(puoti_fold(${terms.text}), puoti_fold(ct.name)) desc, ct.name
      ${limitClause(maxCategorySuggestions)}`,
    ),
    listProducts(db, { locale, q: input.q, page: 1, pageSize: maxSuggestions }),
  ]);
  const suggestions: Suggestion[] = categories.map((category) => ({ type: 'category', ...category }));
  for (const product of products.items) {
    if (suggestions.length >= maxSuggestions) break;
    suggestions.push({
      type: 'product',
      id: product.id,
      slug: product.slug,
      name: product.name,
      priceCents: product.priceCents,
      image: product.image,
    });
  }
  return suggestions;
}

/** Published reviews of a visible product, newest first. */
export async function listProductReviews(
  db: Executor,
  input: { productId: string; page: number; pageSize: number },
): Promise<Page<ReviewView>> {
  if (!uuidPattern.test(input.productId)) throw notFound('Product');
  const [product] = await queryRows<{ id: string }>(
    db,
    sql`with recursive ${visibleCategoriesCte}
      select p.id from products p where p.id = ${input.productId} and ${productIsVisible}`,
  );
  if (!product) throw notFound('Product');
  const rows = await queryRows<{
    id: string;
    rating: number;
    title: string;
    body: string;
    author_name: string;
    locale: string;
    verified_purchase: boolean;
    created_at: string | Date;
    total: number;
  }>(
    db,
    sql`select id, rating, title, body, author_name, locale, verified_purchase, created_at,
        count(*) over ()::int as total
      from reviews where product_id = ${input.productId} and status = 'published'
      order by created_at desc, id ${pageClause(input)}`,
  );
  const total = await pageTotal(
    db,
    rows,
    input,
    () =>
      sql`select count(*)::int as total from reviews where product_id = ${input.productId} and status = 'published'`,
  );
  return {
    items: rows.map((row) => ({
      id: row.id,
      rating: row.rating,
      title: row.title,
      body: row.body,
      authorName: row.author_name,
      locale: row.locale,
      verifiedPurchase: row.verified_purchase,
      createdAt: new Date(row.created_at).toISOString(),
    })),
    total,
    page: input.page,
    pageSize: input.pageSize,
  };
}

/**
 * `getProduct` through the catalogue cache, with null for a product a customer may not see. One entry
 * per locale and slug serves both the front server's check that a product URL exists and the page
 * that then draws it, so a cold product page reads the product once.
 */
export function findProductCached(
  db: Executor,
  cache: TaggedCache,
  input: { slugOrId: string; locale: Locale },
): Promise<ProductDetail | null> {
  return cache.wrap(`product:${input.locale}:${input.slugOrId}`, [cacheTags.catalog], async () => {
    try {
      return await getProduct(db, input);
    } catch (error) {
      if (error instanceof AppError && error.code === 'NOT_FOUND') return null;
      throw error;
    }
  });
}
