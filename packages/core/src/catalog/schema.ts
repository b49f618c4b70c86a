import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  bigserial,
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from '../accounts/schema';
import { createdAt, id, tsvector, updatedAt } from '../db/columns';

export const taxClass = pgEnum('tax_class', ['standard', 'food', 'books', 'press']);

export const categories = pgTable(
  'categories',
  {
    id: id(),
    // RESTRICT: a category with sub-categories cannot be deleted (the admin empties it first).
    parentId: uuid('parent_id').references((): AnyPgColumn => categories.id, { onDelete: 'restrict' }),
    position: integer('position').notNull().default(0),
    isActive: boolean('is_active').notNull().default(true),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('categories_parent_id_idx').on(t.parentId, t.position),
    check('categories_not_own_parent', sql`${t.parentId} is null or ${t.parentId} <> ${t.id}`),
  ],
);

export const categoryTranslations = pgTable(
  'category_translations',
  {
    categoryId: uuid('category_id')
      .notNull()
      .references(() => categories.id, { onDelete: 'cascade' }),
    locale: text('locale').notNull(),
    name: text('name').notNull(),
    slug: text('slug').notNull(),
    description: text('description').notNull().default(''),
  },
  (t) => [
    primaryKey({ columns: [t.categoryId, t.locale] }),
    uniqueIndex('category_translations_locale_slug_key').on(t.locale, t.slug),
    check('category_translations_slug_format', sql`${t.slug} ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`),
  ],
);

export interface Specification {
  label: string;
  value: string;
}

export const products = pgTable(
  'products',
  {
    id: id(),
    // RESTRICT: products are archived, never deleted with their category.
    categoryId: uuid('category_id').references(() => categories.id, { onDelete: 'restrict' }),
    sku: text('sku').notNull(),
    brand: text('brand'),
    /** VAT-inclusive price in cents; for products with variants, the price of variants without their own. */
    priceCents: integer('price_cents').notNull(),
    /** The struck-through earlier price while on sale. */
    compareAtPriceCents: integer('compare_at_price_cents'),
    /** When the current price took effect (the start of the Omnibus look-back window). */
    priceChangedAt: timestamp('price_changed_at', { withTimezone: true }).notNull().defaultNow(),
    /**
     * The lowest price charged in the 30 days before the current price took effect (EU Omnibus directive,
     * Art. 6a of 98/6/EC). It only changes when the price changes, so it is kept here, not computed per read.
     */
    lowestPrice30dCents: integer('lowest_price_30d_cents').notNull(),
    /** Stock of a product without variants; products with variants keep stock per variant. */
    stock: integer('stock').notNull().default(0),
    /**
     * Roll-ups over the active variants (or the product itself without them), kept by the database's
     * `puoti_products_rollup` triggers so no write path can forget them: the lowest and highest price a
     * customer pays and the units on hand. Listing, filtering and sorting read these instead of
     * aggregating variants per request.
     */
    minPriceCents: integer('min_price_cents').notNull().default(0),
    maxPriceCents: integer('max_price_cents').notNull().default(0),
    stockTotal: integer('stock_total').notNull().default(0),
    lowStockThreshold: integer('low_stock_threshold').notNull().default(5),
    taxClass: taxClass('tax_class').notNull().default('standard'),
    isFeatured: boolean('is_featured').notNull().default(false),
    isVisible: boolean('is_visible').notNull().default(true),
    archivedAt: timestamp('archived_at', { withTimezone: true }),
    weightGrams: integer('weight_grams'),
    /** Kept as sum and count so the average is exact and never drifts. */
    ratingSum: integer('rating_sum').notNull().default(0),
    ratingCount: integer('rating_count').notNull().default(0),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('products_sku_key').on(t.sku),
    index('products_category_id_idx').on(t.categoryId),
    // Partial indexes over what customers can see: the storefront's lists walk them in order.
    index('products_min_price_idx')
      .on(t.minPriceCents, t.id)
      .where(sql`${t.isVisible} and ${t.archivedAt} is null`),
    index('products_listing_idx')
      .on(t.isFeatured.desc(), t.createdAt.desc(), t.id)
      .where(sql`${t.isVisible} and ${t.archivedAt} is null`),
    index('products_category_listing_idx')
      .on(t.categoryId, t.isFeatured.desc(), t.createdAt.desc(), t.id)
      .where(sql`${t.isVisible} and ${t.archivedAt} is null`),
    index('products_created_at_idx').on(t.createdAt),
    // The few products customers cannot see: a search filters its matches by this list.
    index('products_unlisted_idx').on(t.id).where(sql`not (${t.isVisible} and ${t.archivedAt} is null)`),
    index('products_featured_idx').on(t.isFeatured).where(sql`${t.isFeatured}`),
    check('products_price_nonnegative', sql`${t.priceCents} >= 0`),
    check(
      'products_compare_at_above_price',
      sql`${t.compareAtPriceCents} is null or ${t.compareAtPriceCents} > ${t.priceCents}`,
    ),
    check('products_lowest_price_nonnegative', sql`${t.lowestPrice30dCents} >= 0`),
    check('products_stock_nonnegative', sql`${t.stock} >= 0`),
    check('products_low_stock_threshold_nonnegative', sql`${t.lowStockThreshold} >= 0`),
    check(
      'products_rating_consistent',
      sql`${t.ratingCount} >= 0 and ${t.ratingSum} between ${t.ratingCount} and 5 * ${t.ratingCount}`,
    ),
  ],
);

