import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db, Executor } from '../db/client';
import { queryRows } from '../db/rows';
import { AppError } from '../lib/app-error';
import { openTestDatabase } from '../testing/database';
import { getProduct, listCategoryTree, listProductReviews, listProducts, suggestSearch } from './queries';

let db: Db;

beforeAll(async () => {
  db = (await openTestDatabase()).db;
});

async function count(query: ReturnType<typeof sql>): Promise<number> {
  const [row] = await queryRows<{ n: number }>(db, query);
  return row?.n ?? -1;
}

describe('the seeded demo store', () => {
  it('has the catalogue the issue asks for', async () => {
    expect(await count(sql`select count(*)::int as n from categories`)).toBe(24);
    expect(await count(sql`select count(*)::int as n from categories where parent_id is null`)).toBe(8);
    expect(await count(sql`select count(*)::int as n from products`)).toBe(39);
    expect(await count(sql`select count(*)::int as n from products where is_featured`)).toBe(7);
    expect(
      await count(sql`select count(*)::int as n from products where compare_at_price_cents is not null`),
    ).toBe(8);
    expect(await count(sql`select count(distinct product_id)::int as n from product_variants`)).toBe(7);
    expect(await count(sql`select count(*)::int as n from product_variants`)).toBe(29);
    expect(await count(sql`select count(*)::int as n from product_translations`)).toBe(39 * 4);
    expect(await count(sql`select count(*)::int as n from category_translations`)).toBe(24 * 4);
    // The demo's coupons (tests on a shared database add coupons of their own, with other codes).
    expect(
      await count(
        sql`select count(*)::int as n from coupons where code in ('WELCOME10', 'SUMMER20', 'FREESHIP', 'SAVE50')`,
      ),
    ).toBe(4);
    // The demo logins (tests on a shared database add accounts of their own, at other domains).
    expect(
      await count(
        sql`select count(*)::int as n from users where password_hash is not null and email like '%@example.com'`,
      ),
    ).toBe(6);
  });

  it('has 142 verified reviews and ratings that match them', async () => {
    expect(await count(sql`select count(*)::int as n from reviews where verified_purchase`)).toBe(142);
    expect(
      await count(sql`select count(*)::int as n from products p where rating_count <>
        (select count(*) from reviews r where r.product_id = p.id and r.status = 'published')
        or rating_sum <> (select coalesce(sum(rating), 0) from reviews r where r.product_id = p.id and r.status = 'published')`),
    ).toBe(0);
    // Every verified review's author received an order with the product in it.
    expect(
      await count(sql`select count(*)::int as n from reviews r where r.verified_purchase and not exists (
        select 1 from orders o join order_lines l on l.order_id = o.id
        where o.id = r.order_id and o.user_id = r.user_id and o.status = 'delivered' and l.product_id = r.product_id)`),
    ).toBe(0);
    const [avg] = await queryRows<{ avg: number }>(db, sql`select avg(rating)::float as avg from reviews`);
    expect(avg?.avg).toBeGreaterThan(4);
  });

  it('backs every sale with a price that applied for 30 days or more before it', async () => {
    const rows = await queryRows<{
      compare: number;
      lowest: number;
      earlier: number | null;
      days: number | null;
    }>(
      db,
      sql`select p.compare_at_price_cents as compare, p.lowest_price_30d_cents as lowest,
          h.price_cents as earlier,
          extract(epoch from (p.price_changed_at - h.effective_from))::float / 86400 as days
        from products p
        left join lateral (select * from price_history where product_id = p.id and variant_id is null
          and effective_from < p.price_changed_at order by effective_from desc limit 1) h on true
        where p.compare_at_price_cents is not null`,
    );
    expect(rows).toHaveLength(8);
    for (const row of rows) {
      expect(row.earlier).toBe(row.compare);
      expect(row.lowest).toBe(row.compare);
      expect(row.days).toBeGreaterThanOrEqual(30);
    }
  });

  it('keeps a stock ledger that adds up to the stock on hand', async () => {
    expect(
      await count(sql`select count(*)::int as n from (
        select p.id, p.stock as on_hand, coalesce(sum(m.delta), 0) as ledger from products p
        left join stock_movements m on m.product_id = p.id and m.variant_id is null
        where not exists (select 1 from product_variants v where v.product_id = p.id)
        group by p.id
        union all
        select v.id, v.stock, coalesce(sum(m.delta), 0) from product_variants v
        left join stock_movements m on m.variant_id = v.id group by v.id
      ) t where on_hand <> ledger`),
    ).toBe(0);
  });

  it('has orders whose totals and VAT lines add up', async () => {
    expect(await count(sql`select count(*)::int as n from orders`)).toBeGreaterThan(40);
    expect(await count(sql`select count(distinct status)::int as n from orders`)).toBe(6);
    expect(
      await count(sql`select count(*)::int as n from orders o where subtotal_cents <>
        (select sum(line_total_cents) from order_lines where order_id = o.id)
        or vat_cents <> (select sum((v->>'vatCents')::int) from jsonb_array_elements(o.vat_lines) v)`),
    ).toBe(0);
  });
});

