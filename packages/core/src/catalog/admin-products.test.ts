import { randomUUID } from 'node:crypto';
import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../db/client';
import { queryRows } from '../db/rows';
import { auditLog, priceHistory, products, productTranslations, stockMovements, users } from '../db/schema';
import { openTestDatabase } from '../testing/database';
import {
  type AdminActor,
  archiveProduct,
  createProduct,
  derivedKeywords,
  getAdminProduct,
  lowestPriceBefore,
  mergeKeywords,
  ownKeywords,
  type TCreateProductInput,
  updateProduct,
} from './admin-products';
import { getProduct, listProducts } from './queries';

let db: Db;
let actor: AdminActor;
let categoryId: string;
const created: string[] = [];
const run = randomUUID().slice(0, 8);
const day = 86_400_000;

beforeAll(async () => {
  db = (await openTestDatabase()).db;
  const [admin] = await db.select().from(users).where(eq(users.email, 'admin@example.com'));
  if (!admin) throw new Error('no demo admin');
  actor = { id: admin.id, email: admin.email };
  const [category] = await queryRows<{ id: string }>(
    db,
    sql`select category_id as id from category_translations where locale = 'en' and slug = 'computers-laptops'`,
  );
  if (!category) throw new Error('no demo category');
  categoryId = category.id;
});

// Top level, not inside beforeAll: vitest runs no hook registered from inside another hook. On the
// shared PostgreSQL database later files count the demo's products exactly.
afterAll(async () => {
  if (created.length === 0) return;
  await db.delete(stockMovements).where(inArray(stockMovements.productId, created));
  await db.delete(products).where(inArray(products.id, created));
});

let counter = 0;
function newInput(overrides: Partial<TCreateProductInput> = {}): TCreateProductInput {
  counter += 1;
  const name = `Testikone ${run} ${counter}`;
  return {
    sku: `ADMIN-${run}-${counter}`,
    brand: 'Testimerkki',
    categoryId,
    priceCents: 10_000,
    stock: 4,
    translations: {
      fi: { name, shortDescription: 'Lyhyt kuvaus', specifications: [{ label: 'Paino', value: '1 kg' }] },
      sv: { name: `Testmaskin ${run} ${counter}` },
      en: { name: `Test machine ${run} ${counter}`, keywords: 'workhorse' },
      zh: { name: '测试机器' },
    },
    ...overrides,
  };
}

/** Creates a product and remembers it for the cleanup, also when a test expected a refusal. */
async function tryCreate(input: TCreateProductInput) {
  const product = await createProduct(db, { actor, input });
  created.push(product.id);
  return product;
}

const create = (overrides: Partial<TCreateProductInput> = {}) => tryCreate(newInput(overrides));

const at = (daysAgo: number) => new Date(Date.now() - daysAgo * day);

describe('lowestPriceBefore (EU Omnibus)', () => {
  const now = new Date('2026-05-01T12:00:00Z');
  const point = (priceCents: number, daysAgo: number) => ({
    priceCents,
    effectiveFrom: new Date(now.getTime() - daysAgo * day),
  });

  it('takes the price in effect when the window opened and every price within it', () => {
    // 5000 ended 40 days ago, before the window; 9500 was still charged when it opened.
    expect(lowestPriceBefore([point(5000, 90), point(9500, 40), point(9000, 10)], now, 9000, 8000)).toBe(
      9000,
    );
    expect(lowestPriceBefore([point(9500, 40), point(7000, 29), point(9000, 10)], now, 9000, 8000)).toBe(
      7000,
    );
  });

  it('counts the price being replaced even without a history row, and starts new things at their price', () => {
    expect(lowestPriceBefore([], now, 4000, 5000)).toBe(4000);
    expect(lowestPriceBefore([], now, null, 5000)).toBe(5000);
  });

  it('ignores rows of the change itself', () => {
    expect(lowestPriceBefore([point(12_000, 60), point(3000, 0)], now, 12_000, 3000)).toBe(12_000);
  });
});

