import { randomUUID } from 'node:crypto';
import { and, asc, eq, ne } from 'drizzle-orm';
import { z } from 'zod';
import { recordAudit } from '../audit/log';
import type { Db, Executor } from '../db/client';
import { AppError, notFound } from '../lib/app-error';
import { type Locale, locales } from '../lib/locale';
import type { MediaStorage } from '../media/storage';
import {
  type AdminImage,
  type AdminWrite,
  isUuid,
  nonEmpty,
  parseInput,
  placeAt,
  toAdminImage,
} from './admin-products';
import { productImageWidths } from './images';
import { type ImageSource, productImages, products } from './schema';

/** Largest upload accepted; the API refuses a bigger body before reading it. */
export const maxImageBytes = 10 * 1024 * 1024;
/** Decoded size limit: a small, highly compressed file can still unpack to gigabytes of pixels. */
export const maxImagePixels = 50_000_000;

const ZAltText = z.string().trim().max(300);

/** Alt text per locale; an empty text removes that locale's (the storefront then uses the product name). */
export const ZImageAlt = z.object({ fi: ZAltText, sv: ZAltText, en: ZAltText, zh: ZAltText }).partial();

export const ZUpdateImageInput = z
  .object({ position: z.number().int().min(0).max(1000), alt: ZImageAlt })
  .partial()
  .refine(nonEmpty, 'nothing to change');
export type TUpdateImageInput = z.input<typeof ZUpdateImageInput>;

export type UploadedImageType = 'jpeg' | 'png' | 'webp';