describe('listCategoryTree', () => {
  it('returns the tree in the requested language with counts that include sub-categories', async () => {
    const tree = await listCategoryTree(db, { locale: 'sv' });
    expect(tree).toHaveLength(8);
    const electronics = tree.find((node) => node.slugs.en === 'electronics');
    expect(electronics?.name).toBe('Elektronik');
    expect(electronics?.children).toHaveLength(5);
    expect(electronics?.productCount).toBe(12);
    expect(tree.reduce((sum, node) => sum + node.productCount, 0)).toBe(39);
  });

  it('hides an inactive category and everything below it', async () => {
    const [books] = await queryRows<{ id: string }>(
      db,
      sql`select category_id as id from category_translations where locale = 'en' and slug = 'books-media'`,
    );
    expect(books).toBeDefined();
    // A book two levels down (Books & media > Fiction), found by the header search and a sorted search.
    const searches = (executor: Executor) =>
      Promise.all(
        (['relevance', 'price_asc'] as const).map((sort) =>
          listProducts(executor, { locale: 'en', q: 'sci-fi classics', sort, page: 1, pageSize: 20 }),
        ),
      );
    for (const found of await searches(db))
      expect(found.items.map((item) => item.name)).toContain('Sci-Fi Classics Box Set');
    await db
      .transaction(async (tx) => {
        await tx.execute(sql`update categories set is_active = false where id = ${books?.id}`);
        const tree = await listCategoryTree(tx, { locale: 'en' });
        expect(tree.map((node) => node.slug)).not.toContain('books-media');
        const all = await listProducts(tx, { locale: 'en', page: 1, pageSize: 100 });
        expect(all.total).toBe(35);
        for (const found of await searches(tx)) {
          expect(found.items.map((item) => item.name)).not.toContain('Sci-Fi Classics Box Set');
        }
        tx.rollback();
      })
      .catch((error: unknown) => {
        if (!(error instanceof Error && error.message.includes('Rollback'))) throw error;
      });
  });
});

