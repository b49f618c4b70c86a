import type { ImageSource } from './schema';
import type { ImageView } from './types';

export interface ImageRow {
  id: string;
  sources: ImageSource[];
  alt: Partial<Record<string, string>>;
}

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
