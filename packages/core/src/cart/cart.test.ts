import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import type { Db } from '../db/client';
import { cartItems, carts, type coupons, products, productVariants } from '../db/schema';
import { computeTotals, formatRate, loadVatTable } from '../pricing/index';
import { openTestDatabase } from '../testing/database';
import {
  appError,
  expectAppError,
  fillCart,
  quickOrder,
  setProductStock,
  shippingMethodId,
  shopFixtures,
} from '../testing/shop-fixtures';
import {
  addCartItem,
  applyCartCoupon,
  type CartOwner,
  type CartView,
  clearCart,
  hashCartToken,
  mergeGuestCart,
  removeCartCoupon,
  removeCartItem,
  updateCartItem,
  viewCart,
} from './index';

let db: Db;
const shop = shopFixtures(() => db, 'cart');

beforeAll(async () => {
  db = (await openTestDatabase()).db;
});

const newGuest: CartOwner = { userId: null, token: null };
const anonymous = { userId: null, email: null };

function userOwner(userId: string): CartOwner {
  return { userId, token: null };
}

async function view(owner: CartOwner): Promise<CartView> {
  return viewCart(db, owner, 'fi', anonymous);
}

function line(cart: CartView, productId: string, variantId: string | null = null) {
  const found = cart.items.find((item) => item.productId === productId && item.variantId === variantId);
  if (!found) throw new Error(`no cart line for ${productId}`);
  return found;
}

async function storedQuantity(itemId: string): Promise<number | null> {
  const [row] = await db
    .select({ quantity: cartItems.quantity })
    .from(cartItems)
    .where(eq(cartItems.id, itemId));
  return row?.quantity ?? null;
}

describe('guest and customer carts', () => {
  it('creates a guest cart on the first add and hands its token out only then', async () => {
    const product = await shop.product({ priceCents: 1250 });
    const first = await addCartItem(db, newGuest, { productId: product.id, quantity: 2 });
    expect(first.newToken).toEqual(expect.any(String));
    const owner = { userId: null, token: first.newToken };

    const second = await addCartItem(db, owner, { productId: product.id, quantity: 1 });
    expect(second.newToken).toBeNull();

    const cart = await view(owner);
    expect(cart.id).toEqual(expect.any(String));
    expect(cart.token).toBe(first.newToken);
    expect(cart.items).toHaveLength(1);
    expect(line(cart, product.id)).toMatchObject({
      name: product.name,
      sku: product.sku,
      quantity: 3,
      unitPriceCents: 1250,
      lineTotalCents: 3750,
      available: true,
      problem: null,
    });
    // Only the hash is stored: a leaked database does not hand out carts.
    const [stored] = await db
      .select({ tokenHash: carts.tokenHash })
      .from(carts)
      .where(eq(carts.id, cart.id ?? ''));
    expect(stored?.tokenHash).toBe(hashCartToken(first.newToken ?? ''));
    expect(stored?.tokenHash).not.toBe(first.newToken);
  });

  it('shows a guest cart only to the holder of its token', async () => {
    const product = await shop.product();
    const owner = await fillCart(db, newGuest, [{ productId: product.id, quantity: 1 }]);
    const itemId = (await view(owner)).items[0]?.id ?? '';

    for (const stranger of [newGuest, { userId: null, token: 'not-the-token' }]) {
      const cart = await view(stranger);
      expect(cart).toMatchObject({ id: null, items: [], totalCents: 0 });
    }
    await expectAppError(
      removeCartItem(db, { userId: null, token: 'not-the-token' }, itemId),
      'NOT_FOUND',
      404,
    );
    await expectAppError(updateCartItem(db, newGuest, itemId, 2), 'NOT_FOUND', 404);
    expect(await storedQuantity(itemId)).toBe(1);
  });

  it("keeps a customer's cart by user id and never hands out a token for it", async () => {
    const user = await shop.user();
    const product = await shop.product();
    const result = await addCartItem(db, userOwner(user.id), { productId: product.id, quantity: 2 });
    expect(result.newToken).toBeNull();

    const cart = await view(userOwner(user.id));
    expect(cart.token).toBeNull();
    expect(line(cart, product.id).quantity).toBe(2);

    // A guest cart next to it is a different cart.
    const guest = await fillCart(db, newGuest, [{ productId: product.id, quantity: 1 }]);
    expect((await view(guest)).id).not.toBe(cart.id);
    expect(line(await view(userOwner(user.id)), product.id).quantity).toBe(2);
  });

  it('adds the same item twice up to one line, and variants as lines of their own', async () => {
    const plain = await shop.product({ priceCents: 990 });
    const shirt = await shop.productWithVariants([
      { size: 'S', stock: 5 },
      { size: 'L', stock: 5, priceCents: 3500 },
    ]);
    const [small, large] = shirt.variants;
    if (!small || !large) throw new Error('variants missing');
    const owner = await fillCart(db, newGuest, [
      { productId: plain.id, quantity: 1 },
      { productId: plain.id, quantity: 2 },
      { productId: shirt.id, variantId: small.id, quantity: 1 },
      { productId: shirt.id, variantId: large.id, quantity: 2 },
      { productId: shirt.id, variantId: small.id, quantity: 1 },
    ]);
    const cart = await view(owner);
    expect(cart.items).toHaveLength(3);
    expect(line(cart, plain.id).quantity).toBe(3);
    expect(line(cart, shirt.id, small.id)).toMatchObject({
      quantity: 2,
      unitPriceCents: 3000,
      sku: small.sku,
      variantLabel: 'S',
    });
    expect(line(cart, shirt.id, large.id)).toMatchObject({
      quantity: 2,
      unitPriceCents: 3500,
      variantLabel: 'L',
    });
    expect(cart.itemCount).toBe(7);
    expect(cart.subtotalCents).toBe(3 * 990 + 2 * 3000 + 2 * 3500);
  });
});

