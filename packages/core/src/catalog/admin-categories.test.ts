import { randomUUID } from 'node:crypto';
import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../db/client';
import { auditLog, categories, products, productTranslations, stockMovements, users } from '../db/schema';
import { openTestDatabase } from '../testing/database';
import {
  type AdminCategory,
  createCategory,
  deleteCategory,
  listAdminCategories,
  type TCreateCategoryInput,
  updateCategory,
} from './admin-categories';
import { type AdminActor, archiveProduct, createProduct } from './admin-products';
import { listCategoryTree, listProducts } from './queries';

let db: Db;
let actor: AdminActor;
const createdCategories: string[] = [];
const createdProducts: string[] = [];
const run = randomUUID().slice(0, 8);

beforeAll(async () => {
  db = (await openTestDatabase()).db;
  const [admin] = await db.select().from(users).where(eq(users.email, 'admin@example.com'));
  if (!admin) throw new Error('no demo admin');
  actor = { id: admin.id, email: admin.email };
});

// Top level (vitest runs no hook registered inside another). Products first; the categories are
// detached from each other first, since a category with sub-categories cannot be deleted.
afterAll(async () => {
  if (createdProducts.length > 0) {
    await db.delete(stockMovements).where(inArray(stockMovements.productId, createdProducts));
    await db.delete(products).where(inArray(products.id, createdProducts));
  }
  if (createdCategories.length > 0) {
    await db.update(categories).set({ parentId: null }).where(inArray(categories.id, createdCategories));
    await db.delete(categories).where(inArray(categories.id, createdCategories));
  }
});

let counter = 0;
function input(overrides: Partial<TCreateCategoryInput> = {}): TCreateCategoryInput {
  counter += 1;
  return {
    translations: {
      fi: { name: `Testiosasto ${run} ${counter}`, description: 'Kuvaus' },
      sv: { name: `Testavdelning ${run} ${counter}` },
      en: { name: `Test department ${run} ${counter}` },
      zh: { name: '测试部门' },
    },
    ...overrides,
  };
}

async function create(overrides: Partial<TCreateCategoryInput> = {}): Promise<AdminCategory> {
  const category = await createCategory(db, { actor, input: input(overrides) });
  createdCategories.push(category.id);
  return category;
}

async function product(categoryId: string, sku: string) {
  const created = await createProduct(db, {
    actor,
    input: {
      sku,
      brand: 'Merkki',
      categoryId,
      priceCents: 1000,
      translations: {
        fi: { name: `Tuote ${sku}` },
        sv: { name: `Produkt ${sku}` },
        en: { name: `Product ${sku}` },
        zh: { name: `产品 ${sku}` },
      },
    },
  });
  createdProducts.push(created.id);
  return created;
}

function find<T extends { id: string; children: T[] }>(nodes: T[], id: string): T | undefined {
  for (const node of nodes) {
    if (node.id === id) return node;
    const below = find(node.children, id);
    if (below) return below;
  }
  return undefined;
}

async function englishKeywords(productId: string): Promise<string> {
  const [row] = await db
    .select({ keywords: productTranslations.keywords })
    .from(productTranslations)
    .where(and(eq(productTranslations.productId, productId), eq(productTranslations.locale, 'en')));
  return row?.keywords ?? '';
}

describe('createCategory', () => {
  it('creates a translated category at its place, visible in the storefront tree', async () => {
    const top = await create();
    const child = await create({ parentId: top.id });
    const first = await create({ parentId: top.id, position: 0 });
    expect(top.translations.zh?.slug).toBe(top.translations.en?.slug);
    expect(top.missingTranslations).toEqual([]);

    const tree = await listAdminCategories(db);
    expect(find(tree, top.id)?.children.map((c) => c.id)).toEqual([first.id, child.id]);
    expect(find(tree, top.id)?.children.map((c) => c.position)).toEqual([0, 1]);
    const storefront = await listCategoryTree(db, { locale: 'sv' });
    expect(storefront.find((node) => node.id === top.id)?.name).toBe(top.translations.sv?.name);
    const audit = await db.select().from(auditLog).where(eq(auditLog.entityId, top.id));
    expect(audit.map((row) => row.action)).toEqual(['category.create']);
  });

  it('reports missing translations, slug clashes and unknown parents', async () => {
    const { en: _en, ...translations } = input().translations;
    await expect(
      createCategory(db, {
        actor,
        input: { translations: translations as TCreateCategoryInput['translations'] },
      }),
    ).rejects.toMatchObject({ code: 'VALIDATION_FAILED', details: [{ field: 'translations.en' }] });
    const clash = input();
    await expect(
      createCategory(db, {
        actor,
        input: { translations: { ...clash.translations, en: { name: 'Phones', slug: 'smartphones' } } },
      }),
    ).rejects.toMatchObject({ code: 'CONFLICT', details: [{ field: 'translations.en.slug' }] });
    await expect(
      createCategory(db, { actor, input: input({ parentId: randomUUID() }) }),
    ).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      details: [{ field: 'parentId' }],
    });
  });
});

