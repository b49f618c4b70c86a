import { randomUUID } from 'node:crypto';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAddress } from '../accounts/index';
import { applyCartCoupon, type CartOwner, hashCartToken, viewCart } from '../cart/index';
import type { Db } from '../db/client';
import {
  cartItems,
  carts,
  couponRedemptions,
  numberSequences,
  orderStatusHistory,
  orders,
  payments,
  stockMovements,
} from '../db/schema';
import { takeStockForOrder } from '../inventory/index';
import { AppError } from '../lib/app-error';
import { orderReference } from '../orders/index';
import { isValidFinnishReference, StripeGateway } from '../payments/index';
import { localDate } from '../pricing/index';
import { openTestDatabase } from '../testing/database';
import { type FakeStripe, startFakeStripe } from '../testing/fake-stripe';
import {
  checkoutDeps,
  count,
  couponTimesUsed,
  emailsTo,
  expectAppError,
  fillCart,
  helsinki,
  orderRow,
  ordersByEmail,
  paymentOf,
  productStock,
  publicUrl,
  quickOrder,
  setProductStock,
  shippingMethodId,
  shopFixtures,
  stockholm,
  type TestUser,
  variantStock,
} from '../testing/shop-fixtures';
import { type PlaceOrderRequest, placeOrder, type TPlaceOrderInput } from './index';

let db: Db;
let fake: FakeStripe;
let stripe: StripeGateway;
let fiHome: string;
let fiParcelLocker: string;
const shop = shopFixtures(() => db, 'checkout');

beforeAll(async () => {
  db = (await openTestDatabase()).db;
  fake = await startFakeStripe();
  stripe = new StripeGateway({
    secretKey: fake.secretKey,
    webhookSecret: fake.webhookSecret,
    apiUrl: fake.url,
  });
  fiHome = await shippingMethodId(db, 'fi-home');
  fiParcelLocker = await shippingMethodId(db, 'fi-parcel-locker');
});

afterAll(async () => {
  await fake.close();
});

const guest: CartOwner = { userId: null, token: null };
const demoIban = 'FI21 1234 5600 0007 85';

/** A guest checkout request for the owner's cart; `input` overrides the defaults (bank transfer to Helsinki). */
function guestRequest(
  owner: CartOwner,
  email: string,
  input: Partial<TPlaceOrderInput> = {},
  key = `key-${randomUUID()}`,
): PlaceOrderRequest {
  return {
    owner,
    user: null,
    locale: 'fi',
    idempotencyKey: key,
    input: {
      email,
      shippingAddress: helsinki,
      shippingMethodId: fiHome,
      paymentMethod: 'bank_transfer',
      acceptTerms: true,
      ...input,
    },
  };
}

function customerRequest(
  user: TestUser,
  input: Partial<TPlaceOrderInput>,
  key = `key-${randomUUID()}`,
): PlaceOrderRequest {
  return {
    owner: { userId: user.id, token: null },
    user,
    locale: 'fi',
    idempotencyKey: key,
    input: { shippingMethodId: fiHome, paymentMethod: 'bank_transfer', acceptTerms: true, ...input },
  };
}

async function cartLineCount(owner: CartOwner): Promise<number> {
  return count(
    db,
    sql`select count(*)::int as n from cart_items ci join carts c on c.id = ci.cart_id
        where c.token_hash = ${hashCartToken(owner.token ?? '')}`,
  );
}

async function movementsOf(orderId: string) {
  return db
    .select({
      productId: stockMovements.productId,
      variantId: stockMovements.variantId,
      delta: stockMovements.delta,
      stockAfter: stockMovements.stockAfter,
      reason: stockMovements.reason,
    })
    .from(stockMovements)
    .where(eq(stockMovements.orderId, orderId));
}

async function lastOrderNumber(): Promise<number> {
  const year = Number(localDate(new Date(), 'FI').slice(0, 4));
  const [row] = await db
    .select({ lastValue: numberSequences.lastValue })
    .from(numberSequences)
    .where(and(eq(numberSequences.scope, 'order'), eq(numberSequences.year, year)));
  return row?.lastValue ?? 0;
}

/** The messages of an error and its causes (drizzle wraps the driver's error). */
function messages(error: unknown): string {
  const parts: string[] = [];
  for (let current = error; current instanceof Error; current = current.cause) parts.push(current.message);
  return parts.join(' <- ');
}