describe('what can be added', () => {
  it('asks for a variant of a product that has variants', async () => {
    const shirt = await shop.productWithVariants([{ size: 'M', stock: 3 }]);
    const error = await expectAppError(
      addCartItem(db, newGuest, { productId: shirt.id, quantity: 1 }),
      'VALIDATION_FAILED',
      400,
    );
    expect(error.details).toEqual([expect.objectContaining({ field: 'variantId' })]);
  });

  it("refuses another product's variant and an inactive variant as not found", async () => {
    const shirt = await shop.productWithVariants([{ size: 'M', stock: 3 }]);
    const other = await shop.productWithVariants([{ size: 'M', stock: 3 }]);
    const otherVariant = other.variants[0]?.id ?? '';
    await expectAppError(
      addCartItem(db, newGuest, { productId: shirt.id, variantId: otherVariant, quantity: 1 }),
      'NOT_FOUND',
      404,
    );
    await db.update(productVariants).set({ isActive: false }).where(eq(productVariants.id, otherVariant));
    await expectAppError(
      addCartItem(db, newGuest, { productId: other.id, variantId: otherVariant, quantity: 1 }),
      'NOT_FOUND',
    );
  });

  it('refuses hidden, archived and unknown products as not found, and creates no cart for them', async () => {
    const hidden = await shop.product();
    await db.update(products).set({ isVisible: false }).where(eq(products.id, hidden.id));
    const archived = await shop.product();
    await db.update(products).set({ archivedAt: new Date() }).where(eq(products.id, archived.id));
    const user = await shop.user();
    for (const productId of [hidden.id, archived.id, '00000000-0000-4000-8000-000000000000']) {
      await expectAppError(addCartItem(db, userOwner(user.id), { productId, quantity: 1 }), 'NOT_FOUND', 404);
    }
    expect((await view(userOwner(user.id))).id).toBeNull();
  });

  it('refuses more than is in stock with OUT_OF_STOCK, saying how many are available', async () => {
    const product = await shop.product({ stock: 3 });
    const owner = await fillCart(db, newGuest, [{ productId: product.id, quantity: 2 }]);
    const error = await expectAppError(
      addCartItem(db, owner, { productId: product.id, quantity: 2 }),
      'OUT_OF_STOCK',
      409,
    );
    expect(error.details).toEqual({ available: 3, inCart: 2 });
    expect(line(await view(owner), product.id).quantity).toBe(2);

    const soldOut = await shop.product({ stock: 0 });
    const none = await expectAppError(
      addCartItem(db, owner, { productId: soldOut.id, quantity: 1 }),
      'OUT_OF_STOCK',
    );
    expect(none.details).toEqual({ available: 0, inCart: 0 });
  });

  it('refuses more than 99 of one item', async () => {
    const product = await shop.product({ stock: 500 });
    const owner = await fillCart(db, newGuest, [{ productId: product.id, quantity: 60 }]);
    const error = await expectAppError(
      addCartItem(db, owner, { productId: product.id, quantity: 40 }),
      'VALIDATION_FAILED',
      422,
    );
    expect(error.details).toEqual([expect.objectContaining({ field: 'quantity' })]);
    // One request for more than 99 never reaches the database: the input schema refuses it.
    await expect(addCartItem(db, owner, { productId: product.id, quantity: 100 })).rejects.toBeInstanceOf(
      ZodError,
    );
    await addCartItem(db, owner, { productId: product.id, quantity: 39 });
    expect(line(await view(owner), product.id).quantity).toBe(99);
  });
});

