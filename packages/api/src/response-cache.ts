import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  cacheTags,
  defaultLocale,
  isLocale,
  type Locale,
  negotiateLocale,
  type TaggedCache,
} from '@puoti/core';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './context';

interface CachedResponse {
  body: Buffer;
  contentType: string;
}

/** The locale is resolved into the key, so `?locale=sv` and `Accept-Language: sv` share one entry. */
function cacheKey(locale: Locale, pathname: string, params: URLSearchParams): string {
  params.delete('locale');
  params.sort();
  return `response:${locale}:${pathname}?${params}`;
}

/**
 * Caches whole catalogue responses (the serialised JSON), keyed by path, sorted query and resolved
 * locale, so a warm read costs a map lookup instead of queries and serialisation. Only anonymous GETs
 * that answered 200 are stored; every catalogue write invalidates the `catalog` tag.
 */
export function responseCache(cache: TaggedCache): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    // A signed-in visitor's answer may be personal (`/products/{id}/reviews/mine`): never stored, since
    // `serveCachedResponse` hands stored answers to anyone without looking at cookies.
    if (!cache.enabled || c.req.method !== 'GET' || c.req.header('authorization') || c.get('actor')) {
      return next();
    }
    const url = new URL(c.req.url);
    const key = cacheKey(c.var.locale, url.pathname, url.searchParams);
    const hit = cache.get<CachedResponse>(key);
    if (hit) {
      return c.body(new Uint8Array(hit.body), 200, { 'Content-Type': hit.contentType, 'X-Cache': 'hit' });
    }
    await next();
    if (c.res.status !== 200) return;
    const body = Buffer.from(await c.res.clone().arrayBuffer());
    const contentType = c.res.headers.get('content-type') ?? 'application/json';
    await cache.wrap(key, [cacheTags.catalog], async () => ({ body, contentType }));
    c.header('X-Cache', 'miss');
  };
}

/**
 * The same cache read straight from node:http, before a Request object or the Hono app is built: a
 * cache hit then costs about what a bare node server does. Answers false (and the request goes on to
 * the app) for anything that is not a plain anonymous GET of a stored response.
 */
export function serveCachedResponse(cache: TaggedCache, req: IncomingMessage, res: ServerResponse): boolean {
  const url = req.url;
  if (!cache.enabled || req.method !== 'GET' || req.headers.authorization || !url?.startsWith('/api/v1/')) {
    return false;
  }
  const queryAt = url.indexOf('?');
  const pathname = queryAt < 0 ? url : url.slice(0, queryAt);
  const params = new URLSearchParams(queryAt < 0 ? '' : url.slice(queryAt + 1));
  const requested = params.get('locale');
  if (requested !== null && !isLocale(requested)) return false;
  const locale = requested ?? negotiateLocale(req.headers['accept-language']) ?? defaultLocale;
  const hit = cache.get<CachedResponse>(cacheKey(locale, pathname, params));
  if (!hit) return false;
  res.writeHead(200, {
    'Content-Type': hit.contentType,
    'Content-Length': hit.body.length,
    'X-Cache': 'hit',
  });
  res.end(hit.body);
  return true;
}
