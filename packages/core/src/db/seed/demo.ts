import { hash } from '@node-rs/argon2';
import { eq, sql } from 'drizzle-orm';
import { foldToAscii } from '../../lib/ascii';
import { SeededRandom } from '../../lib/random';
import type { MediaStorage } from '../../media/storage';
import { finnishReference } from '../../payments/reference-number';
import { allocateVatToLines, summarizeVat } from '../../pricing/vat';
import type { Db, Tx } from '../client';
import {
  addresses,
  categories,
  categoryTranslations,
  coupons,
  type ImageSource,
  numberSequences,
  orderLines,
  orderStatusHistory,
  orders,
  payments,
  priceHistory,
  productImages,
  products,
  productTranslations,
  productVariants,
  reviews,
  shippingMethods,
  stockMovements,
  storeSettings,
  users,
} from '../schema';
import {
  type SeedDepartment,
  type SeedLocale,
  type SeedPerson,
  type SeedProduct,
  seedCategories,
  seedCustomers,
  seedPastCustomers,
  seedProducts,
  seedReviewTexts,
} from './content';
import { demoLogins } from './demo-logins';
import { renderProductImages, renderProductSvg } from './images';
import { vatRateRows } from './reference';

export const demoReviewCount = 142;
const demoSeed = 20_260_401;
const day = 86_400_000;
const locales: SeedLocale[] = ['fi', 'sv', 'en', 'zh'];

export interface SeedDemoOptions {
  storage: MediaStorage;
  /** The seed's notion of now; past orders and prices are placed relative to it. */
  now?: Date;
}

export interface SeedSummary {
  seeded: boolean;
  categories: number;
  products: number;
  reviews: number;
  orders: number;
}

interface ProductRecord {
  seed: SeedProduct;
  id: string;
  variants: {
    id: string;
    sku: string;
    priceCents: number | null;
    stock: number;
    options: Record<string, string>;
  }[];
  createdAt: Date;
  /** When the sale began (products on sale only). */
  saleStartedAt: Date | null;
}

interface PersonRecord {
  person: SeedPerson;
  id: string;
  email: string;
}

/** Images are rendered and stored before the transaction, which then only writes rows. */
async function storeProductImages(storage: MediaStorage): Promise<Map<string, ImageSource[][]>> {
  const department = new Map<string, SeedDepartment>();
  for (const category of seedCategories) department.set(category.key, category.department);
  const result = new Map<string, ImageSource[][]>();
  for (const product of seedProducts) {
    // Products with variants in different configurations get a second view.
    const views = product.variants?.some((variant) => variant.priceCents) ? 2 : 1;
    const sets: ImageSource[][] = [];
    for (let view = 0; view < views; view += 1) {
      const svg = renderProductSvg({
        shape: product.shape,
        department: department.get(product.categoryKey) ?? 'electronics',
        label: product.brand ?? product.text.en.name,
        variant: view,
      });
      const rendered = await renderProductImages(svg);
      const sources: ImageSource[] = [];
      for (const image of rendered) {
        const key = `products/${product.key}/${view}-${image.width}.webp`;
        await storage.put(key, image.data, 'image/webp');
        sources.push({ width: image.width, height: image.height, format: image.format, key });
      }
      sets.push(sources);
    }
    result.set(product.key, sets);
  }
  return result;
}

function emailFor(person: SeedPerson, taken: Set<string>): string {
  const base = foldToAscii(`${person.firstName}.${person.lastName}`)
    .toLowerCase()
    .replace(/[^a-z0-9.]+/g, '');
  let email = `${base}@example.net`;
  for (let n = 2; taken.has(email); n += 1) email = `${base}${n}@example.net`;
  taken.add(email);
  return email;
}