describe('changing lines', () => {
  it('sets a quantity, and 0 removes the line', async () => {
    const product = await shop.product({ stock: 10 });
    const other = await shop.product();
    const owner = await fillCart(db, newGuest, [
      { productId: product.id, quantity: 2 },
      { productId: other.id, quantity: 1 },
    ]);
    const itemId = line(await view(owner), product.id).id;
    await updateCartItem(db, owner, itemId, 7);
    expect(line(await view(owner), product.id).quantity).toBe(7);
    await updateCartItem(db, owner, itemId, 0);
    const cart = await view(owner);
    expect(cart.items.map((item) => item.productId)).toEqual([other.id]);
    expect(await storedQuantity(itemId)).toBeNull();
  });

  it('refuses raising a quantity above the stock but lets it go down', async () => {
    const product = await shop.product({ stock: 4 });
    const owner = await fillCart(db, newGuest, [{ productId: product.id, quantity: 3 }]);
    const itemId = line(await view(owner), product.id).id;
    const error = await expectAppError(updateCartItem(db, owner, itemId, 5), 'OUT_OF_STOCK', 409);
    expect(error.details).toEqual({ available: 4, inCart: 3 });
    await setProductStock(db, product.id, 1);
    await updateCartItem(db, owner, itemId, 2);
    expect(await storedQuantity(itemId)).toBe(2);
  });

  it("answers 404 for someone else's line, and for a removed one", async () => {
    const product = await shop.product();
    const mine = await fillCart(db, newGuest, [{ productId: product.id, quantity: 1 }]);
    const theirs = await fillCart(db, newGuest, [{ productId: product.id, quantity: 1 }]);
    const user = await shop.user();
    await fillCart(db, userOwner(user.id), [{ productId: product.id, quantity: 1 }]);
    const theirItem = line(await view(theirs), product.id).id;

    await expectAppError(removeCartItem(db, mine, theirItem), 'NOT_FOUND', 404);
    await expectAppError(removeCartItem(db, userOwner(user.id), theirItem), 'NOT_FOUND', 404);
    await expectAppError(updateCartItem(db, mine, theirItem, 3), 'NOT_FOUND', 404);
    await expectAppError(removeCartItem(db, mine, 'not-a-uuid'), 'NOT_FOUND', 404);
    expect(await storedQuantity(theirItem)).toBe(1);

    await removeCartItem(db, theirs, theirItem);
    await expectAppError(removeCartItem(db, theirs, theirItem), 'NOT_FOUND', 404);
  });

  it('clears the lines and the coupon, keeping the cart and its token', async () => {
    const product = await shop.product();
    const coupon = await shop.coupon();
    const owner = await fillCart(db, newGuest, [{ productId: product.id, quantity: 2 }]);
    await applyCartCoupon(db, owner, coupon.code, anonymous);
    const before = await view(owner);
    await clearCart(db, owner);
    const after = await view(owner);
    expect(after).toMatchObject({
      id: before.id,
      token: owner.token,
      items: [],
      coupon: null,
      totalCents: 0,
    });
  });
});

