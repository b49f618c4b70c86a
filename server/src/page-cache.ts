import { createHash } from 'node:crypto';
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { type EncodedBody, encodeBody, encodedBytes, encodedFor, sessionCookie } from '@puoti/api';
import { cacheTags, locales, type TaggedCache } from '@puoti/core';

/**
 * Catalogue pages: home, a category, a product, search results and the content pages. Cart, checkout,
 * account and order tracking never match: their HTML is a frame for per-visitor data, and staying out
 * of this list keeps them out of the cache even if one of them starts reading cookies on the server.
 */
const cacheablePath = new RegExp(
  `^/(?:${locales.join('|')})(?:/(?:products|categories|pages)/[^/]+|/search)?$`,
);

/**
 * Requests for React Server Component payloads (client-side navigation, prefetch, server actions) share
 * the page's URL but not its answer.
 */
const nextRequestHeaders = [
  'rsc',
  'next-action',
  'next-router-prefetch',
  'next-router-state-tree',
  'next-router-segment-prefetch',
];

/**
 * Browsers and shared caches ask again (a 304 when nothing changed); a CDN may keep a page a few seconds
 * and serve it stale briefly while it asks, so an admin's price change shows everywhere within ~40 s.
 */
const cacheControl = 'public, max-age=0, s-maxage=10, stale-while-revalidate=30';

/** Headers that describe one transfer, not the page; they are set anew for every answer. */
const perTransferHeaders = new Set([
  'cache-control',
  'connection',
  'content-encoding',
  'content-length',
  'date',
  'etag',
  'keep-alive',
  'set-cookie',
  'transfer-encoding',
  'vary',
  'x-cache',
]);

/** Stands for "the catalogue as of the last invalidation": see `PageCache.currentEpoch`. */
interface Epoch {
  readonly id: number;
}

interface StoredPage {
  key: string;
  epoch: Epoch;
  storedAt: number;
  headers: OutgoingHttpHeaders;
  vary: string;
  etag: string;
  body: EncodedBody;
  bytes: number;
}

export interface PageCacheOptions {
  enabled: boolean;
  /** Upper bound on the stored pages' size (all encodings), least recently used dropped first. */
  maxBytes: number;
  /** A safety net: a page older than this is rendered again even if no invalidation came. */
  ttlSeconds: number;
}

export type CacheState = 'hit' | 'miss';

