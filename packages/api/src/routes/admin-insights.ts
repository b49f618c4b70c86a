import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { getAnalytics, ZAnalyticsQuery } from '@puoti/core/analytics';
import { listAuditLog, ZAuditLogQuery } from '@puoti/core/audit';
import { orderStatuses } from '@puoti/core/orders';
import type { AppDeps, AppEnv } from '../context';
import { errorResponses, jsonResponse, pageOf, ZLocaleQuery } from '../schemas/common';
import { validationHook } from '../validation';

const tags = ['Admin'];
const cents = z.number().int();
const date = z.string().openapi({ format: 'date', example: '2026-03-01' });

const ZKpis = z
  .object({
    revenueCents: cents.openapi({
      description:
        'VAT included: totals of orders paid in the period and not cancelled or returned, less their refunds',
    }),
    vatCents: cents,
    netCents: cents.openapi({ description: 'revenueCents less vatCents' }),
    orders: z.number().int().openapi({ description: 'Orders making up revenueCents' }),
    averageOrderCents: cents,
    customers: z.number().int().openapi({ description: 'Customer accounts registered in the period' }),
    ordersPlaced: z.number().int().openapi({ description: 'Orders placed in the period, any status' }),
    carts: z.number().int().openapi({ description: 'Carts started in the period' }),
    conversionRate: z
      .number()
      .nullable()
      .openapi({ description: 'ordersPlaced / carts; null without carts' }),
  })
  .openapi('AnalyticsKpis');

const ZDay = z.object({ date, revenueCents: cents, orders: z.number().int() });
const ZTopProduct = z.object({
  productId: z.string().uuid().nullable(),
  name: z.string(),
  revenueCents: cents,
  units: z.number().int(),
});

const ZAnalytics = z
  .object({
    timeZone: z.string().openapi({ example: 'Europe/Helsinki' }),
    period: z.object({ from: date, to: date, days: z.number().int() }),
    previousPeriod: z.object({ from: date, to: date }),
    kpis: ZKpis,
    previousKpis: ZKpis,
    revenueByDay: z.array(ZDay),
    previousRevenueByDay: z.array(ZDay),
    topProducts: z.array(ZTopProduct).openapi({ description: 'Top 10 by revenue' }),
    topProductsByUnits: z.array(ZTopProduct).openapi({ description: 'Top 10 by units' }),
    ordersByStatus: z.array(z.object({ status: z.enum(orderStatuses), count: z.number().int() })),
    lowStock: z.array(
      z.object({
        productId: z.string().uuid(),
        sku: z.string(),
        name: z.string(),
        stock: z.number().int(),
        lowStockThreshold: z.number().int(),
      }),
    ),
  })
  .openapi('Analytics');

const ZAuditEntry = z
  .object({
    id: z.number().int(),
    actorId: z.string().uuid().nullable(),
    actorEmail: z.string().nullable(),
    action: z.string().openapi({ example: 'coupon.update' }),
    entityType: z.string().openapi({ example: 'coupon' }),
    entityId: z.string(),
    before: z.unknown(),
    after: z.unknown(),
    requestId: z.string().nullable(),
    createdAt: z.string().openapi({ format: 'date-time' }),
  })
  .openapi('AuditEntry');

const routes = {
  analytics: createRoute({
    method: 'get',
    path: '/admin/analytics',
    tags,
    summary:
      'Sales figures for a range of store days (default the last 30) next to the previous range of equal length',
    request: { query: ZLocaleQuery.extend(ZAnalyticsQuery.shape) },
    responses: { 200: jsonResponse(ZAnalytics, 'Figures'), ...errorResponses(400, 401, 403) },
  }),
  auditLog: createRoute({
    method: 'get',
    path: '/admin/audit-log',
    tags,
    summary: 'Admin writes, newest first, by action, entity, actor and time',
    request: { query: ZAuditLogQuery },
    responses: {
      200: jsonResponse(pageOf(ZAuditEntry, 'AuditEntryPage'), 'Entries'),
      ...errorResponses(400, 401, 403),
    },
  }),
};

export function adminInsightRoutes(deps: AppDeps) {
  const { db } = deps;
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

  app.openapi(routes.analytics, async (c) => {
    const { from, to } = c.req.valid('query');
    return c.json(await getAnalytics(db, { from, to, locale: c.var.locale }), 200);
  });

  app.openapi(routes.auditLog, async (c) => c.json(await listAuditLog(db, c.req.valid('query')), 200));

  return app;
}
