'use client';

import type { ImageView } from '@puoti/core/catalog';
import { useRef, useState } from 'react';
import { fill } from '@/lib/client/fill';
import { ProductImage } from './product-image';

/** The main image fills the column: the whole width on phones, about half from 768 px, at most ~600 px. */
const mainSizes = '(min-width: 80rem) 600px, (min-width: 48rem) 50vw, 100vw';

/**
 * Product pictures in a row that swipes and scrolls without JavaScript (scroll snap); the thumbnails
 * scroll it to their picture. The first picture is the page's largest paint: loaded at once, first.
 */
export interface GalleryLabels {
  gallery: string;
  /** "Show picture {number} of {count}" */
  showImage: string;
}

export function ProductGallery({ images, labels }: { images: ImageView[]; labels: GalleryLabels }) {
  const row = useRef<HTMLUListElement>(null);
  const [current, setCurrent] = useState(0);

  const show = (index: number) => {
    const list = row.current;
    if (!list) return;
    setCurrent(index);
    const reduce = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    list.scrollTo({ left: index * list.clientWidth, behavior: reduce ? 'auto' : 'smooth' });
  };

  return (
    <section aria-label={labels.gallery}>
      <ul
        ref={row}
        onScroll={(event) => {
          const list = event.currentTarget;
          setCurrent(Math.round(list.scrollLeft / Math.max(1, list.clientWidth)));
        }}
        className="scrollbar-none flex snap-x snap-mandatory overflow-x-auto rounded-card bg-lake-soft/50 ring-1 ring-line"
      >
        {images.map((image, index) => (
          <li key={image.id} className="aspect-square w-full shrink-0 snap-start">
            <ProductImage
              image={image}
              sizes={mainSizes}
              eager={index === 0}
              highPriority={index === 0}
              className="size-full object-cover"
            />
          </li>
        ))}
      </ul>
      {images.length > 1 ? (
        <ul className="mt-3 flex flex-wrap gap-2">
          {images.map((image, index) => (
            <li key={image.id}>
              <button
                type="button"
                onClick={() => show(index)}
                aria-current={index === current ? 'true' : undefined}
                aria-label={fill(labels.showImage, { number: index + 1, count: images.length })}
                className="block size-16 overflow-hidden rounded-lg ring-1 ring-line aria-[current]:ring-2 aria-[current]:ring-lake sm:size-20"
              >
                <ProductImage image={image} sizes="80px" className="size-full object-cover" />
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