describe('listProducts', () => {
  const base = { page: 1, pageSize: 20 } as const;

  it('answers in the requested language', async () => {
    const sv = await listProducts(db, { ...base, locale: 'sv', q: 'espressomaskin' });
    expect(sv.items[0]?.name).toBe('Espressomaskin');
    const zh = await listProducts(db, { ...base, locale: 'zh', category: 'computers-laptops' });
    expect(zh.items.some((item) => item.name.includes('英寸'))).toBe(true);
  });

  it('pages through everything with a stable total', async () => {
    const first = await listProducts(db, { locale: 'en', page: 1, pageSize: 20 });
    const second = await listProducts(db, { locale: 'en', page: 2, pageSize: 20 });
    const beyond = await listProducts(db, { locale: 'en', page: 9, pageSize: 20 });
    expect(first.total).toBe(39);
    expect(first.items).toHaveLength(20);
    expect(second.items).toHaveLength(19);
    expect(new Set([...first.items, ...second.items].map((item) => item.id)).size).toBe(39);
    expect(beyond).toMatchObject({ items: [], total: 39, page: 9 });
  });

  it('filters by category including sub-categories, by any locale slug', async () => {
    const electronics = await listProducts(db, { ...base, locale: 'fi', category: 'electronics' });
    expect(electronics.total).toBe(12);
    const phones = await listProducts(db, { ...base, locale: 'en', category: 'smartphones' });
    expect(phones.total).toBe(3);
  });

  it('refuses an unknown category', async () => {
    await expect(
      listProducts(db, { ...base, locale: 'en', category: 'no-such-category' }),
    ).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it('filters by price range on the price a customer pays', async () => {
    const cheap = await listProducts(db, { locale: 'en', page: 1, pageSize: 100, maxPriceCents: 5000 });
    expect(cheap.items.length).toBeGreaterThan(0);
    expect(cheap.items.every((item) => item.priceCents <= 5000)).toBe(true);
    const iphone = await listProducts(db, {
      ...base,
      locale: 'en',
      q: 'iphone',
      minPriceCents: 109_900,
      maxPriceCents: 109_900,
    });
    expect(iphone.items[0]).toMatchObject({ priceCents: 109_900, priceVaries: true });
  });

  it('filters to what is in stock', async () => {
    const [product] = await queryRows<{ id: string }>(
      db,
      sql`select id from products where sku = 'DELL-XPS15-001'`,
    );
    await db.execute(sql`update products set stock = 0 where id = ${product?.id}`);
    try {
      const all = await listProducts(db, { locale: 'en', page: 1, pageSize: 100 });
      const inStock = await listProducts(db, { locale: 'en', page: 1, pageSize: 100, inStock: true });
      expect(all.items.find((item) => item.id === product?.id)?.inStock).toBe(false);
      expect(inStock.items.some((item) => item.id === product?.id)).toBe(false);
      expect(inStock.total).toBe(all.total - 1);
    } finally {
      await db.execute(sql`update products set stock = 20 where id = ${product?.id}`);
    }
  });

  it.each([
    ['price_asc', (a: number, b: number) => a <= b],
    ['price_desc', (a: number, b: number) => a >= b],
  ] as const)('sorts by %s', async (sort, ordered) => {
    const page = await listProducts(db, { locale: 'en', page: 1, pageSize: 100, sort });
    const prices = page.items.map((item) => item.priceCents);
    expect(prices.every((price, i) => i === 0 || ordered(prices[i - 1] as number, price))).toBe(true);
  });

  it('sorts by name in the locale and by rating', async () => {
    const byName = await listProducts(db, { locale: 'fi', page: 1, pageSize: 100, sort: 'name_asc' });
    const names = byName.items.map((item) => item.name.toLowerCase());
    expect(names).toEqual([...names].sort());
    const byRating = await listProducts(db, { locale: 'en', page: 1, pageSize: 100, sort: 'rating_desc' });
    const ratings = byRating.items.map((item) => item.ratingAverage ?? 0);
    expect(ratings.every((r, i) => i === 0 || (ratings[i - 1] as number) >= r)).toBe(true);
  });

  it('lists featured products and deals', async () => {
    expect((await listProducts(db, { ...base, locale: 'en', featured: true })).total).toBe(7);
    const deals = await listProducts(db, { ...base, locale: 'en', onSale: true });
    expect(deals.total).toBe(8);
    for (const deal of deals.items) {
      expect(deal.compareAtPriceCents).toBeGreaterThan(deal.priceCents);
      expect(deal.lowestPrice30dCents).toBe(deal.compareAtPriceCents);
    }
  });
});

describe('search', () => {
  const search = (locale: 'fi' | 'sv' | 'en' | 'zh', q: string) =>
    listProducts(db, { locale, q, page: 1, pageSize: 10 }).then((page) =>
      page.items.map((item) => item.name),
    );

  it.each([
    ['fi', 'espressokietin', 'Espressokeitin'],
    ['sv', 'espresomaskin', 'Espressomaskin'],
    ['en', 'espreso machine', 'Espresso Machine'],
    ['en', 'camping tnet', '4-Person Camping Tent'],
    ['zh', '露营帐蓬', '四人露营帐篷'],
  ] as const)('finds a misspelt word (%s "%s")', async (locale, q, expected) => {
    expect((await search(locale, q))[0]).toBe(expected);
  });

  it.each([
    ['fi', 'tel', 'Neljän hengen teltta'],
    ['en', 'espr', 'Espresso Machine'],
  ] as const)('matches the start of a word while typing (%s "%s")', async (locale, q, expected) => {
    expect(await search(locale, q)).toContain(expected);
  });

  it('folds accents both ways', async () => {
    expect(await search('fi', 'neljan hengen teltta')).toContain('Neljän hengen teltta');
    expect(await search('sv', 'talt')).toContain('Tält för 4 personer');
  });

  it('finds Chinese by substring', async () => {
    expect(await search('zh', '咖啡')).toContain('意式咖啡机');
  });

  it('finds by brand and SKU', async () => {
    expect((await search('en', 'SONY-A7IV-001'))[0]).toBe('Sony Alpha 7 IV');
    expect(await search('fi', 'logitech')).toContain('Logitech MX Master 3S');
  });

  it('treats SQL and tsquery syntax as plain words', async () => {
    for (const q of ["'; drop table products; --", 'a & | ! :* <-> b', '%', '\\', '"unterminated']) {
      const page = await listProducts(db, { locale: 'en', q, page: 1, pageSize: 5 });
      expect(Array.isArray(page.items)).toBe(true);
    }
    expect(await count(sql`select count(*)::int as n from products`)).toBe(39);
  });

  it('counts the matches on a page past the end, and with filters and other orders', async () => {
    const first = await listProducts(db, { locale: 'en', q: 'wireless', page: 1, pageSize: 2 });
    expect(first.total).toBeGreaterThan(2);
    const beyond = await listProducts(db, { locale: 'en', q: 'wireless', page: 50, pageSize: 2 });
    expect(beyond).toMatchObject({ items: [], total: first.total });
    // Past the end of a search with a filter, and of a list without search, with and without a filter.
    const filteredBeyond = { locale: 'en', q: 'wireless', minPriceCents: 0, page: 50, pageSize: 2 } as const;
    expect(await listProducts(db, filteredBeyond)).toMatchObject({ items: [], total: first.total });
    const all = await listProducts(db, { locale: 'en', page: 1, pageSize: 2 });
    expect(all.total).toBe(39);
    expect(await listProducts(db, { locale: 'en', page: 50, pageSize: 2 })).toMatchObject({
      items: [],
      total: 39,
    });
    const inStock = await listProducts(db, { locale: 'en', inStock: true, page: 1, pageSize: 2 });
    expect(await listProducts(db, { locale: 'en', inStock: true, page: 500, pageSize: 2 })).toMatchObject({
      items: [],
      total: inStock.total,
    });
    // The same matches through the join with products: a filter that keeps all, and a price order.
    const filtered = await listProducts(db, {
      locale: 'en',
      q: 'wireless',
      minPriceCents: 0,
      page: 1,
      pageSize: 50,
    });
    const byPrice = await listProducts(db, {
      locale: 'en',
      q: 'wireless',
      sort: 'price_asc',
      page: 1,
      pageSize: 50,
    });
    expect(filtered.total).toBe(first.total);
    expect(new Set(byPrice.items.map((item) => item.id))).toEqual(
      new Set(filtered.items.map((item) => item.id)),
    );
    const prices = byPrice.items.map((item) => item.priceCents);
    expect(prices).toEqual([...prices].sort((a, b) => a - b));
  });

  it('ranks a name match above a description mention', async () => {
    expect((await search('en', 'headphones'))[0]).toMatch(/Sony WH-1000XM5/);
  });
});

describe('getProduct', () => {
  it('finds a product by its slug in another locale and answers in the requested one', async () => {
    const product = await getProduct(db, { slugOrId: 'espresso-machine', locale: 'fi' });
    expect(product.name).toBe('Espressokeitin');
    expect(product.slugs.en).toBe('espresso-machine');
    expect(product.slug).toBe(product.slugs.fi);
    const byId = await getProduct(db, { slugOrId: product.id, locale: 'zh' });
    expect(byId.name).toBe('意式咖啡机');
  });

  it('shows variants with their own prices and stock', async () => {
    const iphone = await getProduct(db, { slugOrId: 'iphone-15-pro', locale: 'en' });
    expect(iphone.variants.map((v) => [v.options.storage, v.priceCents, v.stock])).toEqual([
      ['128 GB', 109_900, 10],
      ['256 GB', 119_900, 8],
      ['512 GB', 139_900, 5],
      ['1 TB', 159_900, 3],
    ]);
    expect(iphone).toMatchObject({ priceCents: 109_900, priceVaries: true, stock: 26, inStock: true });
    const shoes = await getProduct(db, { slugOrId: 'cushioned-running-shoes', locale: 'en' });
    expect(shoes.variants.map((v) => v.options.size)).toEqual(['40', '41', '42', '43', '44']);
    expect(shoes.variants.every((v) => v.priceCents === shoes.priceCents)).toBe(true);
  });

  it('gives breadcrumbs, images, and a rating distribution that matches the count', async () => {
    const product = await getProduct(db, { slugOrId: 'macbook-pro-16', locale: 'en' });
    expect(product.breadcrumbs.map((crumb) => crumb.slug)).toEqual(['electronics', 'computers-laptops']);
    expect(product.category?.slug).toBe('computers-laptops');
    expect(product.images.length).toBe(2);
    expect(product.images[0]?.sources.map((s) => s.width)).toEqual([320, 640, 1024]);
    expect(product.images[0]?.sources[0]?.url).toMatch(/^\/media\/products\/.+\.webp$/);
    const total = Object.values(product.ratingDistribution).reduce((a, b) => a + b, 0);
    expect(total).toBe(product.ratingCount);
  });

  it('hides archived and invisible products', async () => {
    const product = await getProduct(db, { slugOrId: 'yoga-mat', locale: 'en' });
    await db.execute(sql`update products set archived_at = now() where id = ${product.id}`);
    try {
      await expect(getProduct(db, { slugOrId: 'yoga-mat', locale: 'en' })).rejects.toBeInstanceOf(AppError);
      const list = await listProducts(db, { locale: 'en', q: 'yoga', page: 1, pageSize: 10 });
      expect(list.items.map((item) => item.id)).not.toContain(product.id);
    } finally {
      await db.execute(sql`update products set archived_at = null where id = ${product.id}`);
    }
  });

  it('answers 404 for an unknown slug or id', async () => {
    await expect(getProduct(db, { slugOrId: 'nope', locale: 'en' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(
      getProduct(db, { slugOrId: '00000000-0000-4000-8000-000000000000', locale: 'en' }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('suggestSearch', () => {
  it('suggests categories and products, eight at most', async () => {
    const items = await suggestSearch(db, { q: 'elektron', locale: 'fi' });
    expect(items[0]).toMatchObject({ type: 'category', name: 'Elektroniikka' });
    const many = await suggestSearch(db, { q: 'a', locale: 'en' });
    expect(many.length).toBeLessThanOrEqual(8);
  });
});

describe('listProductReviews', () => {
  it('pages through published reviews, newest first', async () => {
    const product = await getProduct(db, { slugOrId: 'macbook-pro-16', locale: 'en' });
    const page = await listProductReviews(db, { productId: product.id, page: 1, pageSize: 2 });
    expect(page.total).toBe(product.ratingCount);
    const dates = page.items.map((review) => review.createdAt);
    expect(dates).toEqual([...dates].sort().reverse());
    const beyond = await listProductReviews(db, { productId: product.id, page: 500, pageSize: 2 });
    expect(beyond).toMatchObject({ items: [], total: product.ratingCount });
    await expect(
      listProductReviews(db, { productId: 'not-a-uuid', page: 1, pageSize: 2 }),
    ).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});

describe('product roll-ups kept by the database', () => {
  it('follow variant prices, stock and activity', async () => {
    const read = async () =>
      (
        await queryRows<{ min: number; max: number; stock: number }>(
          db,
          sql`select min_price_cents as min, max_price_cents as max, stock_total as stock from products where sku = 'IP15P-001'`,
        )
      )[0];
    expect(await read()).toEqual({ min: 109_900, max: 159_900, stock: 26 });
    await db
      .transaction(async (tx) => {
        await tx.execute(
          sql`update product_variants set price_cents = 99900, stock = 0 where sku = 'IP15P-128'`,
        );
        await tx.execute(sql`update product_variants set is_active = false where sku = 'IP15P-1TB'`);
        const rows = await queryRows<{ min: number; max: number; stock: number }>(
          tx,
          sql`select min_price_cents as min, max_price_cents as max, stock_total as stock from products where sku = 'IP15P-001'`,
        );
        expect(rows[0]).toEqual({ min: 99_900, max: 139_900, stock: 13 });
        tx.rollback();
      })
      .catch((error: unknown) => {
        if (!(error instanceof Error && error.message.includes('Rollback'))) throw error;
      });
    expect(await read()).toEqual({ min: 109_900, max: 159_900, stock: 26 });
  });

  it('use the product itself when it has no variants', async () => {
    const [row] = await queryRows<{ ok: boolean }>(
      db,
      sql`select bool_and(min_price_cents = price_cents and max_price_cents = price_cents and stock_total = stock) as ok
        from products p where not exists (select 1 from product_variants v where v.product_id = p.id)`,
    );
    expect(row?.ok).toBe(true);
  });
});