/** If-None-Match against a weak ETag: weak comparison, a list, or `*`. */
export function matchesEtag(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const bare = etag.replace(/^W\//, '');
  return ifNoneMatch
    .split(',')
    .map((tag) => tag.trim())
    .some((tag) => tag === '*' || tag.replace(/^W\//, '') === bare);
}

function hasSession(cookieHeader: string | undefined): boolean {
  if (!cookieHeader) return false;
  return cookieHeader.split(';').some((cookie) => cookie.trim().startsWith(`${sessionCookie}=`));
}

/**
 * The cache key of a request the page cache may answer, or null. Path plus query with its parameters
 * sorted (`?sort=price&page=2` and `?page=2&sort=price` are one page). Requests carrying a session
 * skip the cache: the storefront's pages are built to be the same for every visitor (per-visitor parts
 * load in the browser), and skipping signed-in visitors keeps that true even if a page one day reads
 * the session on the server.
 */
export function pageCacheKey(req: IncomingMessage): string | null {
  if (req.method !== 'GET' && req.method !== 'HEAD') return null;
  const url = req.url ?? '/';
  const queryAt = url.indexOf('?');
  const pathname = queryAt < 0 ? url : url.slice(0, queryAt);
  if (!cacheablePath.test(pathname)) return null;
  if (nextRequestHeaders.some((name) => req.headers[name] !== undefined)) return null;
  if (hasSession(req.headers.cookie)) return null;
  const params = new URLSearchParams(queryAt < 0 ? '' : url.slice(queryAt + 1));
  if (params.has('_rsc')) return null;
  params.sort();
  const query = params.toString();
  return query ? `${pathname}?${query}` : pathname;
}

/** Least recently used first out, bounded by the bytes held rather than the number of pages. */
export class PageStore<Page extends { key: string; bytes: number } = StoredPage> {
  private readonly pages = new Map<string, Page>();
  private bytes = 0;

  constructor(private readonly maxBytes: number) {}

  get(key: string): Page | undefined {
    const page = this.pages.get(key);
    if (page) {
      // Map keeps insertion order: moving the page to the end marks it most recently used.
      this.pages.delete(key);
      this.pages.set(key, page);
    }
    return page;
  }

  set(page: Page): void {
    if (page.bytes > this.maxBytes) return;
    this.delete(page.key);
    this.pages.set(page.key, page);
    this.bytes += page.bytes;
    for (const [key] of this.pages) {
      if (this.bytes <= this.maxBytes) break;
      this.delete(key);
    }
  }

  delete(key: string): void {
    const page = this.pages.get(key);
    if (!page) return;
    this.pages.delete(key);
    this.bytes -= page.bytes;
  }

  get size(): { pages: number; bytes: number } {
    return { pages: this.pages.size, bytes: this.bytes };
  }
}

/**
 * Rendered HTML of catalogue pages, kept by the front server so a warm page costs a map lookup instead
 * of a React render. Freshness rides on the catalogue cache: each stored page remembers the epoch it
 * was rendered in, and the epoch is an entry of the catalogue cache under the `catalog` tag, so every
 * invalidation that drops cached catalogue data (an admin write on this node, or on another node through
 * the Redis cache bus) drops the epoch too, and with it every page rendered before it. The catalogue
 * cache's TTL bounds an epoch's life as well.
 */
export class PageCache {
  private readonly store: PageStore;
  private epochs = 0;
  private static readonly epochKey = 'page-cache:epoch';

  constructor(
    private readonly catalog: TaggedCache,
    private readonly options: PageCacheOptions,
  ) {
    this.store = new PageStore(options.maxBytes);
  }

  /** Off with PAGE_CACHE=0, and with the catalogue cache off (nothing would tell it about changes). */
  get enabled(): boolean {
    return this.options.enabled && this.catalog.enabled;
  }

  get size(): { pages: number; bytes: number } {
    return this.store.size;
  }

  private currentEpoch(): Epoch {
    const found = this.catalog.get<Epoch>(PageCache.epochKey);
    if (found) return found;
    this.epochs += 1;
    const created: Epoch = { id: this.epochs };
    void this.catalog.wrap(PageCache.epochKey, [cacheTags.catalog], async () => created);
    return created;
  }

  private fresh(page: StoredPage): boolean {
    return (
      page.epoch === this.catalog.get<Epoch>(PageCache.epochKey) &&
      Date.now() - page.storedAt < this.options.ttlSeconds * 1000
    );
  }

  /** Answers a request from a stored page (200 or 304); false when the request must go to Next. */
  serve(req: IncomingMessage, res: ServerResponse): boolean {
    if (!this.enabled) return false;
    const key = pageCacheKey(req);
    if (key === null) return false;
    const page = this.store.get(key);
    if (!page) return false;
    if (!this.fresh(page)) {
      this.store.delete(key);
      return false;
    }
    send(page, req, res, 'hit');
    return true;
  }

  /**
   * Lets Next render the page and keeps the answer if it is a plain 200 HTML page that sets no cookie.
   * Called for a GET the cache missed; anything else passes through untouched. The request goes to Next
   * without Accept-Encoding so the stored copy is plain HTML; it is compressed once here, and every later
   * answer sends the stored gzip or brotli bytes.
   */
  capture(req: IncomingMessage, res: ServerResponse): void {
    if (!this.enabled || req.method !== 'GET') return;
    const key = pageCacheKey(req);
    if (key === null) return;
    const epoch = this.currentEpoch();
    delete req.headers['accept-encoding'];

    const original = {
      writeHead: res.writeHead,
      write: res.write,
      end: res.end,
      flushHeaders: res.flushHeaders,
    };
    const restore = () => Object.assign(res, original);
    const chunks: Buffer[] = [];
    let decided: 'buffer' | 'pass' | null = null;

    const toBuffer = (chunk: unknown, encoding?: unknown): Buffer | null => {
      if (chunk === undefined || chunk === null || typeof chunk === 'function') return null;
      if (typeof chunk === 'string')
        return Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8');
      return Buffer.from(chunk as Uint8Array);
    };

    // Called for the status line and headers (explicitly, or by Node before the first byte): the moment
    // the answer's status, type and cookies are known.
    const writeHead = function (this: ServerResponse, ...args: unknown[]): ServerResponse {
      if (decided === 'buffer') return res;
      const [status, second, third] = args;
      const headers = typeof second === 'object' && second !== null ? second : third;
      if (headers && typeof headers === 'object' && !Array.isArray(headers)) {
        for (const [name, value] of Object.entries(headers)) {
          if (value !== undefined) res.setHeader(name, value as string | string[] | number);
        }
      }
      const type = String(res.getHeader('content-type') ?? '');
      if (status === 200 && type.startsWith('text/html') && !res.hasHeader('set-cookie')) {
        decided = 'buffer';
        res.statusCode = 200;
        return res;
      }
      decided = 'pass';
      restore();
      return original.writeHead.call(res, status as number, ...(args.slice(1) as []));
    };

    const ensureDecided = () => {
      if (decided === null) res.writeHead(res.statusCode);
    };

    res.writeHead = writeHead as ServerResponse['writeHead'];
    res.flushHeaders = () => {
      ensureDecided();
      if (decided === 'pass') original.flushHeaders.call(res);
    };
    res.write = ((chunk: unknown, encoding?: unknown, callback?: unknown) => {
      ensureDecided();
      if (decided === 'pass')
        return (original.write as (...args: unknown[]) => boolean).call(res, chunk, encoding, callback);
      const buffer = toBuffer(chunk, encoding);
      if (buffer) chunks.push(buffer);
      const done = typeof encoding === 'function' ? encoding : callback;
      if (typeof done === 'function') queueMicrotask(() => done());
      return true;
    }) as ServerResponse['write'];
    res.end = ((chunk?: unknown, encoding?: unknown, callback?: unknown) => {
      ensureDecided();
      if (decided === 'pass')
        return (original.end as (...args: unknown[]) => ServerResponse).call(res, chunk, encoding, callback);
      const buffer = toBuffer(chunk, encoding);
      if (buffer) chunks.push(buffer);
      restore();
      void this.finish(key, epoch, Buffer.concat(chunks), req, res);
      return res;
    }) as ServerResponse['end'];
  }

  private async finish(
    key: string,
    epoch: Epoch,
    identity: Buffer,
    req: IncomingMessage,
    res: ServerResponse,
  ): Promise<void> {
    const headers: OutgoingHttpHeaders = {};
    for (const [name, value] of Object.entries(res.getHeaders())) {
      if (!perTransferHeaders.has(name)) headers[name] = value;
    }
    const varyFromNext = String(res.getHeader('vary') ?? '')
      .split(',')
      .map((name) => name.trim())
      .filter((name) => name !== '' && name.toLowerCase() !== 'accept-encoding');
    for (const name of res.getHeaderNames()) res.removeHeader(name);
    const body = await encodeBody(identity);
    const page: StoredPage = {
      key,
      epoch,
      storedAt: Date.now(),
      headers,
      vary: [...varyFromNext, 'Accept-Encoding'].join(', '),
      etag: `W/"${createHash('sha1').update(identity).digest('base64url')}"`,
      body,
      // The buffers plus a rough allowance for the key, headers and bookkeeping.
      bytes: encodedBytes(body) + key.length + 1024,
    };
    // An invalidation during the render makes the page stale on arrival: answer it, but don't keep it.
    if (epoch === this.catalog.get<Epoch>(PageCache.epochKey)) this.store.set(page);
    if (!res.destroyed) send(page, req, res, 'miss');
  }
}

function send(page: StoredPage, req: IncomingMessage, res: ServerResponse, state: CacheState): void {
  const common = { ETag: page.etag, 'Cache-Control': cacheControl, Vary: page.vary, 'X-Cache': state };
  if (matchesEtag(req.headers['if-none-match'], page.etag)) {
    res.writeHead(304, common);
    res.end();
    return;
  }
  // The request reached `capture` without Accept-Encoding; the stored original says what the client took.
  const { bytes, encoding } = encodedFor(page.body, originalAcceptEncoding(req));
  res.writeHead(200, {
    ...page.headers,
    ...common,
    ...(encoding ? { 'Content-Encoding': encoding } : {}),
    'Content-Length': bytes.length,
  });
  res.end(req.method === 'HEAD' ? undefined : bytes);
}

/** `capture` removes Accept-Encoding from the request Next sees; the raw headers still hold it. */
function originalAcceptEncoding(req: IncomingMessage): string | undefined {
  const found = req.headers['accept-encoding'];
  if (found !== undefined) return found;
  for (let index = 0; index < req.rawHeaders.length; index += 2) {
    if (req.rawHeaders[index]?.toLowerCase() === 'accept-encoding') return req.rawHeaders[index + 1];
  }
  return undefined;
}
