import { randomUUID } from 'node:crypto';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import { getAddress, isValidPostalCode, ZAddress } from '../accounts/index';
import {
  assessLine,
  type CartOwner,
  findCart,
  hashCartToken,
  loadCartLines,
  variantLabel,
} from '../cart/index';
import { cartItems, carts } from '../cart/schema';
import type { Db, Executor } from '../db/client';
import { insertRows, rowsOf } from '../db/insert';
import { queryRows } from '../db/rows';
import { writeTogether } from '../db/together';
import { takeStockForOrder } from '../inventory/index';
import { AppError } from '../lib/app-error';
import type { Locale } from '../lib/locale';
import { cancelUnpaidOrderInTx } from '../orders/cancel';
import { enqueueOrderConfirmation, orderConfirmationInsert } from '../orders/emails';
import { nextNumberUnless, orderReference } from '../orders/numbers';
import { type AddressSnapshot, orderLines, orderStatusHistory, orders } from '../orders/schema';
import { composeOrderView, type OrderRow, type OrderView, toOrderView } from '../orders/view';
import { type BankTransferInstructions, bankTransferInstructions } from '../payments/bank-transfer';
import { payments } from '../payments/schema';
import type { StripeGateway } from '../payments/stripe';
import { computeTotals, loadVatTable, vatCountry } from '../pricing/index';
import {
  checkCoupon,
  countCustomerUses,
  couponDiscount,
  couponError,
  redeemCoupon,
} from '../promotions/index';
import { coupons } from '../promotions/schema';
import { getStoreSettings } from '../settings/index';
import { findShippingMethodFor } from '../shipping/index';

export const paymentMethods = ['bank_transfer', 'stripe'] as const;
export type PaymentMethod = (typeof paymentMethods)[number];

export const ZIdempotencyKey = z.string().trim().min(8).max(200);

export const ZPlaceOrderInput = z
  .object({
    email: z.email().max(254).optional(),
    shippingAddress: ZAddress.optional(),
    addressId: z.uuid().optional(),
    shippingMethodId: z.uuid(),
    paymentMethod: z.enum(paymentMethods),
    acceptTerms: z.literal(true, { error: 'The terms of sale must be accepted.' }),
    note: z.string().trim().max(1000).optional(),
    /** What the customer was shown; when given and the total has changed since, nothing is ordered. */
    expectedTotalCents: z.number().int().min(0).optional(),
  })
  .superRefine((value, ctx) => {
    if (Boolean(value.shippingAddress) === Boolean(value.addressId)) {
      ctx.addIssue({
        code: 'custom',
        path: ['shippingAddress'],
        message: 'Give either a shipping address or the id of a saved one.',
      });
    }
  });
export type TPlaceOrderInput = z.input<typeof ZPlaceOrderInput>;

export interface Buyer {
  id: string;
  email: string;
}

export interface PlaceOrderRequest {
  owner: CartOwner;
  /** The signed-in customer, or null for a guest (who must give an email). */
  user: Buyer | null;
  locale: Locale;
  idempotencyKey: string;
  input: TPlaceOrderInput;
}

export interface CheckoutDeps {
  stripe: StripeGateway | null;
  publicUrl: string;
  /** What this shop offers (see `availablePaymentMethods`). */
  paymentMethods: readonly PaymentMethod[];
}

/**
 * Bank transfer needs the store's IBAN in its settings (the instructions would be useless without it);
 * cards need Stripe keys.
 */
export function availablePaymentMethods(
  store: { iban: string | null },
  stripe: StripeGateway | null,
): PaymentMethod[] {
  return [...(store.iban ? (['bank_transfer'] as const) : []), ...(stripe ? (['stripe'] as const) : [])];
}

export interface PaymentView {
  method: PaymentMethod;
  status: string;
  amountCents: number;
  bankTransfer: BankTransferInstructions | null;
  /** For the browser's Stripe Payment Element. */
  stripe: { paymentIntentId: string; clientSecret: string } | null;
}

export interface PlacedOrder {
  order: OrderView;
  payment: PaymentView;
  /** True when the Idempotency-Key had already placed this order (answer 200, not 201). */
  replayed: boolean;
  /** The order took the last unit of an item: cached catalogue pages now show it wrongly in stock. */
  soldOut: boolean;
}