describe('viewCart', () => {
  it('points out a price change once, with the price seen before, and charges the new price', async () => {
    const product = await shop.product({ priceCents: 1000 });
    const owner = await fillCart(db, newGuest, [{ productId: product.id, quantity: 2 }]);
    await db.update(products).set({ priceCents: 1200 }).where(eq(products.id, product.id));

    const first = await view(owner);
    expect(line(first, product.id)).toMatchObject({
      problem: 'price_changed',
      previousPriceCents: 1000,
      unitPriceCents: 1200,
      lineTotalCents: 2400,
      available: true,
    });
    expect(first.subtotalCents).toBe(2400);

    const second = await view(owner);
    expect(line(second, product.id)).toMatchObject({
      problem: null,
      previousPriceCents: null,
      unitPriceCents: 1200,
    });
  });

  it('cuts a quantity above the stock once and keeps the cut', async () => {
    const product = await shop.product({ priceCents: 500, stock: 10 });
    const owner = await fillCart(db, newGuest, [{ productId: product.id, quantity: 5 }]);
    await setProductStock(db, product.id, 2);

    const first = await view(owner);
    const reduced = line(first, product.id);
    expect(reduced).toMatchObject({
      problem: 'quantity_reduced',
      quantity: 2,
      stock: 2,
      lineTotalCents: 1000,
    });
    expect(first.subtotalCents).toBe(1000);
    expect(await storedQuantity(reduced.id)).toBe(2);

    // More stock later does not bring the old quantity back: the customer was told it is 2.
    await setProductStock(db, product.id, 10);
    const second = await view(owner);
    expect(line(second, product.id)).toMatchObject({ problem: null, quantity: 2 });
  });

  it('points out a price change that came with a quantity cut on the view after the cut', async () => {
    const product = await shop.product({ priceCents: 800, stock: 10 });
    const owner = await fillCart(db, newGuest, [{ productId: product.id, quantity: 4 }]);
    await db.update(products).set({ priceCents: 900, stock: 3 }).where(eq(products.id, product.id));

    expect(line(await view(owner), product.id)).toMatchObject({ problem: 'quantity_reduced', quantity: 3 });
    expect(line(await view(owner), product.id)).toMatchObject({
      problem: 'price_changed',
      previousPriceCents: 800,
      unitPriceCents: 900,
      quantity: 3,
    });
    expect(line(await view(owner), product.id).problem).toBeNull();
  });

  it('keeps out-of-stock and no-longer-sold lines in view but out of the totals, on every view', async () => {
    const kept = await shop.product({ priceCents: 1000 });
    const soldOut = await shop.product({ priceCents: 2000 });
    const hidden = await shop.product({ priceCents: 3000 });
    const shirt = await shop.productWithVariants([{ size: 'S', stock: 5 }]);
    const variantId = shirt.variants[0]?.id ?? '';
    const owner = await fillCart(db, newGuest, [
      { productId: kept.id, quantity: 1 },
      { productId: soldOut.id, quantity: 2 },
      { productId: hidden.id, quantity: 1 },
      { productId: shirt.id, variantId, quantity: 1 },
    ]);
    await setProductStock(db, soldOut.id, 0);
    await db.update(products).set({ isVisible: false }).where(eq(products.id, hidden.id));
    await db.update(productVariants).set({ isActive: false }).where(eq(productVariants.id, variantId));

    for (let round = 0; round < 2; round += 1) {
      const cart = await view(owner);
      expect(cart.items).toHaveLength(4);
      expect(line(cart, soldOut.id)).toMatchObject({
        problem: 'out_of_stock',
        available: false,
        quantity: 2,
      });
      expect(line(cart, hidden.id)).toMatchObject({ problem: 'no_longer_sold', available: false, stock: 0 });
      expect(line(cart, shirt.id, variantId)).toMatchObject({ problem: 'no_longer_sold', available: false });
      expect(line(cart, kept.id)).toMatchObject({ problem: null, available: true });
      expect(cart).toMatchObject({ itemCount: 1, subtotalCents: 1000, totalCents: 1000 });
      expect(cart.vatLines.reduce((sum, vat) => sum + vat.netCents + vat.vatCents, 0)).toBe(1000);
    }
  });

  it('splits VAT per rate, consistently with the totals, with and without a coupon', async () => {
    const gadget = await shop.product({ priceCents: 2499, taxClass: 'standard' });
    const book = await shop.product({ priceCents: 1890, taxClass: 'books' });
    const owner = await fillCart(db, newGuest, [
      { productId: gadget.id, quantity: 3 },
      { productId: book.id, quantity: 2 },
    ]);
    const vat = await loadVatTable(db, 'FI', new Date());
    const standard = vat.rate('standard');
    const books = vat.rate('books');
    const lines = [
      { unitPriceCents: 2499, quantity: 3, rateBasisPoints: standard },
      { unitPriceCents: 1890, quantity: 2, rateBasisPoints: books },
    ];

    const plain = await view(owner);
    const expected = computeTotals({ lines });
    expect(plain).toMatchObject({
      subtotalCents: 3 * 2499 + 2 * 1890,
      discountCents: 0,
      shippingCents: 0,
      vatCents: expected.vatCents,
      totalCents: 3 * 2499 + 2 * 1890,
    });
    expect(plain.vatLines.map((vatLine) => vatLine.rate).sort()).toEqual(
      [formatRate(standard), formatRate(books)].sort(),
    );
    const standardLine = plain.vatLines.find((vatLine) => vatLine.rate === formatRate(standard));
    expect((standardLine?.netCents ?? 0) + (standardLine?.vatCents ?? 0)).toBe(3 * 2499);

    const coupon = await shop.coupon({ type: 'percentage', value: 15 });
    await applyCartCoupon(db, owner, coupon.code, anonymous);
    const discounted = await view(owner);
    const withCoupon = computeTotals({ lines, discount: { type: 'percentage', percent: 15 } });
    expect(discounted).toMatchObject({
      coupon: { code: coupon.code, type: 'percentage', value: 15 },
      couponProblem: null,
      discountCents: withCoupon.discountCents,
      vatCents: withCoupon.vatCents,
      totalCents: withCoupon.totalCents,
    });
    for (const cart of [plain, discounted]) {
      expect(cart.vatLines.reduce((sum, vatLine) => sum + vatLine.vatCents, 0)).toBe(cart.vatCents);
      expect(cart.vatLines.reduce((sum, vatLine) => sum + vatLine.netCents + vatLine.vatCents, 0)).toBe(
        cart.totalCents,
      );
      expect(cart.totalCents).toBe(cart.subtotalCents - cart.discountCents + cart.shippingCents);
      expect(cart.items.reduce((sum, item) => sum + item.lineTotalCents, 0)).toBe(cart.subtotalCents);
    }
  });

  it('names the lines in the requested locale', async () => {
    const product = await shop.product();
    const owner = await fillCart(db, newGuest, [{ productId: product.id, quantity: 1 }]);
    const english = await viewCart(db, owner, 'en', anonymous);
    expect(line(english, product.id).name).toBe(`${product.name} (en)`);
    // No Swedish text: the store's default locale (fi) stands in.
    const swedish = await viewCart(db, owner, 'sv', anonymous);
    expect(line(swedish, product.id).name).toBe(product.name);
  });
});

