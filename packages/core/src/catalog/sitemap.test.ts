import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../db/client';
import { tables } from '../db/index';
import { openTestDatabase } from '../testing/database';
import { listCategoryTree, listProducts } from './queries';
import { listSitemapItems } from './sitemap';
import type { CategoryNode } from './types';

let db: Db;

beforeAll(async () => {
  db = (await openTestDatabase()).db;
});

const flatten = (nodes: CategoryNode[]): CategoryNode[] =>
  nodes.flatMap((node) => [node, ...flatten(node.children)]);

describe('listSitemapItems', () => {
  it('lists the products and categories a customer can open, with every locale slug', async () => {
    const { products, categories } = await listSitemapItems(db);
    const ids = new Set(products.map((product) => product.id));
    const listed = await listProducts(db, { locale: 'fi', page: 1, pageSize: 100 });
    for (const product of listed.items) expect(ids).toContain(product.id);
    const tree = flatten(await listCategoryTree(db, { locale: 'fi' }));
    expect(categories.map((category) => category.id).sort()).toEqual(
      tree.map((category) => category.id).sort(),
    );

    const macbook = products.find((product) => product.slugs.en === 'macbook-pro-16');
    expect(macbook?.slugs).toEqual({
      fi: expect.any(String),
      sv: expect.any(String),
      en: 'macbook-pro-16',
      zh: expect.any(String),
    });
    expect(macbook?.updatedAt).toBeInstanceOf(Date);
  });

  it('leaves out a hidden product', async () => {
    const suffix = randomUUID().slice(0, 8);
    const [hidden] = await db
      .insert(tables.products)
      .values({ sku: `SITEMAP-${suffix}`, priceCents: 100, lowestPrice30dCents: 100, isVisible: false })
      .returning();
    if (!hidden) throw new Error('no product');
    try {
      await db
        .insert(tables.productTranslations)
        .values({ productId: hidden.id, locale: 'fi', name: 'Piilotettu', slug: `piilotettu-${suffix}` });
      expect((await listSitemapItems(db)).products.map((product) => product.id)).not.toContain(hidden.id);
    } finally {
      await db.delete(tables.products).where(eq(tables.products.id, hidden.id));
    }
  });
});