describe('a guest order paid by bank transfer', () => {
  it('is written end to end: order, lines, VAT, stock, cart, payment and confirmation email', async () => {
    const gadget = await shop.product({ priceCents: 2490, stock: 10 });
    const book = await shop.product({ priceCents: 1590, stock: 5, taxClass: 'books' });
    const owner = await fillCart(db, guest, [
      { productId: gadget.id, quantity: 2 },
      { productId: book.id, quantity: 1 },
    ]);
    const email = shop.email('Bank-Guest');
    const numberBefore = await lastOrderNumber();

    const placed = await placeOrder(db, checkoutDeps(), {
      ...guestRequest(owner, email, { note: '  Ovikoodi 1234  ' }),
      locale: 'sv',
    });

    const { order, payment } = placed;
    expect(placed.replayed).toBe(false);
    const year = localDate(new Date(), 'FI').slice(0, 4);
    expect(order.orderNumber).toBe(`${year}-${String(numberBefore + 1).padStart(6, '0')}`);
    expect(order).toMatchObject({
      status: 'pending_payment',
      paymentStatus: 'pending',
      paymentMethod: 'bank_transfer',
      email: email.toLowerCase(),
      locale: 'sv',
      subtotalCents: 2 * 2490 + 1590,
      discountCents: 0,
      shippingCents: 890,
      totalCents: 2 * 2490 + 1590 + 890,
      currency: 'EUR',
      shippingAddress: { ...helsinki, company: null, line2: null, phone: null },
      shippingMethod: { id: fiHome, name: 'Hemleverans' },
      note: 'Ovikoodi 1234',
      trackingNumber: null,
      carrier: null,
      canCancel: true,
      history: [{ status: 'pending_payment', at: expect.any(String) }],
    });
    expect(new Date(order.createdAt).toISOString()).toBe(order.createdAt);
    expect(order.items).toEqual([
      expect.objectContaining({
        productId: gadget.id,
        variantId: null,
        // No Swedish name: the default locale's stands in.
        name: gadget.name,
        sku: gadget.sku,
        quantity: 2,
        unitPriceCents: 2490,
        lineTotalCents: 4980,
        vatRate: '25.5',
      }),
      expect.objectContaining({ productId: book.id, quantity: 1, lineTotalCents: 1590, vatRate: '13.5' }),
    ]);
    expect(order.items.reduce((sum, item) => sum + item.lineTotalCents, 0)).toBe(order.subtotalCents);
    expect(order.totalCents).toBe(order.subtotalCents - order.discountCents + order.shippingCents);
    expect(order.vatLines.map((line) => line.rate)).toEqual(['25.5', '13.5']);
    expect(order.vatLines.reduce((sum, line) => sum + line.vatCents, 0)).toBe(order.vatCents);
    expect(order.vatLines.reduce((sum, line) => sum + line.netCents + line.vatCents, 0)).toBe(
      order.totalCents,
    );
    // The goods lines carry their own VAT; the rest of the order's VAT is the shipping's (standard rate).
    const shippingVat = order.vatCents - order.items.reduce((sum, item) => sum + item.vatCents, 0);
    expect(shippingVat).toBe(Math.round((890 * 2550) / 12_550));

    expect(order.referenceNumber).toBe(orderReference(Number(year), numberBefore + 1));
    expect(isValidFinnishReference(order.referenceNumber ?? '')).toBe(true);
    expect(payment).toMatchObject({
      method: 'bank_transfer',
      status: 'pending',
      amountCents: order.totalCents,
      stripe: null,
      bankTransfer: {
        recipient: 'Puoti Demo Oy',
        iban: demoIban,
        bic: 'NDEAFIHH',
        amountCents: order.totalCents,
        dueDate: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      },
    });
    expect(payment.bankTransfer?.referenceNumber.replaceAll(' ', '')).toBe(order.referenceNumber);

    const row = await orderRow(db, order.orderNumber);
    expect(row).toMatchObject({ userId: null, vatCountry: 'FI', termsAcceptedAt: expect.any(Date) });
    expect(await paymentOf(db, row.id)).toMatchObject({
      provider: 'bank_transfer',
      providerReference: order.referenceNumber,
      status: 'pending',
      amountCents: order.totalCents,
    });
    expect(await productStock(db, gadget.id)).toBe(8);
    expect(await productStock(db, book.id)).toBe(4);
    expect(await movementsOf(row.id)).toEqual(
      expect.arrayContaining([
        { productId: gadget.id, variantId: null, delta: -2, stockAfter: 8, reason: 'order' },
        { productId: book.id, variantId: null, delta: -1, stockAfter: 4, reason: 'order' },
      ]),
    );
    expect(await movementsOf(row.id)).toHaveLength(2);

    const cart = await viewCart(db, owner, 'fi', { userId: null, email: null });
    expect(cart).toMatchObject({ items: [], coupon: null, totalCents: 0 });

    const mails = await emailsTo(db, email.toLowerCase());
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ template: 'order_confirmation', locale: 'sv', status: 'pending' });
    expect(mails[0]?.data).toMatchObject({
      orderNumber: order.orderNumber,
      totalCents: order.totalCents,
      paymentMethod: 'bank_transfer',
      bankTransfer: {
        iban: demoIban,
        referenceNumber: payment.bankTransfer?.referenceNumber,
        amountCents: order.totalCents,
      },
      orderUrl: `${publicUrl}/sv/orders/track?orderNumber=${order.orderNumber}`,
    });
  });

  it('numbers orders one after another', async () => {
    const product = await shop.product({ stock: 10 });
    const numbers: number[] = [];
    for (let i = 0; i < 3; i += 1) {
      const { placed } = await quickOrder(db, {
        email: shop.email(),
        lines: [{ productId: product.id, quantity: 1 }],
        shippingMethodId: fiHome,
      });
      expect(placed.order.orderNumber).toMatch(/^\d{4}-\d{6}$/);
      numbers.push(Number(placed.order.orderNumber.slice(5)));
    }
    expect(numbers).toEqual([numbers[0], (numbers[0] ?? 0) + 1, (numbers[0] ?? 0) + 2]);
  });

  it('sells variants, taking the stock of the variant', async () => {
    const shirt = await shop.productWithVariants([
      { size: 'S', stock: 4 },
      { size: 'XL', stock: 4, priceCents: 3900 },
    ]);
    const [small, large] = shirt.variants;
    if (!small || !large) throw new Error('variants missing');
    const { placed, orderId } = await quickOrder(db, {
      email: shop.email(),
      lines: [
        { productId: shirt.id, variantId: large.id, quantity: 2 },
        { productId: shirt.id, variantId: small.id, quantity: 1 },
      ],
      shippingMethodId: fiHome,
    });
    expect(placed.order.items).toEqual([
      expect.objectContaining({
        variantId: large.id,
        sku: large.sku,
        variantLabel: 'XL',
        unitPriceCents: 3900,
      }),
      expect.objectContaining({
        variantId: small.id,
        sku: small.sku,
        variantLabel: 'S',
        unitPriceCents: 3000,
      }),
    ]);
    expect(await variantStock(db, large.id)).toBe(2);
    expect(await variantStock(db, small.id)).toBe(3);
    expect(await productStock(db, shirt.id)).toBe(0);
    expect(await movementsOf(orderId)).toHaveLength(2);
  });

  it('ships free from the threshold of the method, and charges below it', async () => {
    const product = await shop.product({ priceCents: 5000, stock: 10 });
    const below = await quickOrder(db, {
      email: shop.email(),
      lines: [{ productId: product.id, quantity: 1 }],
      shippingMethodId: fiHome,
    });
    expect(below.placed.order).toMatchObject({ subtotalCents: 5000, shippingCents: 890, totalCents: 5890 });
    const over = await quickOrder(db, {
      email: shop.email(),
      lines: [{ productId: product.id, quantity: 2 }],
      shippingMethodId: fiHome,
    });
    expect(over.placed.order).toMatchObject({ subtotalCents: 10_000, shippingCents: 0, totalCents: 10_000 });
    expect(over.placed.order.vatLines).toEqual([{ rate: '25.5', netCents: 7968, vatCents: 2032 }]);
  });

  it('refuses a shipping method that does not deliver to the address, writing nothing', async () => {
    const product = await shop.product({ stock: 5 });
    const owner = await fillCart(db, guest, [{ productId: product.id, quantity: 1 }]);
    const email = shop.email();
    const error = await expectAppError(
      placeOrder(db, checkoutDeps(), guestRequest(owner, email, { shippingAddress: stockholm })),
      'VALIDATION_FAILED',
    );
    expect([400, 422]).toContain(error.status);
    expect(error.details).toEqual([expect.objectContaining({ field: 'shippingMethodId' })]);
    expect(await ordersByEmail(db, email)).toEqual([]);
    expect(await productStock(db, product.id)).toBe(5);
    expect(await cartLineCount(owner)).toBe(1);
  });

  it('asks a guest for an email, and refuses an empty cart and a payment method the shop does not offer', async () => {
    const product = await shop.product();
    const owner = await fillCart(db, guest, [{ productId: product.id, quantity: 1 }]);
    const { email: _omitted, ...withoutEmail } = guestRequest(owner, 'x@example.org').input;
    const noEmail = await expectAppError(
      placeOrder(db, checkoutDeps(), { ...guestRequest(owner, ''), input: withoutEmail }),
      'VALIDATION_FAILED',
      400,
    );
    expect(noEmail.details).toEqual([expect.objectContaining({ field: 'email' })]);

    const card = await expectAppError(
      placeOrder(db, checkoutDeps(), guestRequest(owner, shop.email(), { paymentMethod: 'stripe' })),
      'VALIDATION_FAILED',
    );
    expect(card.details).toEqual([expect.objectContaining({ field: 'paymentMethod' })]);

    const empty = await fillCart(db, guest, [{ productId: product.id, quantity: 1 }]);
    await db.delete(cartItems).where(
      inArray(
        cartItems.cartId,
        db
          .select({ id: carts.id })
          .from(carts)
          .where(eq(carts.tokenHash, hashCartToken(empty.token ?? ''))),
      ),
    );
    const error = await expectAppError(
      placeOrder(db, checkoutDeps(), guestRequest(empty, shop.email())),
      'CONFLICT',
      409,
    );
    expect(error.message).toMatch(/empty/);
    await expectAppError(placeOrder(db, checkoutDeps(), guestRequest(guest, shop.email())), 'CONFLICT', 409);
  });
});

