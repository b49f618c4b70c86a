import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import { type ImageView, toImageView } from '../catalog/index';
import { type Executor, readAll } from '../db/client';
import { insertRows } from '../db/insert';
import { queryRows } from '../db/rows';
import { writeTogether } from '../db/together';
import { AppError, notFound } from '../lib/app-error';
import type { Locale } from '../lib/locale';
import { computeTotals, formatRate, loadVatTable } from '../pricing/index';
import {
  type CouponRejection,
  checkCoupon,
  countCustomerUses,
  couponDiscount,
  couponError,
  findCouponByCode,
} from '../promotions/index';
import { coupons } from '../promotions/schema';
import { getStoreSettings } from '../settings/index';
import { type LiveCartLine, loadCartLines, variantLabel } from './lines';
import { cartItems, carts } from './schema';

/** Whose cart: a signed-in user's, or a guest's identified by the token from its cookie or X-Cart-Token. */
export interface CartOwner {
  userId: string | null;
  token: string | null;
}

export const maxLineQuantity = 99;
export const maxCartLines = 50;
const guestCartDays = 30;
const userCartDays = 180;

export const ZAddCartItem = z.object({
  productId: z.uuid(),
  variantId: z.uuid().nullish(),
  quantity: z.number().int().min(1).max(maxLineQuantity).default(1),
});
export type TAddCartItem = z.input<typeof ZAddCartItem>;

/** 0 removes the line. */
export const ZUpdateCartItem = z.object({ quantity: z.number().int().min(0).max(maxLineQuantity) });

export const ZApplyCoupon = z.object({ code: z.string().trim().min(1).max(64) });

export type CartProblem = 'no_longer_sold' | 'out_of_stock' | 'quantity_reduced' | 'price_changed';

export interface CartLineView {
  id: string;
  productId: string;
  variantId: string | null;
  slug: string;
  name: string;
  variantLabel: string | null;
  sku: string;
  quantity: number;
  unitPriceCents: number;
  lineTotalCents: number;
  /** Units that can be bought now (0 when not sold any more). */
  stock: number;
  /** False when the line cannot be bought (no longer sold, out of stock); it is left out of the totals. */
  available: boolean;
  problem: CartProblem | null;
  /** With `price_changed`: the price the customer saw before. */
  previousPriceCents: number | null;
  image: ImageView | null;
}

export interface CartCouponView {
  code: string;
  type: 'percentage' | 'fixed' | 'free_shipping';
  value: number;
  description: string;
}

export interface CartView {
  id: string | null;
  /** The guest cart's token (for X-Cart-Token); null for a signed-in user's cart. */
  token: string | null;
  items: CartLineView[];
  coupon: CartCouponView | null;
  /** Why the attached coupon gives nothing at the moment (e.g. the minimum is no longer met). */
  couponProblem: CouponRejection | null;
  itemCount: number;
  subtotalCents: number;
  discountCents: number;
  /** Shipping is chosen at checkout; the cart shows goods only. */
  shippingCents: number;
  vatCents: number;
  vatLines: { rate: string; netCents: number; vatCents: number }[];
  totalCents: number;
}

export interface CartWriteResult {
  /** Set when this write created a guest cart: the caller hands it to the client (cookie or body). */
  newToken: string | null;
}

/** The cart an add wrote to, so the answer can show it without looking it up again. */
export interface CartAddResult extends CartWriteResult {
  cart: CartRow;
}

export interface CartRow {
  id: string;
  userId: string | null;
  couponId: string | null;
}

export function hashCartToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

function expiry(owner: CartOwner, now: Date): Date {
  const days = owner.userId ? userCartDays : guestCartDays;
  return new Date(now.getTime() + days * 86_400_000);
}

/** The owner's cart, locked for the rest of the transaction when `lock` is set (writes to one cart take turns). */
export async function findCart(db: Executor, owner: CartOwner, lock = false): Promise<CartRow | null> {
  const columns = { id: carts.id, userId: carts.userId, couponId: carts.couponId };
  const where = owner.userId
    ? eq(carts.userId, owner.userId)
    : owner.token
      ? and(
          eq(carts.tokenHash, hashCartToken(owner.token)),
          isNull(carts.userId),
          gt(carts.expiresAt, sql`now()`),
        )
      : undefined;
  if (!where) return null;
  const query = db.select(columns).from(carts).where(where).limit(1);
  const [row] = lock ? await query.for('update') : await query;
  return row ?? null;
}

