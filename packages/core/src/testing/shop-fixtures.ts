import { randomUUID } from 'node:crypto';
import { eq, inArray, like, type SQL } from 'drizzle-orm';
import { afterAll } from 'vitest';
import { addCartItem, applyCartCoupon, type CartOwner } from '../cart/index';
import { type CheckoutDeps, type PlacedOrder, type PlaceOrderRequest, placeOrder } from '../checkout/index';
import type { Db } from '../db/client';
import { queryRows } from '../db/rows';
import {
  couponRedemptions,
  coupons,
  emailOutbox,
  orders,
  payments,
  products,
  productTranslations,
  productVariants,
  shippingMethods,
  stockMovements,
  users,
} from '../db/schema';
import { AppError, type ErrorCode } from '../lib/app-error';
import type { Locale } from '../lib/locale';
import type { StripeGateway } from '../payments/index';

type TaxClass = (typeof products.$inferInsert)['taxClass'];
type CouponInsert = typeof coupons.$inferInsert;

export interface TestProduct {
  id: string;
  sku: string;
  /** The Finnish name (the store's default locale). */
  name: string;
  priceCents: number;
}

export interface TestVariant {
  id: string;
  sku: string;
  priceCents: number;
  stock: number;
}

export interface TestUser {
  id: string;
  email: string;
}

export interface TestAddress {
  fullName: string;
  line1: string;
  postalCode: string;
  city: string;
  country: string;
}

export const helsinki: TestAddress = {
  fullName: 'Testi Asiakas',
  line1: 'Testikatu 1',
  postalCode: '00100',
  city: 'Helsinki',
  country: 'FI',
};

export const stockholm: TestAddress = {
  fullName: 'Test Kund',
  line1: 'Drottninggatan 1',
  postalCode: '111 51',
  city: 'Stockholm',
  country: 'SE',
};

export const publicUrl = 'https://shop.example.org';

const shortId = () => randomUUID().replaceAll('-', '').slice(0, 10);

