import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import {
  addOrderNote,
  changeOrderStatus,
  exportOrdersCsv,
  getOrderForAdmin,
  listOrdersForAdmin,
  ZAdminOrdersQuery,
  ZChangeOrderStatus,
  ZOrderNoteInput,
} from '@puoti/core/orders';
import { requireAdmin } from '../auth';
import type { AppDeps, AppEnv } from '../context';
import { errorResponses, jsonBody, jsonResponse, pageOf } from '../schemas/common';
import { ZOrder } from '../schemas/orders';
import { validationHook } from '../validation';

const tags = ['Admin'];
const orderParam = z.object({ orderNumber: z.string().min(1).max(40) });

const ZAdminOrder = ZOrder.extend({
  customerId: z.string().uuid().nullable(),
  vatCountry: z.string(),
  payments: z.array(
    z.object({
      provider: z.string(),
      providerReference: z.string().nullable(),
      status: z.string(),
      amountCents: z.number().int(),
      refundedCents: z.number().int(),
      createdAt: z.string(),
    }),
  ),
  notes: z.array(z.object({ body: z.string(), authorEmail: z.string().nullable(), createdAt: z.string() })),
}).openapi('AdminOrder');

const routes = {
  export: createRoute({
    method: 'get',
    path: '/admin/orders/export.csv',
    tags,
    summary: 'The filtered order list as CSV (same filters as the list)',
    request: { query: ZAdminOrdersQuery.omit({ page: true, pageSize: true }) },
    responses: {
      200: { description: 'CSV, one order per row', content: { 'text/csv': { schema: z.string() } } },
      ...errorResponses(400, 401, 403),
    },
  }),
  note: createRoute({
    method: 'post',
    path: '/admin/orders/{orderNumber}/notes',
    tags,
    summary: 'Add an internal note (never shown to the customer)',
    request: { params: orderParam, ...jsonBody(ZOrderNoteInput) },
    responses: {
      200: jsonResponse(ZAdminOrder, 'The order with its notes'),
      ...errorResponses(400, 401, 403, 404),
    },
  }),
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
    summary: 'Any order, with payments and internal notes',
    request: { params: orderParam },
    responses: { 200: jsonResponse(ZAdminOrder, 'The order'), ...errorResponses(401, 403, 404) },
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

  app.openapi(routes.export, async (c) => {
    const rows = exportOrdersCsv(db, c.req.valid('query'));
    const encoder = new TextEncoder();
    const body = new ReadableStream<Uint8Array>({
      async pull(controller) {
        const next = await rows.next();
        if (next.done) controller.close();
        else controller.enqueue(encoder.encode(next.value));
      },
    });
    const day = new Date().toISOString().slice(0, 10);
    c.header('Content-Disposition', `attachment; filename="orders-${day}.csv"`);
    c.header('Content-Type', 'text/csv; charset=utf-8');
    return c.body(body, 200);
  });

  app.openapi(routes.get, async (c) =>
    c.json(await getOrderForAdmin(db, c.req.valid('param').orderNumber), 200),
  );

  app.openapi(routes.note, async (c) => {
    const actor = requireAdmin(c);
    const order = await addOrderNote(db, c.req.valid('param').orderNumber, c.req.valid('json'), {
      id: actor.user.id,
      email: actor.user.email,
    });
    return c.json(order, 200);
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