function newCartToken(): string {
  return randomBytes(32).toString('base64url');
}

async function findOrCreateCart(
  tx: Executor,
  owner: CartOwner,
  now: Date,
): Promise<{ cart: CartRow; newToken: string | null; created: boolean }> {
  const existing = await findCart(tx, owner, true);
  if (existing) {
    await tx
      .update(carts)
      .set({ expiresAt: expiry(owner, now) })
      .where(eq(carts.id, existing.id));
    return { cart: existing, newToken: null, created: false };
  }
  // A user's cart also gets a token (the column is required) but it is never handed out.
  const token = newCartToken();
  const [created] = await tx
    .insert(carts)
    .values({ tokenHash: hashCartToken(token), userId: owner.userId, expiresAt: expiry(owner, now) })
    .onConflictDoNothing()
    .returning({ id: carts.id, userId: carts.userId, couponId: carts.couponId });
  if (created) return { cart: created, newToken: owner.userId ? null : token, created: true };
  // Two first writes by one user raced and the other created the cart: use that one.
  const raced = await findCart(tx, owner, true);
  if (!raced) throw new Error('The cart vanished right after it was created.');
  return { cart: raced, newToken: null, created: false };
}

interface SellableRow {
  price_cents: number;
  stock: number;
  has_variants: boolean;
  variant_found: boolean;
}

/** Checks the product (and variant) can be sold and returns its live price and stock. */
async function sellable(
  db: Executor,
  productId: string,
  variantId: string | null,
): Promise<{ priceCents: number; stock: number }> {
  const [row] = await queryRows<SellableRow>(
    db,
    sql`select coalesce(v.price_cents, p.price_cents) as price_cents,
        case when ${variantId}::uuid is null then p.stock else coalesce(v.stock, 0) end as stock,
        exists (select 1 from product_variants pv where pv.product_id = p.id and pv.is_active) as has_variants,
        v.id is not null as variant_found
      from products p
      left join product_variants v on v.id = ${variantId}::uuid and v.product_id = p.id and v.is_active
      where p.id = ${productId} and p.is_visible and p.archived_at is null`,
  );
  if (!row) throw notFound('Product');
  if (variantId && !row.variant_found) throw notFound('Variant');
  if (!variantId && row.has_variants) {
    throw new AppError('VALIDATION_FAILED', 'Choose a variant (size, colour, ...) first.', [
      { field: 'variantId', message: 'This product comes in variants; choose one.' },
    ]);
  }
  return { priceCents: row.price_cents, stock: row.stock };
}

function outOfStock(available: number, inCart: number): AppError {
  return new AppError(
    'OUT_OF_STOCK',
    available === 0 ? 'This item is out of stock.' : `Only ${available} of this item are available.`,
    { available, inCart },
  );
}

/** Refuses an add that would exceed the per-line bound or the stock; `inCart` units are there already. */
function checkAddable(inCart: number, quantity: number, stock: number): void {
  if (inCart + quantity > maxLineQuantity) {
    throw new AppError(
      'VALIDATION_FAILED',
      `At most ${maxLineQuantity} of one item per order.`,
      [{ field: 'quantity', message: `At most ${maxLineQuantity - inCart} more can be added.` }],
      422,
    );
  }
  if (inCart + quantity > stock) throw outOfStock(stock, inCart);
}

