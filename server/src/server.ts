import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { getRequestListener } from '@hono/node-server';
import { createApp, serveCachedResponse } from '@puoti/api';
import {
  type Config,
  connectCacheBus,
  getCatalogCache,
  type Prepared,
  prepareDatabase,
  RateLimits,
  startEmbeddedMaintenance,
} from '@puoti/core';
import { LocalMediaStorage, mediaRoot } from '@puoti/core/media';
import { createMailTransport, startMailWorker } from '@puoti/core/notifications';
import { StripeGateway, startUnpaidOrderSweeper } from '@puoti/core/payments';
import { sql } from 'drizzle-orm';
import next from 'next';
import type { Logger } from 'pino';
import { CatalogPaths, notFoundUrl, parseCatalogPath } from './catalog-paths';
import { PageCache } from './page-cache';
import { StaticAssets } from './static-assets';

const webDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../apps/web');

/** Paths Hono answers itself; everything else is a page for Next. */
export function isApiPath(url: string): boolean {
  return /^\/(api\/|api$|healthz|readyz|metrics|media\/)/.test(url);
}

/** Next's request handler, or a stand-in for it in tests. */
export type PageHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

export interface Started {
  server: Server;
  prepared: Prepared;
  pageCache: PageCache;
  close(): Promise<void>;
}

/**
 * One process, one port: Hono's node listener answers the API directly (an order of magnitude faster
 * than a Next route handler, see ARCHITECTURE.md) and hands every other request to Next's handler.
 */
export async function startServer(
  config: Config,
  logger: Logger,
  options: { web?: boolean; pages?: PageHandler } = {},
): Promise<Started> {
  const prepared = await prepareDatabase(config);
  const { db } = prepared.database;
  const cache = getCatalogCache(config.catalogCache);
  // With Redis every node counts toward the same limits; without it, each process counts its own. The
  // client is loaded only then: a shop without Redis never pays its memory (about 25 MB).
  const redis = config.redisUrl
    ? new (await import('ioredis')).Redis(config.redisUrl, { maxRetriesPerRequest: 2 })
    : undefined;
  // With Redis an admin write on any node drops the cached catalogue on every node.
  const cacheBus = config.redisUrl
    ? await connectCacheBus(cache, config.redisUrl, {
        onError: (error) => logger.warn({ err: error }, 'cache invalidation bus error'),
      })
    : undefined;
  // Emails wait in the outbox table until this worker sends them (after their transaction committed).
  const mailWorker = startMailWorker(db, {
    transport: createMailTransport(config.mail, logger),
    config,
    logger,
  });
  const stripe = config.stripe ? new StripeGateway(config.stripe) : null;
  const api = createApp({
    config,
    db,
    logger,
    cache,
    rateLimits: new RateLimits({ redis }),
    storage: new LocalMediaStorage(mediaRoot(config.dataDir)),
    stripe,
    onEmailQueued: () => mailWorker.wake(),
    ping: async () => {
      await db.execute(sql`select 1`);
    },
  });
  const apiListener = getRequestListener(api.fetch);
  // Card orders left unpaid give their stock back; every node runs this, the cancellation is race-safe.
  const sweeper = startUnpaidOrderSweeper(db, {
    stripe,
    timeoutMinutes: config.unpaidOrderTimeoutMinutes,
    publicUrl: config.publicUrl,
    onError: (error) => logger.error({ err: error }, 'unpaid order sweep failed'),
  });
  // The embedded database has no autovacuum of its own.
  const maintenance = startEmbeddedMaintenance(prepared.database, {
    onError: (error) => logger.error({ err: error }, 'embedded database maintenance failed'),
  });
  if (config.isProduction && config.mail.transport === 'console') {
    logger.warn(
      'MAIL_TRANSPORT is console: emails (with their links) are printed, not sent. Set SMTP_URL or RESEND_API_KEY.',
    );
  }

  let pages: PageHandler | undefined = options.pages;
  let staticAssets: StaticAssets | undefined;
  if (!pages && options.web !== false) {
    const web = next({ dev: false, dir: webDir, quiet: true });
    await web.prepare();
    pages = web.getRequestHandler();
    // The build folder next.config.mjs names (NEXT_DIST_DIR lets builds sit side by side).
    staticAssets = new StaticAssets(path.join(webDir, process.env.NEXT_DIST_DIR || '.next', 'static'));
  }

  const pageCache = new PageCache(cache, {
    ...config.pageCache,
    ttlSeconds: config.catalogCache.ttlSeconds,
  });
  const catalogPaths = new CatalogPaths(db, cache);

  const renderPage = async (render: PageHandler, req: IncomingMessage, res: ServerResponse) => {
    const url = req.url ?? '/';
    const catalogPath = parseCatalogPath(url);
    if (catalogPath && !(await catalogPaths.exists(catalogPath))) {
      // Next would answer an empty shell for the page's notFound(); an unmatched path gets real HTML.
      req.url = notFoundUrl(url, catalogPath);
    } else {
      pageCache.capture(req, res);
    }
    await render(req, res);
  };

  const server = createServer((req, res) => {
    if (serveCachedResponse(cache, req, res)) return;
    if (!pages || isApiPath(req.url ?? '/')) {
      void apiListener(req, res);
      return;
    }
    if (pageCache.serve(req, res)) return;
    const render = pages;
    const page = () =>
      renderPage(render, req, res).catch((error: unknown) => {
        logger.error({ err: error, url: req.url }, 'page failed');
        if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
        res.end('Internal error');
      });
    if (staticAssets) staticAssets.handle(req, res, page);
    else void page();
  });
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => resolve());
  });
  // Compressing the build's scripts (about a second of CPU) waits until the server is listening.
  void staticAssets?.warm();

  return {
    server,
    prepared,
    pageCache,
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      sweeper.stop();
      maintenance.stop();
      await mailWorker.stop();
      await prepared.database.close();
      await cacheBus?.close();
      await redis?.quit();
    },
  };
}
