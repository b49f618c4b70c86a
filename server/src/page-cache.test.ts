import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { matchesEtag, PageStore, pageCacheKey } from './page-cache';

function request(url: string, headers: Record<string, string> = {}, method = 'GET'): IncomingMessage {
  return { url, method, headers } as unknown as IncomingMessage;
}

describe('pageCacheKey', () => {
  it.each([
    ['/fi', '/fi'],
    ['/sv/products/kahvi', '/sv/products/kahvi'],
    ['/en/categories/tea?page=2&sort=price_asc', '/en/categories/tea?page=2&sort=price_asc'],
    ['/en/categories/tea?sort=price_asc&page=2', '/en/categories/tea?page=2&sort=price_asc'],
    ['/zh/search?q=%E8%8C%B6', '/zh/search?q=%E8%8C%B6'],
    ['/fi/pages/terms', '/fi/pages/terms'],
  ])('%s is cached as %s', (url, key) => {
    expect(pageCacheKey(request(url))).toBe(key);
  });

  it.each([
    '/fi/cart',
    '/fi/checkout',
    '/fi/account',
    '/fi/account/orders',
    '/fi/track-order',
    '/fi/orders/track?orderNumber=1',
    '/de',
    '/',
    '/fi/products/a/b',
    '/_next/static/chunks/a.js',
    '/fi?_rsc=abc',
  ])('%s is never cached', (url) => {
    expect(pageCacheKey(request(url))).toBeNull();
  });

  it('skips writes, RSC requests and signed-in visitors', () => {
    expect(pageCacheKey(request('/fi', {}, 'POST'))).toBeNull();
    expect(pageCacheKey(request('/fi', { rsc: '1' }))).toBeNull();
    expect(pageCacheKey(request('/fi', { 'next-router-prefetch': '1' }))).toBeNull();
    expect(pageCacheKey(request('/fi', { cookie: 'a=1; puoti_session=t' }))).toBeNull();
    expect(pageCacheKey(request('/fi', { cookie: 'puoti_cart=c' }))).toBe('/fi');
    expect(pageCacheKey(request('/fi', {}, 'HEAD'))).toBe('/fi');
  });
});

describe('matchesEtag', () => {
  it('compares weakly, in lists and with *', () => {
    expect(matchesEtag('W/"abc"', 'W/"abc"')).toBe(true);
    expect(matchesEtag('"abc"', 'W/"abc"')).toBe(true);
    expect(matchesEtag('"x", W/"abc"', 'W/"abc"')).toBe(true);
    expect(matchesEtag('*', 'W/"abc"')).toBe(true);
    expect(matchesEtag('"abd"', 'W/"abc"')).toBe(false);
    expect(matchesEtag(undefined, 'W/"abc"')).toBe(false);
  });
});

describe('PageStore', () => {
  it('drops the least recently used pages to stay within its bytes', () => {
    const store = new PageStore<{ key: string; bytes: number }>(100);
    store.set({ key: 'a', bytes: 40 });
    store.set({ key: 'b', bytes: 40 });
    store.get('a');
    store.set({ key: 'c', bytes: 40 });
    expect(store.get('b')).toBeUndefined();
    expect(store.get('a')).toBeDefined();
    expect(store.get('c')).toBeDefined();
    expect(store.size).toEqual({ pages: 2, bytes: 80 });
    store.set({ key: 'a', bytes: 10 });
    expect(store.size).toEqual({ pages: 2, bytes: 50 });
    store.set({ key: 'huge', bytes: 101 });
    expect(store.get('huge')).toBeUndefined();
  });
});
