import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { cacheTags } from '@puoti/core';
import {
  createReview,
  deleteMyReview,
  getMyReview,
  updateMyReview,
  ZReviewInput,
  ZReviewPatch,
} from '@puoti/core/reviews';
import { requireUser } from '../auth';
import type { AppDeps, AppEnv } from '../context';
import { errorResponses, jsonBody, jsonResponse } from '../schemas/common';
import { validationHook } from '../validation';

const tags = ['Catalogue'];
const idParam = z.object({ id: z.string().min(1).max(100) });

const ZMyReview = z
  .object({
    id: z.string().uuid(),
    productId: z.string().uuid(),
    rating: z.number().int().min(1).max(5),
    title: z.string(),
    body: z.string(),
    authorName: z.string().openapi({ example: 'Aino K.' }),
    locale: z.string(),
    verifiedPurchase: z.boolean(),
    status: z.enum(['pending', 'published', 'hidden']),
    createdAt: z.string().openapi({ format: 'date-time' }),
    updatedAt: z.string().openapi({ format: 'date-time' }),
  })
  .openapi('MyReview');

const routes = {
  create: createRoute({
    method: 'post',
    path: '/products/{id}/reviews',
    tags,
    summary: 'Review a product (customers with a delivered order containing it; one per product)',
    request: { params: idParam, ...jsonBody(ZReviewInput) },
    responses: { 201: jsonResponse(ZMyReview, 'Published'), ...errorResponses(400, 401, 403, 404, 409) },
  }),
  mine: createRoute({
    method: 'get',
    path: '/products/{id}/reviews/mine',
    tags,
    summary: 'My review of the product, whatever its moderation status (404 when I have none)',
    request: { params: idParam },
    responses: { 200: jsonResponse(ZMyReview, 'My review'), ...errorResponses(401, 404) },
  }),
  update: createRoute({
    method: 'patch',
    path: '/products/{id}/reviews/mine',
    tags,
    summary: 'Edit my review of the product',
    request: { params: idParam, ...jsonBody(ZReviewPatch) },
    responses: { 200: jsonResponse(ZMyReview, 'Changed'), ...errorResponses(400, 401, 403, 404) },
  }),
  delete: createRoute({
    method: 'delete',
    path: '/products/{id}/reviews/mine',
    tags,
    summary: 'Remove my review of the product',
    request: { params: idParam },
    responses: { 204: { description: 'Removed' }, ...errorResponses(401, 403, 404) },
  }),
};

export function reviewRoutes(deps: AppDeps) {
  const { db, cache } = deps;
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  // A review changes its product's rating and review list, which cached catalogue answers carry. The
  // core call has committed by the time it returns, so a read after this sees the new rating.
  const invalidateCatalog = () => cache.invalidate([cacheTags.catalog]);

  app.openapi(routes.create, async (c) => {
    const review = await createReview(
      db,
      requireUser(c).user,
      c.req.valid('param').id,
      c.req.valid('json'),
      c.var.locale,
    );
    invalidateCatalog();
    return c.json(review, 201);
  });
  app.openapi(routes.mine, async (c) =>
    c.json(await getMyReview(db, requireUser(c).user.id, c.req.valid('param').id), 200),
  );
  app.openapi(routes.update, async (c) => {
    const review = await updateMyReview(
      db,
      requireUser(c).user.id,
      c.req.valid('param').id,
      c.req.valid('json'),
    );
    invalidateCatalog();
    return c.json(review, 200);
  });
  app.openapi(routes.delete, async (c) => {
    await deleteMyReview(db, requireUser(c).user.id, c.req.valid('param').id);
    invalidateCatalog();
    return c.body(null, 204);
  });

  return app;
}
