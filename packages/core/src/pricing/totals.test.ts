import { describe, expect, it } from 'vitest';
import { SeededRandom } from '../lib/random';
import {
  computeTotals,
  type Discount,
  type PricedLine,
  type ShippingCharge,
  type Totals,
  type TotalsInput,
} from './totals';
import { vatOfGross } from './vat';

const standard = 2550;
const food = 1350;
const books = 1400;

const parcel = (overrides: Partial<ShippingCharge> = {}): ShippingCharge => ({
  priceCents: 490,
  freeFromCents: 5000,
  rateBasisPoints: standard,
  ...overrides,
});

const line = (unitPriceCents: number, quantity: number, rateBasisPoints: number): PricedLine => ({
  unitPriceCents,
  quantity,
  rateBasisPoints,
});

describe('computeTotals', () => {
  it('totals an empty cart as zero', () => {
    expect(computeTotals({ lines: [] })).toEqual({
      lines: [],
      subtotalCents: 0,
      discountCents: 0,
      shippingCents: 0,
      freeShipping: false,
      vatLines: [],
      vatCents: 0,
      totalCents: 0,
    });
  });

  it('takes the VAT out of a single VAT-inclusive line', () => {
    const totals = computeTotals({ lines: [line(5000, 2, standard)] });
    expect(totals.lines).toEqual([
      { lineTotalCents: 10_000, discountCents: 0, vatCents: 2032, rateBasisPoints: standard },
    ]);
    expect(totals.vatLines).toEqual([
      { rateBasisPoints: standard, grossCents: 10_000, netCents: 7968, vatCents: 2032 },
    ]);
    expect(totals.totalCents).toBe(10_000);
  });

  it('splits a percentage discount over mixed rates and taxes shipping at its own rate', () => {
    // Worked by hand: subtotal 129.65, 10 % = 12.965 -> 12.97, shared 5.99 / 4.40 / 2.58 by largest
    // remainder; shipping 5.90 joins the 25.5 % goods for that rate's VAT but not the line's.
    const totals = computeTotals({
      lines: [line(1995, 3, standard), line(4400, 1, food), line(1290, 2, books)],
      discount: { type: 'percentage', percent: 10 },
      shipping: parcel({ priceCents: 590, freeFromCents: null }),
    });
    expect(totals.subtotalCents).toBe(12_965);
    expect(totals.discountCents).toBe(1297);
    expect(totals.lines).toEqual([
      { lineTotalCents: 5985, discountCents: 599, vatCents: 1094, rateBasisPoints: standard },
      { lineTotalCents: 4400, discountCents: 440, vatCents: 471, rateBasisPoints: food },
      { lineTotalCents: 2580, discountCents: 258, vatCents: 285, rateBasisPoints: books },
    ]);
    expect(totals.shippingCents).toBe(590);
    expect(totals.freeShipping).toBe(false);
    expect(totals.vatLines).toEqual([
      { rateBasisPoints: standard, grossCents: 5976, netCents: 4762, vatCents: 1214 },
      { rateBasisPoints: books, grossCents: 2322, netCents: 2037, vatCents: 285 },
      { rateBasisPoints: food, grossCents: 3960, netCents: 3489, vatCents: 471 },
    ]);
    expect(totals.vatCents).toBe(1970);
    expect(totals.totalCents).toBe(12_965 - 1297 + 590);
  });

  it('computes each rate on its total, not as a sum of rounded lines', () => {
    // Seven 0.03 lines at 25.5 %: each alone carries 0.0061 and would round to 0.01 (0.07 in all), while
    // their 0.21 together carries 0.0427 -> 0.04.
    const totals = computeTotals({ lines: Array.from({ length: 7 }, () => line(3, 1, standard)) });
    expect(totals.vatLines).toEqual([
      { rateBasisPoints: standard, grossCents: 21, netCents: 17, vatCents: 4 },
    ]);
    expect(totals.lines.map((l) => l.vatCents).reduce((a, b) => a + b, 0)).toBe(4);
  });

  it('with a 100 % discount leaves only the shipping to pay', () => {
    const totals = computeTotals({
      lines: [line(1995, 2, standard), line(4400, 1, food), line(1290, 3, books)],
      discount: { type: 'percentage', percent: 100 },
      shipping: parcel(),
    });
    expect(totals.discountCents).toBe(totals.subtotalCents);
    expect(totals.lines.every((l) => l.discountCents === l.lineTotalCents && l.vatCents === 0)).toBe(true);
    // The goods are now worth 0, under the 50.00 threshold, so shipping is charged.
    expect(totals.shippingCents).toBe(490);
    expect(totals.totalCents).toBe(490);
    expect(totals.vatLines).toEqual([
      { rateBasisPoints: standard, grossCents: 490, netCents: 390, vatCents: 100 },
    ]);
    expect(totals.vatCents).toBe(100);
  });

  it('caps a fixed discount at the subtotal', () => {
    const totals = computeTotals({
      lines: [line(1000, 1, standard), line(2000, 1, food)],
      discount: { type: 'fixed', amountCents: 5000 },
      shipping: parcel({ freeFromCents: null }),
    });
    expect(totals.discountCents).toBe(3000);
    expect(totals.lines.map((l) => l.discountCents)).toEqual([1000, 2000]);
    expect(totals.totalCents).toBe(490);
    expect(totals.vatLines.map((v) => v.grossCents)).toEqual([490]);
  });

  it('gives the leftover cent of three equal shares to the first line', () => {
    const lines = [line(1000, 1, standard), line(1000, 1, standard), line(1000, 1, standard)];
    expect(
      computeTotals({ lines, discount: { type: 'fixed', amountCents: 100 } }).lines.map(
        (l) => l.discountCents,
      ),
    ).toEqual([34, 33, 33]);
    expect(
      computeTotals({ lines, discount: { type: 'fixed', amountCents: 200 } }).lines.map(
        (l) => l.discountCents,
      ),
    ).toEqual([67, 67, 66]);
  });

  it('gives the leftover cent to the largest remainder, not to the first line', () => {
    // 10 over 3.00 and 7.00: exact shares 3 and 7; 11 over them: 3.3 and 7.7, so the 7.00 line gets it.
    const lines = [line(300, 1, standard), line(700, 1, food)];
    expect(
      computeTotals({ lines, discount: { type: 'fixed', amountCents: 11 } }).lines.map(
        (l) => l.discountCents,
      ),
    ).toEqual([3, 8]);
  });

  it('gives a free line no discount and no VAT line of its own', () => {
    const totals = computeTotals({
      lines: [line(0, 1, food), line(1000, 1, standard)],
      discount: { type: 'percentage', percent: 50 },
    });
    expect(totals.lines).toEqual([
      { lineTotalCents: 0, discountCents: 0, vatCents: 0, rateBasisPoints: food },
      { lineTotalCents: 1000, discountCents: 500, vatCents: 102, rateBasisPoints: standard },
    ]);
    expect(totals.vatLines.map((v) => v.rateBasisPoints)).toEqual([standard]);
  });

  it('handles a cart of only free lines', () => {
    const totals = computeTotals({
      lines: [line(0, 3, food)],
      discount: { type: 'fixed', amountCents: 500 },
      shipping: parcel(),
    });
    expect(totals).toMatchObject({ subtotalCents: 0, discountCents: 0, shippingCents: 490, totalCents: 490 });
  });

  it.each([
    [1, 49, 0],
    [1, 50, 1],
    [1, 150, 2],
    [15, 1999, 300], // 299.85
    [33, 1050, 347], // 346.5 rounds up
  ])('rounds %i %% of %i half away from zero to %i', (percent, subtotal, expected) => {
    expect(
      computeTotals({ lines: [line(subtotal, 1, standard)], discount: { type: 'percentage', percent } })
        .discountCents,
    ).toBe(expected);
  });

  describe('shipping', () => {
    const lines = [line(2750, 2, standard)]; // 55.00

    it('is free when the goods after discount exactly reach the threshold', () => {
      const totals = computeTotals({
        lines,
        discount: { type: 'fixed', amountCents: 500 },
        shipping: parcel(),
      });
      expect(totals).toMatchObject({
        discountCents: 500,
        shippingCents: 0,
        freeShipping: true,
        totalCents: 5000,
      });
      expect(totals.vatLines).toEqual([
        { rateBasisPoints: standard, grossCents: 5000, netCents: 3984, vatCents: 1016 },
      ]);
    });

    it('is charged when the discount takes the goods one cent below the threshold', () => {
      const totals = computeTotals({
        lines,
        discount: { type: 'fixed', amountCents: 501 },
        shipping: parcel(),
      });
      expect(totals).toMatchObject({ shippingCents: 490, freeShipping: false, totalCents: 4999 + 490 });
      // One 25.5 % VAT line for goods and shipping together; the line's VAT is the goods part alone.
      expect(totals.vatLines).toEqual([
        { rateBasisPoints: standard, grossCents: 5489, netCents: 4374, vatCents: 1115 },
      ]);
      expect(totals.lines[0]?.vatCents).toBe(vatOfGross(4999, standard));
    });

    it('is charged below the threshold with no discount, and free from it', () => {
      expect(computeTotals({ lines: [line(4999, 1, food)], shipping: parcel() }).shippingCents).toBe(490);
      expect(computeTotals({ lines: [line(5000, 1, food)], shipping: parcel() }).shippingCents).toBe(0);
    });

    it('is never free by threshold when the method has none', () => {
      const totals = computeTotals({
        lines: [line(100_000, 1, food)],
        shipping: parcel({ freeFromCents: null }),
      });
      expect(totals).toMatchObject({ shippingCents: 490, freeShipping: false });
    });

    it('is waived by a free-shipping coupon, which takes nothing off the goods', () => {
      const totals = computeTotals({
        lines: [line(1000, 1, food)],
        discount: { type: 'free_shipping' },
        shipping: parcel(),
      });
      expect(totals).toMatchObject({
        discountCents: 0,
        shippingCents: 0,
        freeShipping: true,
        totalCents: 1000,
      });
      expect(totals.lines[0]?.discountCents).toBe(0);
      expect(totals.vatLines.map((v) => v.rateBasisPoints)).toEqual([food]);
    });

    it('is absent without a method, and then nothing counts as waived', () => {
      const totals = computeTotals({ lines: [line(1000, 1, food)], discount: { type: 'free_shipping' } });
      expect(totals).toMatchObject({ shippingCents: 0, freeShipping: false, totalCents: 1000 });
    });

    it('adds no VAT line for a method that costs nothing', () => {
      const totals = computeTotals({
        lines: [line(1000, 1, food)],
        shipping: parcel({ priceCents: 0, freeFromCents: null }),
      });
      expect(totals).toMatchObject({ shippingCents: 0, freeShipping: false });
      expect(totals.vatLines.map((v) => v.rateBasisPoints)).toEqual([food]);
    });

    it('is taxed at the rate given, even when no goods carry it', () => {
      const totals = computeTotals({
        lines: [line(1000, 1, food)],
        shipping: parcel({ freeFromCents: null, rateBasisPoints: 2400 }),
      });
      expect(totals.vatLines).toEqual([
        { rateBasisPoints: 2400, grossCents: 490, netCents: 395, vatCents: 95 },
        { rateBasisPoints: food, grossCents: 1000, netCents: 881, vatCents: 119 },
      ]);
      expect(totals.lines[0]?.vatCents).toBe(119);
    });
  });

  it('keeps the order of the lines and does not change its input', () => {
    const input: TotalsInput = {
      lines: [line(100, 1, food), line(300, 2, standard), line(200, 1, books)],
      discount: { type: 'percentage', percent: 25 },
      shipping: parcel(),
    };
    const copy = structuredClone(input);
    const totals = computeTotals(input);
    expect(totals.lines.map((l) => [l.lineTotalCents, l.rateBasisPoints])).toEqual([
      [100, food],
      [600, standard],
      [200, books],
    ]);
    expect(input).toEqual(copy);
  });

  it('stays exact for amounts whose products pass 2^53', () => {
    const totals = computeTotals({
      lines: [line(99_999_999, 1000, standard), line(33_333_333, 999, food)],
      discount: { type: 'fixed', amountCents: 7_777_777_777 },
    });
    expect(totals.lines.reduce((sum, l) => sum + l.discountCents, 0)).toBe(7_777_777_777);
  });

  describe('refuses input only a bug could produce', () => {
    const ok = [line(100, 1, standard)];
    it.each<[string, TotalsInput]>([
      ['a negative price', { lines: [line(-1, 1, standard)] }],
      ['a fractional price', { lines: [line(10.5, 1, standard)] }],
      ['a NaN price', { lines: [line(Number.NaN, 1, standard)] }],
      ['a zero quantity', { lines: [line(100, 0, standard)] }],
      ['a fractional quantity', { lines: [line(100, 1.5, standard)] }],
      ['a negative rate', { lines: [line(100, 1, -1)] }],
      ['a rate over 100 %', { lines: [line(100, 1, 10_001)] }],
      ['a fractional rate', { lines: [line(100, 1, 25.5)] }],
      ['0 %', { lines: ok, discount: { type: 'percentage', percent: 0 } }],
      ['101 %', { lines: ok, discount: { type: 'percentage', percent: 101 } }],
      ['a fractional percent', { lines: ok, discount: { type: 'percentage', percent: 12.5 } }],
      ['a negative fixed discount', { lines: ok, discount: { type: 'fixed', amountCents: -100 } }],
      ['a negative shipping price', { lines: ok, shipping: parcel({ priceCents: -1 }) }],
      ['a negative threshold', { lines: ok, shipping: parcel({ freeFromCents: -1 }) }],
      ['a bad shipping rate', { lines: ok, shipping: parcel({ rateBasisPoints: 2550.5 }) }],
      ['an unsafe line total', { lines: [line(2 ** 40, 2 ** 20, standard)] }],
    ])('%s', (_label, input) => {
      expect(() => computeTotals(input)).toThrow(Error);
    });

    it('names the bad field', () => {
      expect(() => computeTotals({ lines: [ok[0] as PricedLine, line(100, 0, food)] })).toThrow(
        /lines\[1\]\.quantity/,
      );
    });
  });
});

