'use client';

import { type ReactNode, useRef, useState } from 'react';
import { fill } from '@/lib/client/fill';

export interface GalleryLabels {
  gallery: string;
  /** "Show picture {number} of {count}" */
  showImage: string;
}

interface Slide {
  id: string;
  main: ReactNode;
  thumbnail: ReactNode;
}

/**
 * Pictures in a row that swipes and scrolls without JavaScript (scroll snap); the thumbnails scroll it
 * to their picture and mark the one in view.
 */
export function GalleryRow({ images, labels }: { images: Slide[]; labels: GalleryLabels }) {
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
        // A scrollable region must be reachable by keyboard (WCAG 2.1.1; axe scrollable-region-focusable):
        // focused, the arrow keys scroll the pictures.
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scroll container, not a control
        tabIndex={0}
        onScroll={(event) => {
          const list = event.currentTarget;
          setCurrent(Math.round(list.scrollLeft / Math.max(1, list.clientWidth)));
        }}
        className="scrollbar-none flex snap-x snap-mandatory overflow-x-auto rounded-card bg-lake-soft/50 ring-1 ring-line"
      >
        {images.map((image) => (
          <li key={image.id} className="aspect-square w-full shrink-0 snap-start">
            {image.main}
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
                {image.thumbnail}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
