import { describe, expect, it } from 'vitest';
import { allocateVatToLines, divideRounded, formatRate, summarizeVat, vatOfGross } from './vat';

describe('divideRounded', () => {
  it.each([
    [5, 2, 3],
    [-5, 2, -3],
    [4, 2, 2],
    [1, 3, 0],
    [2, 3, 1],
    [0, 7, 0],
  ])('%i / %i rounds half away from zero to %i', (n, d, expected) => {
    expect(divideRounded(n, d)).toBe(expected);
  });
});

describe('vatOfGross', () => {
  it('takes 25.5 % VAT out of a VAT-inclusive price', () => {
    // 100.00 incl. 25.5 % -> net 79.68, VAT 20.32
    expect(vatOfGross(10_000, 2550)).toBe(2032);
  });
  it('handles the reduced rates', () => {
    expect(vatOfGross(4400, 1350)).toBe(523); // 44.00 book at 13.5 %
    expect(vatOfGross(11_300, 1300)).toBe(1300);
    expect(vatOfGross(10_600, 600)).toBe(600);
  });
  it('is zero for a zero rate or amount', () => {
    expect(vatOfGross(12_345, 0)).toBe(0);
    expect(vatOfGross(0, 2550)).toBe(0);
  });
});

describe('formatRate', () => {
  it.each([
    [2550, '25.5'],
    [2400, '24'],
    [1350, '13.5'],
    [600, '6'],
  ])('%i basis points reads %s', (bp, text) => {
    expect(formatRate(bp)).toBe(text);
  });
});

describe('summarizeVat and allocateVatToLines', () => {
  const lines = [
    { grossCents: 333, rateBasisPoints: 2550 },
    { grossCents: 333, rateBasisPoints: 2550 },
    { grossCents: 334, rateBasisPoints: 2550 },
    { grossCents: 4400, rateBasisPoints: 1350 },
  ];

  it('computes VAT once per rate, highest rate first', () => {
    expect(summarizeVat(lines)).toEqual([
      { rateBasisPoints: 2550, grossCents: 1000, netCents: 797, vatCents: 203 },
      { rateBasisPoints: 1350, grossCents: 4400, netCents: 3877, vatCents: 523 },
    ]);
  });

  it('splits each rate exactly over its lines', () => {
    const allocated = allocateVatToLines(lines);
    expect(allocated.slice(0, 3).reduce((a, b) => a + b, 0)).toBe(203);
    expect(allocated[3]).toBe(523);
    expect(allocated).toEqual([68, 67, 68, 523]);
  });

  it('keeps every cent across many small lines', () => {
    const many = Array.from({ length: 97 }, (_, i) => ({ grossCents: 1 + (i % 7), rateBasisPoints: 2550 }));
    const total = summarizeVat(many)[0]!.vatCents;
    expect(allocateVatToLines(many).reduce((a, b) => a + b, 0)).toBe(total);
  });
});
