import { and, asc, desc, eq, inArray, isNull, ne, type SQL, sql } from 'drizzle-orm';
import { z } from 'zod';
import { type AuditEntry, recordAudit } from '../audit/log';
import { type Db, type Executor, readAll, type Tx } from '../db/client';
import { queryRows } from '../db/rows';
import { stockMovements } from '../db/schema';
import { AppError, notFound } from '../lib/app-error';
import { slugify } from '../lib/ascii';
import { defaultLocale, type Locale, locales } from '../lib/locale';
import { mediaUrl } from './images';
import {
  categories,
  type ImageSource,
  priceHistory,
  productImages,
  products,
  productTranslations,
  productVariants,
  type Specification,
  taxClass,
} from './schema';

// ---------------------------------------------------------------------------------------------------
// Shared by the catalogue's admin writes (products, categories, images)
// ---------------------------------------------------------------------------------------------------

export type AdminActor = NonNullable<AuditEntry['actor']>;

/** Who makes an admin write and under which request, for the audit log. */
export interface AdminWrite {
  actor: AdminActor;
  requestId?: string;
}

export interface FieldIssue {
  field: string;
  message: string;
}

export const ZSlug = z
  .string()
  .trim()
  .max(200)
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a slug: lowercase a-z, 0-9 and single hyphens');

/** Each locale's translation is its own required object, so a missing one is named rather than filled. */
export function requiredTranslation<T extends z.core.$ZodLooseShape>(shape: T) {
  return z.object(shape, {
    error: (issue) =>
      issue.input === undefined ? 'is missing: every locale needs its translation' : undefined,
  });
}

export function nonEmpty(input: object): boolean {
  return Object.values(input).some((value) => value !== undefined);
}

/** Parses use-case input, answering 400 VALIDATION_FAILED with one entry per bad field. */
export function parseInput<T extends z.ZodType>(schema: T, input: unknown): z.output<T> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw new AppError(
    'VALIDATION_FAILED',
    'Some of the input is not valid.',
    result.error.issues.map((issue) => ({
      field: issue.path.length > 0 ? issue.path.join('.') : 'body',
      message: issue.message,
    })),
  );
}

export function invalid(issues: FieldIssue[]): AppError {
  return new AppError('VALIDATION_FAILED', 'Some of the input is not valid.', issues);
}

export const isUuid = (value: string): boolean => z.uuid().safeParse(value).success;

/** `item` moved to `position` (clamped; the end when omitted) among `others`, which keep their order. */
export function placeAt<T>(others: readonly T[], item: T, position: number | undefined): T[] {
  const index = Math.min(position ?? others.length, others.length);
  return [...others.slice(0, index), item, ...others.slice(index)];
}

/** Locales with no translation, in the store's locale order. */
export function missingLocales(translations: Partial<Record<Locale, unknown>>): Locale[] {
  return locales.filter((locale) => translations[locale] === undefined);
}

/**
 * A slug made from the name, else from the English or default-locale name (a Chinese name folds to
 * nothing), else from `fallback`; `taken` says whether a candidate is already used in the locale, and
 * "-2", "-3", ... are tried until one is free. Generated slugs never clash: only a slug the admin typed does.
 */
export async function generateSlug(
  names: readonly (string | undefined)[],
  fallback: string,
  taken: (candidate: string) => Promise<boolean>,
): Promise<string> {
  const base = names.map((name) => slugify(name ?? '')).find((slug) => slug !== '') ?? slugify(fallback);
  const root = (base || 'item').slice(0, 180).replace(/-+$/, '');
  for (let n = 1; ; n += 1) {
    const candidate = n === 1 ? root : `${root}-${n}`;
    if (!(await taken(candidate))) return candidate;
  }
}

interface DatabaseError {
  code?: string;
  constraint?: string;
  detail?: string;
}

function databaseError(error: unknown): DatabaseError {
  const direct = error as DatabaseError & { cause?: DatabaseError };
  return direct.code ? direct : (direct.cause ?? {});
}

/**
 * Runs an admin write in one transaction. The use cases check uniqueness first to name every clashing
 * field; this turns the rare race they cannot see (two admins saving the same slug at once) into the
 * same 409 instead of a 500.
 */
