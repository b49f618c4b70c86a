import { z } from '@hono/zod-openapi';

export const ZImage = z
  .object({
    id: z.string(),
    alt: z.string(),
    sources: z.array(
      z.object({
        url: z.string().openapi({ example: '/media/products/macbook-pro-16/0-640.webp' }),
        width: z.number().int(),
        height: z.number().int(),
        format: z.enum(['webp', 'avif', 'jpeg', 'png']),
        key: z.string(),
      }),
    ),
  })
  .openapi('Image');

const money = z.number().int().openapi({ description: 'Euro cents, VAT included' });

export const ZProductSummary = z
  .object({
    id: z.string().uuid(),
    slug: z.string(),
    name: z.string(),
    brand: z.string().nullable(),
    shortDescription: z.string(),
    priceCents: money,
    priceVaries: z.boolean().openapi({ description: 'Variants cost differently; priceCents is the lowest.' }),
    compareAtPriceCents: money.nullable(),
    lowestPrice30dCents: money.openapi({
      description: 'Lowest price in the 30 days before the current price took effect (EU Omnibus rule).',
    }),
    inStock: z.boolean(),
    isFeatured: z.boolean(),
    ratingAverage: z.number().nullable(),
    ratingCount: z.number().int(),
    image: ZImage.nullable(),
  })
  .openapi('ProductSummary');

const ZCategoryRef = z
  .object({ id: z.string().uuid(), slug: z.string(), name: z.string() })
  .openapi('CategoryRef');

export const ZVariant = z
  .object({
    id: z.string().uuid(),
    sku: z.string(),
    options: z.record(z.string(), z.string()),
    priceCents: money,
    lowestPrice30dCents: money,
    stock: z.number().int(),
    inStock: z.boolean(),
  })
  .openapi('Variant');

export const ZProductDetail = ZProductSummary.omit({ image: true })
  .extend({
    sku: z.string(),
    description: z.string(),
    specifications: z.array(z.object({ label: z.string(), value: z.string() })),
    stock: z.number().int(),
    lowStock: z.boolean(),
    taxClass: z.string(),
    variants: z.array(ZVariant),
    images: z.array(ZImage),
    category: ZCategoryRef.nullable(),
    breadcrumbs: z.array(ZCategoryRef),
    slugs: z.record(z.string(), z.string()),
    ratingDistribution: z.object({
      1: z.number(),
      2: z.number(),
      3: z.number(),
      4: z.number(),
      5: z.number(),
    }),
  })
  .openapi('ProductDetail');

interface CategoryNodeShape {
  id: string;
  slug: string;
  name: string;
  description: string;
  productCount: number;
  slugs: Record<string, string>;
  children: CategoryNodeShape[];
}

export const ZCategoryNode: z.ZodType<CategoryNodeShape> = z
  .object({
    id: z.string().uuid(),
    slug: z.string(),
    name: z.string(),
    description: z.string(),
    productCount: z
      .number()
      .int()
      .openapi({ description: 'Visible products here and in every sub-category' }),
    slugs: z.record(z.string(), z.string()).openapi({ description: 'The slug in every locale' }),
    get children() {
      return z.array(ZCategoryNode);
    },
  })
  .openapi('CategoryNode');

export const ZSuggestion = z
  .object({
    type: z.enum(['product', 'category']),
    id: z.string().uuid(),
    slug: z.string(),
    name: z.string(),
    priceCents: money.optional(),
    image: ZImage.nullable().optional(),
  })
  .openapi('Suggestion');

export const ZReview = z
  .object({
    id: z.string().uuid(),
    rating: z.number().int().min(1).max(5),
    title: z.string(),
    body: z.string(),
    authorName: z.string(),
    locale: z.string(),
    verifiedPurchase: z.boolean(),
    createdAt: z.string().openapi({ format: 'date-time' }),
  })
  .openapi('Review');
