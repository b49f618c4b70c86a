import { describe, expect, it } from 'vitest';
import { addressFromDraft } from './address';

describe('addressFromDraft', () => {
  it('trims what was typed and sends empty optional fields as null', () => {
    expect(
      addressFromDraft({
        fullName: ' Aino Kauppinen ',
        company: '  ',
        line1: 'Mannerheimintie 1 ',
        line2: '',
        postalCode: ' 00100',
        city: 'Helsinki ',
        country: 'FI',
        phone: ' +358 40 123 4567 ',
      }),
    ).toEqual({
      fullName: 'Aino Kauppinen',
      company: null,
      line1: 'Mannerheimintie 1',
      line2: null,
      postalCode: '00100',
      city: 'Helsinki',
      country: 'FI',
      phone: '+358 40 123 4567',
    });
  });
});
