/**
 * Generates a large, deterministic catalogue for load benchmarks: 8 departments with 3 sub-categories
 * each, and any number of products with translations in every locale, some variants and a price
 * history row each. The same seed gives the same catalogue on every machine.
 */
import { type Database, ensureReferenceData, type Locale, locales } from '@puoti/core';
import { type Db, tables } from '@puoti/core/db';
// Core exports neither helper from its public entry yet; both are plain functions with no state.
import { slugify } from '../../packages/core/src/lib/ascii';
import { SeededRandom } from '../../packages/core/src/lib/random';
import {
  type Adjective,
  adjectives,
  brands,
  colours,
  departments,
  type Noun,
  type SubCategory,
  specLabels,
  variantSizes,
} from './words';

export interface GenerateOptions {
  products: number;
  seed: number;
  /** Creation dates are spread over the year before this moment. */
  now?: Date;
}

type CategoryRow = typeof tables.categories.$inferInsert;
type CategoryTranslationRow = typeof tables.categoryTranslations.$inferInsert;
type ProductRow = typeof tables.products.$inferInsert;
type ProductTranslationRow = typeof tables.productTranslations.$inferInsert;
type VariantRow = typeof tables.productVariants.$inferInsert;
type PriceHistoryRow = typeof tables.priceHistory.$inferInsert;

export interface CategoryRows {
  categories: CategoryRow[];
  translations: CategoryTranslationRow[];
  /** The sub-categories products go into. */
  leaves: { id: string; sub: SubCategory }[];
}

export interface ProductBatch {
  products: ProductRow[];
  translations: ProductTranslationRow[];
  variants: VariantRow[];
  priceHistory: PriceHistoryRow[];
}

/** Values a benchmark can request and be sure they exist, with many matches where that matters. */
export interface CatalogSamples {
  topCategorySlug: Record<Locale, string>;
  productSlug: Record<Locale, string>;
  /** A word in about one product name in twelve (and in more descriptions). */
  searchWord: Record<Locale, string>;
}

export interface CatalogSummary {
  categories: number;
  products: number;
  productTranslations: number;
  variants: number;
  samples: CatalogSamples;
}

/** Products per batch: 500 product rows and 1,000 translation rows per insert statement. */
const productsPerBatch = 500;
const translationsPerStatement = 1_000;
const day = 86_400_000;

/** One random stream for ids and another for content, so ids never shift the generated content. */
interface Streams {
  content: SeededRandom;
  ids: SeededRandom;
}

function streamsFor(seed: number): Streams {
  return { content: new SeededRandom(seed), ids: new SeededRandom(seed ^ 0x5eed_1d5) };
}