describe('a customer order', () => {
  it('ships to a saved address; somebody else’s address is not found', async () => {
    const product = await shop.product({ stock: 10 });
    const user = await shop.user();
    const other = await shop.user();
    const saved = await createAddress(db, user.id, { ...stockholm, phone: '+46 8 123 456' });
    const theirs = await createAddress(db, other.id, helsinki);
    await fillCart(db, { userId: user.id, token: null }, [{ productId: product.id, quantity: 1 }]);

    await expectAppError(
      placeOrder(db, checkoutDeps(), customerRequest(user, { addressId: theirs.id })),
      'NOT_FOUND',
      404,
    );
    const seHome = await shippingMethodId(db, 'se-home');
    const placed = await placeOrder(
      db,
      checkoutDeps(),
      customerRequest(user, { addressId: saved.id, shippingMethodId: seHome }),
    );
    expect(placed.order).toMatchObject({
      email: user.email,
      shippingAddress: {
        fullName: stockholm.fullName,
        city: 'Stockholm',
        country: 'SE',
        phone: '+46 8 123 456',
      },
      shippingMethod: { id: seHome },
      shippingCents: 1190,
    });
    expect((await orderRow(db, placed.order.orderNumber)).userId).toBe(user.id);
  });

  it('refuses a saved address for a guest', async () => {
    const product = await shop.product();
    const owner = await fillCart(db, guest, [{ productId: product.id, quantity: 1 }]);
    const { shippingAddress: _inline, ...input } = guestRequest(owner, shop.email()).input;
    const error = await expectAppError(
      placeOrder(db, checkoutDeps(), {
        ...guestRequest(owner, shop.email()),
        input: { ...input, addressId: randomUUID() },
      }),
      'VALIDATION_FAILED',
    );
    expect(error.details).toEqual([expect.objectContaining({ field: 'addressId' })]);
  });
});

