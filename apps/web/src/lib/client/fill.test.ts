import { describe, expect, it } from 'vitest';
import { fill } from './fill';

describe('fill', () => {
  it('replaces each named placeholder', () => {
    expect(fill('Only {available} left, {inCart} in cart', { available: 2, inCart: 1 })).toBe(
      'Only 2 left, 1 in cart',
    );
  });

  it('leaves unknown placeholders as they are', () => {
    expect(fill('{price} and {other}', { price: '€1.00' })).toBe('€1.00 and {other}');
  });
});
