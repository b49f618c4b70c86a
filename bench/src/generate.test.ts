import { type Database, locales, openPglite } from '@puoti/core';
import { tables } from '@puoti/core/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CatalogSummary, generateCatalog, planCatalog, prepareBenchDatabase } from './generate';

const products = 200;
const seed = 42;
const now = new Date('2026-01-15T12:00:00Z');
const slugPattern = /^[a-z0-9]+(-[a-z0-9]+)*$/;

describe('planCatalog', () => {
  it('builds the same rows for the same seed', () => {
    const first = planCatalog({ products: 50, seed, now }).batches().next().value;
    const second = planCatalog({ products: 50, seed, now }).batches().next().value;
    expect(first).toEqual(second);
    const other = planCatalog({ products: 50, seed: seed + 1, now })
      .batches()
      .next().value;
    expect(other?.translations[0]?.name).not.toEqual(first?.translations[0]?.name);
  });
});

describe('generateCatalog', () => {
  let database: Database;
  let summary: CatalogSummary;

  // A fresh in-memory PGlite takes a few seconds to create and migrate.
  beforeAll(async () => {
    database = await openPglite();
    await prepareBenchDatabase(database);
    summary = await generateCatalog(database.db, { products, seed, now });
  }, 120_000);

  afterAll(async () => {
    await database?.close();
  });

  it('inserts the expected number of rows', async () => {
    const { db } = database;
    expect(await db.$count(tables.categories)).toBe(32);
    expect(await db.$count(tables.categoryTranslations)).toBe(32 * locales.length);
    expect(await db.$count(tables.products)).toBe(products);
    expect(await db.$count(tables.productTranslations)).toBe(products * locales.length);
    expect(await db.$count(tables.priceHistory)).toBe(products);
    const variants = await db.$count(tables.productVariants);
    expect(variants).toBe(summary.variants);
    expect(variants % 3).toBe(0);
    // About one product in ten has variants: 20 expected out of 200.
    expect(variants / 3).toBeGreaterThan(5);
    expect(variants / 3).toBeLessThan(40);
  });

  it('gives every product and category a well-formed slug, unique per locale', async () => {
    const { db } = database;
    const rows = [
      ...(await db
        .select({ locale: tables.productTranslations.locale, slug: tables.productTranslations.slug })
        .from(tables.productTranslations)),
      ...(
        await db
          .select({ locale: tables.categoryTranslations.locale, slug: tables.categoryTranslations.slug })
          .from(tables.categoryTranslations)
      ).map((row) => ({ ...row, slug: `category:${row.slug}` })),
    ];
    for (const locale of locales) {
      const slugs = rows.filter((row) => row.locale === locale).map((row) => row.slug);
      expect(new Set(slugs).size).toBe(slugs.length);
      for (const slug of slugs) expect(slug.replace(/^category:/, '')).toMatch(slugPattern);
    }
  });

  it('keeps ratings, prices and stock within their constraints', async () => {
    const rows = await database.db.select().from(tables.products);
    for (const row of rows) {
      expect(row.ratingSum).toBeGreaterThanOrEqual(row.ratingCount);
      expect(row.ratingSum).toBeLessThanOrEqual(5 * row.ratingCount);
      expect(row.priceCents).toBeGreaterThanOrEqual(500);
      expect(row.priceCents).toBeLessThanOrEqual(300_000);
      expect(row.lowestPrice30dCents).toBe(row.priceCents);
      if (row.compareAtPriceCents !== null) expect(row.compareAtPriceCents).toBeGreaterThan(row.priceCents);
      expect(row.stock).toBeGreaterThanOrEqual(0);
      expect(row.stock).toBeLessThanOrEqual(200);
    }
    const onSale = rows.filter((row) => row.compareAtPriceCents !== null).length;
    expect(onSale).toBeGreaterThan(5);
    expect(onSale).toBeLessThan(45);
    expect(new Set(rows.map((row) => row.sku)).size).toBe(products);
  });

  it('returns samples that exist in the catalogue', async () => {
    const slugs = await database.db
      .select({ slug: tables.productTranslations.slug })
      .from(tables.productTranslations);
    const productSlugs = new Set(slugs.map((row) => row.slug));
    for (const locale of locales) expect(productSlugs.has(summary.samples.productSlug[locale])).toBe(true);
    expect(summary.samples.topCategorySlug.fi).toBe('ulkoilu');
    const names = await database.db
      .select({ name: tables.productTranslations.name, locale: tables.productTranslations.locale })
      .from(tables.productTranslations);
    const withWord = names.filter(
      (row) => row.locale === 'fi' && row.name.toLowerCase().includes(summary.samples.searchWord.fi),
    );
    expect(withWord.length).toBeGreaterThan(products / 30);
  });
});