describe('computeTotals over seeded random carts', () => {
  const rates = [2550, 2400, 1400, 1350, 1000, 600, 0];

  function randomCart(random: SeededRandom): TotalsInput {
    const lines = Array.from({ length: random.int(0, 9) }, () =>
      line(
        random.weighted(
          [0, random.int(1, 99), random.int(100, 9999), random.int(10_000, 250_000)],
          [1, 3, 10, 3],
        ),
        random.weighted([1, random.int(2, 5), random.int(6, 40)], [8, 3, 1]),
        random.pick(rates),
      ),
    );
    const discount = random.weighted<Discount | null>(
      [
        null,
        { type: 'percentage', percent: random.weighted([random.int(1, 99), 100], [12, 1]) },
        {
          type: 'fixed',
          amountCents: random.weighted([random.int(1, 5000), random.int(5000, 500_000)], [3, 1]),
        },
        { type: 'free_shipping' },
      ],
      [3, 3, 3, 1],
    );
    const shipping = random.weighted<ShippingCharge | null>(
      [
        null,
        {
          priceCents: random.weighted([0, random.int(1, 2500)], [1, 8]),
          freeFromCents: random.weighted([null, random.int(0, 30_000)], [1, 2]),
          rateBasisPoints: random.pick([2550, 2400]),
        },
      ],
      [1, 4],
    );
    return { lines, discount, shipping };
  }

  /** What is wrong with these totals, as readable sentences; empty when every invariant holds. */
  function violations(input: TotalsInput, totals: Totals): string[] {
    const wrong: string[] = [];
    const check = (ok: boolean, what: string) => {
      if (!ok) wrong.push(what);
    };
    const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

    const lineTotals = input.lines.map((l) => l.unitPriceCents * l.quantity);
    const subtotal = lineTotals.reduce((a, b) => a + b, 0);
    check(
      same(
        totals.lines.map((l) => l.lineTotalCents),
        lineTotals,
      ),
      'line totals are unit × quantity',
    );
    check(
      same(
        totals.lines.map((l) => l.rateBasisPoints),
        input.lines.map((l) => l.rateBasisPoints),
      ),
      'lines keep their rates and order',
    );
    check(totals.subtotalCents === subtotal, 'subtotal is the sum of line totals');

    // The discount, and its split: exact sum, never more than a line, within a cent of proportional.
    const expectedDiscount =
      input.discount?.type === 'percentage'
        ? Math.round((subtotal * input.discount.percent) / 100)
        : input.discount?.type === 'fixed'
          ? Math.min(input.discount.amountCents, subtotal)
          : 0;
    check(totals.discountCents === expectedDiscount, `discount is ${expectedDiscount}`);
    check(
      totals.lines.reduce((sum, l) => sum + l.discountCents, 0) === totals.discountCents,
      'line discounts add up to the discount',
    );
    totals.lines.forEach((l, index) => {
      check(
        l.discountCents >= 0 && l.discountCents <= l.lineTotalCents,
        `line ${index} discount within its total`,
      );
      if (subtotal > 0) {
        const exact = (totals.discountCents * l.lineTotalCents) / subtotal;
        check(Math.abs(l.discountCents - exact) < 1, `line ${index} discount within a cent of proportional`);
      }
    });

    const waived =
      input.shipping != null &&
      (input.discount?.type === 'free_shipping' ||
        (input.shipping.freeFromCents !== null &&
          subtotal - totals.discountCents >= input.shipping.freeFromCents));
    check(totals.freeShipping === waived, `freeShipping is ${waived}`);
    check(
      totals.shippingCents === (input.shipping && !waived ? input.shipping.priceCents : 0),
      'shipping charged unless absent or waived',
    );

    // VAT per rate on that rate's discounted gross, shipping included.
    const goodsByRate = new Map<number, number>();
    for (const l of totals.lines) {
      const gross = l.lineTotalCents - l.discountCents;
      goodsByRate.set(l.rateBasisPoints, (goodsByRate.get(l.rateBasisPoints) ?? 0) + gross);
    }
    const grossByRate = new Map(goodsByRate);
    if (input.shipping && totals.shippingCents > 0) {
      const rate = input.shipping.rateBasisPoints;
      grossByRate.set(rate, (grossByRate.get(rate) ?? 0) + totals.shippingCents);
    }
    const expectedVatLines = [...grossByRate.entries()]
      .filter(([, gross]) => gross > 0)
      .sort(([a], [b]) => b - a)
      .map(([rateBasisPoints, grossCents]) => {
        const vatCents = vatOfGross(grossCents, rateBasisPoints);
        return { rateBasisPoints, grossCents, netCents: grossCents - vatCents, vatCents };
      });
    check(same(totals.vatLines, expectedVatLines), 'VAT per rate is vatOfGross of the rate gross');

    // Per-line VAT adds up to the VAT of the goods alone at each rate.
    for (const [rate, goodsGross] of goodsByRate) {
      const lineVat = totals.lines
        .filter((l) => l.rateBasisPoints === rate)
        .reduce((sum, l) => sum + l.vatCents, 0);
      check(lineVat === vatOfGross(goodsGross, rate), `line VAT at ${rate} adds up to the goods part`);
    }
    totals.lines.forEach((l, index) => {
      check(l.vatCents <= l.lineTotalCents - l.discountCents, `line ${index} VAT within its gross`);
    });

    check(
      totals.totalCents === subtotal - totals.discountCents + totals.shippingCents,
      'total = subtotal − discount + shipping',
    );
    check(
      totals.vatCents === totals.vatLines.reduce((sum, v) => sum + v.vatCents, 0),
      'VAT is the sum of the VAT lines',
    );
    check(totals.vatCents <= totals.totalCents, 'VAT within the total');

    const amounts = [
      totals.subtotalCents,
      totals.discountCents,
      totals.shippingCents,
      totals.vatCents,
      totals.totalCents,
      ...totals.lines.flatMap((l) => [l.lineTotalCents, l.discountCents, l.vatCents]),
      ...totals.vatLines.flatMap((v) => [v.grossCents, v.netCents, v.vatCents]),
    ];
    check(
      amounts.every((amount) => Number.isSafeInteger(amount) && amount >= 0),
      'every amount is an integer ≥ 0',
    );
    return wrong;
  }

  it('keeps every invariant over 5000 carts', () => {
    const random = new SeededRandom(20_240_901);
    const shapes = { withDiscount: 0, freeByThreshold: 0, mixedRates: 0 };
    for (let cart = 0; cart < 5000; cart += 1) {
      const input = randomCart(random);
      const totals = computeTotals(input);
      const wrong = violations(input, totals);
      if (wrong.length > 0) {
        expect.fail(
          `cart ${cart} ${JSON.stringify(input)}: ${wrong.join('; ')}; got ${JSON.stringify(totals)}`,
        );
      }
      if (totals.discountCents > 0) shapes.withDiscount += 1;
      if (totals.freeShipping && input.discount?.type !== 'free_shipping') shapes.freeByThreshold += 1;
      if (totals.vatLines.length > 1) shapes.mixedRates += 1;
    }
    // The generator reaches the cases that matter, so the invariants were tested on them.
    expect(shapes.withDiscount).toBeGreaterThan(1000);
    expect(shapes.freeByThreshold).toBeGreaterThan(300);
    expect(shapes.mixedRates).toBeGreaterThan(1000);
  });

  it('catches a broken total (the invariant check itself works)', () => {
    const input: TotalsInput = {
      lines: [line(1000, 1, standard)],
      discount: { type: 'fixed', amountCents: 100 },
    };
    const totals = computeTotals(input);
    expect(violations(input, totals)).toEqual([]);
    expect(violations(input, { ...totals, totalCents: totals.totalCents + 1 })).toEqual([
      'total = subtotal − discount + shipping',
    ]);
  });
});
