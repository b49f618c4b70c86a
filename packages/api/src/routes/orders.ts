import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { cacheTags, ZPageQuery } from '@puoti/core';
import { availablePaymentMethods, placeOrder, ZPlaceOrderInput } from '@puoti/core/checkout';
import { cancelOrder, getOrderFor, listMyOrders, trackOrder, ZTrackOrderInput } from '@puoti/core/orders';
import { getStoreSettings } from '@puoti/core/settings';
import { listShippingMethods } from '@puoti/core/shipping';
import { requireUser } from '../auth';
import { cartOwner } from '../cart-owner';
import type { AppDeps, AppEnv } from '../context';
import { errorResponses, jsonBody, jsonResponse, pageOf } from '../schemas/common';
import { ZOrder, ZPayment, ZShippingMethod, ZTrackedOrder } from '../schemas/orders';
import { validationHook } from '../validation';

const checkoutTags = ['Cart and checkout'];
const tags = ['Orders'];
const orderParam = z.object({ orderNumber: z.string().min(1).max(40) });

const ZCancelBody = z.object({ reason: z.string().trim().max(500).optional() });

const ZCountry = z
  .string()
  .trim()
  .regex(/^[A-Za-z]{2}$/, 'An ISO 3166-1 alpha-2 country code, e.g. FI')
  .transform((value) => value.toUpperCase());

const routes = {
  shippingMethods: createRoute({
    method: 'get',
    path: '/shipping-methods',
    tags: checkoutTags,
    summary: 'Shipping methods that deliver to a country, with price, free-shipping threshold and days',
    request: { query: z.object({ country: ZCountry.default('FI') }) },
    responses: {
      200: jsonResponse(z.object({ items: z.array(ZShippingMethod) }), 'Methods'),
      ...errorResponses(400),
    },
  }),
  paymentMethods: createRoute({
    method: 'get',
    path: '/payment-methods',
    tags: checkoutTags,
    summary: 'Payment methods this shop offers',
    responses: {
      200: jsonResponse(
        z.object({
          items: z.array(
            z.object({
              id: z.enum(['bank_transfer', 'stripe']),
              publishableKey: z
                .string()
                .optional()
                .openapi({ description: "Stripe's publishable key, for Stripe.js in a browser checkout" }),
            }),
          ),
        }),
        'Methods',
      ),
    },
  }),
  place: createRoute({
    method: 'post',
    path: '/orders',
    tags: checkoutTags,
    summary: 'Place the current cart as an order (Idempotency-Key required)',
    request: {
      headers: z.object({
        'idempotency-key': z.string().trim().min(8).max(200).openapi({
          description: 'A fresh random key per checkout; a retry with the same key returns the same order.',
        }),
        'x-cart-token': z.string().optional(),
      }),
      ...jsonBody(ZPlaceOrderInput),
    },
    responses: {
      201: jsonResponse(z.object({ order: ZOrder, payment: ZPayment }), 'Placed'),
      200: jsonResponse(z.object({ order: ZOrder, payment: ZPayment }), 'Placed earlier with this key'),
      402: jsonResponse(
        z.object({ error: z.object({ code: z.string(), message: z.string() }) }),
        'Payment failed',
      ),
      ...errorResponses(400, 403, 404, 409, 422),
    },
  }),
  mine: createRoute({
    method: 'get',
    path: '/orders',
    tags,
    summary: 'My orders, newest first',
    request: { query: ZPageQuery },
    responses: { 200: jsonResponse(pageOf(ZOrder, 'OrderPage'), 'Orders'), ...errorResponses(400, 401) },
  }),
  get: createRoute({
    method: 'get',
    path: '/orders/{orderNumber}',
    tags,
    summary: 'One of my orders (admins: any order)',
    request: { params: orderParam },
    responses: { 200: jsonResponse(ZOrder, 'The order'), ...errorResponses(401, 404) },
  }),
  track: createRoute({
    method: 'post',
    path: '/orders/track',
    tags,
    summary: 'Look an order up by number and email (rate-limited; no address or payment details)',
    request: jsonBody(ZTrackOrderInput),
    responses: { 200: jsonResponse(ZTrackedOrder, 'Status and tracking'), ...errorResponses(400, 404, 429) },
  }),
  cancel: createRoute({
    method: 'post',
    path: '/orders/{orderNumber}/cancel',
    tags,
    summary: 'Cancel before shipping: stock back, coupon released, card payment refunded',
    description: 'An optional JSON body `{ "reason": "..." }` is kept in the order history.',
    request: { params: orderParam },
    responses: { 200: jsonResponse(ZOrder, 'Cancelled'), ...errorResponses(401, 403, 404, 409) },
  }),
};

export function orderRoutes(deps: AppDeps) {
  const { db, config } = deps;
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  const offered = async () => availablePaymentMethods(await getStoreSettings(db), deps.stripe);

  app.openapi(routes.shippingMethods, async (c) => {
    const settings = await getStoreSettings(db);
    const fallback =
      settings.defaultLocale === c.var.locale
        ? c.var.locale
        : (settings.defaultLocale as typeof c.var.locale);
    const items = await listShippingMethods(db, c.req.valid('query').country, c.var.locale, fallback);
    return c.json({ items }, 200);
  });

  app.openapi(routes.paymentMethods, async (c) => {
    const publishableKey = config.stripe?.publishableKey;
    const items = (await offered()).map((id) =>
      id === 'stripe' && publishableKey ? { id, publishableKey } : { id },
    );
    return c.json({ items }, 200);
  });

  app.openapi(routes.place, async (c) => {
    const actor = c.get('actor');
    const placed = await placeOrder(
      db,
      { stripe: deps.stripe, publicUrl: config.publicUrl, paymentMethods: await offered() },
      {
        owner: cartOwner(c, deps),
        user: actor ? { id: actor.user.id, email: actor.user.email } : null,
        locale: c.var.locale,
        idempotencyKey: c.req.valid('header')['idempotency-key'],
        input: c.req.valid('json'),
      },
    );
    deps.onEmailQueued?.();
    if (placed.soldOut) deps.cache.invalidate([cacheTags.catalog]);
    const body = { order: placed.order, payment: placed.payment };
    return placed.replayed ? c.json(body, 200) : c.json(body, 201);
  });

  app.openapi(routes.mine, async (c) => {
    const actor = requireUser(c);
    return c.json(await listMyOrders(db, actor.user.id, c.req.valid('query')), 200);
  });

  app.openapi(routes.get, async (c) => {
    const actor = requireUser(c);
    const order = await getOrderFor(db, c.req.valid('param').orderNumber, {
      userId: actor.user.id,
      isAdmin: actor.user.role === 'admin',
    });
    return c.json(order, 200);
  });

  app.openapi(routes.track, async (c) => {
    await deps.rateLimits.consume('trackOrderPerIp', c.var.clientIp);
    return c.json(await trackOrder(db, c.req.valid('json')), 200);
  });

  app.openapi(routes.cancel, async (c) => {
    const actor = requireUser(c);
    // The body is optional, so it is read leniently: no body (or not JSON) means no reason.
    const body = ZCancelBody.safeParse(await c.req.json().catch(() => ({})));
    const order = await cancelOrder(
      db,
      { stripe: deps.stripe, publicUrl: config.publicUrl },
      {
        orderNumber: c.req.valid('param').orderNumber,
        actor: { userId: actor.user.id, isAdmin: actor.user.role === 'admin' },
        reason: body.success ? (body.data.reason ?? null) : null,
      },
    );
    deps.onEmailQueued?.();
    return c.json(order, 200);
  });

  return app;
}
