import type { ImageSource } from './schema';
import type { ImageView } from './types';

export interface ImageRow {
  id: string;
  sources: ImageSource[];
  alt: Partial<Record<string, string>>;
}

/** Widths (px) every product image is stored in; the storefront's srcset picks among them. */
export const productImageWidths = [320, 640, 1024] as const;

export function mediaUrl(key: string): string {
  return `/media/${key}`;
}

export function toImageView(row: ImageRow, locale: string, fallbackAlt: string): ImageView {
  return {
    id: row.id,
    alt: row.alt[locale] ?? fallbackAlt,
    sources: row.sources.map((source) => ({ ...source, url: mediaUrl(source.key) })),
  };
}