describe('coupons at checkout', () => {
  it('redeems the coupon with the order: one more use and a redemption row', async () => {
    const product = await shop.product({ priceCents: 4000, stock: 10 });
    const coupon = await shop.coupon({ type: 'percentage', value: 25 });
    const email = shop.email('Coupon');
    const { placed, orderId } = await quickOrder(db, {
      email,
      lines: [{ productId: product.id, quantity: 2 }],
      couponCode: coupon.code,
      shippingMethodId: fiParcelLocker,
    });
    expect(placed.order).toMatchObject({
      couponCode: coupon.code,
      subtotalCents: 8000,
      discountCents: 2000,
      // The goods after the discount (60 €) pass the locker's 50 € threshold.
      shippingCents: 0,
      totalCents: 6000,
    });
    expect(placed.order.items[0]?.discountCents).toBe(2000);
    expect(await couponTimesUsed(db, coupon.id)).toBe(1);
    const redemptions = await db
      .select()
      .from(couponRedemptions)
      .where(eq(couponRedemptions.couponId, coupon.id));
    expect(redemptions).toEqual([
      expect.objectContaining({
        orderId,
        userId: null,
        email: email.toLowerCase(),
        discountCents: 2000,
        releasedAt: null,
      }),
    ]);
  });

  it('holds guests to the per-customer limit by their email, whatever its case', async () => {
    const product = await shop.product({ stock: 10 });
    const coupon = await shop.coupon({ perCustomerLimit: 1 });
    const email = shop.email('once');
    await quickOrder(db, {
      email,
      lines: [{ productId: product.id, quantity: 1 }],
      couponCode: coupon.code,
      shippingMethodId: fiHome,
    });
    const owner = await fillCart(db, guest, [{ productId: product.id, quantity: 1 }]);
    // Attaching it works: the guest has not said who they are yet.
    await applyCartCoupon(db, owner, coupon.code, { userId: null, email: null });
    const stockBefore = await productStock(db, product.id);
    const error = await expectAppError(
      placeOrder(db, checkoutDeps(), guestRequest(owner, email.toUpperCase())),
      'COUPON_INVALID',
      422,
    );
    expect(error.details).toMatchObject({ reason: 'already_used', code: coupon.code });
    expect(await couponTimesUsed(db, coupon.id)).toBe(1);
    expect(await ordersByEmail(db, email.toLowerCase())).toHaveLength(1);
    expect(await productStock(db, product.id)).toBe(stockBefore);
    expect(await cartLineCount(owner)).toBe(1);
  });

  it('refuses a coupon switched off since it was attached', async () => {
    const product = await shop.product({ stock: 10 });
    const coupon = await shop.coupon();
    const owner = await fillCart(db, guest, [{ productId: product.id, quantity: 1 }]);
    await applyCartCoupon(db, owner, coupon.code, { userId: null, email: null });
    await db.execute(sql`update coupons set is_active = false where id = ${coupon.id}`);
    const email = shop.email();
    const error = await expectAppError(
      placeOrder(db, checkoutDeps(), guestRequest(owner, email)),
      'COUPON_INVALID',
    );
    expect(error.details).toMatchObject({ reason: 'unknown' });
    expect(await ordersByEmail(db, email)).toEqual([]);
  });
});