function idempotencyScope(request: PlaceOrderRequest): string {
  if (request.user) return `user:${request.user.id}`;
  if (request.owner.token) return `cart:${hashCartToken(request.owner.token)}`;
  throw new AppError('CONFLICT', 'Your cart is empty.');
}

export interface OutOfStockLine {
  itemId: string;
  productId: string;
  variantId: string | null;
  name: string;
  requested: number;
  available: number;
}

/** Another request with the same Idempotency-Key placed its order first; the transaction rolls back. */
class KeyAlreadyUsed extends Error {}

function outOfStock(lines: OutOfStockLine[]): AppError {
  return new AppError('OUT_OF_STOCK', `Not enough stock for: ${lines.map((line) => line.name).join(', ')}.`, {
    lines,
  });
}

async function resolveAddress(
  db: Executor,
  request: PlaceOrderRequest,
  input: z.output<typeof ZPlaceOrderInput>,
) {
  if (input.shippingAddress) return input.shippingAddress;
  if (!request.user || !input.addressId) {
    throw new AppError('VALIDATION_FAILED', 'Sign in to use a saved address.', [
      { field: 'addressId', message: 'Only signed-in customers have saved addresses.' },
    ]);
  }
  const saved = await getAddress(db, request.user.id, input.addressId);
  if (!isValidPostalCode(saved.country, saved.postalCode)) {
    throw new AppError('VALIDATION_FAILED', 'The saved address needs a valid postal code.', [
      { field: 'addressId', message: 'Fix the postal code of this address first.' },
    ]);
  }
  return saved;
}

function snapshot(address: {
  fullName: string;
  company?: string | null | undefined;
  line1: string;
  line2?: string | null | undefined;
  postalCode: string;
  city: string;
  country: string;
  phone?: string | null | undefined;
}): AddressSnapshot {
  return {
    fullName: address.fullName,
    company: address.company ?? null,
    line1: address.line1,
    line2: address.line2 ?? null,
    postalCode: address.postalCode,
    city: address.city,
    country: address.country,
    phone: address.phone ?? null,
  };
}

/**
 * Places the current cart as an order. One transaction re-validates the cart, writes the order with its
 * snapshots, redeems the coupon, takes the stock with conditional updates, numbers the order and empties
 * the cart; any failure leaves nothing behind. A card payment is started after the commit (a network call
 * must not hold row locks); if that fails, the order is cancelled again, which gives back stock and coupon.
 * The Idempotency-Key makes a retry return the order the first attempt placed.
 */