/** A version-4-shaped UUID from the seeded stream: ids are the same on every run with the same seed. */
function seededUuid(random: SeededRandom): string {
  const hex = Array.from({ length: 4 }, () =>
    Math.floor(random.next() * 0x1_0000_0000)
      .toString(16)
      .padStart(8, '0'),
  ).join('');
  const variant = ((Number.parseInt(hex.charAt(16), 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function localeSlug(locale: Locale, latin: string, zhSlug: string): string {
  return locale === 'zh' ? zhSlug : slugify(latin);
}

export function buildCategories(ids: SeededRandom): CategoryRows {
  const result: CategoryRows = { categories: [], translations: [], leaves: [] };
  const addTranslations = (categoryId: string, names: SubCategory['name']) => {
    for (const locale of locales) {
      result.translations.push({
        categoryId,
        locale,
        name: names[locale],
        slug: localeSlug(locale, names[locale], names.zhSlug),
      });
    }
  };
  for (const [position, department] of departments.entries()) {
    const parentId = seededUuid(ids);
    result.categories.push({ id: parentId, parentId: null, position });
    addTranslations(parentId, department.name);
    for (const [childPosition, sub] of department.children.entries()) {
      const id = seededUuid(ids);
      result.categories.push({ id, parentId, position: childPosition });
      addTranslations(id, sub.name);
      result.leaves.push({ id, sub });
    }
  }
  return result;
}

/** Prices are log-uniform between 5 and 3,000 euros (shops have many cheap items), ending in .90. */
function randomPriceCents(random: SeededRandom): number {
  const euros = Math.floor(Math.exp(Math.log(5) + random.next() * (Math.log(3_000) - Math.log(5))));
  return Math.min(Math.max(euros, 5), 2_999) * 100 + 90;
}

/** About one product in ten is on sale, 10-50 % off the struck-through price. */
function randomCompareAt(random: SeededRandom, priceCents: number): number | null {
  if (random.next() >= 0.1) return null;
  const markup = Math.round((priceCents * (0.1 + random.next() * 0.4)) / 100) * 100;
  return priceCents + Math.max(markup, 100);
}

/** A quarter of the products have no reviews; the rest average 3-5 stars, so sum/count stays in 1..5. */
function randomRating(random: SeededRandom): { ratingSum: number; ratingCount: number } {
  if (random.next() < 0.25) return { ratingSum: 0, ratingCount: 0 };
  const ratingCount = random.int(1, 120);
  const average = 3 + random.next() * 2;
  const ratingSum = Math.min(Math.max(Math.round(ratingCount * average), ratingCount), 5 * ratingCount);
  return { ratingSum, ratingCount };
}

/** About 5 % of products are sold out. */
function randomStock(random: SeededRandom): number {
  return random.next() < 0.05 ? 0 : random.int(1, 200);
}

/** Three distinct adjectives: one for the name, two for the descriptions. */
function pickAdjectives(random: SeededRandom): [Adjective, Adjective, Adjective] {
  const [first, second, third] = random.shuffle(adjectives);
  if (!first || !second || !third) throw new Error('need at least three adjectives');
  return [first, second, third];
}

interface ProductWords {
  noun: Noun;
  named: Adjective;
  extra: [Adjective, Adjective];
  sub: SubCategory;
  brand: string;
  model: string;
  index: number;
  colour: (typeof colours)[number];
  grams: number;
  warrantyYears: number;
}

/** Swedish adjectives take the noun's gender. */
function sv(adjective: Adjective, noun: Noun): string {
  return noun.svNeuter ? adjective.svNeuter : adjective.sv;
}

function indefiniteArticle(word: string): string {
  return /^[aeiou]/i.test(word) ? 'An' : 'A';
}

function productName(words: ProductWords, locale: Locale): string {
  const { named, noun, model } = words;
  switch (locale) {
    case 'fi':
      return `${capitalize(named.fi)} ${noun.fi} ${model}`;
    case 'sv':
      return `${capitalize(sv(named, noun))} ${noun.sv} ${model}`;
    case 'en':
      return `${capitalize(named.en)} ${noun.en} ${model}`;
    case 'zh':
      return `${named.zh}${noun.zh} ${model}`;
  }
}

/** The slug leaves the model number out and ends in the product's index, which keeps it unique. */
function productSlug(words: ProductWords, locale: Locale): string {
  const { named, noun, index } = words;
  const base =
    locale === 'zh'
      ? `${named.zhSlug}-${noun.zhSlug}`
      : slugify(`${locale === 'sv' ? sv(named, noun) : named[locale]} ${noun[locale]}`);
  return `${base}-${index + 1}`;
}

function shortDescription(words: ProductWords, locale: Locale): string {
  const [a, b] = words.extra;
  switch (locale) {
    case 'fi':
      return `${capitalize(a.fi)} ja ${b.fi} valinta jokapäiväiseen käyttöön.`;
    case 'sv':
      // "val" is an ett-word: the adjectives take the neuter form.
      return `Ett ${a.svNeuter} och ${b.svNeuter} val för vardagen.`;
    case 'en':
      return `${indefiniteArticle(a.en)} ${a.en} and ${b.en} choice for everyday use.`;
    case 'zh':
      return `既${a.zh}又${b.zh}，适合日常使用。`;
  }
}

function description(words: ProductWords, locale: Locale): string {
  const [a, b] = words.extra;
  const { noun, brand, warrantyYears: years, sub } = words;
  const name = productName(words, locale);
  switch (locale) {
    case 'fi':
      return `${name} on ${a.fi} ja ${b.fi}. Valmistaja: ${brand}. Takuu ${years} vuotta. Tuoteryhmä: ${sub.name.fi}.`;
    case 'sv':
      return `${name} är ${sv(a, noun)} och ${sv(b, noun)}. Tillverkare: ${brand}. Garanti ${years} år. Produktgrupp: ${sub.name.sv}.`;
    case 'en':
      // Mid-sentence, the name's adjective is not capitalised.
      return `The ${name.charAt(0).toLowerCase()}${name.slice(1)} is ${a.en} and ${b.en}. Made by ${brand}. ${years}-year warranty. Category: ${sub.name.en}.`;
    case 'zh':
      return `${name}既${a.zh}又${b.zh}。品牌：${brand}。保修${years}年。类别：${sub.name.zh}。`;
  }
}

function specifications(words: ProductWords, locale: Locale): { label: string; value: string }[] {
  const warranty: Record<Locale, string> = {
    fi: `${words.warrantyYears} v`,
    sv: `${words.warrantyYears} år`,
    en: `${words.warrantyYears} years`,
    zh: `${words.warrantyYears}年`,
  };
  return [
    { label: specLabels.weight[locale], value: `${words.grams} g` },
    { label: specLabels.colour[locale], value: words.colour[locale] },
    { label: specLabels.warranty[locale], value: warranty[locale] },
  ];
}

function skuFor(index: number): string {
  return `BENCH-${String(index + 1).padStart(7, '0')}`;
}

interface BuildContext {
  streams: Streams;
  leaves: CategoryRows['leaves'];
  now: number;
}

/** Appends one product, its four translations, its variants (one product in ten) and its price row. */
function addProduct(batch: ProductBatch, index: number, context: BuildContext): void {
  const { content: random, ids } = context.streams;
  const leaf = random.pick(context.leaves);
  const [named, a, b] = pickAdjectives(random);
  const brand = random.pick(brands);
  const words: ProductWords = {
    noun: random.pick(leaf.sub.nouns),
    named,
    extra: [a, b],
    sub: leaf.sub,
    brand,
    model: `${brand.slice(0, 2).toUpperCase()}-${1_000 + index}`,
    index,
    colour: random.pick(colours),
    grams: random.int(50, 8_000),
    warrantyYears: random.int(1, 5),
  };
  const id = seededUuid(ids);
  const sku = skuFor(index);
  const priceCents = randomPriceCents(random);
  const createdAt = new Date(context.now - random.int(0, 365 * day));
  const hasVariants = random.next() < 0.1;

  batch.products.push({
    id,
    categoryId: leaf.id,
    sku,
    brand,
    priceCents,
    compareAtPriceCents: randomCompareAt(random, priceCents),
    priceChangedAt: createdAt,
    lowestPrice30dCents: priceCents,
    // A product with variants keeps its stock per variant; its own stock is unused.
    stock: hasVariants ? 0 : randomStock(random),
    taxClass: leaf.sub.taxClass,
    isFeatured: random.next() < 0.15,
    weightGrams: words.grams,
    ...randomRating(random),
    createdAt,
    updatedAt: createdAt,
  });
  for (const locale of locales) {
    batch.translations.push({
      productId: id,
      locale,
      name: productName(words, locale),
      slug: productSlug(words, locale),
      shortDescription: shortDescription(words, locale),
      description: description(words, locale),
      specifications: specifications(words, locale),
      keywords: `${brand} ${sku}`,
    });
  }
  if (hasVariants) {
    for (const [position, size] of variantSizes.entries()) {
      batch.variants.push({
        id: seededUuid(ids),
        productId: id,
        sku: `${sku}-${size}`,
        options: { size },
        stock: randomStock(random),
        position,
        createdAt,
        updatedAt: createdAt,
      });
    }
  }
  batch.priceHistory.push({ productId: id, priceCents, effectiveFrom: createdAt });
}

export interface CatalogPlan {
  categories: CategoryRows;
  /** Yields the products in batches; building them lazily keeps 100,000 products out of memory at once. */
  batches(): Generator<ProductBatch>;
  samples: CatalogSamples;
}

/** Everything to insert, as plain rows: no database needed (the unit test compares two plans). */
export function planCatalog(options: GenerateOptions): CatalogPlan {
  if (!Number.isInteger(options.products) || options.products < 1) {
    throw new Error(`products must be a positive integer, got ${options.products}`);
  }
  const streams = streamsFor(options.seed);
  const categories = buildCategories(streams.ids);
  const context: BuildContext = {
    streams,
    leaves: categories.leaves,
    now: (options.now ?? new Date()).getTime(),
  };
  const sampleIndex = Math.floor(options.products / 2);
  const samples: CatalogSamples = {
    topCategorySlug: topCategorySlugs(categories),
    productSlug: { fi: '', sv: '', en: '', zh: '' },
    searchWord: searchWords(),
  };

  function* batches(): Generator<ProductBatch> {
    for (let start = 0; start < options.products; start += productsPerBatch) {
      const batch: ProductBatch = { products: [], translations: [], variants: [], priceHistory: [] };
      const end = Math.min(start + productsPerBatch, options.products);
      for (let index = start; index < end; index += 1) addProduct(batch, index, context);
      if (sampleIndex >= start && sampleIndex < end) recordProductSlugs(batch, sampleIndex - start, samples);
      yield batch;
    }
  }
  return { categories, batches, samples };
}

function topCategorySlugs(categories: CategoryRows): Record<Locale, string> {
  const top = categories.categories.find((row) => row.parentId === null);
  const slugs = categories.translations.filter((row) => row.categoryId === top?.id);
  return Object.fromEntries(slugs.map((row) => [row.locale, row.slug])) as Record<Locale, string>;
}

function searchWords(): Record<Locale, string> {
  const [word] = adjectives;
  if (!word) throw new Error('no adjectives');
  return { fi: word.fi, sv: word.sv, en: word.en, zh: word.zh };
}

function recordProductSlugs(batch: ProductBatch, position: number, samples: CatalogSamples): void {
  const id = batch.products[position]?.id;
  for (const row of batch.translations) {
    if (row.productId === id) samples.productSlug[row.locale as Locale] = row.slug;
  }
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < items.length; start += size) result.push(items.slice(start, start + size));
  return result;
}

/** Applies migrations and the reference data (VAT, shipping, settings), as the server does on start. */
export async function prepareBenchDatabase(database: Database): Promise<void> {
  await database.migrate();
  await ensureReferenceData(database.db);
}

/**
 * Inserts the catalogue into a migrated database whose catalogue is empty (category and product
 * slugs would collide otherwise), in one transaction so a failed run leaves nothing half-made.
 * Afterwards VACUUM ANALYZE gives the planner statistics and merges the GIN indexes' pending lists,
 * so the first benchmark requests don't meet a catalogue the database has never looked at, and a
 * CHECKPOINT writes the load out before anything is measured.
 */
export async function generateCatalog(db: Db, options: GenerateOptions): Promise<CatalogSummary> {
  const plan = planCatalog(options);
  const counts = { productTranslations: 0, variants: 0 };
  await db.transaction(async (tx) => {
    await tx.insert(tables.categories).values(plan.categories.categories);
    await tx.insert(tables.categoryTranslations).values(plan.categories.translations);
    for (const batch of plan.batches()) {
      await tx.insert(tables.products).values(batch.products);
      for (const rows of chunks(batch.translations, translationsPerStatement)) {
        await tx.insert(tables.productTranslations).values(rows);
      }
      if (batch.variants.length > 0) await tx.insert(tables.productVariants).values(batch.variants);
      await tx.insert(tables.priceHistory).values(batch.priceHistory);
      counts.productTranslations += batch.translations.length;
      counts.variants += batch.variants.length;
    }
  });
  await db.execute(
    'vacuum analyze categories, category_translations, products, product_translations, product_search, product_variants, price_history',
  );
  // Write the bulk load's dirty pages out now: otherwise the checkpointer does it during the first
  // measured case and takes CPU from it (the embedded database checkpoints when it closes).
  await db.execute('checkpoint');
  return {
    categories: plan.categories.categories.length,
    products: options.products,
    ...counts,
    samples: plan.samples,
  };
}