describe('the Idempotency-Key', () => {
  it('returns the order the key placed, once, without a second order or email', async () => {
    const product = await shop.product({ stock: 10 });
    const owner = await fillCart(db, guest, [{ productId: product.id, quantity: 2 }]);
    const email = shop.email();
    const request = guestRequest(owner, email);
    const first = await placeOrder(db, checkoutDeps(), request);
    const numberAfterFirst = await lastOrderNumber();
    const again = await placeOrder(db, checkoutDeps(), request);
    // The replay found the order in the statement that would have numbered a new one: no number taken.
    expect(await lastOrderNumber()).toBe(numberAfterFirst);
    expect(first.replayed).toBe(false);
    expect(again.replayed).toBe(true);
    expect(again.order).toEqual(first.order);
    expect(again.payment).toEqual(first.payment);
    expect(await ordersByEmail(db, email)).toHaveLength(1);
    expect(await emailsTo(db, email)).toHaveLength(1);
    expect(await productStock(db, product.id)).toBe(8);

    const other = await expectAppError(
      placeOrder(db, checkoutDeps(), { ...request, idempotencyKey: `key-${randomUUID()}` }),
      'CONFLICT',
      409,
    );
    expect(other.message).toMatch(/empty/);
  });

  it('places one order when the same request arrives several times at once', async () => {
    const product = await shop.product({ stock: 10 });
    const owner = await fillCart(db, guest, [{ productId: product.id, quantity: 1 }]);
    const email = shop.email();
    const request = guestRequest(owner, email);
    const results = await Promise.all([1, 2, 3, 4].map(() => placeOrder(db, checkoutDeps(), request)));
    expect(new Set(results.map((result) => result.order.orderNumber)).size).toBe(1);
    expect(results.filter((result) => !result.replayed)).toHaveLength(1);
    expect(await ordersByEmail(db, email)).toHaveLength(1);
    expect(await emailsTo(db, email)).toHaveLength(1);
    expect(await productStock(db, product.id)).toBe(9);
  });

  it("is scoped to the customer: another customer's key is theirs alone", async () => {
    const product = await shop.product({ stock: 10 });
    const alice = await shop.user({ name: 'alice' });
    const bob = await shop.user({ name: 'bob' });
    await fillCart(db, { userId: alice.id, token: null }, [{ productId: product.id, quantity: 1 }]);
    const key = `shared-${randomUUID()}`;
    const placed = await placeOrder(
      db,
      checkoutDeps(),
      customerRequest(alice, { shippingAddress: helsinki }, key),
    );
    // Bob's cart is empty, so his request with the same key can only fail; it never answers with Alice's order.
    await expectAppError(
      placeOrder(db, checkoutDeps(), customerRequest(bob, { shippingAddress: helsinki }, key)),
      'CONFLICT',
    );
    const replay = await placeOrder(
      db,
      checkoutDeps(),
      customerRequest(alice, { shippingAddress: helsinki }, key),
    );
    expect(replay).toMatchObject({ replayed: true, order: { orderNumber: placed.order.orderNumber } });
  });
});