describe('coupons on the cart', () => {
  it('attaches a code typed in any case and discounts the cart', async () => {
    const product = await shop.product({ priceCents: 4000 });
    const coupon = await shop.coupon({ type: 'fixed', value: 500 });
    const owner = await fillCart(db, newGuest, [{ productId: product.id, quantity: 1 }]);
    await applyCartCoupon(db, owner, `  ${coupon.code.toLowerCase()} `, anonymous);
    const cart = await view(owner);
    expect(cart).toMatchObject({ coupon: { code: coupon.code }, discountCents: 500, totalCents: 3500 });
    await removeCartCoupon(db, owner);
    expect(await view(owner)).toMatchObject({ coupon: null, discountCents: 0, totalCents: 4000 });
  });

  const day = 86_400_000;
  const rejections: {
    reason: string;
    coupon: () => Partial<typeof coupons.$inferInsert>;
    details?: Record<string, unknown>;
  }[] = [
    { reason: 'unknown', coupon: () => ({ isActive: false }) },
    {
      reason: 'expired',
      coupon: () => ({ startsAt: new Date(Date.now() - 10 * day), endsAt: new Date(Date.now() - day) }),
    },
    { reason: 'not_yet_valid', coupon: () => ({ startsAt: new Date(Date.now() + day) }) },
    { reason: 'used_up', coupon: () => ({ usageLimit: 2, timesUsed: 2 }) },
    {
      reason: 'minimum_not_met',
      coupon: () => ({ minOrderCents: 10_000 }),
      details: { minOrderCents: 10_000 },
    },
  ];

  it.each(rejections)(
    'refuses a coupon that is $reason with COUPON_INVALID',
    async ({ reason, coupon, details }) => {
      const product = await shop.product({ priceCents: 2000 });
      const row = await shop.coupon(coupon());
      const owner = await fillCart(db, newGuest, [{ productId: product.id, quantity: 1 }]);
      const error = await expectAppError(
        applyCartCoupon(db, owner, row.code, anonymous),
        'COUPON_INVALID',
        422,
      );
      expect(error.details).toEqual({ code: row.code, reason, ...details });
      expect((await view(owner)).coupon).toBeNull();
    },
  );

  it('refuses a code that does not exist as unknown', async () => {
    const owner = await fillCart(db, newGuest, [{ productId: (await shop.product()).id, quantity: 1 }]);
    const error = await expectAppError(
      applyCartCoupon(db, owner, 'NO-SUCH-CODE-123', anonymous),
      'COUPON_INVALID',
    );
    expect(error.details).toMatchObject({ reason: 'unknown' });
  });

  it('refuses a coupon the customer has already used up to its per-customer limit', async () => {
    const product = await shop.product({ stock: 20 });
    const coupon = await shop.coupon({ perCustomerLimit: 1 });
    const user = await shop.user();
    await quickOrder(db, {
      user,
      lines: [{ productId: product.id, quantity: 1 }],
      couponCode: coupon.code,
      shippingMethodId: await shippingMethodId(db, 'fi-home'),
    });
    await fillCart(db, userOwner(user.id), [{ productId: product.id, quantity: 1 }]);
    const error = await expectAppError(
      applyCartCoupon(db, userOwner(user.id), coupon.code, { userId: user.id, email: user.email }),
      'COUPON_INVALID',
      422,
    );
    expect(error.details).toMatchObject({ reason: 'already_used' });
    // A guest giving the same email (in another case) is the same customer.
    const guest = await fillCart(db, newGuest, [{ productId: product.id, quantity: 1 }]);
    const asGuest = await appError(
      applyCartCoupon(db, guest, coupon.code, { userId: null, email: user.email.toUpperCase() }),
    );
    expect(asGuest.details).toMatchObject({ reason: 'already_used' });
  });

  it('keeps a coupon that stopped applying, saying why, and gives no discount meanwhile', async () => {
    const product = await shop.product({ priceCents: 3000 });
    const coupon = await shop.coupon({ minOrderCents: 5000 });
    const owner = await fillCart(db, newGuest, [{ productId: product.id, quantity: 2 }]);
    await applyCartCoupon(db, owner, coupon.code, anonymous);
    expect((await view(owner)).discountCents).toBe(600);

    await updateCartItem(db, owner, line(await view(owner), product.id).id, 1);
    const cart = await view(owner);
    expect(cart).toMatchObject({
      coupon: { code: coupon.code },
      couponProblem: 'minimum_not_met',
      discountCents: 0,
      totalCents: 3000,
    });
  });
});

