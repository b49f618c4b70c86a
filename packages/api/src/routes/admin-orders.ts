import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import {
  changeOrderStatus,
  getOrderFor,
  listOrdersForAdmin,
  ZAdminOrdersQuery,
  ZChangeOrderStatus,
} from '@puoti/core/orders';
import { requireAdmin } from '../auth';
import type { AppDeps, AppEnv } from '../context';
import { errorResponses, jsonBody, jsonResponse, pageOf } from '../schemas/common';
import { ZOrder } from '../schemas/orders';
import { validationHook } from '../validation';

const tags = ['Admin'];
const orderParam = z.object({ orderNumber: z.string().min(1).max(40) });

const routes = {
  list: createRoute({
    method: 'get',
    path: '/admin/orders',
    tags,
    summary: 'Orders, newest first: by status, number / email / name, and date range',
    request: { query: ZAdminOrdersQuery },
    responses: {
      200: jsonResponse(pageOf(ZOrder, 'AdminOrderPage'), 'Orders'),
      ...errorResponses(400, 401, 403),
    },
  }),
  get: createRoute({
    method: 'get',
    path: '/admin/orders/{orderNumber}',
    tags,
    summary: 'Any order',
    request: { params: orderParam },
    responses: { 200: jsonResponse(ZOrder, 'The order'), ...errorResponses(401, 403, 404) },
  }),
  status: createRoute({
    method: 'post',
    path: '/admin/orders/{orderNumber}/status',
    tags,
    summary:
      'Move an order on: paid (bank transfer received), processing, shipped (with tracking), delivered, cancelled',
    request: { params: orderParam, ...jsonBody(ZChangeOrderStatus) },
    responses: { 200: jsonResponse(ZOrder, 'Changed'), ...errorResponses(400, 401, 403, 404, 409) },
  }),
};

export function adminOrderRoutes(deps: AppDeps) {
  const { db } = deps;
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

  app.openapi(routes.list, async (c) => c.json(await listOrdersForAdmin(db, c.req.valid('query')), 200));

  app.openapi(routes.get, async (c) => {
    const actor = requireAdmin(c);
    return c.json(
      await getOrderFor(db, c.req.valid('param').orderNumber, { userId: actor.user.id, isAdmin: true }),
      200,
    );
  });

  app.openapi(routes.status, async (c) => {
    const actor = requireAdmin(c);
    const order = await changeOrderStatus(
      db,
      { stripe: deps.stripe, publicUrl: deps.config.publicUrl },
      {
        orderNumber: c.req.valid('param').orderNumber,
        change: c.req.valid('json'),
        actor: { id: actor.user.id, email: actor.user.email },
        requestId: c.var.requestId,
      },
    );
    deps.onEmailQueued?.();
    return c.json(order, 200);
  });

  return app;
}