describe('a checkout that fails leaves nothing behind', () => {
  async function preparedCart(stock: number, quantity: number) {
    const product = await shop.product({ priceCents: 3000, stock });
    const other = await shop.product({ priceCents: 1000, stock: 10 });
    const coupon = await shop.coupon();
    const owner = await fillCart(db, guest, [
      { productId: product.id, quantity },
      { productId: other.id, quantity: 1 },
    ]);
    await applyCartCoupon(db, owner, coupon.code, { userId: null, email: null });
    return { product, other, coupon, owner };
  }

  async function expectUntouched(
    state: Awaited<ReturnType<typeof preparedCart>>,
    email: string,
    stock: { product: number; other: number },
    numberBefore: number,
  ) {
    expect(await ordersByEmail(db, email)).toEqual([]);
    expect(await productStock(db, state.product.id)).toBe(stock.product);
    expect(await productStock(db, state.other.id)).toBe(stock.other);
    expect(await couponTimesUsed(db, state.coupon.id)).toBe(0);
    expect(
      await db.select().from(couponRedemptions).where(eq(couponRedemptions.couponId, state.coupon.id)),
    ).toEqual([]);
    expect(await cartLineCount(state.owner)).toBe(2);
    const [cart] = await db
      .select({ couponId: carts.couponId })
      .from(carts)
      .where(eq(carts.tokenHash, hashCartToken(state.owner.token ?? '')));
    expect(cart?.couponId).toBe(state.coupon.id);
    expect(await emailsTo(db, email)).toEqual([]);
    // A rolled-back checkout gives its number back: the series stays without gaps.
    // The number is taken before the transaction (see placeOrder): a failed checkout may skip one.
    expect(await lastOrderNumber()).toBeLessThanOrEqual(numberBefore + 1);
  }

  it('answers OUT_OF_STOCK naming the lines when the stock fell after they were added', async () => {
    const state = await preparedCart(5, 3);
    await setProductStock(db, state.product.id, 1);
    const email = shop.email();
    const numberBefore = await lastOrderNumber();
    const error = await expectAppError(
      placeOrder(db, checkoutDeps(), guestRequest(state.owner, email)),
      'OUT_OF_STOCK',
      409,
    );
    expect(error.details).toEqual({
      lines: [
        {
          itemId: expect.any(String),
          productId: state.product.id,
          variantId: null,
          name: state.product.name,
          requested: 3,
          available: 1,
        },
      ],
    });
    await expectUntouched(state, email, { product: 1, other: 10 }, numberBefore);
  });

  it('rolls back stock, coupon use and order when a step after the stock fails', async () => {
    const state = await preparedCart(5, 2);
    // The payment row is written after the stock is taken, the coupon redeemed and the order numbered;
    // a trigger makes that insert fail for this test's orders only.
    const marker = `fail-payment-${randomUUID().slice(0, 8)}`;
    const email = shop.email(marker);
    await db.execute(
      sql.raw(`create or replace function puoti_test_fail_payment() returns trigger language plpgsql as $$
        begin
          if exists (select 1 from orders where id = new.order_id and email like 'fail-payment-%') then
            raise exception 'injected payment failure';
          end if;
          return new;
        end $$`),
    );
    await db.execute(
      sql.raw(`create trigger puoti_test_fail_payment before insert on payments
        for each row execute function puoti_test_fail_payment()`),
    );
    const numberBefore = await lastOrderNumber();
    try {
      let thrown: unknown;
      try {
        await placeOrder(db, checkoutDeps(), guestRequest(state.owner, email));
      } catch (error) {
        thrown = error;
      }
      expect(messages(thrown)).toMatch(/injected payment failure/);
    } finally {
      await db.execute(sql.raw('drop trigger if exists puoti_test_fail_payment on payments'));
      await db.execute(sql.raw('drop function if exists puoti_test_fail_payment()'));
    }
    await expectUntouched(state, email, { product: 5, other: 10 }, numberBefore);
    expect(
      await count(
        db,
        sql`select count(*)::int as n from stock_movements where product_id = ${state.product.id}`,
      ),
    ).toBe(0);
    // The same cart goes through once the fault is gone.
    const placed = await placeOrder(db, checkoutDeps(), guestRequest(state.owner, email));
    expect(placed.order.couponCode).toBe(state.coupon.code);
    expect(await productStock(db, state.product.id)).toBe(3);
  });

  it('answers CONFLICT with the new total when the expected total is not the real one', async () => {
    const state = await preparedCart(5, 1);
    const email = shop.email();
    const numberBefore = await lastOrderNumber();
    // 30 € + 10 € less 10 %, plus 8.90 € shipping.
    const realTotal = 3600 + 890;
    const error = await expectAppError(
      placeOrder(
        db,
        checkoutDeps(),
        guestRequest(state.owner, email, { expectedTotalCents: realTotal - 100 }),
      ),
      'CONFLICT',
      409,
    );
    expect(error.details).toEqual({ totalCents: realTotal });
    await expectUntouched(state, email, { product: 5, other: 10 }, numberBefore);
    const placed = await placeOrder(
      db,
      checkoutDeps(),
      guestRequest(state.owner, email, { expectedTotalCents: realTotal }),
    );
    expect(placed.order.totalCents).toBe(realTotal);
  });
});