function rateOn(country: string, taxClass: string, date: Date): number {
  const isoDate = date.toISOString().slice(0, 10);
  const match = (cls: string) =>
    vatRateRows.find(
      (row) =>
        row.country === country &&
        row.taxClass === cls &&
        row.validFrom <= isoDate &&
        (!row.validTo || isoDate <= row.validTo),
    );
  const row = match(taxClass) ?? match('standard');
  if (!row) throw new Error(`No VAT rate for ${country}/${taxClass} on ${isoDate}`);
  return row.rateBasisPoints;
}

/**
 * Seeds the demo store once: categories, products with variants, images and price history, users,
 * coupons, past orders and reviews. Deterministic for a given `now`. Does nothing if the demo is
 * already there (the settings row remembers), so restarts keep every change made since.
 */
export async function seedDemoStore(db: Db, options: SeedDemoOptions): Promise<SeedSummary> {
  const [settings] = await db.select({ seededAt: storeSettings.demoSeededAt }).from(storeSettings);
  if (settings?.seededAt) return { seeded: false, categories: 0, products: 0, reviews: 0, orders: 0 };

  const now = options.now ?? new Date();
  const images = await storeProductImages(options.storage);
  const [adminHash, customerHash] = await Promise.all([
    hash(demoLogins.admin.password),
    hash(demoLogins.customers.password),
  ]);

  return db.transaction(async (tx) => {
    // Row lock on the settings: a second node starting at the same moment waits here, then sees the flag.
    const [locked] = await tx
      .execute(sql`select demo_seeded_at from store_settings for update`)
      .then((result) => (result as unknown as { rows: { demo_seeded_at: Date | null }[] }).rows);
    if (locked?.demo_seeded_at) return { seeded: false, categories: 0, products: 0, reviews: 0, orders: 0 };

    const random = new SeededRandom(demoSeed);
    await tx
      .update(storeSettings)
      .set({
        storeName: 'Puoti Demo',
        sellerName: 'Puoti Demo Oy',
        address: { line1: 'Esplanadi 12', postalCode: '00130', city: 'Helsinki', country: 'FI' },
        businessId: '2345678-0',
        vatId: 'FI23456780',
        email: 'asiakaspalvelu@example.com',
        phone: '+358 9 4242 4242',
        iban: 'FI21 1234 5600 0007 85',
        bic: 'NDEAFIHH',
        demoSeededAt: now,
      })
      .where(eq(storeSettings.singleton, true));

    const categoryIds = await insertCategories(tx);
    const productRecords = await insertProducts(tx, categoryIds, images, now);
    const people = await insertPeople(tx, adminHash, customerHash, now);
    await insertCoupons(tx, now);
    const { orderCount, reviewCount } = await insertOrdersAndReviews(tx, random, productRecords, people, now);
    return {
      seeded: true,
      categories: categoryIds.size,
      products: productRecords.length,
      reviews: reviewCount,
      orders: orderCount,
    };
  });
}

async function insertCategories(tx: Tx): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  const positions = new Map<string | null, number>();
  for (const category of seedCategories) {
    const position = positions.get(category.parentKey) ?? 0;
    positions.set(category.parentKey, position + 1);
    const [row] = await tx
      .insert(categories)
      .values({ parentId: category.parentKey ? ids.get(category.parentKey) : null, position })
      .returning({ id: categories.id });
    if (!row) throw new Error('category insert returned nothing');
    ids.set(category.key, row.id);
    await tx.insert(categoryTranslations).values(
      locales.map((locale) => ({
        categoryId: row.id,
        locale,
        name: category.text[locale].name,
        slug: category.text[locale].slug,
        description: category.text[locale].description,
      })),
    );
  }
  return ids;
}

/** Words a customer may search for that the product's own text does not contain. */
function keywordsFor(product: SeedProduct, locale: SeedLocale): string {
  const category = seedCategories.find((c) => c.key === product.categoryKey);
  const parent = category?.parentKey ? seedCategories.find((c) => c.key === category.parentKey) : undefined;
  return [
    product.brand,
    product.sku,
    ...(product.variants ?? []).map((variant) => variant.sku),
    category?.text[locale].name,
    parent?.text[locale].name,
  ]
    .filter(Boolean)
    .join(' ');
}

