import { describe, expect, it } from 'vitest';
import { finnishReference, formatFinnishReference, isValidFinnishReference } from './reference-number';

describe('finnishReference', () => {
  it.each([
    ['123', '1232'],
    ['123456', '1234561'],
    ['1000', '10003'],
    ['202600001', '2026000011'],
  ])('adds the 7-3-1 check digit to %s', (base, expected) => {
    expect(finnishReference(base)).toBe(expected);
    expect(isValidFinnishReference(expected)).toBe(true);
  });

  it('refuses bases that are too short, too long or not digits', () => {
    expect(() => finnishReference('12')).toThrow();
    expect(() => finnishReference('1'.repeat(20))).toThrow();
    expect(() => finnishReference('12a4')).toThrow();
  });

  it('detects a changed digit', () => {
    expect(isValidFinnishReference('1234562')).toBe(false);
  });

  it('prints in groups of five', () => {
    expect(formatFinnishReference('2026000011')).toBe('20260 00011');
  });
});
