import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiFailure, apiErrorOf, request } from './account-api';

afterEach(() => {
  vi.unstubAllGlobals();
});

function answer(status: number, body: unknown) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(body === null ? null : JSON.stringify(body), { status })),
  );
}

describe('request', () => {
  it('gives the data of a successful answer', async () => {
    answer(200, { user: { email: 'a@example.com' } });
    await expect(request('/auth/me', { locale: 'fi' })).resolves.toEqual({
      user: { email: 'a@example.com' },
    });
    expect(vi.mocked(fetch).mock.calls[0]?.[0]).toBe('/api/v1/auth/me?locale=fi');
  });

  it('throws the API error for TanStack Query, code and details kept', async () => {
    answer(409, {
      error: { code: 'INVALID_TRANSITION', message: 'Shipped already', details: { from: 'shipped' } },
    });
    const failure = await request('/orders/1/cancel', { method: 'POST', locale: 'en' }).catch(
      (error) => error,
    );
    expect(failure).toBeInstanceOf(ApiFailure);
    expect(apiErrorOf(failure)).toEqual({
      code: 'INVALID_TRANSITION',
      message: 'Shipped already',
      details: { from: 'shipped' },
      status: 409,
    });
  });
});

describe('apiErrorOf', () => {
  it('reads anything else as a network failure', () => {
    expect(apiErrorOf(new TypeError('Failed to fetch'))).toMatchObject({ code: 'NETWORK', status: 0 });
  });
});