async function insertProducts(
  tx: Tx,
  categoryIds: Map<string, string>,
  images: Map<string, ImageSource[][]>,
  now: Date,
): Promise<ProductRecord[]> {
  const records: ProductRecord[] = [];
  for (const [index, product] of seedProducts.entries()) {
    // Catalogue added 150-180 days ago, so "newest" has an order and price history has depth.
    const createdAt = new Date(now.getTime() - (180 - index) * day);
    // Sales began 12 days ago; the higher price had applied since the product was added (months).
    const saleStartedAt = product.previousPriceCents ? new Date(now.getTime() - 12 * day) : null;
    const [row] = await tx
      .insert(products)
      .values({
        categoryId: categoryIds.get(product.categoryKey),
        sku: product.sku,
        brand: product.brand,
        priceCents: product.priceCents,
        compareAtPriceCents: product.previousPriceCents ?? null,
        priceChangedAt: saleStartedAt ?? createdAt,
        // The lowest price in the 30 days before the current price began: before a sale, the old price.
        lowestPrice30dCents: product.previousPriceCents ?? product.priceCents,
        stock: product.stock,
        lowStockThreshold: product.lowStockThreshold ?? 5,
        taxClass: product.taxClass,
        isFeatured: product.featured,
        createdAt,
        updatedAt: saleStartedAt ?? createdAt,
      })
      .returning({ id: products.id });
    if (!row) throw new Error('product insert returned nothing');

    await tx.insert(productTranslations).values(
      locales.map((locale) => ({
        productId: row.id,
        locale,
        name: product.text[locale].name,
        slug: product.text[locale].slug,
        shortDescription: product.text[locale].shortDescription,
        description: product.text[locale].description,
        specifications: product.text[locale].specifications,
        keywords: keywordsFor(product, locale),
      })),
    );

    const history = product.previousPriceCents
      ? [
          { priceCents: product.previousPriceCents, effectiveFrom: createdAt },
          { priceCents: product.priceCents, effectiveFrom: saleStartedAt ?? createdAt },
        ]
      : [{ priceCents: product.priceCents, effectiveFrom: createdAt }];
    await tx.insert(priceHistory).values(history.map((entry) => ({ productId: row.id, ...entry })));

    const variants: ProductRecord['variants'] = [];
    for (const [position, variant] of (product.variants ?? []).entries()) {
      const [inserted] = await tx
        .insert(productVariants)
        .values({
          productId: row.id,
          sku: variant.sku,
          options: variant.options,
          priceCents: variant.priceCents ?? null,
          priceChangedAt: createdAt,
          lowestPrice30dCents: variant.priceCents ?? null,
          stock: variant.stock,
          position,
          createdAt,
        })
        .returning({ id: productVariants.id });
      if (!inserted) throw new Error('variant insert returned nothing');
      if (variant.priceCents !== undefined) {
        await tx.insert(priceHistory).values({
          productId: row.id,
          variantId: inserted.id,
          priceCents: variant.priceCents,
          effectiveFrom: createdAt,
        });
      }
      variants.push({
        id: inserted.id,
        sku: variant.sku,
        priceCents: variant.priceCents ?? null,
        stock: variant.stock,
        options: variant.options,
      });
    }

    const sets = images.get(product.key) ?? [];
    if (sets.length > 0) {
      await tx.insert(productImages).values(
        sets.map((sources, position) => ({
          productId: row.id,
          position,
          sources,
          alt: Object.fromEntries(locales.map((locale) => [locale, product.text[locale].imageAlt])),
          createdAt,
        })),
      );
    }
    records.push({ seed: product, id: row.id, variants, createdAt, saleStartedAt });
  }
  return records;
}