describe('mergeGuestCart', () => {
  it('adds quantities up to the stock, carries the coupon over and removes the guest cart', async () => {
    const limited = await shop.product({ stock: 5 });
    const plenty = await shop.product({ stock: 50 });
    const onlyGuest = await shop.product({ stock: 50 });
    const coupon = await shop.coupon();
    const user = await shop.user();
    await fillCart(db, userOwner(user.id), [
      { productId: limited.id, quantity: 3 },
      { productId: plenty.id, quantity: 4 },
    ]);
    const guest = await fillCart(db, newGuest, [
      { productId: limited.id, quantity: 4 },
      { productId: plenty.id, quantity: 6 },
      { productId: onlyGuest.id, quantity: 2 },
    ]);
    await applyCartCoupon(db, guest, coupon.code, anonymous);
    const guestCartId = (await view(guest)).id ?? '';

    await mergeGuestCart(db, user.id, guest.token ?? '');

    const merged = await view(userOwner(user.id));
    expect(line(merged, limited.id)).toMatchObject({ quantity: 5, problem: null });
    expect(line(merged, plenty.id).quantity).toBe(10);
    expect(line(merged, onlyGuest.id).quantity).toBe(2);
    expect(merged.coupon?.code).toBe(coupon.code);
    expect(await view(guest)).toMatchObject({ id: null, items: [] });
    expect(await db.select().from(carts).where(eq(carts.id, guestCartId))).toEqual([]);
  });

  it("keeps the customer's own coupon and caps merged quantities at 99", async () => {
    const product = await shop.product({ stock: 500 });
    const mine = await shop.coupon();
    const theirs = await shop.coupon();
    const user = await shop.user();
    await fillCart(db, userOwner(user.id), [{ productId: product.id, quantity: 70 }]);
    await applyCartCoupon(db, userOwner(user.id), mine.code, { userId: user.id, email: user.email });
    const guest = await fillCart(db, newGuest, [{ productId: product.id, quantity: 60 }]);
    await applyCartCoupon(db, guest, theirs.code, anonymous);

    await mergeGuestCart(db, user.id, guest.token ?? '');
    const merged = await view(userOwner(user.id));
    expect(merged.coupon?.code).toBe(mine.code);
    expect(line(merged, product.id).quantity).toBe(99);
  });

  it('creates the customer cart when there is none, and ignores an unknown token', async () => {
    const product = await shop.product();
    const user = await shop.user();
    await mergeGuestCart(db, user.id, 'no-such-token');
    expect((await view(userOwner(user.id))).id).toBeNull();

    const guest = await fillCart(db, newGuest, [{ productId: product.id, quantity: 2 }]);
    await mergeGuestCart(db, user.id, guest.token ?? '');
    expect(line(await view(userOwner(user.id)), product.id).quantity).toBe(2);
    const remaining = await db
      .select({ id: carts.id })
      .from(carts)
      .where(eq(carts.tokenHash, hashCartToken(guest.token ?? '')));
    expect(remaining).toEqual([]);
  });
});