export async function placeOrder(
  db: Db,
  deps: CheckoutDeps,
  request: PlaceOrderRequest,
): Promise<PlacedOrder> {
  const input = ZPlaceOrderInput.parse(request.input);
  const idempotencyKey = ZIdempotencyKey.parse(request.idempotencyKey);
  const scope = idempotencyScope(request);
  if (!request.user && !input.email) {
    throw new AppError('VALIDATION_FAILED', 'An email address is needed for the order confirmation.', [
      { field: 'email', message: 'Required for guest checkout.' },
    ]);
  }
  if (!deps.paymentMethods.includes(input.paymentMethod)) {
    throw new AppError('VALIDATION_FAILED', 'This payment method is not available in this shop.', [
      { field: 'paymentMethod', message: `Choose one of: ${deps.paymentMethods.join(', ')}.` },
    ]);
  }
  const email = (request.user?.email ?? input.email ?? '').toLowerCase();
  const now = new Date();
  const earlierOrder = sql`select id from orders
    where idempotency_scope = ${scope} and idempotency_key = ${idempotencyKey}`;
  const orderById = async (id: string) => (await db.select().from(orders).where(eq(orders.id, id)))[0];
  const findPrevious = async () => {
    const [hit] = await queryRows<{ id: string }>(db, earlierOrder);
    return hit ? orderById(hit.id) : undefined;
  };

  const settings = await getStoreSettings(db);
  // Almost every key is new, so the look for an order it placed comes with the order's number, in one
  // statement that numbers only when there is none. Numbered before the transaction, as a database
  // sequence would: a counter row locked until commit would make every checkout in the shop wait for the
  // one before it. A checkout that fails after this leaves a gap in the numbers; they stay unique and
  // increasing.
  const numbered = await nextNumberUnless(db, 'order', now, settings.country, earlierOrder);
  if ('earlierId' in numbered) {
    const earlier = await orderById(numbered.earlierId);
    if (earlier) return replay(db, deps, earlier);
    throw new Error('The order this Idempotency-Key placed vanished.');
  }
  const { number } = numbered;
  const referenceNumber = orderReference(number.year, number.value);

  // The address, and the shipping method and VAT rates it selects, before the transaction: the saved
  // address is the customer's own, and methods and rates are reference data kept per node (lib/
  // reference-data.ts), so a checkout reads neither while it holds a connection and row locks.
  const address = snapshot(await resolveAddress(db, request, input));
  const method = await findShippingMethodFor(db, input.shippingMethodId, address.country);
  if (!method) {
    throw new AppError('VALIDATION_FAILED', `This shipping method does not deliver to ${address.country}.`, [
      { field: 'shippingMethodId', message: 'Choose a method that delivers to the address.' },
    ]);
  }
  const country = vatCountry(settings, address.country);
  const vat = await loadVatTable(db, country, now);

  let placed: { row: OrderRow; view: OrderView; soldOut: boolean; emptied: EmptiedCart };
  try {
    placed = await db.transaction(async (tx) => {
      const cart = await findCart(tx, request.owner, true);
      const lines = cart ? await loadCartLines(tx, cart.id, request.locale) : [];
      if (!cart || lines.length === 0) throw new AppError('CONFLICT', 'Your cart is empty.');

      const unavailable = lines.flatMap((line) => {
        const state = assessLine(line);
        if (
          state.problem !== 'no_longer_sold' &&
          state.problem !== 'out_of_stock' &&
          state.problem !== 'quantity_reduced'
        )
          return [];
        return [
          {
            itemId: line.id,
            productId: line.productId,
            variantId: line.variantId,
            name: line.name,
            requested: line.quantity,
            available: line.sold ? Math.max(line.stock, 0) : 0,
          },
        ];
      });
      if (unavailable.length > 0) throw outOfStock(unavailable);

      const [coupon] = cart.couponId
        ? await tx.select().from(coupons).where(eq(coupons.id, cart.couponId))
        : [];
      const subtotalCents = lines.reduce((sum, line) => sum + line.unitPriceCents * line.quantity, 0);
      if (coupon) {
        const customerUses = await countCustomerUses(tx, coupon.id, {
          userId: request.user?.id ?? null,
          email,
        });
        const rejection = checkCoupon(coupon, { now, subtotalCents, customerUses });
        if (rejection) throw couponError(rejection, { code: coupon.code });
      }
      const totals = computeTotals({
        lines: lines.map((line) => ({
          unitPriceCents: line.unitPriceCents,
          quantity: line.quantity,
          rateBasisPoints: vat.rate(line.taxClass),
        })),
        discount: coupon ? couponDiscount(coupon) : null,
        shipping: {
          priceCents: method.priceCents,
          freeFromCents: method.freeFromCents,
          rateBasisPoints: vat.rate('standard'),
        },
      });
      if (input.expectedTotalCents !== undefined && input.expectedTotalCents !== totals.totalCents) {
        throw new AppError(
          'CONFLICT',
          'The total has changed since you last saw it. Please check your order.',
          {
            totalCents: totals.totalCents,
          },
        );
      }

      const orderId = randomUUID();
      const actorId = request.user?.id ?? null;
      // A request with the same key that got here first holds the key until it commits or rolls back;
      // once it has committed, nothing is written here and the order it placed is the answer.
      const inserted = await queryRows<Record<string, unknown>>(
        tx,
        sql`${insertRows(orders, [
          {
            id: orderId,
            orderNumber: number.formatted,
            referenceNumber,
            userId: actorId,
            email,
            locale: request.locale,
            paymentMethod: input.paymentMethod,
            subtotalCents: totals.subtotalCents,
            discountCents: totals.discountCents,
            shippingCents: totals.shippingCents,
            vatCents: totals.vatCents,
            totalCents: totals.totalCents,
            vatLines: totals.vatLines.map(({ rateBasisPoints, netCents, vatCents }) => ({
              rateBasisPoints,
              netCents,
              vatCents,
            })),
            vatCountry: country,
            shippingAddress: address,
            shippingMethodId: method.id,
            shippingMethodName:
              method.name[request.locale] ?? method.name[settings.defaultLocale] ?? method.code,
            couponCode: coupon?.code ?? null,
            customerNote: input.note || null,
            idempotencyScope: scope,
            idempotencyKey,
            termsAcceptedAt: now,
            createdAt: now,
          },
        ])} on conflict (idempotency_scope, idempotency_key) do nothing returning *`,
      );
      const [row] = rowsOf(orders, inserted);
      if (!row) throw new KeyAlreadyUsed();
      const lineRows = lines.map((line, index) => {
        const priced = totals.lines[index];
        if (!priced) throw new Error('Totals lost a line.');
        return {
          orderId,
          position: index,
          productId: line.productId,
          variantId: line.variantId,
          name: line.name,
          variantLabel: variantLabel(line.variantOptions),
          sku: line.sku,
          quantity: line.quantity,
          unitPriceCents: line.unitPriceCents,
          discountCents: priced.discountCents,
          lineTotalCents: priced.lineTotalCents,
          taxClass: line.taxClass,
          vatRateBasisPoints: priced.rateBasisPoints,
          vatCents: priced.vatCents,
          returnedQuantity: 0,
        };
      });
      if (coupon) {
        await redeemCoupon(tx, {
          couponId: coupon.id,
          orderId,
          userId: actorId,
          email,
          subtotalCents: totals.subtotalCents,
          discountCents: totals.discountCents,
          now,
        });
      }
      const { shortages, soldOut } = await takeStockForOrder(
        tx,
        lines.map((line) => ({
          productId: line.productId,
          variantId: line.variantId,
          quantity: line.quantity,
        })),
        { orderId, actorId },
      );
      if (shortages.length > 0) {
        throw outOfStock(
          shortages.map((shortage) => {
            const line = lines.find(
              (l) => l.productId === shortage.productId && l.variantId === shortage.variantId,
            );
            return {
              itemId: line?.id ?? '',
              productId: shortage.productId,
              variantId: shortage.variantId,
              name: line?.name ?? '',
              requested: shortage.quantity,
              available: shortage.available,
            };
          }),
        );
      }
      const view = composeOrderView(row, lineRows, [{ toStatus: 'pending_payment', createdAt: now }]);
      // The rest reads nothing written here and answers nothing (the view above is made of what is
      // written): one round trip.
      await writeTogether(tx, [
        insertRows(orderLines, lineRows),
        insertRows(orderStatusHistory, [{ orderId, toStatus: 'pending_payment', actorId, createdAt: now }]),
        insertRows(payments, [
          {
            orderId,
            provider: input.paymentMethod,
            providerReference: input.paymentMethod === 'bank_transfer' ? referenceNumber : null,
            amountCents: totals.totalCents,
          },
        ]),
        sql`delete from cart_items where cart_id = ${cart.id}`,
        ...(cart.couponId ? [tx.update(carts).set({ couponId: null }).where(eq(carts.id, cart.id))] : []),
        // A card order's confirmation waits for its PaymentIntent (startPayment).
        ...(input.paymentMethod === 'bank_transfer'
          ? [
              orderConfirmationInsert(view, {
                publicUrl: deps.publicUrl,
                bankTransfer: bankTransferInstructions(settings, row),
              }),
            ]
          : []),
      ]);
      return { row, view, soldOut, emptied: { cartId: cart.id, couponId: cart.couponId } };
    });
  } catch (error) {
    // A request with this key placed its order while this one ran (this one may also have found the
    // cart it emptied): the answer is that order, as for any repeated key. A failing look (the database
    // gone) must not hide the error that got here.
    const previous = await findPrevious().catch(() => null);
    if (previous) return replay(db, deps, previous);
    throw error;
  }

  if (placed.row.paymentMethod === 'bank_transfer') {
    const payment: PaymentView = {
      method: 'bank_transfer',
      status: 'pending',
      amountCents: placed.row.totalCents,
      bankTransfer: bankTransferInstructions(settings, placed.row),
      stripe: null,
    };
    return { order: placed.view, payment, replayed: false, soldOut: placed.soldOut };
  }
  return {
    order: placed.view,
    payment: await startPayment(db, deps, placed.row, placed.emptied),
    replayed: false,
    soldOut: placed.soldOut,
  };
}