async function insertPeople(
  tx: Tx,
  adminHash: string,
  customerHash: string,
  now: Date,
): Promise<PersonRecord[]> {
  const verifiedAt = new Date(now.getTime() - 200 * day);
  await tx.insert(users).values({
    email: demoLogins.admin.email,
    passwordHash: adminHash,
    role: 'admin',
    firstName: 'Aino',
    lastName: 'Kauppinen',
    locale: 'fi',
    emailVerifiedAt: verifiedAt,
    createdAt: verifiedAt,
  });
  const taken = new Set<string>();
  const records: PersonRecord[] = [];
  const all = [
    ...seedCustomers.map((person, i) => ({ person, demo: i })),
    ...seedPastCustomers.map((person) => ({ person, demo: -1 })),
  ];
  for (const [index, { person, demo }] of all.entries()) {
    const email = demo >= 0 ? (demoLogins.customers.emails[demo] as string) : emailFor(person, taken);
    const createdAt = new Date(now.getTime() - (190 - index) * day);
    const [row] = await tx
      .insert(users)
      .values({
        email,
        // People from past orders have no password: they bought before accounts existed here.
        passwordHash: demo >= 0 ? customerHash : null,
        firstName: person.firstName,
        lastName: person.lastName,
        phone: person.phone,
        locale: person.locale,
        emailVerifiedAt: createdAt,
        createdAt,
      })
      .returning({ id: users.id });
    if (!row) throw new Error('user insert returned nothing');
    if (demo >= 0) {
      await tx.insert(addresses).values({
        userId: row.id,
        fullName: `${person.firstName} ${person.lastName}`,
        line1: person.address.line1,
        postalCode: person.address.postalCode,
        city: person.address.city,
        country: person.address.country,
        phone: person.phone,
        isDefaultShipping: true,
        isDefaultBilling: true,
      });
    }
    records.push({ person, id: row.id, email });
  }
  return records;
}

async function insertCoupons(tx: Tx, now: Date): Promise<void> {
  const endsAt = new Date(now.getTime() + 365 * day);
  await tx.insert(coupons).values([
    {
      code: 'WELCOME10',
      description: '10 % off your order',
      type: 'percentage',
      value: 10,
      startsAt: now,
      endsAt,
    },
    {
      code: 'SUMMER20',
      description: '20 % off your order',
      type: 'percentage',
      value: 20,
      startsAt: now,
      endsAt,
    },
    {
      code: 'FREESHIP',
      description: 'Free shipping',
      type: 'free_shipping',
      value: 0,
      startsAt: now,
      endsAt,
    },
    {
      code: 'SAVE50',
      description: 'EUR 50 off orders from EUR 300',
      type: 'fixed',
      value: 5000,
      minOrderCents: 30_000,
      startsAt: now,
      endsAt,
    },
  ]);
}

type Status = 'pending_payment' | 'paid' | 'processing' | 'shipped' | 'delivered' | 'cancelled';

interface PlannedOrder {
  person: PersonRecord;
  items: { product: ProductRecord; variantIndex: number | null; quantity: number }[];
  placedAt: Date;
  status: Status;
  reviewed: ProductRecord[];
}

const statusPath: Status[] = ['pending_payment', 'paid', 'processing', 'shipped', 'delivered'];

/**
 * Past orders and the reviews written on them. Every review belongs to a delivered order of its author
 * that contains the product (a verified purchase); the other orders spread over the statuses so the
 * admin has work in every column.
 */
