/**
 * The totals of a cart or order, from VAT-inclusive unit prices. Pure: the caller resolves prices, VAT
 * rates (see rates.ts) and the coupon first. Every amount is an integer number of cents.
 *
 * Rules:
 * - A line's total is unit price × quantity; the subtotal is the sum of the line totals.
 * - Discounts apply to goods only, never to shipping:
 *   - percentage: subtotal × percent / 100, rounded half away from zero;
 *   - fixed: the amount, but at most the subtotal (a discount never makes the goods negative);
 *   - free_shipping: no goods discount, and the shipping charge is waived.
 * - The discount is split over the lines in proportion to their totals by largest remainder (ties go to
 *   the earlier line), so the shares add up to exactly the discount and no line gets more than its own
 *   total. Splitting it this way, rather than taking it off the order, keeps each rate's taxable amount
 *   right when the cart mixes rates: a discount is a reduction of the price of the goods it applies to.
 * - Shipping is charged unless there is none (null), the coupon gives free shipping, or the method has a
 *   free-from threshold and the goods after discount (subtotal − discount) reach it. A waived charge
 *   sets `freeShipping`; a method that simply costs 0 does not.
 * - Shipping is taxed at the rate in ShippingCharge; the caller passes the standard rate (splitting a
 *   shipping charge over the rates of mixed goods is not modelled).
 * - VAT is computed per rate on that rate's discounted gross, shipping included (summarizeVat), so the
 *   VAT lines are exact; rates whose gross is 0 are left out of `vatLines`. Each goods line's
 *   `vatCents` is its share of the VAT of the goods alone at its rate (allocateVatToLines over the
 *   discounted line grosses); the VAT on shipping is the rest, `vatCents − Σ lines[].vatCents`.
 * - total = subtotal − discount + shipping; vatCents = Σ vatLines[].vatCents.
 *
 * Invalid input (negative or fractional amounts, quantity below 1, percent outside 1..100) is a bug in
 * the caller, not something a customer can cause, so it throws a plain Error.
 */
import { allocateVatToLines, divideRounded, type GrossLine, type RateSummary, summarizeVat } from './vat';

export interface PricedLine {
  /** VAT-inclusive. */
  unitPriceCents: number;
  quantity: number;
  rateBasisPoints: number;
}

export type Discount =
  | { type: 'percentage'; percent: number }
  | { type: 'fixed'; amountCents: number }
  | { type: 'free_shipping' };

export interface ShippingCharge {
  /** VAT-inclusive. */
  priceCents: number;
  /** Goods (after discount) from this amount ship free; null when the method never ships free. */
  freeFromCents: number | null;
  rateBasisPoints: number;
}

export interface TotalsInput {
  lines: PricedLine[];
  discount?: Discount | null;
  shipping?: ShippingCharge | null;
}

export interface LineTotals {
  /** Unit price × quantity, before discount. */
  lineTotalCents: number;
  /** This line's share of the order discount. */
  discountCents: number;
  /** VAT contained in lineTotalCents − discountCents. */
  vatCents: number;
  rateBasisPoints: number;
}

export interface Totals {
  /** Same order as the input lines. */
  lines: LineTotals[];
  subtotalCents: number;
  discountCents: number;
  shippingCents: number;
  /** A shipping charge was waived, by the method's threshold or by the coupon. */
  freeShipping: boolean;
  /** Per rate, shipping included, descending rate. */
  vatLines: RateSummary[];
  vatCents: number;
  totalCents: number;
}

function assertCents(value: number, what: string): void {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new Error(`${what} must be a non-negative integer, got ${value}`);
  }
}

function assertRate(value: number, what: string): void {
  if (!Number.isInteger(value) || value < 0 || value > 10_000) {
    throw new Error(`${what} must be an integer number of basis points in 0..10000, got ${value}`);
  }
}