describe('checkouts at the same moment', () => {
  async function guestCarts(productId: string, count: number, couponCode?: string): Promise<CartOwner[]> {
    const owners: CartOwner[] = [];
    for (let i = 0; i < count; i += 1) {
      const owner = await fillCart(db, guest, [{ productId, quantity: 1 }]);
      if (couponCode) await applyCartCoupon(db, owner, couponCode, { userId: null, email: null });
      owners.push(owner);
    }
    return owners;
  }

  it('sell the last units once; the others get OUT_OF_STOCK and nothing else happens to them', async () => {
    const product = await shop.product({ stock: 3 });
    const owners = await guestCarts(product.id, 5);
    const results = await Promise.allSettled(
      owners.map((owner) => placeOrder(db, checkoutDeps(), guestRequest(owner, shop.email()))),
    );
    const refused = results.flatMap((result) => (result.status === 'rejected' ? [result.reason] : []));
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(3);
    expect(refused).toHaveLength(2);
    for (const reason of refused) expect(reason).toMatchObject({ code: 'OUT_OF_STOCK', status: 409 });
    expect(await productStock(db, product.id)).toBe(0);
    expect(
      await count(
        db,
        sql`select coalesce(sum(delta), 0)::int as n from stock_movements where product_id = ${product.id}`,
      ),
    ).toBe(-3);
  });

  it('keep a coupon within its usage limit', async () => {
    const product = await shop.product({ stock: 10 });
    const coupon = await shop.coupon({ usageLimit: 2 });
    const owners = await guestCarts(product.id, 4, coupon.code);
    const results = await Promise.allSettled(
      owners.map((owner) => placeOrder(db, checkoutDeps(), guestRequest(owner, shop.email()))),
    );
    const refused = results.flatMap((result) => (result.status === 'rejected' ? [result.reason] : []));
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(2);
    for (const reason of refused) {
      expect(reason).toMatchObject({ code: 'COUPON_INVALID', details: { reason: 'used_up' } });
    }
    expect(await couponTimesUsed(db, coupon.id)).toBe(2);
    expect(await productStock(db, product.id)).toBe(8);
  });
});

describe('takeStockForOrder', () => {
  it('reports every shortage; the rollback the caller then does takes back what it took', async () => {
    const short = await shop.product({ stock: 1 });
    const enough = await shop.product({ stock: 10 });
    const alsoShort = await shop.product({ stock: 0 });
    // The ledger rows point at an order: any order will do, the transaction is rolled back.
    const { orderId } = await quickOrder(db, {
      email: shop.email('stock'),
      lines: [{ productId: (await shop.product({ stock: 5 })).id, quantity: 1 }],
      shippingMethodId: fiHome,
    });
    const ledgerOf = (tx: Pick<Db, 'select'>) =>
      tx
        .select({
          productId: stockMovements.productId,
          delta: stockMovements.delta,
          after: stockMovements.stockAfter,
        })
        .from(stockMovements)
        .where(inArray(stockMovements.productId, [short.id, enough.id, alsoShort.id]));
    let shortages: Awaited<ReturnType<typeof takeStockForOrder>>['shortages'] = [];
    await db
      .transaction(async (tx) => {
        ({ shortages } = await takeStockForOrder(
          tx,
          [
            { productId: short.id, variantId: null, quantity: 2 },
            { productId: enough.id, variantId: null, quantity: 3 },
            { productId: alsoShort.id, variantId: null, quantity: 1 },
          ],
          { orderId, actorId: null },
        ));
        // Only the line that could be filled has its units taken and its ledger row, until the rollback.
        expect(await ledgerOf(tx)).toEqual([{ productId: enough.id, delta: -3, after: 7 }]);
        throw new RollbackForTest();
      })
      .catch((error: unknown) => {
        if (!(error instanceof RollbackForTest)) throw error;
      });
    expect(shortages).toEqual(
      expect.arrayContaining([
        { productId: short.id, variantId: null, quantity: 2, available: 1 },
        { productId: alsoShort.id, variantId: null, quantity: 1, available: 0 },
      ]),
    );
    expect(shortages).toHaveLength(2);
    expect(await productStock(db, enough.id)).toBe(10);
    expect(await ledgerOf(db)).toEqual([]);
  });
});

class RollbackForTest extends Error {}

