'use client';

import { lazy, Suspense, useState } from 'react';
import type { ReviewFormProps } from './review-form';

// The form's code is not part of the product page's first load: most visitors never write a review.
// It is fetched when someone reaches for the button.
const load = () => import('./review-form');
const ReviewForm = lazy(() => load().then((module) => ({ default: module.ReviewForm })));

/** The "Write a review" button; pressing it loads the form, which takes over (and the focus) from here. */
export function ReviewFormLauncher(props: ReviewFormProps) {
  const [started, setStarted] = useState(false);
  const button = (
    <button
      type="button"
      aria-expanded={false}
      // Fetched when the pointer or focus arrives, so the press itself rarely waits.
      onPointerEnter={load}
      onFocus={load}
      onClick={() => setStarted(true)}
      aria-disabled={started || undefined}
      className="inline-flex min-h-11 items-center rounded-lg border border-lake px-5 font-medium text-lake hover:bg-lake-soft aria-disabled:cursor-wait"
    >
      {started ? props.labels.loading : props.labels.write}
    </button>
  );
  if (!started) return <div className="mt-4">{button}</div>;
  return (
    <Suspense fallback={<div className="mt-4">{button}</div>}>
      <ReviewForm {...props} startOpen />
    </Suspense>
  );
}
