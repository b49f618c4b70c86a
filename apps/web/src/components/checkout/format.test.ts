import { describe, expect, it } from 'vitest';
import { formatIban, formatReference } from './format';

describe('bank transfer formats', () => {
  it('groups an IBAN by four', () => {
    expect(formatIban('FI2112345600000785')).toBe('FI21 1234 5600 0007 85');
    expect(formatIban('FI21 1234 5600 0007 85')).toBe('FI21 1234 5600 0007 85');
  });

  it('groups a Finnish reference by five from the right', () => {
    expect(formatReference('1234561')).toBe('12 34561');
    expect(formatReference('12345')).toBe('12345');
    expect(formatReference('RF332348236')).toBe('RF33 2348 236');
  });
});
