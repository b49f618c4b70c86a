import { cacheTags, type TaggedCache } from '@puoti/core';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './context';

interface CachedResponse {
  status: number;
  body: string;
  contentType: string;
}

/**
 * Caches whole catalogue responses (the serialised JSON), keyed by path, query and resolved locale, so a
 * warm read costs a map lookup instead of queries and serialisation. Only anonymous GETs that answered
 * 200 are stored; every catalogue write invalidates the `catalog` tag.
 */
export function responseCache(cache: TaggedCache): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (!cache.enabled || c.req.method !== 'GET' || c.req.header('authorization')) return next();
    const url = new URL(c.req.url);
    url.searchParams.sort();
    const key = `response:${c.var.locale}:${url.pathname}?${url.searchParams}`;
    const hit = cache.get<CachedResponse>(key);
    if (hit) {
      return c.body(hit.body, hit.status as 200, { 'Content-Type': hit.contentType, 'X-Cache': 'hit' });
    }
    await next();
    if (c.res.status !== 200) return;
    const body = await c.res.clone().text();
    const contentType = c.res.headers.get('content-type') ?? 'application/json';
    await cache.wrap(key, [cacheTags.catalog], async () => ({ status: 200, body, contentType }));
    c.header('X-Cache', 'miss');
  };
}