export async function adminTransaction<T>(db: Db, work: (tx: Tx) => Promise<T>): Promise<T> {
  try {
    return await db.transaction(work);
  } catch (error) {
    const { code, constraint, detail } = databaseError(error);
    if (code !== '23505') throw error;
    const locale = detail?.match(/=\((\w+), /)?.[1];
    const field: Record<string, string> = {
      products_sku_key: 'sku',
      product_variants_sku_key: 'variants.sku',
      product_translations_locale_slug_key: `translations.${locale}.slug`,
      category_translations_locale_slug_key: `translations.${locale}.slug`,
    };
    throw new AppError('CONFLICT', 'Something with this value already exists.', [
      { field: field[constraint ?? ''] ?? 'body', message: 'is already in use' },
    ]);
  }
}

function conflict(issues: FieldIssue[]): AppError {
  return new AppError('CONFLICT', 'Some values are already used elsewhere in the catalogue.', issues);
}

/** Top-level fields that differ, before and after, for the audit log. */
export function changes<T extends object>(before: T, after: T): { before: Partial<T>; after: Partial<T> } {
  const result = { before: {} as Partial<T>, after: {} as Partial<T> };
  for (const key of Object.keys(after) as (keyof T)[]) {
    if (JSON.stringify(before[key]) === JSON.stringify(after[key])) continue;
    result.before[key] = before[key];
    result.after[key] = after[key];
  }
  return result;
}

const idList = (ids: readonly string[]): SQL =>
  sql.join(
    ids.map((id) => sql`${id}`),
    sql`, `,
  );

// ---------------------------------------------------------------------------------------------------
// 30-day lowest price (EU Omnibus directive)
// ---------------------------------------------------------------------------------------------------

export interface PricePoint {
  priceCents: number;
  effectiveFrom: Date;
}

const omnibusWindowMs = 30 * 86_400_000;

/**
 * The lowest price charged in the 30 days before a new price takes effect at `changedAt` (Art. 6a of
 * directive 98/6/EC, as amended by the Omnibus directive 2019/2161): the price in effect when the
 * window opened and every price that took effect within it. The price being replaced counts even when
 * the history does not show it (rows written outside this path). Something new, with nothing charged
 * before, has its first price as its reference.
 */
export function lowestPriceBefore(
  history: readonly PricePoint[],
  changedAt: Date,
  previousPriceCents: number | null,
  newPriceCents: number,
): number {
  const windowStart = changedAt.getTime() - omnibusWindowMs;
  const sorted = [...history].sort((a, b) => a.effectiveFrom.getTime() - b.effectiveFrom.getTime());
  const charged: number[] = previousPriceCents === null ? [] : [previousPriceCents];
  let inEffectAtStart: number | undefined;
  for (const point of sorted) {
    // Rows from this very change (a product's new price, seen from a variant that follows it) are not before it.
    if (point.effectiveFrom.getTime() >= changedAt.getTime()) break;
    if (point.effectiveFrom.getTime() <= windowStart) inEffectAtStart = point.priceCents;
    else charged.push(point.priceCents);
  }
  if (inEffectAtStart !== undefined) charged.push(inEffectAtStart);
  return charged.length === 0 ? newPriceCents : Math.min(...charged);
}

/**
 * What a product (variantId null) or a variant was charged over time. A variant's rows start when its
 * effective price first changed on its own; before that it was sold at the product's price.
 */
async function priceTimeline(
  tx: Executor,
  productId: string,
  variantId: string | null,
): Promise<PricePoint[]> {
  const rows = await tx
    .select({
      variantId: priceHistory.variantId,
      priceCents: priceHistory.priceCents,
      effectiveFrom: priceHistory.effectiveFrom,
    })
    .from(priceHistory)
    .where(
      and(
        eq(priceHistory.productId, productId),
        variantId
          ? sql`(${priceHistory.variantId} is null or ${priceHistory.variantId} = ${variantId})`
          : isNull(priceHistory.variantId),
      ),
    )
    .orderBy(asc(priceHistory.effectiveFrom), asc(priceHistory.id));
  const own = rows.filter((row) => row.variantId !== null);
  const firstOwn = own[0]?.effectiveFrom.getTime() ?? Number.POSITIVE_INFINITY;
  return [...rows.filter((row) => row.variantId === null && row.effectiveFrom.getTime() < firstOwn), ...own];
}

/**
 * Records a price change (the only place that does): a price_history row and the new 30-day lowest price,
 * which the caller stores with `priceChangedAt` on the product or variant.
 */
async function recordPriceChange(
  tx: Executor,
  change: {
    productId: string;
    variantId: string | null;
    previousPriceCents: number | null;
    newPriceCents: number;
    changedAt: Date;
    actorId: string;
  },
): Promise<number> {
  const history = await priceTimeline(tx, change.productId, change.variantId);
  const lowest = lowestPriceBefore(
    history,
    change.changedAt,
    change.previousPriceCents,
    change.newPriceCents,
  );
  await tx.insert(priceHistory).values({
    productId: change.productId,
    variantId: change.variantId,
    priceCents: change.newPriceCents,
    effectiveFrom: change.changedAt,
    actorId: change.actorId,
  });
  return lowest;
}

// ---------------------------------------------------------------------------------------------------
// Search keywords
// ---------------------------------------------------------------------------------------------------

export interface KeywordSource {
  brand: string | null;
  sku: string;
  variantSkus: readonly string[];
  categoryName: string | null;
  parentCategoryName: string | null;
}

/** Words a customer may search for that the product's own text does not contain (the demo seed's rule). */
export function derivedKeywords(source: KeywordSource): string {
  return [source.brand, source.sku, ...source.variantSkus, source.categoryName, source.parentCategoryName]
    .filter(Boolean)
    .join(' ');
}

const words = (text: string): string[] => text.split(/\s+/).filter(Boolean);

/** The stored keywords: the derived words, then the admin's own words not already among them. */
export function mergeKeywords(derived: string, own: string): string {
  const seen = new Set(words(derived).map((word) => word.toLowerCase()));
  const added = words(own).filter((word) => {
    const key = word.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return [derived, ...added].filter(Boolean).join(' ');
}

/** The admin's own words: the stored keywords less the derived ones. */
export function ownKeywords(stored: string, derived: string): string {
  const generated = new Set(words(derived).map((word) => word.toLowerCase()));
  return words(stored)
    .filter((word) => !generated.has(word.toLowerCase()))
    .join(' ');
}

interface KeywordRow {
  product_id: string;
  locale: Locale;
  keywords: string;
  brand: string | null;
  sku: string;
  variant_skus: string[] | null;
  category_name: string | null;
  parent_name: string | null;
}

async function keywordRows(tx: Executor, productIds: readonly string[]): Promise<KeywordRow[]> {
  if (productIds.length === 0) return [];
  return queryRows<KeywordRow>(
    tx,
    sql`select tr.product_id, tr.locale, tr.keywords, p.brand, p.sku,
        (select array_agg(v.sku order by v.position, v.sku) from product_variants v where v.product_id = p.id)
          as variant_skus,
        coalesce(ct.name, cd.name) as category_name, coalesce(pt.name, pd.name) as parent_name
      from product_translations tr
      join products p on p.id = tr.product_id
      left join categories c on c.id = p.category_id
      left join category_translations ct on ct.category_id = c.id and ct.locale = tr.locale
      left join category_translations cd on cd.category_id = c.id and cd.locale = ${defaultLocale}
      left join category_translations pt on pt.category_id = c.parent_id and pt.locale = tr.locale
      left join category_translations pd on pd.category_id = c.parent_id and pd.locale = ${defaultLocale}
      where tr.product_id in (${idList(productIds)})`,
  );
}

const derivedFor = (row: KeywordRow): string =>
  derivedKeywords({
    brand: row.brand,
    sku: row.sku,
    variantSkus: row.variant_skus ?? [],
    categoryName: row.category_name,
    parentCategoryName: row.parent_name,
  });

export type OwnKeywords = Map<string, Partial<Record<Locale, string>>>;

/** The admin's own keywords of each product and locale, read before a change that moves the derived ones. */
export async function readOwnKeywords(tx: Executor, productIds: readonly string[]): Promise<OwnKeywords> {
  const result: OwnKeywords = new Map();
  for (const row of await keywordRows(tx, productIds)) {
    const entry = result.get(row.product_id) ?? {};
    entry[row.locale] = ownKeywords(row.keywords, derivedFor(row));
    result.set(row.product_id, entry);
  }
  return result;
}

/**
 * Rewrites the keywords of these products from their current brand, SKUs and category names plus the
 * admin's own words: after any change to those, in the same transaction.
 */
export async function refreshKeywords(
  tx: Executor,
  productIds: readonly string[],
  own: OwnKeywords,
): Promise<void> {
  for (const row of await keywordRows(tx, productIds)) {
    const keywords = mergeKeywords(derivedFor(row), own.get(row.product_id)?.[row.locale] ?? '');
    if (keywords === row.keywords) continue;
    await tx
      .update(productTranslations)
      .set({ keywords })
      .where(
        and(eq(productTranslations.productId, row.product_id), eq(productTranslations.locale, row.locale)),
      );
  }
}

// ---------------------------------------------------------------------------------------------------
// Input
// ---------------------------------------------------------------------------------------------------

const cents = z.number().int().min(0).max(100_000_000);
const quantity = z.number().int().min(0).max(1_000_000);
const ZSku = z.string().trim().min(1, 'is required').max(64).regex(/^\S+$/, 'must not contain spaces');
const ZSpecification = z.object({
  label: z.string().trim().min(1).max(100),
  value: z.string().trim().max(500),
});
const ZVariantOptions = z
  .record(z.string().trim().min(1).max(50), z.string().trim().min(1).max(100))
  .refine((options) => Object.keys(options).length <= 10, 'at most 10 options');

const translationFields = {
  name: z.string().trim().min(1, 'is required').max(200),
  slug: ZSlug,
  shortDescription: z.string().trim().max(500),
  description: z.string().trim().max(20_000),
  specifications: z.array(ZSpecification).max(100),
  keywords: z.string().trim().max(1000),
};

const ZProductTranslation = requiredTranslation({
  name: translationFields.name,
  slug: translationFields.slug.optional(),
  shortDescription: translationFields.shortDescription.default(''),
  description: translationFields.description.default(''),
  specifications: translationFields.specifications.default([]),
  keywords: translationFields.keywords.default(''),
});

const ZProductTranslationPatch = z.object(translationFields).partial();

const ZNewVariant = z.object({
  sku: ZSku,
  options: ZVariantOptions,
  /** Null: sold at the product's price. */
  priceCents: cents.nullable().default(null),
  stock: quantity.default(0),
  isActive: z.boolean().default(true),
});

const productFields = {
  sku: ZSku,
  brand: z.string().trim().min(1).max(100).nullable(),
  categoryId: z.uuid().nullable(),
  priceCents: cents,
  compareAtPriceCents: cents.nullable(),
  lowStockThreshold: quantity,
  taxClass: z.enum(taxClass.enumValues),
  isFeatured: z.boolean(),
  isVisible: z.boolean(),
  weightGrams: z.number().int().min(0).max(1_000_000).nullable(),
};

function checkCompareAt(
  value: { priceCents?: number; compareAtPriceCents?: number | null },
  ctx: z.RefinementCtx,
) {
  if (
    value.priceCents !== undefined &&
    value.compareAtPriceCents != null &&
    value.compareAtPriceCents <= value.priceCents
  ) {
    ctx.addIssue({
      code: 'custom',
      path: ['compareAtPriceCents'],
      message: 'must be above the price (it is the earlier, struck-through price)',
    });
  }
}

export const ZCreateProductInput = z
  .object({
    ...productFields,
    brand: productFields.brand.default(null),
    categoryId: productFields.categoryId.default(null),
    compareAtPriceCents: productFields.compareAtPriceCents.default(null),
    /** Opening stock of a product without variants, written to the stock ledger. */
    stock: quantity.default(0),
    lowStockThreshold: productFields.lowStockThreshold.default(5),
    taxClass: productFields.taxClass.default('standard'),
    isFeatured: productFields.isFeatured.default(false),
    isVisible: productFields.isVisible.default(true),
    weightGrams: productFields.weightGrams.default(null),
    translations: z.object({
      fi: ZProductTranslation,
      sv: ZProductTranslation,
      en: ZProductTranslation,
      zh: ZProductTranslation,
    }),
    variants: z.array(ZNewVariant).max(200).default([]),
  })
  .superRefine(checkCompareAt);
export type TCreateProductInput = z.input<typeof ZCreateProductInput>;

const ZVariantPatch = z.object({
  /** An existing variant to edit; without it a new variant is added (sku and options required). */
  id: z.uuid().optional(),
  sku: ZSku.optional(),
  options: ZVariantOptions.optional(),
  priceCents: cents.nullable().optional(),
  /** Opening stock of a new variant; existing stock changes through the stock ledger. */
  stock: quantity.optional(),
  position: z.number().int().min(0).max(10_000).optional(),
  isActive: z.boolean().optional(),
});

export const ZUpdateProductInput = z
  .object({
    ...productFields,
    /** False brings an archived product back. */
    archived: z.boolean(),
    translations: z
      .object({
        fi: ZProductTranslationPatch,
        sv: ZProductTranslationPatch,
        en: ZProductTranslationPatch,
        zh: ZProductTranslationPatch,
      })
      .partial(),
    variants: z.array(ZVariantPatch).max(200),
  })
  .partial()
  .refine(nonEmpty, 'nothing to change');
export type TUpdateProductInput = z.input<typeof ZUpdateProductInput>;

// ---------------------------------------------------------------------------------------------------
// Views
// ---------------------------------------------------------------------------------------------------

export interface AdminProductTranslation {
  name: string;
  slug: string;
  shortDescription: string;
  description: string;
  specifications: Specification[];
  /** The admin's own search words; brand, SKUs and category names are added to the stored keywords. */
  keywords: string;
}

export interface AdminVariant {
  id: string;
  sku: string;
  options: Record<string, string>;
  /** Own price; null when sold at the product's price. */
  priceCents: number | null;
  lowestPrice30dCents: number | null;
  priceChangedAt: string;
  stock: number;
  position: number;
  isActive: boolean;
}

export interface AdminImage {
  id: string;
  position: number;
  alt: Partial<Record<Locale, string>>;
  sources: (ImageSource & { url: string })[];
  createdAt: string;
}

/** A product's images in display order, with alt text per locale. */
async function listAdminImages(db: Executor, productId: string): Promise<AdminImage[]> {
  const rows = await db
    .select()
    .from(productImages)
    .where(eq(productImages.productId, productId))
    .orderBy(asc(productImages.position), asc(productImages.createdAt));
  return rows.map(toAdminImage);
}

export function toAdminImage(row: typeof productImages.$inferSelect): AdminImage {
  return {
    id: row.id,
    position: row.position,
    alt: row.alt,
    sources: row.sources.map((source) => ({ ...source, url: mediaUrl(source.key) })),
    createdAt: row.createdAt.toISOString(),
  };
}

export interface PriceHistoryEntry {
  variantId: string | null;
  priceCents: number;
  effectiveFrom: string;
  actorId: string | null;
}

export interface AdminProduct {
  id: string;
  sku: string;
  brand: string | null;
  categoryId: string | null;
  priceCents: number;
  compareAtPriceCents: number | null;
  lowestPrice30dCents: number;
  priceChangedAt: string;
  /** Own stock (products without variants) and the total over active variants. */
  stock: number;
  stockTotal: number;
  lowStockThreshold: number;
  taxClass: (typeof taxClass.enumValues)[number];
  isFeatured: boolean;
  isVisible: boolean;
  archivedAt: string | null;
  weightGrams: number | null;
  translations: Partial<Record<Locale, AdminProductTranslation>>;
  /** Locales without a translation, reported rather than filled from another language. */
  missingTranslations: Locale[];
  variants: AdminVariant[];
  images: AdminImage[];
  /** Newest first, at most 100. */
  priceHistory: PriceHistoryEntry[];
  createdAt: string;
  updatedAt: string;
}

/** Everything an admin edits about one product, archived or not. */
export async function getAdminProduct(db: Executor, productId: string): Promise<AdminProduct> {
  if (!isUuid(productId)) throw notFound('Product');
  const [product] = await db.select().from(products).where(eq(products.id, productId));
  if (!product) throw notFound('Product');
  const [translationRows, ownWords, variantRows, images, history] = await readAll(db, [
    () => db.select().from(productTranslations).where(eq(productTranslations.productId, productId)),
    () => readOwnKeywords(db, [productId]),
    () =>
      db
        .select()
        .from(productVariants)
        .where(eq(productVariants.productId, productId))
        .orderBy(asc(productVariants.position), asc(productVariants.sku)),
    () => listAdminImages(db, productId),
    () =>
      db
        .select()
        .from(priceHistory)
        .where(eq(priceHistory.productId, productId))
        .orderBy(desc(priceHistory.effectiveFrom), desc(priceHistory.id))
        .limit(100),
  ]);
  const translations: Partial<Record<Locale, AdminProductTranslation>> = {};
  for (const row of translationRows) {
    const locale = row.locale as Locale;
    translations[locale] = {
      name: row.name,
      slug: row.slug,
      shortDescription: row.shortDescription,
      description: row.description,
      specifications: row.specifications,
      keywords: ownWords.get(productId)?.[locale] ?? '',
    };
  }
  return {
    id: product.id,
    sku: product.sku,
    brand: product.brand,
    categoryId: product.categoryId,
    priceCents: product.priceCents,
    compareAtPriceCents: product.compareAtPriceCents,
    lowestPrice30dCents: product.lowestPrice30dCents,
    priceChangedAt: product.priceChangedAt.toISOString(),
    stock: product.stock,
    stockTotal: product.stockTotal,
    lowStockThreshold: product.lowStockThreshold,
    taxClass: product.taxClass,
    isFeatured: product.isFeatured,
    isVisible: product.isVisible,
    archivedAt: product.archivedAt?.toISOString() ?? null,
    weightGrams: product.weightGrams,
    translations,
    missingTranslations: missingLocales(translations),
    variants: variantRows.map((variant) => ({
      id: variant.id,
      sku: variant.sku,
      options: variant.options,
      priceCents: variant.priceCents,
      lowestPrice30dCents: variant.lowestPrice30dCents,
      priceChangedAt: variant.priceChangedAt.toISOString(),
      stock: variant.stock,
      position: variant.position,
      isActive: variant.isActive,
    })),
    images,
    priceHistory: history.map((entry) => ({
      variantId: entry.variantId,
      priceCents: entry.priceCents,
      effectiveFrom: entry.effectiveFrom.toISOString(),
      actorId: entry.actorId,
    })),
    createdAt: product.createdAt.toISOString(),
    updatedAt: product.updatedAt.toISOString(),
  };
}

/** The editable state recorded in the audit log (images and history have their own entries). */
function auditState(product: AdminProduct) {
  const {
    images: _images,
    priceHistory: _history,
    createdAt: _created,
    updatedAt: _updated,
    ...state
  } = product;
  return state;
}

// ---------------------------------------------------------------------------------------------------
// Writes
// ---------------------------------------------------------------------------------------------------

async function assertCategoryExists(tx: Executor, categoryId: string | null): Promise<void> {
  if (categoryId === null) return;
  const [row] = await tx.select({ id: categories.id }).from(categories).where(eq(categories.id, categoryId));
  if (!row) throw invalid([{ field: 'categoryId', message: 'no such category' }]);
}

/** SKUs must be unique among products and among variants; every clash is named. */
async function assertSkusFree(
  tx: Executor,
  productId: string | null,
  productSku: string | undefined,
  variantSkus: readonly { field: string; sku: string; variantId?: string }[],
): Promise<void> {
  const issues: FieldIssue[] = [];
  const seen = new Set<string>();
  for (const { field, sku } of variantSkus) {
    if (seen.has(sku)) issues.push({ field, message: 'is the same as another variant of this product' });
    seen.add(sku);
  }
  if (productSku !== undefined) {
    const [clash] = await tx
      .select({ id: products.id })
      .from(products)
      .where(and(eq(products.sku, productSku), productId ? ne(products.id, productId) : undefined));
    if (clash) issues.push({ field: 'sku', message: 'is already used by another product' });
  }
  if (variantSkus.length > 0) {
    const taken = await tx
      .select({ id: productVariants.id, sku: productVariants.sku })
      .from(productVariants)
      .where(
        inArray(
          productVariants.sku,
          variantSkus.map((entry) => entry.sku),
        ),
      );
    for (const entry of variantSkus) {
      if (taken.some((row) => row.sku === entry.sku && row.id !== entry.variantId)) {
        issues.push({ field: entry.field, message: 'is already used by another variant' });
      }
    }
  }
  if (issues.length > 0) throw conflict(issues);
}

type TranslationPatch = z.output<typeof ZProductTranslationPatch>;

/**
 * Writes the translations given: a locale without a row gets one (its name is then required and a slug
 * is made from the name when none is given); a slug the admin typed must be free in its locale.
 */
async function writeTranslations(
  tx: Executor,
  product: { id: string; sku: string },
  patches: Partial<Record<Locale, TranslationPatch>>,
): Promise<void> {
  const existing = await tx
    .select()
    .from(productTranslations)
    .where(eq(productTranslations.productId, product.id));
  const current = new Map(existing.map((row) => [row.locale, row]));
  const given = locales.filter((locale) => patches[locale] !== undefined);
  const issues: FieldIssue[] = [];
  for (const locale of given) {
    if (!current.has(locale) && patches[locale]?.name === undefined) {
      issues.push({ field: `translations.${locale}.name`, message: 'is required for a new translation' });
    }
  }
  if (issues.length > 0) throw invalid(issues);

  const slugTaken = (locale: Locale) => async (slug: string) =>
    (
      await tx
        .select({ id: productTranslations.productId })
        .from(productTranslations)
        .where(
          and(
            eq(productTranslations.locale, locale),
            eq(productTranslations.slug, slug),
            ne(productTranslations.productId, product.id),
          ),
        )
    ).length > 0;
  const clashes: FieldIssue[] = [];
  for (const locale of given) {
    const slug = patches[locale]?.slug;
    if (slug !== undefined && slug !== current.get(locale)?.slug && (await slugTaken(locale)(slug))) {
      clashes.push({ field: `translations.${locale}.slug`, message: 'is already used by another product' });
    }
  }
  if (clashes.length > 0) throw conflict(clashes);

  for (const locale of given) {
    const patch = patches[locale] ?? {};
    const { keywords: _ownWords, ...fields } = patch;
    const row = current.get(locale);
    if (row) {
      if (nonEmpty(fields)) {
        await tx
          .update(productTranslations)
          .set(fields)
          .where(and(eq(productTranslations.productId, product.id), eq(productTranslations.locale, locale)));
      }
      continue;
    }
    const name = patch.name ?? '';
    const slug =
      patch.slug ??
      (await generateSlug(
        [
          name,
          patches.en?.name ?? current.get('en')?.name,
          patches[defaultLocale]?.name ?? current.get(defaultLocale)?.name,
        ],
        product.sku,
        slugTaken(locale),
      ));
    await tx.insert(productTranslations).values({
      productId: product.id,
      locale,
      name,
      slug,
      shortDescription: patch.shortDescription ?? '',
      description: patch.description ?? '',
      specifications: patch.specifications ?? [],
    });
  }
}

async function recordOpeningStock(
  tx: Executor,
  entry: { productId: string; variantId: string | null; stock: number; actorId: string },
): Promise<void> {
  if (entry.stock === 0) return;
  await tx.insert(stockMovements).values({
    productId: entry.productId,
    variantId: entry.variantId,
    delta: entry.stock,
    stockAfter: entry.stock,
    reason: 'initial',
    note: 'Opening stock',
    actorId: entry.actorId,
  });
}

async function insertVariant(
  tx: Executor,
  productId: string,
  variant: z.output<typeof ZNewVariant>,
  position: number,
  context: { actorId: string; at: Date },
): Promise<void> {
  const [row] = await tx
    .insert(productVariants)
    .values({
      productId,
      sku: variant.sku,
      options: variant.options,
      priceCents: variant.priceCents,
      priceChangedAt: context.at,
      lowestPrice30dCents: variant.priceCents,
      stock: variant.stock,
      position,
      isActive: variant.isActive,
    })
    .returning({ id: productVariants.id });
  if (!row) throw new Error('variant insert returned nothing');
  // A variant at the product's price shares the product's history until its own price changes.
  if (variant.priceCents !== null) {
    await recordPriceChange(tx, {
      productId,
      variantId: row.id,
      previousPriceCents: null,
      newPriceCents: variant.priceCents,
      changedAt: context.at,
      actorId: context.actorId,
    });
  }
  await recordOpeningStock(tx, {
    productId,
    variantId: row.id,
    stock: variant.stock,
    actorId: context.actorId,
  });
}

/**
 * Creates a product with its text in every locale (a missing one is a 400 naming it), its variants, its
 * first price history and its opening stock in the ledger.
 */
export async function createProduct(
  db: Db,
  request: AdminWrite & { input: TCreateProductInput },
): Promise<AdminProduct> {
  const input = parseInput(ZCreateProductInput, request.input);
  const at = new Date();
  const actorId = request.actor.id;
  return adminTransaction(db, async (tx) => {
    await assertCategoryExists(tx, input.categoryId);
    await assertSkusFree(
      tx,
      null,
      input.sku,
      input.variants.map((variant, index) => ({ field: `variants.${index}.sku`, sku: variant.sku })),
    );
    const { translations, variants, stock, ...fields } = input;
    const [row] = await tx
      .insert(products)
      .values({ ...fields, stock, priceChangedAt: at, lowestPrice30dCents: input.priceCents })
      .returning({ id: products.id });
    if (!row) throw new Error('product insert returned nothing');
    await recordPriceChange(tx, {
      productId: row.id,
      variantId: null,
      previousPriceCents: null,
      newPriceCents: input.priceCents,
      changedAt: at,
      actorId,
    });
    await recordOpeningStock(tx, { productId: row.id, variantId: null, stock, actorId });
    for (const [position, variant] of variants.entries()) {
      await insertVariant(tx, row.id, variant, position, { actorId, at });
    }
    await writeTranslations(tx, { id: row.id, sku: input.sku }, translations);
    await refreshKeywords(
      tx,
      [row.id],
      new Map([
        [row.id, Object.fromEntries(locales.map((locale) => [locale, translations[locale].keywords]))],
      ]),
    );
    const created = await getAdminProduct(tx, row.id);
    await recordAudit(tx, {
      actor: request.actor,
      action: 'product.create',
      entityType: 'product',
      entityId: row.id,
      after: auditState(created),
      requestId: request.requestId,
    });
    return created;
  });
}

/**
 * Changes a product: any of its fields, translations and variants (added, edited, deactivated). Every
 * change of what a customer pays, of the product or of a variant (including variants that follow the
 * product's price), goes to the price history with a new 30-day lowest price.
 */
export async function updateProduct(
  db: Db,
  request: AdminWrite & { productId: string; input: TUpdateProductInput },
): Promise<AdminProduct> {
  const input = parseInput(ZUpdateProductInput, request.input);
  const { productId } = request;
  if (!isUuid(productId)) throw notFound('Product');
  const at = new Date();
  const actorId = request.actor.id;
  return adminTransaction(db, async (tx) => {
    // Variants first, then the product: checkout takes a variant's row and then (by the roll-up trigger)
    // its product's, so the same order here cannot deadlock with it. NO KEY UPDATE lets order lines and
    // cart lines that reference the product be written meanwhile.
    const variantRows = await tx
      .select()
      .from(productVariants)
      .where(eq(productVariants.productId, productId))
      .orderBy(asc(productVariants.id))
      .for('no key update');
    const [product] = await tx.select().from(products).where(eq(products.id, productId)).for('no key update');
    if (!product) throw notFound('Product');

    const variantPatches = input.variants ?? [];
    const issues: FieldIssue[] = [];
    for (const [index, patch] of variantPatches.entries()) {
      if (patch.id !== undefined) {
        if (!variantRows.some((variant) => variant.id === patch.id)) {
          issues.push({ field: `variants.${index}.id`, message: 'is not a variant of this product' });
        }
        if (patch.stock !== undefined) {
          issues.push({ field: `variants.${index}.stock`, message: 'changes through the stock endpoint' });
        }
        continue;
      }
      if (patch.sku === undefined) issues.push({ field: `variants.${index}.sku`, message: 'is required' });
      if (patch.options === undefined)
        issues.push({ field: `variants.${index}.options`, message: 'is required' });
    }
    const priceCents = input.priceCents ?? product.priceCents;
    const compareAt =
      input.compareAtPriceCents !== undefined ? input.compareAtPriceCents : product.compareAtPriceCents;
    if (compareAt !== null && compareAt <= priceCents) {
      issues.push({ field: 'compareAtPriceCents', message: 'must be above the price' });
    }
    if (issues.length > 0) throw invalid(issues);
    if (input.categoryId !== undefined) await assertCategoryExists(tx, input.categoryId);

    // Every variant SKU of the product after the change: two of its variants may not share one either.
    const finalSkus = [
      ...variantRows.map((variant) => {
        const index = variantPatches.findIndex((patch) => patch.id === variant.id);
        const sku = variantPatches[index]?.sku ?? variant.sku;
        return { field: index >= 0 ? `variants.${index}.sku` : 'variants', sku, variantId: variant.id };
      }),
      ...variantPatches.flatMap((patch, index) =>
        patch.id === undefined && patch.sku ? [{ field: `variants.${index}.sku`, sku: patch.sku }] : [],
      ),
    ];
    await assertSkusFree(tx, productId, input.sku, finalSkus);

    const before = await getAdminProduct(tx, productId);
    const ownWords = await readOwnKeywords(tx, [productId]);
    for (const locale of locales) {
      const keywords = input.translations?.[locale]?.keywords;
      if (keywords !== undefined) ownWords.set(productId, { ...ownWords.get(productId), [locale]: keywords });
    }

    const { translations, variants: _variants, archived, ...fields } = input;
    const productChanges: Partial<typeof products.$inferInsert> = { ...fields };
    if (archived !== undefined && archived !== (product.archivedAt !== null)) {
      productChanges.archivedAt = archived ? at : null;
    }
    if (priceCents !== product.priceCents) {
      productChanges.lowestPrice30dCents = await recordPriceChange(tx, {
        productId,
        variantId: null,
        previousPriceCents: product.priceCents,
        newPriceCents: priceCents,
        changedAt: at,
        actorId,
      });
      productChanges.priceChangedAt = at;
    }
    if (nonEmpty(productChanges)) {
      await tx.update(products).set(productChanges).where(eq(products.id, productId));
    }

    for (const variant of variantRows) {
      const patch = variantPatches.find((entry) => entry.id === variant.id);
      const ownPrice = patch?.priceCents !== undefined ? patch.priceCents : variant.priceCents;
      const changesOfVariant: Partial<typeof productVariants.$inferInsert> = {
        sku: patch?.sku,
        options: patch?.options,
        position: patch?.position,
        isActive: patch?.isActive,
        priceCents: patch?.priceCents,
      };
      const previous = variant.priceCents ?? product.priceCents;
      const next = ownPrice ?? priceCents;
      if (next !== previous) {
        changesOfVariant.lowestPrice30dCents = await recordPriceChange(tx, {
          productId,
          variantId: variant.id,
          previousPriceCents: previous,
          newPriceCents: next,
          changedAt: at,
          actorId,
        });
        changesOfVariant.priceChangedAt = at;
      }
      if (nonEmpty(changesOfVariant)) {
        await tx.update(productVariants).set(changesOfVariant).where(eq(productVariants.id, variant.id));
      }
    }
    let position = Math.max(-1, ...variantRows.map((variant) => variant.position)) + 1;
    for (const patch of variantPatches) {
      if (patch.id !== undefined || !patch.sku || !patch.options) continue;
      const variant = ZNewVariant.parse(patch);
      await insertVariant(tx, productId, variant, patch.position ?? position, { actorId, at });
      position += 1;
    }

    if (translations) {
      await writeTranslations(tx, { id: productId, sku: input.sku ?? product.sku }, translations);
    }
    await refreshKeywords(tx, [productId], ownWords);

    const after = await getAdminProduct(tx, productId);
    await recordAudit(tx, {
      actor: request.actor,
      action: 'product.update',
      entityType: 'product',
      entityId: productId,
      ...changes(auditState(before), auditState(after)),
      requestId: request.requestId,
    });
    return after;
  });
}

/**
 * Archives a product: customers no longer find it, while past orders (which keep their own copy of
 * name, SKU and price) and the stock ledger stay as they are. Archiving twice changes nothing.
 */
export async function archiveProduct(db: Db, request: AdminWrite & { productId: string }): Promise<void> {
  const { productId } = request;
  if (!isUuid(productId)) throw notFound('Product');
  await db.transaction(async (tx) => {
    const [product] = await tx
      .select({ archivedAt: products.archivedAt })
      .from(products)
      .where(eq(products.id, productId))
      .for('no key update');
    if (!product) throw notFound('Product');
    if (product.archivedAt) return;
    const at = new Date();
    await tx.update(products).set({ archivedAt: at }).where(eq(products.id, productId));
    await recordAudit(tx, {
      actor: request.actor,
      action: 'product.archive',
      entityType: 'product',
      entityId: productId,
      before: { archivedAt: null },
      after: { archivedAt: at.toISOString() },
      requestId: request.requestId,
    });
  });
}
