import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import {
  addCartItem,
  applyCartCoupon,
  type CartRow,
  type CouponCustomer,
  clearCart,
  removeCartCoupon,
  removeCartItem,
  updateCartItem,
  viewCart,
  ZAddCartItem,
  ZApplyCoupon,
  ZUpdateCartItem,
} from '@puoti/core/cart';
import type { Context } from 'hono';
import { cartOwner, rememberCartToken } from '../cart-owner';
import type { AppDeps, AppEnv } from '../context';
import { errorResponses, jsonBody, jsonResponse } from '../schemas/common';
import { ZCart } from '../schemas/orders';
import { validationHook } from '../validation';

const tags = ['Cart and checkout'];
const itemParam = z.object({ id: z.string().min(1).max(100) });
const cartToken = z.object({
  'x-cart-token': z.string().optional().openapi({
    description: 'Guest cart token from a cart response (API clients; browsers use the cookie).',
  }),
});
const cartAnswer = { 200: jsonResponse(ZCart, 'The cart, re-priced') };

const routes = {
  get: createRoute({
    method: 'get',
    path: '/cart',
    tags,
    summary: 'The cart, re-priced from the catalogue, with each line’s problem',
    request: { headers: cartToken },
    responses: { ...cartAnswer, ...errorResponses(400) },
  }),
  add: createRoute({
    method: 'post',
    path: '/cart/items',
    tags,
    summary: 'Add a product or variant (creates the guest cart and its cookie on the first add)',
    request: { headers: cartToken, ...jsonBody(ZAddCartItem) },
    responses: { ...cartAnswer, ...errorResponses(400, 403, 404, 409, 422) },
  }),
  update: createRoute({
    method: 'patch',
    path: '/cart/items/{id}',
    tags,
    summary: 'Change a line’s quantity (0 removes it)',
    request: { headers: cartToken, params: itemParam, ...jsonBody(ZUpdateCartItem) },
    responses: { ...cartAnswer, ...errorResponses(400, 403, 404, 409) },
  }),
  remove: createRoute({
    method: 'delete',
    path: '/cart/items/{id}',
    tags,
    summary: 'Remove a line',
    request: { headers: cartToken, params: itemParam },
    responses: { ...cartAnswer, ...errorResponses(403, 404) },
  }),
  clear: createRoute({
    method: 'delete',
    path: '/cart',
    tags,
    summary: 'Empty the cart',
    request: { headers: cartToken },
    responses: { 204: { description: 'Emptied' }, ...errorResponses(403) },
  }),
  applyCoupon: createRoute({
    method: 'post',
    path: '/cart/coupon',
    tags,
    summary: 'Apply a coupon code (COUPON_INVALID says why not)',
    request: { headers: cartToken, ...jsonBody(ZApplyCoupon) },
    responses: { ...cartAnswer, ...errorResponses(400, 403, 422, 429) },
  }),
  removeCoupon: createRoute({
    method: 'delete',
    path: '/cart/coupon',
    tags,
    summary: 'Remove the coupon',
    request: { headers: cartToken },
    responses: { ...cartAnswer, ...errorResponses(403) },
  }),
};

export function cartRoutes(deps: AppDeps) {
  const { db } = deps;
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

  const customer = (c: Context<AppEnv>): CouponCustomer => {
    const actor = c.get('actor');
    return { userId: actor?.user.id ?? null, email: actor?.user.email ?? null };
  };
  /** Every cart write answers with the whole cart, so a client never needs a second request. */
  const answer = async (c: Context<AppEnv>, newToken: string | null, cart?: CartRow) => {
    rememberCartToken(c, deps, newToken);
    const owner = cartOwner(c, deps);
    const view = await viewCart(
      db,
      newToken ? { ...owner, token: newToken } : owner,
      c.var.locale,
      customer(c),
      cart ? { cart } : {},
    );
    return c.json(view, 200);
  };

  app.openapi(routes.get, async (c) => answer(c, null));

  app.openapi(routes.add, async (c) => {
    const { newToken, cart } = await addCartItem(db, cartOwner(c, deps), c.req.valid('json'));
    return answer(c, newToken, cart);
  });

  app.openapi(routes.update, async (c) => {
    await updateCartItem(db, cartOwner(c, deps), c.req.valid('param').id, c.req.valid('json').quantity);
    return answer(c, null);
  });

  app.openapi(routes.remove, async (c) => {
    await removeCartItem(db, cartOwner(c, deps), c.req.valid('param').id);
    return answer(c, null);
  });

  app.openapi(routes.clear, async (c) => {
    await clearCart(db, cartOwner(c, deps));
    return c.body(null, 204);
  });

  app.openapi(routes.applyCoupon, async (c) => {
    // Guessing codes is the only way to find one: slow that down per address.
    await deps.rateLimits.consume('couponPerIp', c.var.clientIp);
    const { newToken } = await applyCartCoupon(db, cartOwner(c, deps), c.req.valid('json').code, customer(c));
    return answer(c, newToken);
  });

  app.openapi(routes.removeCoupon, async (c) => {
    await removeCartCoupon(db, cartOwner(c, deps));
    return answer(c, null);
  });

  return app;
}