/** The answer for an Idempotency-Key that already placed an order: the same order, now as it stands. */
async function replay(db: Db, deps: CheckoutDeps, row: OrderRow): Promise<PlacedOrder> {
  const payment = await startPayment(db, deps, row, null);
  return { order: await toOrderView(db, row), payment, replayed: true, soldOut: false };
}

/**
 * The payment part of the answer. Bank transfers need nothing more; a card order gets its PaymentIntent
 * (created on the first call, found again by its idempotency key on a replay). If Stripe refuses on the
 * first call, the order is cancelled so its stock and coupon go back, its lines and coupon return to the
 * cart it emptied, and the customer sees the error with the cart as it was, ready to try again.
 */
async function startPayment(
  db: Db,
  deps: CheckoutDeps,
  row: OrderRow,
  emptied: EmptiedCart | null,
): Promise<PaymentView> {
  const [payment] = await db.select().from(payments).where(eq(payments.orderId, row.id)).limit(1);
  const base = {
    method: row.paymentMethod as PaymentMethod,
    status: payment?.status ?? 'pending',
    amountCents: row.totalCents,
  };
  if (row.paymentMethod === 'bank_transfer') {
    return { ...base, bankTransfer: bankTransferInstructions(await getStoreSettings(db), row), stripe: null };
  }
  if (!deps.stripe || !payment) throw new Error('A card order without Stripe or without its payment row.');
  if (row.status !== 'pending_payment') return { ...base, bankTransfer: null, stripe: null };
  if (payment.providerReference) {
    // A replay: Stripe forgets idempotency keys after a day, so look the recorded intent up instead.
    const existing = await deps.stripe.retrievePaymentIntent(payment.providerReference);
    return {
      ...base,
      bankTransfer: null,
      stripe: { paymentIntentId: existing.id, clientSecret: existing.clientSecret ?? '' },
    };
  }
  let intent: Awaited<ReturnType<StripeGateway['createPaymentIntent']>>;
  try {
    intent = await deps.stripe.createPaymentIntent({
      amountCents: row.totalCents,
      orderId: row.id,
      orderNumber: row.orderNumber,
      email: row.email,
      locale: row.locale,
    });
  } catch (error) {
    if (emptied) {
      await db.transaction(async (tx) => {
        const cancelled = await cancelUnpaidOrderInTx(tx, row.id, {
          actorId: null,
          note: 'Card payment could not be started.',
        });
        if (cancelled) await refillCart(tx, emptied, row.id);
      });
    }
    throw error;
  }
  await db.transaction(async (tx) => {
    // The first call to get here records the intent and sends the confirmation; replays find it set.
    const recorded = await tx
      .update(payments)
      .set({ providerReference: intent.id })
      .where(and(eq(payments.id, payment.id), isNull(payments.providerReference)))
      .returning({ id: payments.id });
    if (recorded.length > 0) {
      await enqueueOrderConfirmation(tx, await toOrderView(tx, row), {
        publicUrl: deps.publicUrl,
        bankTransfer: null,
      });
    }
  });
  return {
    ...base,
    bankTransfer: null,
    stripe: { paymentIntentId: intent.id, clientSecret: intent.clientSecret },
  };
}

