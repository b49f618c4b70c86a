import { describe, expect, it } from 'vitest';
import { fieldMessages, passwordProblem, retryAfterSeconds, safeNextPath } from './account';

describe('safeNextPath', () => {
  const fallback = '/fi/account';

  it.each([
    ['/fi/account/orders', '/fi/account/orders'],
    ['/en/checkout?step=review#top', '/en/checkout?step=review#top'],
    ['/fi/products/a%20b', '/fi/products/a%20b'],
  ])('keeps the same-site path %s', (next, expected) => {
    expect(safeNextPath(next, fallback)).toBe(expected);
  });

  it.each([
    ['missing', undefined],
    ['empty', ''],
    ['absolute URL', 'https://evil.example/fi/account'],
    ['protocol-relative', '//evil.example/path'],
    ['backslash host', '/\\evil.example'],
    ['backslash later', '/fi\\..\\/evil.example'],
    ['javascript: scheme', 'javascript:alert(1)'],
    ['relative path', 'fi/account'],
    ['tab inside the host part', '/\t/evil.example'],
    ['newline', '/fi/account\n'],
    ['too long', `/${'a'.repeat(2001)}`],
  ])('refuses %s', (_, next) => {
    expect(safeNextPath(next, fallback)).toBe(fallback);
  });

  it('normalises dot segments without leaving the site', () => {
    expect(safeNextPath('/fi/../../etc', fallback)).toBe('/etc');
  });
});

describe('passwordProblem', () => {
  it.each([
    ['too_short', 'tooShort'],
    ['too_long', 'tooLong'],
    ['too_common', 'common'],
    ['is_email', 'email'],
    ['repeated_character', 'repeated'],
    ['same_as_current', 'same'],
    ['wrong_password', 'wrong'],
    ['something_new', null],
    ['toString', null],
    [undefined, null],
  ])('reads the reason %s as %s', (reason, expected) => {
    expect(passwordProblem({ field: 'password', message: 'refused', reason })).toBe(expected);
  });

  it('has nothing to say without a refusal', () => {
    expect(passwordProblem(undefined)).toBeNull();
  });
});

describe('fieldMessages', () => {
  it('keeps the first detail per top-level field', () => {
    const error = {
      code: 'VALIDATION_FAILED',
      message: 'Invalid',
      status: 400,
      details: [
        { field: 'postalCode', message: 'is not a valid postal code in FI' },
        { field: 'postalCode', message: 'is required' },
        { field: 'address.city', message: 'is required' },
        { nonsense: true },
      ],
    };
    expect(fieldMessages(error)).toEqual({
      postalCode: { field: 'postalCode', message: 'is not a valid postal code in FI' },
      address: { field: 'address.city', message: 'is required' },
    });
  });

  it('is empty for other errors', () => {
    expect(fieldMessages({ code: 'CONFLICT', message: 'x', status: 409, details: [] })).toEqual({});
  });
});

describe('retryAfterSeconds', () => {
  it('reads the wait from RATE_LIMITED details', () => {
    expect(
      retryAfterSeconds({
        code: 'RATE_LIMITED',
        message: '',
        status: 429,
        details: { retryAfterSeconds: 59.2 },
      }),
    ).toBe(60);
    expect(retryAfterSeconds({ code: 'RATE_LIMITED', message: '', status: 429 })).toBeNull();
  });
});
