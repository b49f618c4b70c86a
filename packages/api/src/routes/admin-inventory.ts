import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { cacheTags, ZPageQuery } from '@puoti/core';
import {
  adjustStock,
  bulkAdjustStock,
  listInventory,
  listStockMovements,
  maxBulkLines,
  stockAdjustmentReasons,
  stockStates,
  ZBulkStockAdjustment,
  ZInventoryQuery,
  ZStockAdjustment,
} from '@puoti/core/inventory';
import { requireAdmin } from '../auth';
import type { AppDeps, AppEnv } from '../context';
import { errorResponses, jsonBody, jsonResponse, pageOf, ZLocaleQuery } from '../schemas/common';
import { validationHook } from '../validation';

const tags = ['Admin'];
const productParam = z.object({ id: z.string().min(1).max(100) });

const ZInventoryVariant = z
  .object({
    id: z.string(),
    sku: z.string(),
    options: z.record(z.string(), z.string()),
    stock: z.number().int(),
    isActive: z.boolean(),
    priceCents: z.number().int(),
  })
  .openapi('InventoryVariant');

const ZInventoryRow = z
  .object({
    id: z.string(),
    sku: z.string(),
    name: z.string(),
    stock: z
      .number()
      .int()
      .openapi({ description: "The product's own stock, or the sum over its active variants" }),
    lowStockThreshold: z.number().int(),
    stockState: z.enum(stockStates),
    isVisible: z.boolean(),
    archived: z.boolean(),
    priceCents: z.number().int(),
    updatedAt: z.string().openapi({ format: 'date-time' }),
    variants: z.array(ZInventoryVariant),
  })
  .openapi('InventoryRow');

const ZStockMovement = z
  .object({
    id: z.number().int(),
    productId: z.string(),
    variantId: z.string().nullable(),
    variantSku: z.string().nullable(),
    delta: z.number().int(),
    stockAfter: z.number().int(),
    reason: z.enum(['initial', 'order', 'cancellation', ...stockAdjustmentReasons]),
    note: z.string().nullable(),
    actorId: z.string().nullable(),
    actorEmail: z.string().nullable(),
    orderNumber: z.string().nullable(),
    createdAt: z.string().openapi({ format: 'date-time' }),
  })
  .openapi('StockMovement');

const ZStockAdjustmentResult = z
  .object({
    stock: z
      .number()
      .int()
      .openapi({ description: 'The new stock of the product, or of the variant adjusted' }),
    movement: ZStockMovement,
  })
  .openapi('StockAdjustmentResult');

const ZBulkStockResult = z
  .object({
    lines: z.array(
      ZStockAdjustmentResult.extend({ productId: z.string(), variantId: z.string().nullable() }).openapi(
        'BulkStockLineResult',
      ),
    ),
  })
  .openapi('BulkStockResult');

const routes = {
  list: createRoute({
    method: 'get',
    path: '/admin/products',
    tags,
    summary: 'Inventory: products with their variants and stock',
    description:
      'Search by name (any language) or SKU (product or variant). `stock` filters by state against each ' +
      "product's low-stock threshold: `out` (0), `low` (1 to the threshold), `in` (above it). `active` is " +
      'visible and not archived.',
    request: { query: ZLocaleQuery.extend(ZInventoryQuery.omit({ locale: true }).shape) },
    responses: {
      200: jsonResponse(pageOf(ZInventoryRow, 'InventoryPage'), 'One page of products'),
      ...errorResponses(400, 401, 403),
    },
  }),
  adjust: createRoute({
    method: 'post',
    path: '/admin/products/{id}/stock',
    tags,
    summary: 'Adjust the stock of a product or one of its variants, with a reason (written to the ledger)',
    description:
      'A product with active variants is adjusted per variant (`variantId` required). 409 CONFLICT, with ' +
      '`details: { stock, delta }`, when the stock would go below zero; nothing is changed then.',
    request: { params: productParam, ...jsonBody(ZStockAdjustment) },
    responses: {
      200: jsonResponse(ZStockAdjustmentResult, 'Adjusted'),
      ...errorResponses(400, 401, 403, 404, 409),
    },
  }),
  bulk: createRoute({
    method: 'post',
    path: '/admin/stock/bulk',
    tags,
    summary: `Adjust the stock of up to ${maxBulkLines} products or variants at once: all lines or none`,
    description:
      'Lines naming no product or variant answer 400 with a field per line (`lines.3.variantId`). When any ' +
      'line would take the stock below zero, nothing is changed and 409 CONFLICT lists every such line in ' +
      '`details.lines: [{ index, productId, variantId, stock, delta }]`. Results come in the order of the lines.',
    request: jsonBody(ZBulkStockAdjustment),
    responses: {
      200: jsonResponse(ZBulkStockResult, 'All lines adjusted'),
      ...errorResponses(400, 401, 403, 409),
    },
  }),
  movements: createRoute({
    method: 'get',
    path: '/admin/products/{id}/stock-movements',
    tags,
    summary: "A product's stock ledger, newest first, with who made each change and the order behind it",
    request: { params: productParam, query: ZPageQuery },
    responses: {
      200: jsonResponse(pageOf(ZStockMovement, 'StockMovementPage'), 'One page of the ledger'),
      ...errorResponses(400, 401, 403, 404),
    },
  }),
};

export function adminInventoryRoutes(deps: AppDeps) {
  const { db, cache } = deps;
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  // Stock decides what the storefront shows as available, and cached catalogue answers carry it. The
  // core call has committed by the time it returns, so a read after this sees the new stock.
  const invalidateCatalog = () => cache.invalidate([cacheTags.catalog]);

  app.openapi(routes.list, async (c) => {
    requireAdmin(c);
    return c.json(await listInventory(db, { ...c.req.valid('query'), locale: c.var.locale }), 200);
  });

  app.openapi(routes.adjust, async (c) => {
    const { user } = requireAdmin(c);
    const result = await adjustStock(db, user, c.req.valid('param').id, c.req.valid('json'), {
      requestId: c.var.requestId,
    });
    invalidateCatalog();
    return c.json(result, 200);
  });

  app.openapi(routes.bulk, async (c) => {
    const { user } = requireAdmin(c);
    const lines = await bulkAdjustStock(db, user, c.req.valid('json').lines, { requestId: c.var.requestId });
    invalidateCatalog();
    return c.json({ lines }, 200);
  });

  app.openapi(routes.movements, async (c) => {
    requireAdmin(c);
    return c.json(await listStockMovements(db, c.req.valid('param').id, c.req.valid('query')), 200);
  });

  return app;
}
