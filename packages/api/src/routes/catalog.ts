import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { ZPageQuery } from '@puoti/core';
import {
  getProduct,
  listCategoryTree,
  listProductReviews,
  listProducts,
  productSorts,
  suggestSearch,
  ZListProductsQuery,
} from '@puoti/core/catalog';
import type { AppDeps, AppEnv } from '../context';
import { ZCategoryNode, ZProductDetail, ZProductSummary, ZReview, ZSuggestion } from '../schemas/catalog';
import { errorResponses, jsonResponse, pageOf, ZLocaleQuery } from '../schemas/common';
import { validationHook } from '../validation';

const categoriesRoute = createRoute({
  method: 'get',
  path: '/categories',
  tags: ['Catalogue'],
  summary: 'The visible category tree',
  request: { query: ZLocaleQuery },
  responses: {
    200: jsonResponse(z.array(ZCategoryNode), 'Top-level categories with their children'),
    ...errorResponses(400),
  },
});

const productsRoute = createRoute({
  method: 'get',
  path: '/products',
  tags: ['Catalogue'],
  summary: 'Search, filter and sort products',
  request: {
    query: ZLocaleQuery.extend(ZListProductsQuery.shape).extend({
      sort: z.enum(productSorts).optional().openapi({ description: 'Default: relevance' }),
    }),
  },
  responses: {
    200: jsonResponse(pageOf(ZProductSummary, 'ProductPage'), 'One page of products'),
    ...errorResponses(400, 404),
  },
});

const productRoute = createRoute({
  method: 'get',
  path: '/products/{slugOrId}',
  tags: ['Catalogue'],
  summary: 'One product by id or by its slug in any locale',
  request: { params: z.object({ slugOrId: z.string().min(1).max(200) }), query: ZLocaleQuery },
  responses: { 200: jsonResponse(ZProductDetail, 'The product'), ...errorResponses(400, 404) },
});

const suggestRoute = createRoute({
  method: 'get',
  path: '/search/suggest',
  tags: ['Catalogue'],
  summary: 'Autocomplete: at most 8 products and categories',
  request: { query: ZLocaleQuery.extend({ q: z.string().trim().min(1).max(200) }) },
  responses: {
    200: jsonResponse(z.object({ items: z.array(ZSuggestion) }), 'Suggestions'),
    ...errorResponses(400),
  },
});

const reviewsRoute = createRoute({
  method: 'get',
  path: '/products/{id}/reviews',
  tags: ['Catalogue'],
  summary: "A product's published reviews, newest first",
  request: { params: z.object({ id: z.string().min(1).max(100) }), query: ZPageQuery },
  responses: {
    200: jsonResponse(pageOf(ZReview, 'ReviewPage'), 'One page of reviews'),
    ...errorResponses(400, 404),
  },
});

export function catalogRoutes(deps: AppDeps) {
  const { db } = deps;
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

  app.openapi(categoriesRoute, async (c) =>
    c.json(await listCategoryTree(db, { locale: c.var.locale }), 200),
  );

  app.openapi(productsRoute, async (c) => {
    const { locale: _ignored, ...query } = c.req.valid('query');
    return c.json(await listProducts(db, { ...query, locale: c.var.locale }), 200);
  });

  app.openapi(productRoute, async (c) =>
    c.json(await getProduct(db, { slugOrId: c.req.valid('param').slugOrId, locale: c.var.locale }), 200),
  );

  app.openapi(suggestRoute, async (c) =>
    c.json({ items: await suggestSearch(db, { q: c.req.valid('query').q, locale: c.var.locale }) }, 200),
  );

  app.openapi(reviewsRoute, async (c) => {
    const query = c.req.valid('query');
    return c.json(await listProductReviews(db, { productId: c.req.valid('param').id, ...query }), 200);
  });

  return app;
}
