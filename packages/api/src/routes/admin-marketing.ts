import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { cacheTags } from '@puoti/core';
import {
  couponTypes,
  createCoupon,
  deleteCoupon,
  listCoupons,
  updateCoupon,
  ZCouponInput,
  ZCouponPatch,
  ZListCouponsQuery,
} from '@puoti/core/promotions';
import {
  deleteReviewAsAdmin,
  listReviewsForAdmin,
  reviewStatuses,
  setReviewStatus,
  ZAdminReviewsQuery,
  ZReviewStatusInput,
} from '@puoti/core/reviews';
import type { Context } from 'hono';
import { requireAdmin } from '../auth';
import type { AppDeps, AppEnv } from '../context';
import { errorResponses, jsonBody, jsonResponse, pageOf, ZLocaleQuery } from '../schemas/common';
import { validationHook } from '../validation';

const tags = ['Admin'];
const idParam = z.object({ id: z.string().min(1).max(100) });
const dateTime = z.string().openapi({ format: 'date-time' });

const ZAdminCoupon = z
  .object({
    id: z.string().uuid(),
    code: z.string().openapi({ example: 'SUMMER20' }),
    description: z.string(),
    type: z.enum(couponTypes),
    value: z.number().int().openapi({ description: 'Percent for percentage coupons, cents for fixed ones' }),
    minOrderCents: z.number().int().nullable(),
    usageLimit: z.number().int().nullable(),
    perCustomerLimit: z.number().int().nullable(),
    startsAt: dateTime,
    endsAt: dateTime.nullable(),
    isActive: z.boolean(),
    timesUsed: z.number().int(),
    createdAt: dateTime,
    updatedAt: dateTime,
    usage: z.object({
      activeRedemptions: z.number().int(),
      releasedRedemptions: z.number().int().openapi({ description: 'Uses given back by cancelled orders' }),
      discountGivenCents: z.number().int(),
    }),
  })
  .openapi('AdminCoupon');

const ZAdminReview = z
  .object({
    id: z.string().uuid(),
    productId: z.string().uuid(),
    productName: z.string(),
    userId: z.string().uuid().nullable(),
    authorName: z.string(),
    locale: z.string(),
    rating: z.number().int().min(1).max(5),
    title: z.string(),
    body: z.string(),
    status: z.enum(reviewStatuses),
    verifiedPurchase: z.boolean(),
    createdAt: dateTime,
    updatedAt: dateTime,
  })
  .openapi('AdminReview');

const routes = {
  listCoupons: createRoute({
    method: 'get',
    path: '/admin/coupons',
    tags,
    summary: 'Coupons, newest first, with their usage so far',
    request: { query: ZListCouponsQuery },
    responses: {
      200: jsonResponse(pageOf(ZAdminCoupon, 'AdminCouponPage'), 'Coupons'),
      ...errorResponses(400, 401, 403),
    },
  }),
  createCoupon: createRoute({
    method: 'post',
    path: '/admin/coupons',
    tags,
    summary: 'Create a coupon (code unique in any letter case)',
    request: jsonBody(ZCouponInput),
    responses: { 201: jsonResponse(ZAdminCoupon, 'Created'), ...errorResponses(400, 401, 403, 409) },
  }),
  updateCoupon: createRoute({
    method: 'patch',
    path: '/admin/coupons/{id}',
    tags,
    summary: 'Change a coupon; the result is checked as a whole',
    request: { params: idParam, ...jsonBody(ZCouponPatch) },
    responses: { 200: jsonResponse(ZAdminCoupon, 'Changed'), ...errorResponses(400, 401, 403, 404, 409) },
  }),
  deleteCoupon: createRoute({
    method: 'delete',
    path: '/admin/coupons/{id}',
    tags,
    summary: 'Delete an unused coupon (409 once used: deactivate it instead)',
    request: { params: idParam },
    responses: { 204: { description: 'Deleted' }, ...errorResponses(401, 403, 404, 409) },
  }),
  listReviews: createRoute({
    method: 'get',
    path: '/admin/reviews',
    tags,
    summary: 'Reviews for moderation, newest first, by status, product, stars or words',
    request: { query: ZLocaleQuery.extend(ZAdminReviewsQuery.shape) },
    responses: {
      200: jsonResponse(pageOf(ZAdminReview, 'AdminReviewPage'), 'Reviews'),
      ...errorResponses(400, 401, 403),
    },
  }),
  setReviewStatus: createRoute({
    method: 'patch',
    path: '/admin/reviews/{id}',
    tags,
    summary: "Publish, hide or hold a review; the product's rating follows",
    request: { params: idParam, query: ZLocaleQuery, ...jsonBody(ZReviewStatusInput) },
    responses: { 200: jsonResponse(ZAdminReview, 'Changed'), ...errorResponses(400, 401, 403, 404) },
  }),
  deleteReview: createRoute({
    method: 'delete',
    path: '/admin/reviews/{id}',
    tags,
    summary: "Delete a review; the product's rating follows",
    request: { params: idParam },
    responses: { 204: { description: 'Deleted' }, ...errorResponses(401, 403, 404) },
  }),
};

/** Who is writing, for the audit log. */
function writer(c: Context<AppEnv>) {
  const { user } = requireAdmin(c);
  return { actor: { id: user.id, email: user.email }, requestId: c.var.requestId };
}

export function adminMarketingRoutes(deps: AppDeps) {
  const { db, cache } = deps;
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  // A review's status decides whether the storefront shows it and counts it in the product's rating,
  // both of which cached catalogue answers carry. The core call has committed when it returns.
  const invalidateCatalog = () => cache.invalidate([cacheTags.catalog]);

  app.openapi(routes.listCoupons, async (c) => c.json(await listCoupons(db, c.req.valid('query')), 200));

  app.openapi(routes.createCoupon, async (c) =>
    c.json(await createCoupon(db, c.req.valid('json'), writer(c)), 201),
  );

  app.openapi(routes.updateCoupon, async (c) =>
    c.json(await updateCoupon(db, c.req.valid('param').id, c.req.valid('json'), writer(c)), 200),
  );

  app.openapi(routes.deleteCoupon, async (c) => {
    await deleteCoupon(db, c.req.valid('param').id, writer(c));
    return c.body(null, 204);
  });

  app.openapi(routes.listReviews, async (c) =>
    c.json(await listReviewsForAdmin(db, c.req.valid('query'), c.var.locale), 200),
  );

  app.openapi(routes.setReviewStatus, async (c) => {
    const review = await setReviewStatus(db, c.req.valid('param').id, c.req.valid('json').status, {
      ...writer(c),
      locale: c.var.locale,
    });
    invalidateCatalog();
    return c.json(review, 200);
  });

  app.openapi(routes.deleteReview, async (c) => {
    await deleteReviewAsAdmin(db, c.req.valid('param').id, writer(c));
    invalidateCatalog();
    return c.body(null, 204);
  });

  return app;
}
