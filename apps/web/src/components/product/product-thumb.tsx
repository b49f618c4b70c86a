import { imageSrc, pickRendition } from '@/lib/image-src';
import type { DrawableImage } from './product-image';

/**
 * A small product picture for client components that draw images from API data (search suggestions):
 * one `src`, the narrowest stored rendition covering `size` CSS pixels on a 2x screen. At this size a
 * srcset buys nothing, and staying clear of next/image keeps its code (~4 kB gzipped) out of the script
 * every page loads with the header.
 */
export function ProductThumb({
  image,
  size,
  className,
}: {
  image: DrawableImage;
  /** Rendered width and height in CSS pixels. */
  size: number;
  className?: string;
}) {
  if (image.sources.length === 0) return null;
  return (
    // biome-ignore lint/performance/noImgElement: a fixed small size from stored renditions; see above.
    <img
      src={pickRendition(imageSrc(image.sources), size * 2)}
      alt={image.alt}
      width={size}
      height={size}
      loading="lazy"
      decoding="async"
      className={className}
    />
  );
}
