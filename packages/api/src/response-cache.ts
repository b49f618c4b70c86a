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
import type { Logger } from 'pino';
import type { AppEnv } from './context';
import { type ContentEncoding, encodeBody, preferredEncoding } from './encodings';

interface StoredVariant {
  bytes: Buffer;
  headers: Record<string, string>;
}

/** A stored answer in each encoding, its headers made once so that a hit only picks one and sends it. */
type CachedResponse = Record<ContentEncoding | 'identity', StoredVariant>;

/** Stored answers differ by these request headers (the locale may come from Accept-Language). */
const vary = 'Accept-Language, Accept-Encoding';

async function storedResponse(identity: Buffer, contentType: string): Promise<CachedResponse> {
  const body = await encodeBody(identity);
  const variant = (bytes: Buffer, encoding: ContentEncoding | null): StoredVariant => ({
    bytes,
    headers: {
      'Content-Type': contentType,
      'Content-Length': String(bytes.length),
      Vary: vary,
      'X-Cache': 'hit',
      ...(encoding ? { 'Content-Encoding': encoding } : {}),
    },
  });
  return {
    identity: variant(body.identity, null),
    gzip: variant(body.gzip, 'gzip'),
    br: variant(body.br, 'br'),
  };
}

/** The bodies' bytes: what a stored answer holds (its few headers are small beside them). */
function storedBytes(stored: CachedResponse): number {
  return Object.values(stored).reduce((sum, variant) => sum + variant.bytes.length, 0);
}

function variantFor(hit: CachedResponse, acceptEncoding: string | undefined): StoredVariant {
  return hit[preferredEncoding(acceptEncoding) ?? 'identity'];
}

/** The locale is resolved into the key, so `?locale=sv` and `Accept-Language: sv` share one entry. */
function cacheKey(locale: Locale, pathname: string, params: URLSearchParams): string {
  params.delete('locale');
  params.sort();
  return `response:${locale}:${pathname}?${params}`;
}

/**
 * Caches whole catalogue responses (the serialised JSON), keyed by path, sorted query and resolved
 * locale, so a warm read costs a map lookup instead of queries and serialisation. The body is stored
 * compressed too (gzip and brotli, once, off the main thread) and sent as the client accepts: a list page
 * is a fifth of its size in brotli. Only anonymous GETs that answered 200 are stored; every catalogue
 * write invalidates the `catalog` tag.
 */
export function responseCache(cache: TaggedCache, logger: Pick<Logger, 'warn'>): MiddlewareHandler<AppEnv> {
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
      const { bytes, headers } = variantFor(hit, c.req.header('accept-encoding'));
      return c.body(new Uint8Array(bytes), 200, headers);
    }
    await next();
    if (c.res.status !== 200) return;
    const identity = Buffer.from(await c.res.clone().arrayBuffer());
    const contentType = c.res.headers.get('content-type') ?? 'application/json';
    try {
      await cache.wrap(key, [cacheTags.catalog], () => storedResponse(identity, contentType), storedBytes);
    } catch (error) {
      // The answer is ready and goes out; only keeping it failed, and the next request tries again.
      logger.warn({ err: error, key }, 'could not store a catalogue answer');
    }
    c.header('Vary', vary, { append: true });
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
  const { bytes, headers } = variantFor(hit, req.headers['accept-encoding']);
  res.writeHead(200, headers);
  res.end(bytes);
  return true;
}
