import { describe, expect, it } from 'vitest';
import { formatPrice, formatRating } from './format';

// Intl separates groups and the currency sign with a no-break space in Finnish and Swedish.
const nbsp = '\u00a0';

describe('formatPrice', () => {
  it('writes euros from integer cents per locale', () => {
    expect(formatPrice(129_900, 'fi')).toBe(`1${nbsp}299,00${nbsp}€`);
    expect(formatPrice(129_900, 'sv')).toBe(`1${nbsp}299,00${nbsp}€`);
    expect(formatPrice(129_900, 'en')).toBe('€1,299.00');
    expect(formatPrice(129_900, 'zh')).toBe('€1,299.00');
  });

  it('keeps the cents exact', () => {
    expect(formatPrice(0, 'fi')).toBe(`0,00${nbsp}€`);
    expect(formatPrice(1, 'en')).toBe('€0.01');
    expect(formatPrice(1995, 'en')).toBe('€19.95');
    expect(formatPrice(100_000_000, 'en')).toBe('€1,000,000.00');
    expect(formatPrice(29, 'fi')).toBe(`0,29${nbsp}€`);
  });

  it('refuses fractions of a cent', () => {
    expect(() => formatPrice(12.5, 'fi')).toThrow(RangeError);
  });
});

describe('formatRating', () => {
  it('shows one decimal with the locale separator', () => {
    expect(formatRating(4.56, 'fi')).toBe('4,6');
    expect(formatRating(4, 'en')).toBe('4.0');
  });
});