describe('updateCategory', () => {
  it('refuses a move that would make a cycle', async () => {
    const top = await create();
    const child = await create({ parentId: top.id });
    const grandchild = await create({ parentId: child.id });
    for (const parentId of [top.id, grandchild.id, child.id]) {
      await expect(
        updateCategory(db, { actor, categoryId: top.id, input: { parentId } }),
      ).rejects.toMatchObject({
        code: 'CONFLICT',
        details: [{ field: 'parentId' }],
      });
    }
  });

  it('reorders siblings and moves a category, closing the gap it leaves', async () => {
    const a = await create();
    const b = await create();
    const [x, y, z] = [
      await create({ parentId: a.id }),
      await create({ parentId: a.id }),
      await create({ parentId: a.id }),
    ];
    await updateCategory(db, { actor, categoryId: z.id, input: { position: 0 } });
    let tree = await listAdminCategories(db);
    expect(find(tree, a.id)?.children.map((c) => c.id)).toEqual([z.id, x.id, y.id]);

    const moved = await updateCategory(db, { actor, categoryId: x.id, input: { parentId: b.id } });
    expect(moved).toMatchObject({ parentId: b.id, position: 0 });
    tree = await listAdminCategories(db);
    expect(find(tree, a.id)?.children.map((c) => [c.id, c.position])).toEqual([
      [z.id, 0],
      [y.id, 1],
    ]);
    expect(find(tree, b.id)?.children.map((c) => c.id)).toEqual([x.id]);
    const audit = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, x.id), eq(auditLog.action, 'category.update')));
    expect(audit[0]?.before).toMatchObject({ parentId: a.id });
    expect(audit[0]?.after).toMatchObject({ parentId: b.id });
  });

  it("renames and translates, carrying the new names into the products' search keywords", async () => {
    const top = await create();
    const child = await create({ parentId: top.id });
    const other = await create();
    const inChild = await product(child.id, `CAT-${run}-1`);
    const renamed = await updateCategory(db, {
      actor,
      categoryId: top.id,
      input: { translations: { en: { name: `Gadgets ${run}`, slug: `gadgets-${run}` } } },
    });
    expect(renamed.translations.en).toMatchObject({ name: `Gadgets ${run}`, slug: `gadgets-${run}` });
    expect(await englishKeywords(inChild.id)).toContain(`Gadgets ${run}`);
    const page = await listProducts(db, { locale: 'en', q: `gadgets ${run}`, page: 1, pageSize: 10 });
    expect(page.items.map((item) => item.id)).toContain(inChild.id);

    // Moved under another parent: the old parent's name leaves the keywords.
    await updateCategory(db, { actor, categoryId: child.id, input: { parentId: other.id } });
    const keywords = await englishKeywords(inChild.id);
    expect(keywords).not.toContain(`Gadgets ${run}`);
    expect(keywords).toContain(other.translations.en?.name ?? '?');
  });

  it('hides an inactive category and everything below it from customers', async () => {
    const top = await create();
    const child = await create({ parentId: top.id });
    const item = await product(child.id, `CAT-${run}-2`);
    await updateCategory(db, { actor, categoryId: top.id, input: { isActive: false } });
    const storefront = await listCategoryTree(db, { locale: 'fi' });
    expect(storefront.map((node) => node.id)).not.toContain(top.id);
    const page = await listProducts(db, { locale: 'en', q: `Product CAT-${run}-2`, page: 1, pageSize: 10 });
    expect(page.items.map((p) => p.id)).not.toContain(item.id);
    expect(find(await listAdminCategories(db), top.id)?.isActive).toBe(false);
  });
});

