import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { acceptedEncodings, encodeBody, encodedFor, preferredEncoding } from './encodings';

describe('acceptedEncodings', () => {
  it('reads names and their weights', () => {
    expect([...acceptedEncodings('gzip, deflate, br, zstd')]).toEqual([
      ['gzip', 1],
      ['deflate', 1],
      ['br', 1],
      ['zstd', 1],
    ]);
    expect([...acceptedEncodings('br;q=0, GZIP;q=0.8, x;q=nope')]).toEqual([
      ['br', 0],
      ['gzip', 0.8],
      ['x', 0],
    ]);
    expect(acceptedEncodings(undefined).size).toBe(0);
  });
});

describe('preferredEncoding', () => {
  it.each([
    ['gzip, deflate, br', 'br'],
    ['gzip', 'gzip'],
    ['*', 'gzip'],
    ['br;q=0, gzip', 'gzip'],
    ['gzip;q=1, br;q=0.1', 'gzip'],
    ['gzip;q=0, *', 'br'],
    ['*;q=0.5, gzip;q=0.5', 'gzip'],
    ['*;q=0.9, br;q=0.5', 'gzip'],
    ['br;q=0, gzip;q=0, *', null],
    ['br;q=0.5, gzip;q=0.5', 'br'],
    ['deflate', null],
    ['identity', null],
    ['', null],
    [undefined, null],
  ])('%s -> %s', (header, expected) => {
    expect(preferredEncoding(header)).toBe(expected);
  });
});

describe('encodeBody and encodedFor', () => {
  it('stores the body compressed both ways and picks what the client takes', async () => {
    const identity = Buffer.from(
      JSON.stringify({ items: Array.from({ length: 50 }, (_, i) => ({ i, name: 'Villasukat' })) }),
    );
    const body = await encodeBody(identity);
    expect(gunzipSync(body.gzip)).toEqual(identity);
    expect(brotliDecompressSync(body.br)).toEqual(identity);
    expect(body.br.length).toBeLessThan(identity.length / 4);
    expect(encodedFor(body, 'gzip, br')).toEqual({ bytes: body.br, encoding: 'br' });
    expect(encodedFor(body, 'gzip')).toEqual({ bytes: body.gzip, encoding: 'gzip' });
    expect(encodedFor(body, undefined)).toEqual({ bytes: identity, encoding: null });
  });
});