function validate(input: TotalsInput): void {
  input.lines.forEach((line, index) => {
    assertCents(line.unitPriceCents, `lines[${index}].unitPriceCents`);
    if (!Number.isSafeInteger(line.quantity) || line.quantity < 1) {
      throw new Error(`lines[${index}].quantity must be an integer of at least 1, got ${line.quantity}`);
    }
    assertRate(line.rateBasisPoints, `lines[${index}].rateBasisPoints`);
  });
  const discount = input.discount;
  if (discount?.type === 'percentage') {
    if (!Number.isInteger(discount.percent) || discount.percent < 1 || discount.percent > 100) {
      throw new Error(`discount.percent must be an integer in 1..100, got ${discount.percent}`);
    }
  } else if (discount?.type === 'fixed') {
    assertCents(discount.amountCents, 'discount.amountCents');
  }
  const shipping = input.shipping;
  if (shipping) {
    assertCents(shipping.priceCents, 'shipping.priceCents');
    if (shipping.freeFromCents !== null) assertCents(shipping.freeFromCents, 'shipping.freeFromCents');
    assertRate(shipping.rateBasisPoints, 'shipping.rateBasisPoints');
  }
}

function goodsDiscount(discount: Discount | null | undefined, subtotalCents: number): number {
  switch (discount?.type) {
    case 'percentage':
      return divideRounded(subtotalCents * discount.percent, 100);
    case 'fixed':
      return Math.min(discount.amountCents, subtotalCents);
    default:
      return 0;
  }
}

/**
 * Splits `totalCents` over `weights` in proportion, by largest remainder. Each share is at most its
 * weight when totalCents ≤ Σ weights: a line only gets a rounded-up cent when its exact share has a
 * fraction, i.e. is strictly below its weight. BigInt because discount × line total can pass 2^53.
 */
function allocateProportionally(totalCents: number, weights: number[]): number[] {
  const sum = weights.reduce((acc, weight) => acc + weight, 0);
  if (sum === 0 || totalCents === 0) return weights.map(() => 0);
  const total = BigInt(totalCents);
  const divisor = BigInt(sum);
  const shares = weights.map((weight, index) => {
    const product = total * BigInt(weight);
    return { index, floor: Number(product / divisor), remainder: product % divisor };
  });
  let left = totalCents - shares.reduce((acc, share) => acc + share.floor, 0);
  const result = shares.map((share) => share.floor);
  const byRemainder = [...shares].sort((a, b) =>
    a.remainder === b.remainder ? a.index - b.index : a.remainder > b.remainder ? -1 : 1,
  );
  for (const share of byRemainder) {
    if (left === 0) break;
    result[share.index] = share.floor + 1;
    left -= 1;
  }
  return result;
}

export function computeTotals(input: TotalsInput): Totals {
  validate(input);
  const lineTotals = input.lines.map((line) => line.unitPriceCents * line.quantity);
  lineTotals.forEach((total, index) => {
    assertCents(total, `lines[${index}] total`);
  });
  const subtotalCents = lineTotals.reduce((sum, total) => sum + total, 0);
  assertCents(subtotalCents, 'subtotal');

  const discountCents = goodsDiscount(input.discount, subtotalCents);
  const lineDiscounts = allocateProportionally(discountCents, lineTotals);

  const shipping = input.shipping ?? null;
  let shippingCents = 0;
  let freeShipping = false;
  if (shipping) {
    const waived =
      input.discount?.type === 'free_shipping' ||
      (shipping.freeFromCents !== null && subtotalCents - discountCents >= shipping.freeFromCents);
    shippingCents = waived ? 0 : shipping.priceCents;
    freeShipping = waived;
  }

  const goods: GrossLine[] = input.lines.map((line, index) => ({
    grossCents: (lineTotals[index] ?? 0) - (lineDiscounts[index] ?? 0),
    rateBasisPoints: line.rateBasisPoints,
  }));
  const lineVat = allocateVatToLines(goods);
  const taxed =
    shipping && shippingCents > 0
      ? [...goods, { grossCents: shippingCents, rateBasisPoints: shipping.rateBasisPoints }]
      : goods;
  // A rate with nothing taxable in it (a free gift, a 100 % coupon) would print as an empty VAT line.
  const vatLines = summarizeVat(taxed).filter((summary) => summary.grossCents > 0);

  return {
    lines: input.lines.map((line, index) => ({
      lineTotalCents: lineTotals[index] ?? 0,
      discountCents: lineDiscounts[index] ?? 0,
      vatCents: lineVat[index] ?? 0,
      rateBasisPoints: line.rateBasisPoints,
    })),
    subtotalCents,
    discountCents,
    shippingCents,
    freeShipping,
    vatLines,
    vatCents: vatLines.reduce((sum, summary) => sum + summary.vatCents, 0),
    totalCents: subtotalCents - discountCents + shippingCents,
  };
}