/** Adds units of a product or variant, creating the cart on the first add. */
export async function addCartItem(
  db: Executor,
  owner: CartOwner,
  input: TAddCartItem,
  now = new Date(),
): Promise<CartAddResult> {
  const { productId, variantId = null, quantity } = ZAddCartItem.parse(input);
  if (!owner.userId && !owner.token) return startGuestCart(db, { productId, variantId, quantity }, now);
  return db.transaction(async (tx) => {
    const { priceCents, stock } = await sellable(tx, productId, variantId ?? null);
    const { cart, newToken, created } = await findOrCreateCart(tx, owner, now);
    // A cart this transaction created has no lines yet.
    const lines = created
      ? []
      : await tx
          .select({
            productId: cartItems.productId,
            variantId: cartItems.variantId,
            quantity: cartItems.quantity,
          })
          .from(cartItems)
          .where(eq(cartItems.cartId, cart.id));
    const existing = lines.find((line) => line.productId === productId && line.variantId === variantId);
    const inCart = existing?.quantity ?? 0;
    if (!existing && lines.length >= maxCartLines) {
      throw new AppError('CONFLICT', `A cart holds at most ${maxCartLines} different items.`);
    }
    checkAddable(inCart, quantity, stock);
    await tx
      .insert(cartItems)
      .values({ cartId: cart.id, productId, variantId, quantity, seenPriceCents: priceCents })
      .onConflictDoUpdate({
        target: [cartItems.cartId, cartItems.productId, cartItems.variantId],
        set: { quantity: sql`${cartItems.quantity} + ${quantity}`, seenPriceCents: priceCents },
      });
    return { newToken, cart };
  });
}

/**
 * A visitor's first add, the most common write of a shop. No one else can know a cart that does not exist
 * yet, so there is nothing to lock: the cart and its line are written in one statement, no transaction.
 */
async function startGuestCart(
  db: Executor,
  item: { productId: string; variantId: string | null; quantity: number },
  now: Date,
): Promise<CartAddResult> {
  const { priceCents, stock } = await sellable(db, item.productId, item.variantId);
  checkAddable(0, item.quantity, stock);
  const token = newCartToken();
  const cart: CartRow = { id: randomUUID(), userId: null, couponId: null };
  await writeTogether(db, [
    insertRows(carts, [
      {
        id: cart.id,
        tokenHash: hashCartToken(token),
        userId: null,
        expiresAt: expiry({ userId: null, token }, now),
      },
    ]),
    insertRows(cartItems, [{ cartId: cart.id, ...item, seenPriceCents: priceCents }]),
  ]);
  return { newToken: token, cart };
}

async function lockedCart(tx: Executor, owner: CartOwner): Promise<CartRow> {
  const cart = await findCart(tx, owner, true);
  if (!cart) throw notFound('Cart');
  return cart;
}

/** Sets a line's quantity; 0 removes it. More than is in stock answers OUT_OF_STOCK. */
export async function updateCartItem(
  db: Executor,
  owner: CartOwner,
  itemId: string,
  quantity: number,
): Promise<void> {
  const parsed = ZUpdateCartItem.parse({ quantity });
  if (!z.uuid().safeParse(itemId).success) throw notFound('Cart item');
  await db.transaction(async (tx) => {
    const cart = await lockedCart(tx, owner);
    const [line] = await tx
      .select()
      .from(cartItems)
      .where(and(eq(cartItems.id, itemId), eq(cartItems.cartId, cart.id)));
    if (!line) throw notFound('Cart item');
    if (parsed.quantity === 0) {
      await tx.delete(cartItems).where(eq(cartItems.id, line.id));
      return;
    }
    const { priceCents, stock } = await sellable(tx, line.productId, line.variantId);
    if (parsed.quantity > line.quantity && parsed.quantity > stock) throw outOfStock(stock, line.quantity);
    await tx
      .update(cartItems)
      .set({ quantity: parsed.quantity, seenPriceCents: priceCents })
      .where(eq(cartItems.id, line.id));
  });
}

export async function removeCartItem(db: Executor, owner: CartOwner, itemId: string): Promise<void> {
  if (!z.uuid().safeParse(itemId).success) throw notFound('Cart item');
  const cart = await findCart(db, owner);
  if (!cart) throw notFound('Cart item');
  const removed = await db
    .delete(cartItems)
    .where(and(eq(cartItems.id, itemId), eq(cartItems.cartId, cart.id)))
    .returning({ id: cartItems.id });
  if (removed.length === 0) throw notFound('Cart item');
}

/** Empties the cart and drops its coupon; the cart (and a guest's token) stays. */
export async function clearCart(db: Executor, owner: CartOwner): Promise<void> {
  const cart = await findCart(db, owner);
  if (!cart) return;
  await db.transaction(async (tx) => {
    await tx.delete(cartItems).where(eq(cartItems.cartId, cart.id));
    await tx.update(carts).set({ couponId: null }).where(eq(carts.id, cart.id));
  });
}