/** The cart an order emptied, to put the order back into when its payment cannot start. */
interface EmptiedCart {
  cartId: string;
  couponId: string | null;
}

/**
 * Puts an order's lines (at the prices the customer saw) and coupon back into the cart it came from.
 * A line the customer added again meanwhile keeps the larger quantity rather than doubling up.
 */
async function refillCart(tx: Executor, cart: EmptiedCart, orderId: string): Promise<void> {
  const lines = await tx
    .select({
      productId: orderLines.productId,
      variantId: orderLines.variantId,
      quantity: orderLines.quantity,
      unitPriceCents: orderLines.unitPriceCents,
    })
    .from(orderLines)
    .where(eq(orderLines.orderId, orderId));
  for (const line of lines) {
    // A product deleted since the order has no line to come back to.
    if (!line.productId) continue;
    await tx
      .insert(cartItems)
      .values({
        cartId: cart.cartId,
        productId: line.productId,
        variantId: line.variantId,
        quantity: line.quantity,
        seenPriceCents: line.unitPriceCents,
      })
      .onConflictDoUpdate({
        target: [cartItems.cartId, cartItems.productId, cartItems.variantId],
        set: { quantity: sql`greatest(${cartItems.quantity}, excluded.quantity)` },
      });
  }
  if (cart.couponId) {
    await tx
      .update(carts)
      .set({ couponId: cart.couponId })
      .where(and(eq(carts.id, cart.cartId), isNull(carts.couponId)));
  }
}
