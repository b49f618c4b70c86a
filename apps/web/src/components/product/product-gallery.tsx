import type { ImageView } from '@puoti/core/catalog';
import { type GalleryLabels, GalleryRow } from './gallery-row';
import { ProductImage } from './product-image';

export type { GalleryLabels } from './gallery-row';

/** The main image fills the column: the whole width on phones, about half from 768 px, at most ~600 px. */
const mainSizes = '(min-width: 80rem) 600px, (min-width: 48rem) 50vw, 100vw';

/**
 * Product pictures. The images are drawn here on the server and handed to the row as finished
 * elements, so the browser gets the row's few lines of behaviour and none of the image code. The first
 * picture is the page's largest paint: loaded at once, first.
 */
export function ProductGallery({ images, labels }: { images: ImageView[]; labels: GalleryLabels }) {
  return (
    <GalleryRow
      labels={labels}
      images={images.map((image, index) => ({
        id: image.id,
        main: (
          <ProductImage
            image={image}
            sizes={mainSizes}
            eager={index === 0}
            highPriority={index === 0}
            className="size-full object-cover"
          />
        ),
        thumbnail: <ProductImage image={image} sizes="80px" className="size-full object-cover" />,
      }))}
    />
  );
}
