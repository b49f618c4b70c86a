import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { AppError, cacheTags, locales } from '@puoti/core';
import {
  archiveProduct,
  createCategory,
  createProduct,
  deleteCategory,
  deleteProductImage,
  getAdminProduct,
  listAdminCategories,
  maxImageBytes,
  updateCategory,
  updateProduct,
  updateProductImage,
  uploadProductImage,
  ZCreateCategoryInput,
  ZCreateProductInput,
  ZUpdateCategoryInput,
  ZUpdateImageInput,
  ZUpdateProductInput,
} from '@puoti/core/catalog';
import type { Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { requireAdmin } from '../auth';
import type { AppDeps, AppEnv } from '../context';
import { errorResponses, jsonBody, jsonResponse, ZErrorBody } from '../schemas/common';
import { validationHook } from '../validation';

const tags = ['Admin'];
const security: Record<string, string[]>[] = [{ bearer: [] }, { cookie: [] }];
const idParam = z.object({ id: z.string().min(1).max(100) });
const imageParam = idParam.extend({ imageId: z.string().min(1).max(100) });
const money = z.number().int().openapi({ description: 'Euro cents, VAT included' });
const timestamp = z.string().openapi({ format: 'date-time' });
const ZLocale = z.enum(locales);

const ZAdminImage = z
  .object({
    id: z.string().uuid(),
    position: z.number().int(),
    alt: z.object({ fi: z.string(), sv: z.string(), en: z.string(), zh: z.string() }).partial(),
    sources: z.array(
      z.object({
        url: z.string(),
        width: z.number().int(),
        height: z.number().int(),
        format: z.enum(['webp', 'avif', 'jpeg', 'png']),
        key: z.string(),
      }),
    ),
    createdAt: timestamp,
  })
  .openapi('AdminImage');

const ZAdminProductTranslation = z.object({
  name: z.string(),
  slug: z.string(),
  shortDescription: z.string(),
  description: z.string(),
  specifications: z.array(z.object({ label: z.string(), value: z.string() })),
  keywords: z.string().openapi({ description: 'Own search words; brand, SKUs and category names are added' }),
});

const ZAdminProduct = z
  .object({
    id: z.string().uuid(),
    sku: z.string(),
    brand: z.string().nullable(),
    categoryId: z.string().uuid().nullable(),
    priceCents: money,
    compareAtPriceCents: money.nullable(),
    lowestPrice30dCents: money.openapi({
      description: 'Lowest price in the 30 days before the current price took effect (EU Omnibus rule)',
    }),
    priceChangedAt: timestamp,
    stock: z.number().int(),
    stockTotal: z.number().int(),
    lowStockThreshold: z.number().int(),
    taxClass: z.enum(['standard', 'food', 'books', 'press']),
    isFeatured: z.boolean(),
    isVisible: z.boolean(),
    archivedAt: timestamp.nullable(),
    weightGrams: z.number().int().nullable(),
    translations: z
      .object({
        fi: ZAdminProductTranslation,
        sv: ZAdminProductTranslation,
        en: ZAdminProductTranslation,
        zh: ZAdminProductTranslation,
      })
      .partial(),
    missingTranslations: z.array(ZLocale),
    variants: z.array(
      z.object({
        id: z.string().uuid(),
        sku: z.string(),
        options: z.record(z.string(), z.string()),
        priceCents: money.nullable().openapi({ description: "Null: the product's price" }),
        lowestPrice30dCents: money.nullable(),
        priceChangedAt: timestamp,
        stock: z.number().int(),
        position: z.number().int(),
        isActive: z.boolean(),
      }),
    ),
    images: z.array(ZAdminImage),
    priceHistory: z.array(
      z.object({
        variantId: z.string().uuid().nullable(),
        priceCents: money,
        effectiveFrom: timestamp,
        actorId: z.string().uuid().nullable(),
      }),
    ),
    createdAt: timestamp,
    updatedAt: timestamp,
  })
  .openapi('AdminProduct');

const ZAdminCategoryTranslation = z.object({ name: z.string(), slug: z.string(), description: z.string() });
const adminCategoryShape = {
  id: z.string().uuid(),
  parentId: z.string().uuid().nullable(),
  position: z.number().int(),
  isActive: z.boolean(),
  translations: z
    .object({
      fi: ZAdminCategoryTranslation,
      sv: ZAdminCategoryTranslation,
      en: ZAdminCategoryTranslation,
      zh: ZAdminCategoryTranslation,
    })
    .partial(),
  missingTranslations: z.array(ZLocale),
  productCount: z.number().int().openapi({ description: 'Products directly in it that are not archived' }),
  createdAt: timestamp,
  updatedAt: timestamp,
};
const ZAdminCategory = z.object(adminCategoryShape).openapi('AdminCategory');

type AdminCategoryNodeShape = z.infer<typeof ZAdminCategory> & { children: AdminCategoryNodeShape[] };
const ZAdminCategoryNode: z.ZodType<AdminCategoryNodeShape> = z
  .object({
    ...adminCategoryShape,
    get children() {
      return z.array(ZAdminCategoryNode);
    },
  })
  .openapi('AdminCategoryNode');

const altField = z.string().max(300).optional();
const ZImageUpload = z
  .object({
    file: z
      .custom<File>((value) => value instanceof File, 'must be a file')
      .openapi({ type: 'string', format: 'binary', description: 'JPEG, PNG or WebP, at most 10 MB' }),
    position: z.coerce.number().int().min(0).max(1000).optional(),
    'alt.fi': altField,
    'alt.sv': altField,
    'alt.en': altField,
    'alt.zh': altField,
  })
  .openapi('ImageUpload');

const routes = {
  getProduct: createRoute({
    method: 'get',
    path: '/admin/products/{id}',
    tags,
    security,
    summary: 'A product as the admin edits it: every translation, all variants, images, price history',
    request: { params: idParam },
    responses: { 200: jsonResponse(ZAdminProduct, 'The product'), ...errorResponses(401, 403, 404) },
  }),
  createProduct: createRoute({
    method: 'post',
    path: '/admin/products',
    tags,
    security,
    summary: 'Create a product with its text in all four locales, variants and opening stock',
    request: jsonBody(ZCreateProductInput),
    responses: { 201: jsonResponse(ZAdminProduct, 'Created'), ...errorResponses(400, 401, 403, 409) },
  }),
  updateProduct: createRoute({
    method: 'patch',
    path: '/admin/products/{id}',
    tags,
    security,
    summary:
      'Change prices, visibility, translations, variants, category, ... (price changes go to the price history)',
    request: { params: idParam, ...jsonBody(ZUpdateProductInput) },
    responses: { 200: jsonResponse(ZAdminProduct, 'Changed'), ...errorResponses(400, 401, 403, 404, 409) },
  }),
  archiveProduct: createRoute({
    method: 'delete',
    path: '/admin/products/{id}',
    tags,
    security,
    summary: 'Archive a product: gone from the storefront, kept on past orders',
    request: { params: idParam },
    responses: { 204: { description: 'Archived' }, ...errorResponses(401, 403, 404) },
  }),
  uploadImage: createRoute({
    method: 'post',
    path: '/admin/products/{id}/images',
    tags,
    security,
    summary:
      'Upload an image (JPEG, PNG or WebP, checked from its content), stored as WebP and AVIF in several widths',
    request: {
      params: idParam,
      body: { required: true, content: { 'multipart/form-data': { schema: ZImageUpload } } },
    },
    responses: {
      201: jsonResponse(ZAdminImage, 'Stored'),
      ...errorResponses(400, 401, 403, 404),
      413: jsonResponse(ZErrorBody, 'Larger than 10 MB or 50 megapixels'),
      415: jsonResponse(ZErrorBody, 'Not a JPEG, PNG or WebP image'),
    },
  }),
  updateImage: createRoute({
    method: 'patch',
    path: '/admin/products/{id}/images/{imageId}',
    tags,
    security,
    summary: "Move an image or change its alt text per locale (an empty text removes that locale's)",
    request: { params: imageParam, ...jsonBody(ZUpdateImageInput) },
    responses: { 200: jsonResponse(ZAdminImage, 'Changed'), ...errorResponses(400, 401, 403, 404) },
  }),
  deleteImage: createRoute({
    method: 'delete',
    path: '/admin/products/{id}/images/{imageId}',
    tags,
    security,
    summary: 'Remove an image from a product',
    request: { params: imageParam },
    responses: { 204: { description: 'Removed' }, ...errorResponses(401, 403, 404) },
  }),
  listCategories: createRoute({
    method: 'get',
    path: '/admin/categories',
    tags,
    security,
    summary: 'Every category, hidden ones too, as a tree with all translations',
    responses: {
      200: jsonResponse(z.array(ZAdminCategoryNode), 'Top-level categories'),
      ...errorResponses(401, 403),
    },
  }),
  createCategory: createRoute({
    method: 'post',
    path: '/admin/categories',
    tags,
    security,
    summary: 'Create a category named in all four locales',
    request: jsonBody(ZCreateCategoryInput),
    responses: { 201: jsonResponse(ZAdminCategory, 'Created'), ...errorResponses(400, 401, 403, 409) },
  }),
  updateCategory: createRoute({
    method: 'patch',
    path: '/admin/categories/{id}',
    tags,
    security,
    summary: 'Rename, translate, hide, reorder or move a category (409 for a move that would make a cycle)',
    request: { params: idParam, ...jsonBody(ZUpdateCategoryInput) },
    responses: { 200: jsonResponse(ZAdminCategory, 'Changed'), ...errorResponses(400, 401, 403, 404, 409) },
  }),
  deleteCategory: createRoute({
    method: 'delete',
    path: '/admin/categories/{id}',
    tags,
    security,
    summary: 'Delete an empty category (409 while it has sub-categories or products)',
    request: { params: idParam },
    responses: { 204: { description: 'Deleted' }, ...errorResponses(401, 403, 404, 409) },
  }),
};

/** Room for the form's other fields around the largest accepted file. */
const multipartOverhead = 64 * 1024;

export function adminCatalogRoutes(deps: AppDeps) {
  const { db, cache, storage } = deps;
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  // Every write changes what the storefront shows; the core call has committed when it returns.
  const invalidateCatalog = () => cache.invalidate([cacheTags.catalog]);
  const writer = (c: Context<AppEnv>) => {
    const { user } = requireAdmin(c);
    return { actor: { id: user.id, email: user.email }, requestId: c.var.requestId };
  };

  // Refuses a body over the limit while it arrives (by Content-Length, or by counting a streamed one),
  // before the form parser holds any of it in memory.
  app.use(
    '/admin/products/:id/images',
    bodyLimit({
      maxSize: maxImageBytes + multipartOverhead,
      onError: () => {
        throw new AppError(
          'PAYLOAD_TOO_LARGE',
          `The upload is larger than ${maxImageBytes / 1024 / 1024} MB.`,
        );
      },
    }),
  );

  app.openapi(routes.getProduct, async (c) => {
    requireAdmin(c);
    return c.json(await getAdminProduct(db, c.req.valid('param').id), 200);
  });

  app.openapi(routes.createProduct, async (c) => {
    const product = await createProduct(db, { ...writer(c), input: c.req.valid('json') });
    invalidateCatalog();
    return c.json(product, 201);
  });

  app.openapi(routes.updateProduct, async (c) => {
    const product = await updateProduct(db, {
      ...writer(c),
      productId: c.req.valid('param').id,
      input: c.req.valid('json'),
    });
    invalidateCatalog();
    return c.json(product, 200);
  });

  app.openapi(routes.archiveProduct, async (c) => {
    await archiveProduct(db, { ...writer(c), productId: c.req.valid('param').id });
    invalidateCatalog();
    return c.body(null, 204);
  });

  app.openapi(routes.uploadImage, async (c) => {
    const form = c.req.valid('form');
    const image = await uploadProductImage(db, storage, {
      ...writer(c),
      productId: c.req.valid('param').id,
      data: Buffer.from(await form.file.arrayBuffer()),
      alt: { fi: form['alt.fi'], sv: form['alt.sv'], en: form['alt.en'], zh: form['alt.zh'] },
      position: form.position,
    });
    invalidateCatalog();
    return c.json(image, 201);
  });

  app.openapi(routes.updateImage, async (c) => {
    const { id, imageId } = c.req.valid('param');
    const image = await updateProductImage(db, {
      ...writer(c),
      productId: id,
      imageId,
      input: c.req.valid('json'),
    });
    invalidateCatalog();
    return c.json(image, 200);
  });

  app.openapi(routes.deleteImage, async (c) => {
    const { id, imageId } = c.req.valid('param');
    await deleteProductImage(db, storage, { ...writer(c), productId: id, imageId });
    invalidateCatalog();
    return c.body(null, 204);
  });

  app.openapi(routes.listCategories, async (c) => {
    requireAdmin(c);
    return c.json(await listAdminCategories(db), 200);
  });

  app.openapi(routes.createCategory, async (c) => {
    const category = await createCategory(db, { ...writer(c), input: c.req.valid('json') });
    invalidateCatalog();
    return c.json(category, 201);
  });

  app.openapi(routes.updateCategory, async (c) => {
    const category = await updateCategory(db, {
      ...writer(c),
      categoryId: c.req.valid('param').id,
      input: c.req.valid('json'),
    });
    invalidateCatalog();
    return c.json(category, 200);
  });

  app.openapi(routes.deleteCategory, async (c) => {
    await deleteCategory(db, { ...writer(c), categoryId: c.req.valid('param').id });
    invalidateCatalog();
    return c.body(null, 204);
  });

  return app;
}