async function insertOrdersAndReviews(
  tx: Tx,
  random: SeededRandom,
  productRecords: ProductRecord[],
  people: PersonRecord[],
  now: Date,
): Promise<{ orderCount: number; reviewCount: number }> {
  // 142 reviews: three per product, the rest spread one by one (at most six per product).
  const counts = productRecords.map(() => 3);
  for (let left = demoReviewCount - counts.length * 3; left > 0; ) {
    const index = random.int(0, counts.length - 1);
    if ((counts[index] ?? 0) < 6) {
      counts[index] = (counts[index] ?? 0) + 1;
      left -= 1;
    }
  }
  const reviewsByPerson = new Map<PersonRecord, ProductRecord[]>();
  for (const [index, product] of productRecords.entries()) {
    for (const person of random.shuffle(people).slice(0, counts[index])) {
      reviewsByPerson.set(person, [...(reviewsByPerson.get(person) ?? []), product]);
    }
  }

  const pickVariant = (product: ProductRecord) =>
    product.variants.length > 0 ? random.int(0, product.variants.length - 1) : null;
  const planned: PlannedOrder[] = [];
  for (const [person, reviewed] of reviewsByPerson) {
    for (let start = 0; start < reviewed.length; start += 3) {
      const group = reviewed.slice(start, start + 3);
      planned.push({
        person,
        items: group.map((product) => ({ product, variantIndex: pickVariant(product), quantity: 1 })),
        placedAt: new Date(now.getTime() - random.int(20, 88) * day - random.int(0, 86_000) * 1000),
        status: 'delivered',
        reviewed: group,
      });
    }
  }
  // Recent orders in every other state, newest the least advanced.
  const recent: [Status, number, number][] = [
    ['pending_payment', 0, 2],
    ['pending_payment', 0, 1],
    ['paid', 1, 3],
    ['paid', 0, 2],
    ['processing', 2, 4],
    ['processing', 1, 3],
    ['shipped', 3, 6],
    ['shipped', 4, 8],
    ['shipped', 2, 5],
    ['delivered', 10, 40],
    ['delivered', 15, 60],
    ['cancelled', 5, 30],
    ['cancelled', 20, 70],
  ];
  for (const [status, minDays, maxDays] of recent) {
    const count = random.int(1, 3);
    const chosen = random.shuffle(productRecords).slice(0, count);
    planned.push({
      person: random.pick(people),
      items: chosen.map((product) => ({
        product,
        variantIndex: pickVariant(product),
        quantity: random.int(1, 2),
      })),
      placedAt: new Date(now.getTime() - random.int(minDays, maxDays) * day - random.int(600, 80_000) * 1000),
      status,
      reviewed: [],
    });
  }
  planned.sort((a, b) => a.placedAt.getTime() - b.placedAt.getTime());

  // Stock movements: the initial stock is what is on hand now plus everything sold since, so the
  // ledger adds up to today's stock.
  const sold = new Map<string, number>();
  const stockKey = (product: ProductRecord, variantIndex: number | null) =>
    variantIndex === null ? product.id : (product.variants[variantIndex]?.id ?? product.id);
  for (const order of planned) {
    if (order.status === 'cancelled') continue;
    for (const item of order.items) {
      const key = stockKey(item.product, item.variantIndex);
      sold.set(key, (sold.get(key) ?? 0) + item.quantity);
    }
  }
  const level = new Map<string, number>();
  for (const product of productRecords) {
    const entries =
      product.variants.length > 0
        ? product.variants.map((variant) => ({
            variantId: variant.id,
            key: variant.id,
            stock: variant.stock,
          }))
        : [{ variantId: null, key: product.id, stock: product.seed.stock }];
    for (const entry of entries) {
      const initial = entry.stock + (sold.get(entry.key) ?? 0);
      level.set(entry.key, initial);
      await tx.insert(stockMovements).values({
        productId: product.id,
        variantId: entry.variantId,
        delta: initial,
        stockAfter: initial,
        reason: 'initial',
        note: 'Opening stock',
        createdAt: product.createdAt,
      });
    }
  }

  const methods = await tx.select().from(shippingMethods);
  const sequence = new Map<number, number>();
  let reviewCount = 0;
  for (const order of planned) {
    const { person } = order;
    const country = person.person.address.country;
    const locale = person.person.locale;
    const method = methods.find((m) => m.code === `${country.toLowerCase()}-home`) ?? methods[0];
    if (!method) throw new Error('no shipping methods');
    const lines = order.items.map((item) => {
      const variant = item.variantIndex === null ? undefined : item.product.variants[item.variantIndex];
      const onSaleThen = item.product.saleStartedAt !== null && order.placedAt >= item.product.saleStartedAt;
      const productPrice =
        item.product.seed.previousPriceCents && !onSaleThen
          ? item.product.seed.previousPriceCents
          : item.product.seed.priceCents;
      const unitPriceCents = variant?.priceCents ?? productPrice;
      const rate = rateOn('FI', item.product.seed.taxClass, order.placedAt);
      return {
        item,
        variant,
        unitPriceCents,
        lineTotalCents: unitPriceCents * item.quantity,
        rate,
        name: item.product.seed.text[locale].name,
        variantLabel: variant ? Object.values(variant.options).join(' / ') : null,
        sku: variant?.sku ?? item.product.seed.sku,
      };
    });
    const subtotalCents = lines.reduce((sum, line) => sum + line.lineTotalCents, 0);
    const shippingCents =
      method.freeFromCents !== null && subtotalCents >= method.freeFromCents ? 0 : method.priceCents;
    // Shipping carries the standard rate; it joins the VAT summary as one more line.
    const grossLines = [
      ...lines.map((line) => ({ grossCents: line.lineTotalCents, rateBasisPoints: line.rate })),
      ...(shippingCents > 0
        ? [{ grossCents: shippingCents, rateBasisPoints: rateOn('FI', 'standard', order.placedAt) }]
        : []),
    ];
    const vatSummary = summarizeVat(grossLines);
    const lineVat = allocateVatToLines(grossLines);
    const vatCents = vatSummary.reduce((sum, rate) => sum + rate.vatCents, 0);

    const year = order.placedAt.getUTCFullYear();
    const number = (sequence.get(year) ?? 0) + 1;
    sequence.set(year, number);
    const orderNumber = `${year}-${String(number).padStart(6, '0')}`;

    const reached =
      order.status === 'cancelled'
        ? ['pending_payment', 'cancelled']
        : statusPath.slice(0, statusPath.indexOf(order.status) + 1);
    const times = reached.map(
      (_, step) =>
        new Date(Math.min(now.getTime() - 60_000, order.placedAt.getTime() + step * random.int(1, 2) * day)),
    );
    const at = (status: string) => {
      const index = reached.indexOf(status);
      return index >= 0 ? (times[index] ?? null) : null;
    };
    const isPaid = at('paid') !== null;
    const shippingAddress = {
      fullName: `${person.person.firstName} ${person.person.lastName}`,
      line1: person.person.address.line1,
      postalCode: person.person.address.postalCode,
      city: person.person.address.city,
      country,
      phone: person.person.phone,
    };
    const [inserted] = await tx
      .insert(orders)
      .values({
        orderNumber,
        userId: person.id,
        email: person.email,
        locale,
        status: order.status,
        paymentStatus: isPaid ? 'paid' : order.status === 'cancelled' ? 'failed' : 'pending',
        paymentMethod: 'bank_transfer',
        subtotalCents,
        discountCents: 0,
        shippingCents,
        vatCents,
        totalCents: subtotalCents + shippingCents,
        vatLines: vatSummary.map(({ rateBasisPoints, netCents, vatCents: v }) => ({
          rateBasisPoints,
          netCents,
          vatCents: v,
        })),
        vatCountry: 'FI',
        shippingAddress,
        billingAddress: shippingAddress,
        shippingMethodId: method.id,
        shippingMethodName: method.name[locale] ?? method.code,
        referenceNumber: finnishReference(`${year}${String(number).padStart(6, '0')}`),
        carrier: at('shipped') ? 'Posti' : null,
        trackingNumber: at('shipped') ? `JJFI6420${String(1_000_000 + number * 7919).slice(-7)}` : null,
        termsAcceptedAt: order.placedAt,
        paidAt: at('paid'),
        shippedAt: at('shipped'),
        deliveredAt: at('delivered'),
        cancelledAt: at('cancelled'),
        createdAt: order.placedAt,
        updatedAt: times.at(-1) ?? order.placedAt,
      })
      .returning({ id: orders.id });
    if (!inserted) throw new Error('order insert returned nothing');

    await tx.insert(orderLines).values(
      lines.map((line, index) => ({
        orderId: inserted.id,
        position: index,
        productId: line.item.product.id,
        variantId: line.variant?.id ?? null,
        name: line.name,
        variantLabel: line.variantLabel,
        sku: line.sku,
        quantity: line.item.quantity,
        unitPriceCents: line.unitPriceCents,
        lineTotalCents: line.lineTotalCents,
        taxClass: line.item.product.seed.taxClass,
        vatRateBasisPoints: line.rate,
        vatCents: lineVat[index] ?? 0,
      })),
    );
    await tx.insert(orderStatusHistory).values(
      reached.map((status, index) => ({
        orderId: inserted.id,
        fromStatus: index === 0 ? null : (reached[index - 1] as Status),
        toStatus: status as Status,
        createdAt: times[index] ?? order.placedAt,
      })),
    );
    await tx.insert(payments).values({
      orderId: inserted.id,
      provider: 'bank_transfer',
      providerReference: finnishReference(`${year}${String(number).padStart(6, '0')}`),
      status: isPaid ? 'succeeded' : order.status === 'cancelled' ? 'canceled' : 'pending',
      amountCents: subtotalCents + shippingCents,
      createdAt: order.placedAt,
    });

    for (const line of lines) {
      const key = stockKey(line.item.product, line.item.variantIndex);
      const after = (level.get(key) ?? 0) - line.item.quantity;
      level.set(key, after);
      await tx.insert(stockMovements).values({
        productId: line.item.product.id,
        variantId: line.variant?.id ?? null,
        delta: -line.item.quantity,
        stockAfter: after,
        reason: 'order',
        orderId: inserted.id,
        createdAt: order.placedAt,
      });
      const cancelledAt = at('cancelled');
      if (cancelledAt) {
        const restored = after + line.item.quantity;
        level.set(key, restored);
        await tx.insert(stockMovements).values({
          productId: line.item.product.id,
          variantId: line.variant?.id ?? null,
          delta: line.item.quantity,
          stockAfter: restored,
          reason: 'cancellation',
          orderId: inserted.id,
          createdAt: cancelledAt,
        });
      }
    }

    const deliveredAt = at('delivered');
    for (const product of order.reviewed) {
      if (!deliveredAt) break;
      const rating = random.weighted([1, 2, 3, 4, 5] as const, [1, 1, 3, 12, 20]);
      const texts = seedReviewTexts[locale].filter((text) => text.rating === rating);
      const text = random.pick(texts.length > 0 ? texts : seedReviewTexts[locale]);
      const writtenAt = new Date(
        Math.min(now.getTime() - 3_600_000, deliveredAt.getTime() + random.int(1, 10) * day),
      );
      await tx.insert(reviews).values({
        productId: product.id,
        userId: person.id,
        orderId: inserted.id,
        authorName: `${person.person.firstName} ${person.person.lastName.charAt(0)}.`,
        locale,
        rating: text.rating,
        title: text.title,
        body: text.body,
        status: 'published',
        verifiedPurchase: true,
        createdAt: writtenAt,
        updatedAt: writtenAt,
      });
      reviewCount += 1;
    }
  }

  for (const [year, lastValue] of sequence) {
    await tx.insert(numberSequences).values({ scope: 'order', year, lastValue });
  }
  // Ratings follow from the reviews themselves, so the stored sum and count are right by construction.
  await tx.execute(sql`update products p set rating_sum = r.sum, rating_count = r.count
    from (select product_id, sum(rating)::int as sum, count(*)::int as count from reviews
          where status = 'published' group by product_id) r
    where r.product_id = p.id`);
  return { orderCount: planned.length, reviewCount };
}