describe('keywords', () => {
  it('keep the derived words first and the admin words that add something', () => {
    const derived = derivedKeywords({
      brand: 'Apple',
      sku: 'MBP-16',
      variantSkus: ['MBP-16-A'],
      categoryName: 'Kannettavat',
      parentCategoryName: 'Tietokoneet',
    });
    expect(derived).toBe('Apple MBP-16 MBP-16-A Kannettavat Tietokoneet');
    const stored = mergeKeywords(derived, 'apple työkone');
    expect(stored).toBe(`${derived} työkone`);
    expect(ownKeywords(stored, derived)).toBe('työkone');
  });

  it('match what the demo seed stored, so demo products have no own keywords', async () => {
    const [demo] = await db
      .select({ id: products.id })
      .from(products)
      .where(eq(products.sku, 'MBP-16-M3-001'));
    const product = await getAdminProduct(db, demo?.id ?? '');
    for (const translation of Object.values(product.translations)) expect(translation.keywords).toBe('');
  });
});

describe('createProduct', () => {
  it('creates a product with every translation, variants, price history, opening stock and an audit entry', async () => {
    const product = await create({
      variants: [
        { sku: `ADMIN-${run}-V1`, options: { colour: 'musta' }, stock: 2 },
        { sku: `ADMIN-${run}-V2`, options: { colour: 'valkoinen' }, priceCents: 12_000, stock: 1 },
      ],
    });
    expect(product.missingTranslations).toEqual([]);
    expect(product.translations.fi?.slug).toMatch(/^testikone-/);
    // A Chinese name folds to nothing; the slug comes from the English name.
    expect(product.translations.zh?.slug).toBe(product.translations.en?.slug);
    expect(product.translations.en?.keywords).toBe('workhorse');
    expect(product.variants.map((v) => [v.priceCents, v.stock, v.position])).toEqual([
      [null, 2, 0],
      [12_000, 1, 1],
    ]);
    expect(product.stockTotal).toBe(3);
    expect(product.lowestPrice30dCents).toBe(10_000);
    expect(product.priceHistory.map((entry) => entry.priceCents).sort()).toEqual([10_000, 12_000]);

    const [stored] = await db
      .select({ keywords: productTranslations.keywords })
      .from(productTranslations)
      .where(and(eq(productTranslations.productId, product.id), eq(productTranslations.locale, 'en')));
    expect(stored?.keywords).toContain(`Testimerkki ADMIN-${run}`);
    expect(stored?.keywords).toContain('Computers');
    expect(stored?.keywords).toMatch(/workhorse$/);

    const ledger = await db.select().from(stockMovements).where(eq(stockMovements.productId, product.id));
    expect(ledger.map((row) => [row.reason, row.delta]).sort()).toEqual([
      ['initial', 1],
      ['initial', 2],
      ['initial', 4],
    ]);
    const audit = await db.select().from(auditLog).where(eq(auditLog.entityId, product.id));
    expect(audit.map((row) => row.action)).toEqual(['product.create']);

    const detail = await getProduct(db, { slugOrId: product.translations.sv?.slug ?? '', locale: 'sv' });
    expect(detail).toMatchObject({ id: product.id, name: product.translations.sv?.name, priceCents: 10_000 });
    const finnish = await getProduct(db, { slugOrId: product.id, locale: 'fi' });
    expect(finnish.specifications).toEqual([{ label: 'Paino', value: '1 kg' }]);
  });

  it('reports missing translations instead of filling them', async () => {
    const input = newInput();
    const { sv: _sv, zh: _zh, ...translations } = input.translations;
    await expect(
      tryCreate({ ...input, translations: translations as typeof input.translations }),
    ).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      details: [
        { field: 'translations.sv', message: expect.stringContaining('missing') },
        { field: 'translations.zh', message: expect.stringContaining('missing') },
      ],
    });
  });

  it('answers 409 naming the field for a slug or SKU already used', async () => {
    const input = newInput();
    await expect(
      tryCreate({
        ...input,
        translations: { ...input.translations, en: { name: 'X', slug: 'macbook-pro-16' } },
      }),
    ).rejects.toMatchObject({ code: 'CONFLICT', details: [{ field: 'translations.en.slug' }] });
    await expect(tryCreate({ ...newInput(), sku: 'MBP-16-M3-001' })).rejects.toMatchObject({
      code: 'CONFLICT',
      details: [{ field: 'sku' }],
    });
  });

  it('makes a generated slug unique with a suffix', async () => {
    const first = await create();
    const second = await create({
      translations: { ...newInput().translations, fi: { name: first.translations.fi?.name ?? '' } },
    });
    expect(second.translations.fi?.slug).toBe(`${first.translations.fi?.slug}-2`);
  });
});