/** Who the per-customer coupon limit counts: the user, or a guest's email once checkout gives one. */
export interface CouponCustomer {
  userId: string | null;
  email: string | null;
}

/** Attaches a coupon after checking it against the cart as it is now; COUPON_INVALID says why not. */
export async function applyCartCoupon(
  db: Executor,
  owner: CartOwner,
  code: string,
  customer: CouponCustomer,
  now = new Date(),
): Promise<CartWriteResult> {
  const parsed = ZApplyCoupon.parse({ code });
  return db.transaction(async (tx) => {
    const coupon = await findCouponByCode(tx, parsed.code);
    const { cart, newToken } = await findOrCreateCart(tx, owner, now);
    const lines = await loadCartLines(tx, cart.id, 'en');
    const subtotalCents = lines
      .filter((line) => line.sold && line.stock > 0)
      .reduce((sum, line) => sum + line.unitPriceCents * Math.min(line.quantity, line.stock), 0);
    const customerUses =
      coupon && (customer.userId || customer.email) ? await countCustomerUses(tx, coupon.id, customer) : 0;
    const rejection = checkCoupon(coupon, { now, subtotalCents, customerUses });
    if (rejection || !coupon) {
      throw couponError(rejection ?? 'unknown', {
        code: parsed.code,
        ...(rejection === 'minimum_not_met' ? { minOrderCents: coupon?.minOrderCents } : {}),
      });
    }
    await tx.update(carts).set({ couponId: coupon.id }).where(eq(carts.id, cart.id));
    return { newToken };
  });
}

export async function removeCartCoupon(db: Executor, owner: CartOwner): Promise<void> {
  const cart = await findCart(db, owner);
  if (cart) await db.update(carts).set({ couponId: null }).where(eq(carts.id, cart.id));
}

/** A line's state against the live catalogue; quantities above the stock are cut down to it. */
export function assessLine(line: LiveCartLine): {
  quantity: number;
  available: boolean;
  problem: CartProblem | null;
} {
  if (!line.sold) return { quantity: line.quantity, available: false, problem: 'no_longer_sold' };
  if (line.stock <= 0) return { quantity: line.quantity, available: false, problem: 'out_of_stock' };
  if (line.stock < line.quantity)
    return { quantity: line.stock, available: true, problem: 'quantity_reduced' };
  if (line.seenPriceCents !== line.unitPriceCents)
    return { quantity: line.quantity, available: true, problem: 'price_changed' };
  return { quantity: line.quantity, available: true, problem: null };
}

const emptyCart = (token: string | null): CartView => ({
  id: null,
  token,
  items: [],
  coupon: null,
  couponProblem: null,
  itemCount: 0,
  subtotalCents: 0,
  discountCents: 0,
  shippingCents: 0,
  vatCents: 0,
  vatLines: [],
  totalCents: 0,
});

/**
 * The cart re-priced from the catalogue, each line with its problem so the UI can say so at once.
 * Looking at the cart settles what it reported: quantities above the stock are reduced and the seen
 * price moves to the current one, so each change is pointed out once and checkout sells what was shown.
 */