/** The file's type from its first bytes, never from its name or the type the client claims. */
export function sniffImageType(data: Uint8Array): UploadedImageType | null {
  const startsWith = (bytes: readonly number[], offset = 0) =>
    data.length >= offset + bytes.length && bytes.every((byte, index) => data[offset + index] === byte);
  if (startsWith([0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  // "RIFF", a 4-byte size, then "WEBP".
  if (startsWith([0x52, 0x49, 0x46, 0x46]) && startsWith([0x57, 0x45, 0x42, 0x50], 8)) return 'webp';
  return null;
}

const unsupported = () =>
  new AppError('UNSUPPORTED_MEDIA_TYPE', 'Upload a JPEG, PNG or WebP image.', [
    { field: 'file', message: 'must be a JPEG, PNG or WebP image' },
  ]);

interface Rendition {
  width: number;
  height: number;
  format: 'webp' | 'avif';
  data: Buffer;
}

/**
 * Checks an upload from its content and renders it as the storefront's widths (never enlarged) in WebP
 * and AVIF. Like the demo images, the picture is decoded once (turned upright by its EXIF orientation)
 * at the largest width, and the smaller renditions are resized from those pixels.
 */
export async function renderUploadedImage(data: Buffer): Promise<Rendition[]> {
  if (data.length > maxImageBytes) {
    throw new AppError('PAYLOAD_TOO_LARGE', `The image is larger than ${maxImageBytes / 1024 / 1024} MB.`, [
      { field: 'file', message: `must be at most ${maxImageBytes} bytes` },
    ]);
  }
  // Loaded here, not at the top: the storefront imports this domain and should not carry sharp.
  const { default: sharp } = await import('sharp');
  const type = sniffImageType(data);
  if (!type) throw unsupported();
  const metadata = await sharp(data, { limitInputPixels: false })
    .metadata()
    .catch(() => null);
  // The header said one thing and the decoder found another, or could not read it at all.
  if (!metadata || metadata.format !== type || !metadata.width || !metadata.height) throw unsupported();
  if (metadata.width * metadata.height > maxImagePixels) {
    throw new AppError('PAYLOAD_TOO_LARGE', 'The image has too many pixels.', [
      { field: 'file', message: `must be at most ${maxImagePixels / 1_000_000} megapixels` },
    ]);
  }
  const largest = productImageWidths[productImageWidths.length - 1] ?? 1024;
  const { data: pixels, info } = await sharp(data, { limitInputPixels: maxImagePixels })
    .rotate()
    .resize({ width: largest, withoutEnlargement: true })
    .raw()
    .toBuffer({ resolveWithObject: true })
    .catch(() => {
      throw unsupported();
    });
  const raw = { width: info.width, height: info.height, channels: info.channels };
  const widths = [...productImageWidths.filter((width) => width < info.width), info.width];
  const renditions = await Promise.all(
    widths.map(async (width) => {
      const height = Math.max(1, Math.round((info.height * width) / info.width));
      const resized = () =>
        width === info.width ? sharp(pixels, { raw }) : sharp(pixels, { raw }).resize(width, height);
      // AVIF at effort 2 takes about a tenth of the default's time for files a fifth larger.
      const [webp, avif] = await Promise.all([
        resized().webp({ quality: 80 }).toBuffer(),
        resized().avif({ quality: 55, effort: 2 }).toBuffer(),
      ]);
      return [
        { width, height, format: 'webp' as const, data: webp },
        { width, height, format: 'avif' as const, data: avif },
      ];
    }),
  );
  return renditions.flat();
}

async function lockProduct(tx: Executor, productId: string): Promise<void> {
  const [row] = await tx
    .select({ id: products.id })
    .from(products)
    .where(eq(products.id, productId))
    .for('no key update');
  if (!row) throw notFound('Product');
}

/** Gives the product's images the positions 0, 1, 2, ... in the order given. */
async function renumber(tx: Executor, ids: readonly string[]): Promise<void> {
  for (const [position, id] of ids.entries()) {
    await tx.update(productImages).set({ position }).where(eq(productImages.id, id));
  }
}

async function otherImageIds(tx: Executor, productId: string, exceptId: string): Promise<string[]> {
  const rows = await tx
    .select({ id: productImages.id })
    .from(productImages)
    .where(and(eq(productImages.productId, productId), ne(productImages.id, exceptId)))
    .orderBy(asc(productImages.position), asc(productImages.createdAt));
  return rows.map((row) => row.id);
}

function cleanAlt(alt: Partial<Record<Locale, string>>): Partial<Record<Locale, string>> {
  return Object.fromEntries(locales.flatMap((locale) => (alt[locale] ? [[locale, alt[locale]]] : [])));
}

/**
 * Adds an image to a product: checked and rendered first, stored under keys that are never reused
 * (so browsers may cache them for good), then recorded at its position (the end when none is given).
 */
export async function uploadProductImage(
  db: Db,
  storage: MediaStorage,
  request: AdminWrite & {
    productId: string;
    data: Buffer;
    alt?: z.input<typeof ZImageAlt>;
    position?: number;
  },
): Promise<AdminImage> {
  const { productId } = request;
  if (!isUuid(productId)) throw notFound('Product');
  const alt = cleanAlt(parseInput(ZImageAlt, request.alt ?? {}));
  // Refuse an unknown product before the seconds of rendering.
  const [product] = await db.select({ id: products.id }).from(products).where(eq(products.id, productId));
  if (!product) throw notFound('Product');
  const renditions = await renderUploadedImage(request.data);
  const imageId = randomUUID();
  const sources: ImageSource[] = [];
  for (const rendition of renditions) {
    const key = `products/${productId}/${imageId}-${rendition.width}.${rendition.format}`;
    await storage.put(key, rendition.data, `image/${rendition.format}`);
    sources.push({ width: rendition.width, height: rendition.height, format: rendition.format, key });
  }
  return db.transaction(async (tx) => {
    await lockProduct(tx, productId);
    const [row] = await tx.insert(productImages).values({ id: imageId, productId, sources, alt }).returning();
    if (!row) throw new Error('image insert returned nothing');
    await renumber(tx, placeAt(await otherImageIds(tx, productId, imageId), imageId, request.position));
    const [stored] = await tx.select().from(productImages).where(eq(productImages.id, imageId));
    if (!stored) throw new Error('image vanished');
    await recordAudit(tx, {
      actor: request.actor,
      action: 'product_image.create',
      entityType: 'product',
      entityId: productId,
      after: { imageId, position: stored.position, alt, keys: sources.map((source) => source.key) },
      requestId: request.requestId,
    });
    return toAdminImage(stored);
  });
}

async function lockedImage(tx: Executor, productId: string, imageId: string) {
  if (!isUuid(productId) || !isUuid(imageId)) throw notFound('Image');
  await lockProduct(tx, productId);
  const [image] = await tx
    .select()
    .from(productImages)
    .where(and(eq(productImages.id, imageId), eq(productImages.productId, productId)));
  if (!image) throw notFound('Image');
  return image;
}

/** Moves an image to another position and changes its alt text per locale. */
export async function updateProductImage(
  db: Db,
  request: AdminWrite & { productId: string; imageId: string; input: TUpdateImageInput },
): Promise<AdminImage> {
  const input = parseInput(ZUpdateImageInput, request.input);
  const { productId, imageId } = request;
  return db.transaction(async (tx) => {
    const before = await lockedImage(tx, productId, imageId);
    if (input.alt) {
      const alt = cleanAlt({ ...before.alt, ...input.alt });
      await tx.update(productImages).set({ alt }).where(eq(productImages.id, imageId));
    }
    if (input.position !== undefined) {
      await renumber(tx, placeAt(await otherImageIds(tx, productId, imageId), imageId, input.position));
    }
    const [after] = await tx.select().from(productImages).where(eq(productImages.id, imageId));
    if (!after) throw notFound('Image');
    await recordAudit(tx, {
      actor: request.actor,
      action: 'product_image.update',
      entityType: 'product',
      entityId: productId,
      before: { imageId, position: before.position, alt: before.alt },
      after: { imageId, position: after.position, alt: after.alt },
      requestId: request.requestId,
    });
    return toAdminImage(after);
  });
}

/**
 * Removes an image from a product; the others close the gap. The stored files stay: the storage has no
 * delete yet, and a cached page may still point at them.
 */
export async function deleteProductImage(
  db: Db,
  storage: MediaStorage,
  request: AdminWrite & { productId: string; imageId: string },
): Promise<void> {
  const { productId, imageId } = request;
  const keys = await db.transaction(async (tx) => {
    const before = await lockedImage(tx, productId, imageId);
    await tx.delete(productImages).where(eq(productImages.id, imageId));
    await renumber(tx, await otherImageIds(tx, productId, imageId));
    await recordAudit(tx, {
      actor: request.actor,
      action: 'product_image.delete',
      entityType: 'product',
      entityId: productId,
      before: { imageId, position: before.position, alt: before.alt, keys: before.sources.map((s) => s.key) },
      requestId: request.requestId,
    });
    return before.sources.map((source) => source.key);
  });
  // Files go only after the row is gone for good; a failed removal leaves an orphan file, never a broken image.
  await Promise.allSettled(keys.map((key) => storage.delete(key)));
}
