import { getImageProps } from 'next/image';
import { imageSrc } from '@/lib/image-src';

/** What an image needs to be drawn: core's `ImageView` and the API's image both fit. */
export interface DrawableImage {
  alt: string;
  sources: { width: number; height: number; url: string }[];
}

interface Props {
  image: DrawableImage;
  /** The image's rendered width per viewport, for the browser's srcset choice. */
  sizes: string;
  /** Load at once (above the fold) instead of lazily. */
  eager?: boolean;
  /** The page's likely largest paint: fetched before other images. */
  highPriority?: boolean;
  className?: string;
}

/**
 * A product image from its stored renditions (see `image-loader.ts`). next/image's `getImageProps`
 * builds the srcset with the shop's loader and a plain `<img>` draws it: the same markup as the
 * `<Image>` component, without shipping that client component (and its script) to every page with a
 * product card on it.
 */
export function ProductImage({ image, sizes, eager = false, highPriority = false, className }: Props) {
  const widest = image.sources.reduce<DrawableImage['sources'][number] | undefined>(
    (best, source) => (!best || source.width > best.width ? source : best),
    undefined,
  );
  if (!widest) return null;
  const { props } = getImageProps({
    src: imageSrc(image.sources),
    alt: image.alt,
    width: widest.width,
    height: widest.height,
    sizes,
    loading: eager ? 'eager' : 'lazy',
    fetchPriority: highPriority ? 'high' : undefined,
    className,
  });
  // biome-ignore lint/performance/noImgElement: the props are next/image's own, built without its client component.
  return <img {...props} alt={image.alt} />;
}