describe('a card order (Stripe)', () => {
  it('starts a PaymentIntent for the total, records it and queues the confirmation', async () => {
    const product = await shop.product({ priceCents: 4590, stock: 5 });
    const email = shop.email('card');
    const { placed, orderId } = await quickOrder(db, {
      email,
      stripe,
      lines: [{ productId: product.id, quantity: 1 }],
      shippingMethodId: fiHome,
      locale: 'en',
    });
    const { order, payment } = placed;
    expect(order).toMatchObject({
      status: 'pending_payment',
      paymentStatus: 'pending',
      paymentMethod: 'stripe',
    });
    expect(payment).toMatchObject({
      method: 'stripe',
      amountCents: order.totalCents,
      bankTransfer: null,
      stripe: {
        paymentIntentId: expect.stringMatching(/^pi_/),
        clientSecret: expect.stringMatching(/_secret_/),
      },
    });
    const intentId = payment.stripe?.paymentIntentId ?? '';
    expect(fake.intents.get(intentId)).toMatchObject({
      amount: order.totalCents,
      currency: 'eur',
      receipt_email: email,
      metadata: { orderId, orderNumber: order.orderNumber, locale: 'en' },
    });
    expect(await paymentOf(db, orderId)).toMatchObject({
      provider: 'stripe',
      providerReference: intentId,
      status: 'pending',
      amountCents: order.totalCents,
    });
    const mails = await emailsTo(db, email);
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ template: 'order_confirmation', locale: 'en' });
    expect(mails[0]?.data).toMatchObject({ paymentMethod: 'stripe', bankTransfer: null });
    expect(await productStock(db, product.id)).toBe(4);
  });

  it('hands a replay the recorded intent instead of a new one', async () => {
    const product = await shop.product({ stock: 5 });
    const owner = await fillCart(db, guest, [{ productId: product.id, quantity: 1 }]);
    const email = shop.email();
    const request = guestRequest(owner, email, { paymentMethod: 'stripe' });
    const first = await placeOrder(db, checkoutDeps(stripe), request);
    const intentsBefore = fake.intents.size;
    const again = await placeOrder(db, checkoutDeps(stripe), request);
    expect(again.replayed).toBe(true);
    expect(again.payment.stripe).toEqual(first.payment.stripe);
    expect(fake.intents.size).toBe(intentsBefore);
    expect(await emailsTo(db, email)).toHaveLength(1);
  });

  it('answers PAYMENT_FAILED when Stripe refuses, cancels the order, and gives stock, coupon and cart back', async () => {
    const product = await shop.product({ priceCents: 2500, stock: 5 });
    const coupon = await shop.coupon();
    const owner = await fillCart(db, guest, [{ productId: product.id, quantity: 2 }]);
    await applyCartCoupon(db, owner, coupon.code, { userId: null, email: null });
    const email = shop.email('declined');
    fake.failNext('card_declined');
    const error = await expectAppError(
      placeOrder(db, checkoutDeps(stripe), guestRequest(owner, email, { paymentMethod: 'stripe' })),
      'PAYMENT_FAILED',
      402,
    );
    expect(error).toBeInstanceOf(AppError);

    const [order] = await ordersByEmail(db, email);
    expect(order).toMatchObject({ status: 'cancelled', cancelledAt: expect.any(Date) });
    expect(await productStock(db, product.id)).toBe(5);
    expect(await couponTimesUsed(db, coupon.id)).toBe(0);
    const [redemption] = await db
      .select()
      .from(couponRedemptions)
      .where(eq(couponRedemptions.couponId, coupon.id));
    expect(redemption?.releasedAt).toBeInstanceOf(Date);
    expect(await movementsOf(order?.id ?? '')).toEqual(
      expect.arrayContaining([
        { productId: product.id, variantId: null, delta: -2, stockAfter: 3, reason: 'order' },
        { productId: product.id, variantId: null, delta: 2, stockAfter: 5, reason: 'cancellation' },
      ]),
    );
    expect(await paymentOf(db, order?.id ?? '')).toMatchObject({
      status: 'canceled',
      providerReference: null,
    });
    const history = await db
      .select({ from: orderStatusHistory.fromStatus, to: orderStatusHistory.toStatus })
      .from(orderStatusHistory)
      .where(eq(orderStatusHistory.orderId, order?.id ?? ''))
      .orderBy(orderStatusHistory.id);
    expect(history).toEqual([
      { from: null, to: 'pending_payment' },
      { from: 'pending_payment', to: 'cancelled' },
    ]);
    // Neither a confirmation nor a cancellation: the customer saw the refusal at the checkout.
    expect(await emailsTo(db, email)).toEqual([]);
    expect(
      await db
        .select()
        .from(payments)
        .where(eq(payments.orderId, order?.id ?? '')),
    ).toHaveLength(1);
    expect(await db.select().from(orders).where(eq(orders.email, email))).toHaveLength(1);
    // The customer can try again with another card without filling the cart again.
    const cart = await viewCart(db, owner, 'fi', { userId: null, email: null });
    expect(cart.items.map(({ productId, quantity }) => ({ productId, quantity }))).toEqual([
      { productId: product.id, quantity: 2 },
    ]);
    expect(cart.coupon?.code).toBe(coupon.code);
    expect(cart.items[0]?.problem).toBeNull();
  });
});