/**
 * How many products customers can see (visible, not archived) directly in each category, one row for
 * products without a category. Kept by the database's `puoti_category_counts` trigger, so the category
 * tree and an unfiltered list can give their totals without counting the catalogue on every request.
 */
export const categoryProductCounts = pgTable(
  'category_product_counts',
  {
    categoryId: uuid('category_id').references(() => categories.id, { onDelete: 'cascade' }),
    products: integer('products').notNull().default(0),
  },
  (t) => [
    unique('category_product_counts_category_key').on(t.categoryId).nullsNotDistinct(),
    check('category_product_counts_nonnegative', sql`${t.products} >= 0`),
  ],
);

export const productTranslations = pgTable(
  'product_translations',
  {
    productId: uuid('product_id')
      .notNull()
      .references(() => products.id, { onDelete: 'cascade' }),
    locale: text('locale').notNull(),
    name: text('name').notNull(),
    slug: text('slug').notNull(),
    shortDescription: text('short_description').notNull().default(''),
    description: text('description').notNull().default(''),
    specifications: jsonb('specifications').$type<Specification[]>().notNull().default([]),
    /** Extra words to find the product by (brand, SKUs, category names), kept by the catalogue's write path. */
    keywords: text('keywords').notNull().default(''),
  },
  (t) => [
    primaryKey({ columns: [t.productId, t.locale] }),
    uniqueIndex('product_translations_locale_slug_key').on(t.locale, t.slug),
    check('product_translations_slug_format', sql`${t.slug} ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`),
  ],
);

export interface ImageSource {
  width: number;
  height: number;
  format: 'webp' | 'avif' | 'jpeg' | 'png';
  /** Storage key, served under /media/. */
  key: string;
}

/**
 * What a search reads of each translation, kept by a trigger on product_translations (migration 0008):
 * the stemmed document and the folded texts the relevance bonuses compare. Kept apart from the
 * translations, whose long descriptions and specifications would spread a search's matches over three
 * times as many pages, and split into one partition per locale (in the migration: drizzle cannot declare
 * partitions), so a search in Finnish reads Finnish entries packed together.
 */
export const productSearch = pgTable(
  'product_search',
  {
    productId: uuid('product_id')
      .notNull()
      .references(() => products.id, { onDelete: 'cascade' }),
    locale: text('locale').notNull(),
    /** Stemmed in the locale's configuration: name, keywords and both descriptions, without positions. */
    vector: tsvector('vector').notNull(),
    /** Folded (lowercase, accents removed) name and keywords, for trigram (typo and prefix) matching. */
    text: text('text').notNull(),
    /** The folded name and one-line description, for the relevance bonuses. */
    name: text('name').notNull(),
    summary: text('summary').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.productId, t.locale] }),
    index('product_search_vector_idx').using('gin', t.vector),
    index('product_search_text_idx').using('gin', sql`${t.text} gin_trgm_ops`),
  ],
);

export const productImages = pgTable(
  'product_images',
  {
    id: id(),
    productId: uuid('product_id')
      .notNull()
      .references(() => products.id, { onDelete: 'cascade' }),
    position: integer('position').notNull().default(0),
    /** Every stored rendition, smallest first. */
    sources: jsonb('sources').$type<ImageSource[]>().notNull(),
    /** Alt text per locale. */
    alt: jsonb('alt').$type<Partial<Record<string, string>>>().notNull().default({}),
    createdAt: createdAt(),
  },
  (t) => [index('product_images_product_id_idx').on(t.productId, t.position)],
);

export const productVariants = pgTable(
  'product_variants',
  {
    id: id(),
    productId: uuid('product_id')
      .notNull()
      .references(() => products.id, { onDelete: 'cascade' }),
    sku: text('sku').notNull(),
    /** Option name -> value, e.g. { "size": "42" }. */
    options: jsonb('options').$type<Record<string, string>>().notNull(),
    /** Own VAT-inclusive price in cents; null means the product's price. */
    priceCents: integer('price_cents'),
    priceChangedAt: timestamp('price_changed_at', { withTimezone: true }).notNull().defaultNow(),
    lowestPrice30dCents: integer('lowest_price_30d_cents'),
    stock: integer('stock').notNull().default(0),
    position: integer('position').notNull().default(0),
    isActive: boolean('is_active').notNull().default(true),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('product_variants_sku_key').on(t.sku),
    index('product_variants_product_id_idx').on(t.productId, t.position),
    check('product_variants_price_nonnegative', sql`${t.priceCents} is null or ${t.priceCents} >= 0`),
    check('product_variants_stock_nonnegative', sql`${t.stock} >= 0`),
  ],
);

/** Every price a product or variant has had, from when; the source of the 30-day lowest price. */
export const priceHistory = pgTable(
  'price_history',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    productId: uuid('product_id')
      .notNull()
      .references(() => products.id, { onDelete: 'cascade' }),
    variantId: uuid('variant_id').references(() => productVariants.id, { onDelete: 'cascade' }),
    priceCents: integer('price_cents').notNull(),
    effectiveFrom: timestamp('effective_from', { withTimezone: true }).notNull().defaultNow(),
    actorId: uuid('actor_id').references((): AnyPgColumn => users.id, { onDelete: 'set null' }),
  },
  (t) => [
    index('price_history_product_idx').on(t.productId, t.variantId, t.effectiveFrom),
    check('price_history_price_nonnegative', sql`${t.priceCents} >= 0`),
  ],
);
