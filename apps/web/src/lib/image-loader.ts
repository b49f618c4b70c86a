import { pickRendition } from './image-src';

/**
 * next/image's custom loader (`images.loaderFile`): the stored rendition for the requested width.
 * No 'use client': `ProductImage` calls it through `getImageProps` on the server as well.
 */
export default function productImageLoader({ src, width }: { src: string; width: number; quality?: number }) {
  return pickRendition(src, width);
}