describe('deleteCategory', () => {
  it('deletes only an empty category; archived products are detached', async () => {
    const top = await create();
    const child = await create({ parentId: top.id });
    await expect(deleteCategory(db, { actor, categoryId: top.id })).rejects.toMatchObject({
      code: 'CONFLICT',
      details: { subcategories: 1, products: 0 },
    });
    const item = await product(child.id, `CAT-${run}-3`);
    await expect(deleteCategory(db, { actor, categoryId: child.id })).rejects.toMatchObject({
      code: 'CONFLICT',
      details: { subcategories: 0, products: 1 },
    });
    await archiveProduct(db, { actor, productId: item.id });
    await deleteCategory(db, { actor, categoryId: child.id });
    await deleteCategory(db, { actor, categoryId: top.id });
    const [detached] = await db.select().from(products).where(eq(products.id, item.id));
    expect(detached?.categoryId).toBeNull();
    expect(await englishKeywords(item.id)).not.toContain(child.translations.en?.name ?? '?');
    expect(find(await listAdminCategories(db), top.id)).toBeUndefined();
    await expect(deleteCategory(db, { actor, categoryId: top.id })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});

describe('kept product counts', () => {
  /** What the tree and an unfiltered category list say, and what counting the products says. */
  async function counts(categoryId: string, slug: string) {
    const tree = await listCategoryTree(db, { locale: 'en' });
    const listed = await listProducts(db, { locale: 'en', category: slug, page: 1, pageSize: 100 });
    const [counted] = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(products)
      .where(
        and(eq(products.categoryId, categoryId), eq(products.isVisible, true), isNull(products.archivedAt)),
      );
    return { tree: find(tree, categoryId)?.productCount, list: listed.total, counted: counted?.n };
  }

  it('follow creating, hiding, archiving, moving and deleting products', async () => {
    const first = await create();
    const second = await create();
    const firstSlug = first.translations.en?.slug ?? '';
    const secondSlug = second.translations.en?.slug ?? '';
    const a = await product(first.id, `COUNT-${run}-A`);
    const b = await product(first.id, `COUNT-${run}-B`);
    expect(await counts(first.id, firstSlug)).toEqual({ tree: 2, list: 2, counted: 2 });

    await db.update(products).set({ isVisible: false }).where(eq(products.id, a.id));
    expect(await counts(first.id, firstSlug)).toEqual({ tree: 1, list: 1, counted: 1 });
    // Hiding twice is one change, not two.
    await db.update(products).set({ isVisible: false }).where(eq(products.id, a.id));
    expect(await counts(first.id, firstSlug)).toEqual({ tree: 1, list: 1, counted: 1 });

    await archiveProduct(db, { actor, productId: b.id });
    expect(await counts(first.id, firstSlug)).toEqual({ tree: 0, list: 0, counted: 0 });

    // A hidden product that moves changes no count; shown again, it counts where it now is.
    await db.update(products).set({ categoryId: second.id }).where(eq(products.id, a.id));
    await db.update(products).set({ isVisible: true }).where(eq(products.id, a.id));
    expect(await counts(second.id, secondSlug)).toEqual({ tree: 1, list: 1, counted: 1 });
    await db.update(products).set({ categoryId: first.id, archivedAt: null }).where(eq(products.id, b.id));
    await db.update(products).set({ categoryId: first.id }).where(eq(products.id, a.id));
    expect(await counts(first.id, firstSlug)).toEqual({ tree: 2, list: 2, counted: 2 });
    expect(await counts(second.id, secondSlug)).toEqual({ tree: 0, list: 0, counted: 0 });

    // Stock and price writes (checkout) leave the counts alone.
    await db.update(products).set({ stock: 0, priceCents: 1 }).where(eq(products.id, a.id));
    expect(await counts(first.id, firstSlug)).toEqual({ tree: 2, list: 2, counted: 2 });

    await db.delete(products).where(eq(products.id, a.id));
    expect(await counts(first.id, firstSlug)).toEqual({ tree: 1, list: 1, counted: 1 });
  });

  it('give the same unfiltered total as a filter that counts the products', async () => {
    // One snapshot: other test files write products on the shared PostgreSQL database meanwhile.
    const [all, counted] = await db.transaction(async (tx) => {
      await tx.execute(sql`set transaction isolation level repeatable read`);
      return [
        await listProducts(tx, { locale: 'en', page: 1, pageSize: 1 }),
        // A price floor of zero takes the counting path and still matches every product.
        await listProducts(tx, { locale: 'en', minPriceCents: 0, page: 1, pageSize: 1 }),
      ];
    });
    expect(all?.total).toBe(counted?.total);
    expect(all?.total).toBeGreaterThan(0);
  });
});