export async function viewCart(
  db: Executor,
  owner: CartOwner,
  locale: Locale,
  customer: CouponCustomer,
  options: {
    now?: Date;
    /** The owner's cart when the caller has just written it (an add), instead of looking it up. */
    cart?: CartRow;
  } = {},
): Promise<CartView> {
  const now = options.now ?? new Date();
  const cart = options.cart ?? (await findCart(db, owner));
  if (!cart) return emptyCart(null);
  const token = owner.userId ? null : owner.token;
  const couponId = cart.couponId;
  const [lines, settings, couponRows] = await readAll(db, [
    () => loadCartLines(db, cart.id, locale),
    () => getStoreSettings(db),
    () => (couponId ? db.select().from(coupons).where(eq(coupons.id, couponId)) : Promise.resolve([])),
  ]);
  const vat = await loadVatTable(db, settings.country, now);
  const assessed = lines.map((line) => ({ line, ...assessLine(line) }));

  const settled = assessed.filter(
    ({ problem }) => problem === 'quantity_reduced' || problem === 'price_changed',
  );
  for (const { line, quantity, problem } of settled) {
    // Only what was reported is settled: a line cut to the stock whose price also changed keeps its
    // old seen price, so the price change is pointed out on the next view instead of never.
    await db
      .update(cartItems)
      .set(problem === 'price_changed' ? { seenPriceCents: line.unitPriceCents } : { quantity })
      .where(eq(cartItems.id, line.id));
  }

  const sellableLines = assessed.filter((entry) => entry.available);
  const subtotalCents = sellableLines.reduce(
    (sum, { line, quantity }) => sum + line.unitPriceCents * quantity,
    0,
  );
  const coupon = couponRows[0] ?? null;
  let couponProblem: CouponRejection | null = null;
  if (coupon) {
    const customerUses =
      customer.userId || customer.email ? await countCustomerUses(db, coupon.id, customer) : 0;
    couponProblem = checkCoupon(coupon, { now, subtotalCents, customerUses });
  }
  const totals = computeTotals({
    lines: sellableLines.map(({ line, quantity }) => ({
      unitPriceCents: line.unitPriceCents,
      quantity,
      rateBasisPoints: vat.rate(line.taxClass),
    })),
    discount: coupon && !couponProblem ? couponDiscount(coupon) : null,
    shipping: null,
  });
  return {
    id: cart.id,
    token,
    items: assessed.map(({ line, quantity, available, problem }) => ({
      id: line.id,
      productId: line.productId,
      variantId: line.variantId,
      slug: line.slug,
      name: line.name,
      variantLabel: variantLabel(line.variantOptions),
      sku: line.sku,
      quantity,
      unitPriceCents: line.unitPriceCents,
      lineTotalCents: line.unitPriceCents * quantity,
      stock: line.sold ? line.stock : 0,
      available,
      problem,
      previousPriceCents: problem === 'price_changed' ? line.seenPriceCents : null,
      image: line.image ? toImageView(line.image, locale, line.name) : null,
    })),
    coupon: coupon
      ? { code: coupon.code, type: coupon.type, value: coupon.value, description: coupon.description }
      : null,
    couponProblem,
    itemCount: sellableLines.reduce((sum, { quantity }) => sum + quantity, 0),
    subtotalCents: totals.subtotalCents,
    discountCents: totals.discountCents,
    shippingCents: totals.shippingCents,
    vatCents: totals.vatCents,
    vatLines: totals.vatLines.map((line) => ({
      rate: formatRate(line.rateBasisPoints),
      netCents: line.netCents,
      vatCents: line.vatCents,
    })),
    totalCents: totals.totalCents,
  };
}

/**
 * Moves a guest's cart into the user's at sign-in: quantities of the same item are added, then cut to
 * what is in stock (and the per-line maximum); the guest cart's coupon carries over when the user's cart
 * has none. The guest cart is gone afterwards.
 */
export async function mergeGuestCart(db: Executor, userId: string, guestToken: string, now = new Date()) {
  await db.transaction(async (tx) => {
    const guest = await findCart(tx, { userId: null, token: guestToken }, true);
    if (!guest) return;
    const { cart } = await findOrCreateCart(tx, { userId, token: null }, now);
    await tx.execute(sql`
      insert into cart_items (cart_id, product_id, variant_id, quantity, seen_price_cents)
      select ${cart.id}, g.product_id, g.variant_id, g.quantity, g.seen_price_cents
        from cart_items g where g.cart_id = ${guest.id}
      on conflict on constraint cart_items_line_key do update
        set quantity = least(cart_items.quantity + excluded.quantity, ${maxLineQuantity}), updated_at = now()`);
    await tx.execute(sql`
      update cart_items ci set quantity = s.stock
        from (select ci2.id, case when ci2.variant_id is null then p.stock else v.stock end as stock
                from cart_items ci2
                join products p on p.id = ci2.product_id
                left join product_variants v on v.id = ci2.variant_id
               where ci2.cart_id = ${cart.id}) s
       where ci.id = s.id and s.stock > 0 and ci.quantity > s.stock`);
    if (!cart.couponId && guest.couponId) {
      await tx.update(carts).set({ couponId: guest.couponId }).where(eq(carts.id, cart.id));
    }
    await tx.delete(carts).where(eq(carts.id, guest.id));
  });
}