describe('updateProduct', () => {
  it('writes every price change to the history with the 30-day lowest price', async () => {
    const product = await create({
      variants: [
        { sku: `ADMIN-${run}-P1`, options: { size: 'S' } },
        { sku: `ADMIN-${run}-P2`, options: { size: 'M' }, priceCents: 11_000 },
      ],
    });
    const [follows, own] = product.variants;
    const cheaper = await updateProduct(db, { actor, productId: product.id, input: { priceCents: 8000 } });
    expect(cheaper.lowestPrice30dCents).toBe(10_000);
    // The variant at the product's price changed with it; the one with its own price did not.
    expect(cheaper.variants.find((v) => v.id === follows?.id)?.lowestPrice30dCents).toBe(10_000);
    expect(cheaper.variants.find((v) => v.id === own?.id)?.lowestPrice30dCents).toBe(11_000);

    const dearer = await updateProduct(db, {
      actor,
      productId: product.id,
      input: { priceCents: 9000, variants: [{ id: own?.id, priceCents: 9500 }] },
    });
    expect(dearer.lowestPrice30dCents).toBe(8000);
    expect(dearer.variants.find((v) => v.id === own?.id)?.lowestPrice30dCents).toBe(11_000);
    const history = await db
      .select()
      .from(priceHistory)
      .where(and(eq(priceHistory.productId, product.id), isNull(priceHistory.variantId)));
    expect(history.map((row) => row.priceCents).sort()).toEqual([10_000, 8000, 9000].sort());
    expect(history.every((row) => row.actorId === actor.id)).toBe(true);

    const detail = await getProduct(db, { slugOrId: product.id, locale: 'fi' });
    expect(detail.lowestPrice30dCents).toBe(8000);
    expect(detail.variants.find((v) => v.id === own?.id)).toMatchObject({
      priceCents: 9500,
      lowestPrice30dCents: 11_000,
    });
  });

  it('looks back 30 days from the change, counting the price in effect when the window opened', async () => {
    const product = await create({ priceCents: 9000 });
    await db.delete(priceHistory).where(eq(priceHistory.productId, product.id));
    await db.insert(priceHistory).values([
      { productId: product.id, priceCents: 5000, effectiveFrom: at(90) },
      { productId: product.id, priceCents: 9500, effectiveFrom: at(40) },
      { productId: product.id, priceCents: 9000, effectiveFrom: at(10) },
    ]);
    const changed = await updateProduct(db, { actor, productId: product.id, input: { priceCents: 8000 } });
    expect(changed.lowestPrice30dCents).toBe(9000);
  });

  it('edits translations, adds and deactivates variants, moves category, keeps own keywords', async () => {
    const product = await create({
      variants: [{ sku: `ADMIN-${run}-E1`, options: { size: 'L' }, stock: 5 }],
    });
    const [other] = await queryRows<{ id: string }>(
      db,
      sql`select category_id as id from category_translations where locale = 'en' and slug = 'smartphones'`,
    );
    const updated = await updateProduct(db, {
      actor,
      productId: product.id,
      input: {
        categoryId: other?.id,
        isFeatured: true,
        lowStockThreshold: 2,
        translations: { sv: { name: 'Ny svensk', slug: `ny-svensk-${run}` }, fi: { keywords: 'uusi sana' } },
        variants: [
          { id: product.variants[0]?.id, isActive: false },
          { sku: `ADMIN-${run}-E2`, options: { size: 'XL' }, stock: 7, priceCents: 15_000 },
        ],
      },
    });
    expect(updated.translations.sv).toMatchObject({ name: 'Ny svensk', slug: `ny-svensk-${run}` });
    expect(updated.translations.fi?.keywords).toBe('uusi sana');
    expect(updated.translations.en?.keywords).toBe('workhorse');
    expect(updated.variants.map((v) => [v.sku, v.isActive, v.position])).toEqual([
      [`ADMIN-${run}-E1`, false, 0],
      [`ADMIN-${run}-E2`, true, 1],
    ]);
    expect(updated.stockTotal).toBe(7);
    const [en] = await db
      .select({ keywords: productTranslations.keywords })
      .from(productTranslations)
      .where(and(eq(productTranslations.productId, product.id), eq(productTranslations.locale, 'en')));
    expect(en?.keywords).toContain('Smartphones');
    expect(en?.keywords).not.toContain('Computers');
    expect(en?.keywords).toContain(`ADMIN-${run}-E2`);

    const detail = await getProduct(db, { slugOrId: `ny-svensk-${run}`, locale: 'sv' });
    expect(detail.variants.map((v) => v.sku)).toEqual([`ADMIN-${run}-E2`]);

    // Search reads its own table, kept by a trigger: the edit reaches it and the old Swedish name is gone.
    const found = async (locale: 'fi' | 'sv', q: string) =>
      (await listProducts(db, { locale, q, page: 1, pageSize: 100 })).items.map((item) => item.id);
    expect(await found('sv', `Ny svensk ${run}`)).toContain(product.id);
    const [entry] = await queryRows<{ name: string; vector: string }>(
      db,
      sql`select name, vector::text from product_search where product_id = ${product.id} and locale = 'sv'`,
    );
    expect(entry?.name).toBe('ny svensk');
    expect(entry?.vector).not.toContain('testmaskin');
    expect(await found('fi', `uusi sana ${run}`)).toContain(product.id);

    const [audit] = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, product.id), eq(auditLog.action, 'product.update')));
    expect(audit?.before).toMatchObject({ isFeatured: false, lowStockThreshold: 5 });
    expect(audit?.after).toMatchObject({ isFeatured: true, lowStockThreshold: 2 });
    expect(audit?.after).not.toHaveProperty('priceCents');
  });

  it('refuses what would break the catalogue, naming the field', async () => {
    const product = await create();
    const refuse = (input: Parameters<typeof updateProduct>[1]['input']) =>
      updateProduct(db, { actor, productId: product.id, input });
    await expect(refuse({ compareAtPriceCents: 9000 })).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      details: [{ field: 'compareAtPriceCents' }],
    });
    await expect(refuse({ categoryId: randomUUID() })).rejects.toMatchObject({
      details: [{ field: 'categoryId' }],
    });
    await expect(refuse({ variants: [{ id: randomUUID(), priceCents: 1 }] })).rejects.toMatchObject({
      details: [{ field: 'variants.0.id' }],
    });
    await expect(refuse({ variants: [{ options: { size: 'S' } }] })).rejects.toMatchObject({
      details: [{ field: 'variants.0.sku' }],
    });
    await expect(refuse({ translations: { en: { slug: 'macbook-pro-16' } } })).rejects.toMatchObject({
      code: 'CONFLICT',
      details: [{ field: 'translations.en.slug' }],
    });
    await expect(refuse({})).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    await expect(
      updateProduct(db, { actor, productId: randomUUID(), input: { isVisible: false } }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('archiveProduct', () => {
  it('hides the product from customers and keeps it for the admin; unarchiving brings it back', async () => {
    const product = await create();
    await archiveProduct(db, { actor, productId: product.id });
    await archiveProduct(db, { actor, productId: product.id });
    await expect(getProduct(db, { slugOrId: product.id, locale: 'fi' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    const page = await listProducts(db, { locale: 'en', q: `Test machine ${run}`, page: 1, pageSize: 100 });
    expect(page.items.map((item) => item.id)).not.toContain(product.id);
    expect((await getAdminProduct(db, product.id)).archivedAt).not.toBeNull();
    const audit = await db.select().from(auditLog).where(eq(auditLog.entityId, product.id));
    expect(audit.filter((row) => row.action === 'product.archive')).toHaveLength(1);

    await updateProduct(db, { actor, productId: product.id, input: { archived: false } });
    expect((await getProduct(db, { slugOrId: product.id, locale: 'fi' })).id).toBe(product.id);
  });
});