/** Runs `action` and returns the AppError it threw; fails the test on success or on any other error. */
export async function appError(action: Promise<unknown> | (() => Promise<unknown>)): Promise<AppError> {
  try {
    await (typeof action === 'function' ? action() : action);
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected an AppError, but the call succeeded');
}

/** Like `appError`, also checking the code (and status, when given). */
export async function expectAppError(
  action: Promise<unknown> | (() => Promise<unknown>),
  code: ErrorCode,
  status?: number,
): Promise<AppError> {
  const error = await appError(action);
  if (error.code !== code || (status !== undefined && error.status !== status)) {
    throw new Error(
      `expected ${code}${status ? ` ${status}` : ''}, got ${error.code} ${error.status}: ${error.message}`,
    );
  }
  return error;
}

/**
 * Factories for one test file's own products, variants, customers and coupons, and the cleanup that
 * removes them (and the orders and emails made for them) after the file. Call it at the top level of
 * the file: vitest runs no afterAll registered inside another hook. On the shared PostgreSQL database
 * other files count the demo products and coupons exactly, so nothing of ours may outlive the file.
 */
export function shopFixtures(database: () => Db, prefix: string) {
  const tag = prefix.toLowerCase();
  /** Every email this file uses ends with it, so its orders and outbox rows can be found and removed. */
  const emailDomain = `${tag}-${shortId()}.example.org`;
  const created = { products: [] as string[], coupons: [] as string[], users: [] as string[] };

  afterAll(async () => {
    const db = database();
    const ours = db
      .select({ id: orders.id })
      .from(orders)
      .where(like(orders.email, `%@${emailDomain}`));
    // Payments restrict deleting their order; order lines, history and redemptions go with it.
    await db.delete(payments).where(inArray(payments.orderId, ours));
    await db.delete(orders).where(like(orders.email, `%@${emailDomain}`));
    if (created.products.length > 0) {
      // The ledger restricts deleting a product; variants, translations and cart lines cascade.
      await db.delete(stockMovements).where(inArray(stockMovements.productId, created.products));
      await db.delete(products).where(inArray(products.id, created.products));
    }
    if (created.coupons.length > 0) {
      await db.delete(couponRedemptions).where(inArray(couponRedemptions.couponId, created.coupons));
      await db.delete(coupons).where(inArray(coupons.id, created.coupons));
    }
    if (created.users.length > 0) await db.delete(users).where(inArray(users.id, created.users));
    await db.delete(emailOutbox).where(like(emailOutbox.recipient, `%@${emailDomain}`));
  });

  async function insertProduct(options: {
    priceCents: number;
    stock: number;
    taxClass: TaxClass;
    name: string;
  }): Promise<TestProduct> {
    const id = shortId();
    const sku = `${prefix.toUpperCase()}-${id}`;
    const [row] = await database()
      .insert(products)
      .values({
        sku,
        priceCents: options.priceCents,
        lowestPrice30dCents: options.priceCents,
        stock: options.stock,
        taxClass: options.taxClass,
      })
      .returning({ id: products.id });
    if (!row) throw new Error('product not created');
    created.products.push(row.id);
    const name = `${options.name} ${id}`;
    await database()
      .insert(productTranslations)
      .values([
        { productId: row.id, locale: 'fi', name, slug: `${tag}-${id}` },
        { productId: row.id, locale: 'en', name: `${name} (en)`, slug: `${tag}-${id}-en` },
      ]);
    return { id: row.id, sku, name, priceCents: options.priceCents };
  }

  return {
    emailDomain,

    /** A unique address at this file's domain. */
    email(name = 'guest'): string {
      return `${name}-${shortId()}@${emailDomain}`;
    },

    /** A product without variants, visible and in stock unless told otherwise. */
    product(
      options: { priceCents?: number; stock?: number; taxClass?: TaxClass; name?: string } = {},
    ): Promise<TestProduct> {
      return insertProduct({
        priceCents: options.priceCents ?? 2000,
        stock: options.stock ?? 10,
        taxClass: options.taxClass ?? 'standard',
        name: options.name ?? 'Testituote',
      });
    },

    /** A product sold only in variants (its own stock stays 0, as the catalogue keeps it). */
    async productWithVariants(
      variants: { priceCents?: number; stock: number; size: string }[],
      priceCents = 3000,
    ): Promise<TestProduct & { variants: TestVariant[] }> {
      const product = await insertProduct({
        priceCents,
        stock: 0,
        taxClass: 'standard',
        name: 'Varianttituote',
      });
      const rows = await database()
        .insert(productVariants)
        .values(
          variants.map((variant, position) => ({
            productId: product.id,
            sku: `${product.sku}-${variant.size}`,
            options: { size: variant.size },
            priceCents: variant.priceCents ?? null,
            stock: variant.stock,
            position,
          })),
        )
        .returning({ id: productVariants.id, sku: productVariants.sku, stock: productVariants.stock });
      return {
        ...product,
        variants: rows.map((row, index) => ({
          ...row,
          priceCents: variants[index]?.priceCents ?? priceCents,
        })),
      };
    },

    async user(options: { role?: 'customer' | 'admin'; name?: string } = {}): Promise<TestUser> {
      const [row] = await database()
        .insert(users)
        .values({
          email: `${options.name ?? 'customer'}-${shortId()}@${emailDomain}`,
          firstName: 'Testi',
          lastName: 'Asiakas',
          role: options.role ?? 'customer',
        })
        .returning({ id: users.id, email: users.email });
      if (!row) throw new Error('user not created');
      created.users.push(row.id);
      return row;
    },

    /** A coupon with a unique code, valid since yesterday: 10 % off without limits unless overridden. */
    async coupon(overrides: Partial<CouponInsert> = {}): Promise<typeof coupons.$inferSelect> {
      const [row] = await database()
        .insert(coupons)
        .values({
          code: `${prefix.toUpperCase()}${shortId().toUpperCase()}`,
          type: 'percentage',
          value: 10,
          startsAt: new Date(Date.now() - 86_400_000),
          ...overrides,
        })
        .returning();
      if (!row) throw new Error('coupon not created');
      created.coupons.push(row.id);
      return row;
    },
  };
}

export type ShopFixtures = ReturnType<typeof shopFixtures>;

export async function shippingMethodId(db: Db, code: string): Promise<string> {
  const [row] = await db
    .select({ id: shippingMethods.id })
    .from(shippingMethods)
    .where(eq(shippingMethods.code, code));
  if (!row) throw new Error(`no shipping method ${code}`);
  return row.id;
}

export async function productStock(db: Db, productId: string): Promise<number> {
  const [row] = await db.select({ stock: products.stock }).from(products).where(eq(products.id, productId));
  if (!row) throw new Error('no product');
  return row.stock;
}

export async function variantStock(db: Db, variantId: string): Promise<number> {
  const [row] = await db
    .select({ stock: productVariants.stock })
    .from(productVariants)
    .where(eq(productVariants.id, variantId));
  if (!row) throw new Error('no variant');
  return row.stock;
}

export async function setProductStock(db: Db, productId: string, stock: number): Promise<void> {
  await db.update(products).set({ stock }).where(eq(products.id, productId));
}

export async function couponTimesUsed(db: Db, couponId: string): Promise<number> {
  const [row] = await db
    .select({ timesUsed: coupons.timesUsed })
    .from(coupons)
    .where(eq(coupons.id, couponId));
  if (!row) throw new Error('no coupon');
  return row.timesUsed;
}

export async function emailsTo(db: Db, recipient: string) {
  return db
    .select()
    .from(emailOutbox)
    .where(eq(emailOutbox.recipient, recipient))
    .orderBy(emailOutbox.createdAt);
}

export async function orderRow(db: Db, orderNumber: string) {
  const [row] = await db.select().from(orders).where(eq(orders.orderNumber, orderNumber));
  if (!row) throw new Error(`no order ${orderNumber}`);
  return row;
}

export async function ordersByEmail(db: Db, email: string) {
  return db.select().from(orders).where(eq(orders.email, email));
}

export async function paymentOf(db: Db, orderId: string) {
  const [row] = await db.select().from(payments).where(eq(payments.orderId, orderId));
  if (!row) throw new Error('no payment');
  return row;
}

/** Fills a cart with the lines (creating a guest cart when the owner has no token) and returns its owner. */
export async function fillCart(
  db: Db,
  owner: CartOwner,
  lines: { productId: string; variantId?: string | null; quantity: number }[],
): Promise<CartOwner> {
  let current = owner;
  for (const line of lines) {
    const { newToken } = await addCartItem(db, current, line);
    if (newToken) current = { ...current, token: newToken };
  }
  return current;
}

export function checkoutDeps(stripe: StripeGateway | null = null): CheckoutDeps {
  return { stripe, publicUrl, paymentMethods: stripe ? ['bank_transfer', 'stripe'] : ['bank_transfer'] };
}

export interface QuickOrder {
  owner: CartOwner;
  email: string;
  placed: PlacedOrder;
  orderId: string;
}

/**
 * Puts the lines in a cart and places it: a guest's (with `email`) or a signed-in customer's order,
 * paid by bank transfer unless a gateway and `stripe` are given.
 */
export async function quickOrder(
  db: Db,
  options: {
    lines: { productId: string; variantId?: string | null; quantity: number }[];
    email?: string;
    user?: TestUser | null;
    stripe?: StripeGateway | null;
    couponCode?: string;
    locale?: Locale;
    shippingMethodId: string;
    address?: TestAddress;
  },
): Promise<QuickOrder> {
  const user = options.user ?? null;
  const owner = await fillCart(db, { userId: user?.id ?? null, token: null }, options.lines);
  if (options.couponCode) {
    await applyCartCoupon(db, owner, options.couponCode, { userId: user?.id ?? null, email: null });
  }
  const email = user?.email ?? options.email;
  if (!email) throw new Error('a guest order needs an email');
  const request: PlaceOrderRequest = {
    owner,
    user,
    locale: options.locale ?? 'fi',
    idempotencyKey: `key-${randomUUID()}`,
    input: {
      ...(user ? {} : { email }),
      shippingAddress: options.address ?? helsinki,
      shippingMethodId: options.shippingMethodId,
      paymentMethod: options.stripe ? 'stripe' : 'bank_transfer',
      acceptTerms: true,
    },
  };
  const placed = await placeOrder(db, checkoutDeps(options.stripe ?? null), request);
  const [row] = await db
    .select({ id: orders.id })
    .from(orders)
    .where(eq(orders.orderNumber, placed.order.orderNumber));
  if (!row) throw new Error('placed order not found');
  return { owner, email, placed, orderId: row.id };
}

/** A `select count(*)::int as n ...` query's count, for before/after comparisons. */
export async function count(db: Db, query: SQL): Promise<number> {
  const [row] = await queryRows<{ n: number }>(db, query);
  return row?.n ?? 0;
}
