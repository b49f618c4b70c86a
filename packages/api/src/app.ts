import { randomUUID } from 'node:crypto';
import { OpenAPIHono } from '@hono/zod-openapi';
import { AppError, defaultLocale, isLocale, negotiateLocale } from '@puoti/core';
import { Scalar } from '@scalar/hono-api-reference';
import { HTTPException } from 'hono/http-exception';
import type { Logger } from 'pino';
import { authenticate, requireAdmin } from './auth';
import type { AppDeps, AppEnv } from './context';
import { errorResponse } from './errors';
import { metrics } from './metrics';
import { responseCache } from './response-cache';
import { accountRoutes } from './routes/account';
import { adminCatalogRoutes } from './routes/admin-catalog';
import { adminInsightRoutes } from './routes/admin-insights';
import { adminInventoryRoutes } from './routes/admin-inventory';
import { adminMarketingRoutes } from './routes/admin-marketing';
import { adminOrderRoutes } from './routes/admin-orders';
import { adminUserRoutes } from './routes/admin-users';
import { authRoutes } from './routes/auth';
import { cartRoutes } from './routes/cart';
import { catalogRoutes } from './routes/catalog';
import { healthRoutes } from './routes/health';
import { mediaRoutes } from './routes/media';
import { orderRoutes } from './routes/orders';
import { paymentRoutes } from './routes/payments';
import { reviewRoutes } from './routes/reviews';
import { validationHook } from './validation';

export interface CreateAppOptions extends AppDeps {
  logger: Logger;
}

/**
 * The whole HTTP surface that is not a page: /api/v1, its OpenAPI document and docs page, health and
 * metrics. Built from its dependencies so tests run it in-process with `app.request`.
 */
export function createApp(options: CreateAppOptions) {
  const { logger } = options;
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

  app.use('*', async (c, next) => {
    const requestId = c.req.header('x-request-id')?.slice(0, 100) || randomUUID();
    c.set('requestId', requestId);
    c.header('X-Request-Id', requestId);
    const started = performance.now();
    await next();
    metrics.observe(c.req.method, c.req.routePath, c.res.status, (performance.now() - started) / 1000);
  });

  // The content language: ?locale= (an unknown one is an error), else Accept-Language, else the default.
  app.use('/api/*', async (c, next) => {
    const requested = c.req.query('locale');
    if (requested !== undefined && !isLocale(requested)) {
      return errorResponse(
        c,
        new AppError('VALIDATION_FAILED', 'Unknown locale.', [
          { field: 'locale', message: 'must be one of fi, sv, en, zh' },
        ]),
      );
    }
    c.set('locale', requested ?? negotiateLocale(c.req.header('accept-language')) ?? defaultLocale);
    await next();
  });

  app.use('/api/v1/*', authenticate(options));
  // Before any input validation: a stranger learns nothing about admin routes but that they exist.
  app.use('/api/v1/admin/*', async (c, next) => {
    requireAdmin(c);
    await next();
  });

  const cached = responseCache(options.cache, logger);
  // `/products/*` covers `/products` too: registered for both, the cache ran twice on every list.
  app.use('/api/v1/products/*', cached);
  app.use('/api/v1/categories', cached);
  app.use('/api/v1/search/*', cached);

  app.route('/', healthRoutes(options));
  app.route('/', mediaRoutes(options.storage));
  app.route('/api/v1', catalogRoutes(options));
  app.route('/api/v1', reviewRoutes(options));
  app.route('/api/v1', authRoutes(options));
  app.route('/api/v1', accountRoutes(options));
  app.route('/api/v1', adminUserRoutes(options));
  app.route('/api/v1', adminOrderRoutes(options));
  app.route('/api/v1', adminCatalogRoutes(options));
  app.route('/api/v1', adminInventoryRoutes(options));
  app.route('/api/v1', adminMarketingRoutes(options));
  app.route('/api/v1', adminInsightRoutes(options));
  app.route('/api/v1', cartRoutes(options));
  app.route('/api/v1', orderRoutes(options));
  app.route('/api/v1', paymentRoutes(options));

  app.openAPIRegistry.registerComponent('securitySchemes', 'bearer', { type: 'http', scheme: 'bearer' });
  app.openAPIRegistry.registerComponent('securitySchemes', 'cookie', {
    type: 'apiKey',
    in: 'cookie',
    name: 'puoti_session',
  });
  app.doc31('/api/v1/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'Puoti API',
      version: '1.0.0',
      description: 'REST API of the Puoti web shop. Money is integer euro cents, VAT included.',
    },
    servers: [{ url: '/' }],
  });
  app.get('/api/docs', Scalar({ url: '/api/v1/openapi.json', pageTitle: 'Puoti API' }));

  app.notFound((c) => errorResponse(c, new AppError('NOT_FOUND', 'There is nothing at this address.')));

  app.onError((error, c) => {
    if (error instanceof AppError) return errorResponse(c, error);
    // Hono's own refusals (a body that is not JSON, a bad content type) are the client's mistake, not ours.
    if (error instanceof HTTPException && error.status < 500) {
      const code =
        error.status === 413
          ? 'PAYLOAD_TOO_LARGE'
          : error.status === 415
            ? 'UNSUPPORTED_MEDIA_TYPE'
            : 'VALIDATION_FAILED';
      return errorResponse(
        c,
        new AppError(
          code,
          error.message || 'The request could not be read.',
          undefined,
          error.status === 413 ? 413 : error.status === 415 ? 415 : 400,
        ),
      );
    }
    const requestId = c.get('requestId');
    logger.error({ err: error, requestId, path: c.req.path }, 'unhandled error');
    return c.json(
      {
        error: {
          code: 'INTERNAL',
          message: 'Something went wrong on our side. Please try again.',
          requestId,
        },
      },
      500,
    );
  });

  return app;
}

export type PuotiApp = ReturnType<typeof createApp>;
