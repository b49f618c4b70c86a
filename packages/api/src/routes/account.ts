import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import {
  addToWishlist,
  createAddress,
  deleteAccount,
  deleteAddress,
  exportAccount,
  getAddress,
  isOnWishlist,
  listAddresses,
  listWishlist,
  removeFromWishlist,
  updateAddress,
  ZAddressInput,
  ZAddressPatch,
} from '@puoti/core/accounts';
import { clearSessionCookie, requireUser } from '../auth';
import type { AppDeps, AppEnv } from '../context';
import { ZProductSummary } from '../schemas/catalog';
import { errorResponses, jsonBody, jsonResponse } from '../schemas/common';
import { validationHook } from '../validation';

const tags = ['Auth and account'];
const idParam = z.object({ id: z.string().min(1).max(100) });
const productParam = z.object({ productId: z.string().min(1).max(100) });

const ZAddressView = z
  .object({
    id: z.string().uuid(),
    fullName: z.string(),
    company: z.string().nullable(),
    line1: z.string(),
    line2: z.string().nullable(),
    postalCode: z.string(),
    city: z.string(),
    country: z.string().openapi({ description: 'ISO 3166-1 alpha-2' }),
    phone: z.string().nullable(),
    isDefaultShipping: z.boolean(),
    isDefaultBilling: z.boolean(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('Address');

const ZWishlistItem = z.object({ addedAt: z.string(), product: ZProductSummary }).openapi('WishlistItem');

const routes = {
  listAddresses: createRoute({
    method: 'get',
    path: '/addresses',
    tags,
    summary: 'My address book',
    responses: {
      200: jsonResponse(z.object({ items: z.array(ZAddressView) }), 'Addresses'),
      ...errorResponses(401),
    },
  }),
  createAddress: createRoute({
    method: 'post',
    path: '/addresses',
    tags,
    summary: 'Add an address (postal code checked for the country)',
    request: jsonBody(ZAddressInput),
    responses: { 201: jsonResponse(ZAddressView, 'Added'), ...errorResponses(400, 401, 403, 409) },
  }),
  getAddress: createRoute({
    method: 'get',
    path: '/addresses/{id}',
    tags,
    summary: 'One of my addresses',
    request: { params: idParam },
    responses: { 200: jsonResponse(ZAddressView, 'The address'), ...errorResponses(401, 404) },
  }),
  updateAddress: createRoute({
    method: 'patch',
    path: '/addresses/{id}',
    tags,
    summary: 'Change an address or make it a default',
    request: { params: idParam, ...jsonBody(ZAddressPatch) },
    responses: { 200: jsonResponse(ZAddressView, 'Changed'), ...errorResponses(400, 401, 403, 404) },
  }),
  deleteAddress: createRoute({
    method: 'delete',
    path: '/addresses/{id}',
    tags,
    summary: 'Remove an address',
    request: { params: idParam },
    responses: { 204: { description: 'Removed' }, ...errorResponses(401, 403, 404) },
  }),
  listWishlist: createRoute({
    method: 'get',
    path: '/wishlist',
    tags,
    summary: 'My wishlist with live prices and stock',
    responses: {
      200: jsonResponse(z.object({ items: z.array(ZWishlistItem) }), 'The wishlist'),
      ...errorResponses(401),
    },
  }),
  wishlistState: createRoute({
    method: 'get',
    path: '/wishlist/{productId}',
    tags,
    summary: 'Whether a product is on my wishlist; answers signed-out visitors too (signedIn false)',
    description:
      'A product page asks this on every view. It never answers 401, so a signed-out visitor costs no error.',
    request: { params: productParam },
    responses: {
      200: jsonResponse(z.object({ signedIn: z.boolean(), saved: z.boolean() }), 'The heart state'),
    },
  }),
  addToWishlist: createRoute({
    method: 'put',
    path: '/wishlist/{productId}',
    tags,
    summary: 'Add a product (idempotent)',
    request: { params: productParam },
    responses: { 204: { description: 'On the wishlist' }, ...errorResponses(401, 403, 404, 409) },
  }),
  removeFromWishlist: createRoute({
    method: 'delete',
    path: '/wishlist/{productId}',
    tags,
    summary: 'Remove a product',
    request: { params: productParam },
    responses: { 204: { description: 'Removed' }, ...errorResponses(401, 403, 404) },
  }),
  exportAccount: createRoute({
    method: 'get',
    path: '/account/export',
    tags,
    summary: 'Everything stored about me, as JSON (GDPR)',
    responses: { 200: jsonResponse(z.record(z.string(), z.unknown()), 'The export'), ...errorResponses(401) },
  }),
  deleteAccount: createRoute({
    method: 'delete',
    path: '/account',
    tags,
    summary: 'Erase my account (GDPR); orders are kept anonymised as bookkeeping law requires',
    request: jsonBody(z.object({ password: z.string().min(1).max(1024) })),
    responses: { 204: { description: 'Erased' }, ...errorResponses(400, 401, 403) },
  }),
};

const iso = (date: Date) => date.toISOString();

export function accountRoutes(deps: AppDeps) {
  const { db } = deps;
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  const view = <T extends { createdAt: Date; updatedAt: Date }>(address: T) => ({
    ...address,
    createdAt: iso(address.createdAt),
    updatedAt: iso(address.updatedAt),
  });

  app.openapi(routes.listAddresses, async (c) => {
    const items = await listAddresses(db, requireUser(c).user.id);
    return c.json({ items: items.map(view) }, 200);
  });
  app.openapi(routes.createAddress, async (c) =>
    c.json(view(await createAddress(db, requireUser(c).user.id, c.req.valid('json'))), 201),
  );
  app.openapi(routes.getAddress, async (c) =>
    c.json(view(await getAddress(db, requireUser(c).user.id, c.req.valid('param').id)), 200),
  );
  app.openapi(routes.updateAddress, async (c) =>
    c.json(
      view(await updateAddress(db, requireUser(c).user.id, c.req.valid('param').id, c.req.valid('json'))),
      200,
    ),
  );
  app.openapi(routes.deleteAddress, async (c) => {
    await deleteAddress(db, requireUser(c).user.id, c.req.valid('param').id);
    return c.body(null, 204);
  });

  app.openapi(routes.listWishlist, async (c) =>
    c.json({ items: await listWishlist(db, requireUser(c).user.id, c.var.locale) }, 200),
  );
  app.openapi(routes.wishlistState, async (c) => {
    const user = c.var.actor?.user;
    const saved = user ? await isOnWishlist(db, user.id, c.req.valid('param').productId) : false;
    c.header('Cache-Control', 'private, no-store');
    return c.json({ signedIn: Boolean(user), saved }, 200);
  });
  app.openapi(routes.addToWishlist, async (c) => {
    await addToWishlist(db, requireUser(c).user.id, c.req.valid('param').productId);
    return c.body(null, 204);
  });
  app.openapi(routes.removeFromWishlist, async (c) => {
    await removeFromWishlist(db, requireUser(c).user.id, c.req.valid('param').productId);
    return c.body(null, 204);
  });

  app.openapi(routes.exportAccount, async (c) => {
    const data = await exportAccount(db, requireUser(c).user.id);
    c.header('Content-Disposition', 'attachment; filename="puoti-account-export.json"');
    c.header('Cache-Control', 'no-store');
    return c.json(data, 200);
  });
  app.openapi(routes.deleteAccount, async (c) => {
    await deleteAccount(db, requireUser(c), c.req.valid('json').password);
    clearSessionCookie(c);
    return c.body(null, 204);
  });

  return app;
}
