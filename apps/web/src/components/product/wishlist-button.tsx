'use client';

import { useEffect, useRef, useState } from 'react';
import type { AppLocale } from '@/i18n/routing';
import { api } from '@/lib/client/api';

/** The button's messages, resolved on the server so this component loads no message formatter. */
export interface WishlistLabels {
  save: string;
  added: string;
  removed: string;
  signInPrompt: string;
  signIn: string;
  view: string;
  error: string;
}

interface Props {
  productId: string;
  locale: AppLocale;
  /** Sign-in page that comes back to this product. */
  loginHref: string;
  wishlistHref: string;
  labels: WishlistLabels;
}

type Note = 'added' | 'removed' | 'signIn' | 'error' | null;

/**
 * A heart that saves the product to the customer's wishlist. The server renders it unpressed for
 * everyone (the page's HTML is shared and cached); the real state is asked for after load, from an
 * endpoint that answers signed-out visitors too, so a guest's view logs no failed request.
 */
export function WishlistButton({ productId, locale, loginHref, wishlistHref, labels }: Props) {
  const [saved, setSaved] = useState(false);
  const [signedIn, setSignedIn] = useState<boolean | null>(null);
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState<Note>(null);
  // Changed by a press before the state asked for on load arrived: that answer may predate the change
  // and must not undo it.
  const pressed = useRef(false);

  useEffect(() => {
    const controller = new AbortController();
    api<{ signedIn: boolean; saved: boolean }>(`/wishlist/${productId}`, {
      locale,
      signal: controller.signal,
    })
      .then((answer) => {
        if (!answer.ok) return;
        setSignedIn(answer.data.signedIn);
        if (!pressed.current) setSaved(answer.data.saved);
      })
      .catch(() => {
        // Aborted when the page goes away: nothing to update.
      });
    return () => controller.abort();
  }, [productId, locale]);

  async function toggle() {
    // One change at a time: a second press before the answer would race the first.
    if (busy) return;
    if (signedIn === false) {
      setNote('signIn');
      return;
    }
    setBusy(true);
    const next = !saved;
    const answer = await api<void>(`/wishlist/${productId}`, { method: next ? 'PUT' : 'DELETE', locale });
    setBusy(false);
    if (answer.ok) {
      pressed.current = true;
      setSaved(next);
      setNote(next ? 'added' : 'removed');
    } else if (answer.error.status === 401) {
      setSignedIn(false);
      setNote('signIn');
    } else {
      setNote('error');
    }
  }

  return (
    <div>
      <button
        type="button"
        aria-pressed={saved}
        aria-busy={busy || undefined}
        onClick={toggle}
        className="group inline-flex min-h-11 items-center gap-2 rounded-lg border border-line-strong bg-surface px-4 text-sm font-medium hover:border-lake hover:text-lake-deep aria-pressed:border-lake aria-pressed:bg-lake-soft aria-pressed:text-lake-deep"
      >
        <svg
          viewBox="0 0 24 24"
          aria-hidden="true"
          focusable="false"
          className="size-5 fill-none stroke-current stroke-2 group-aria-pressed:fill-current"
          strokeLinecap="round"
          strokeLinejoin="round"
        >
          <path d="M19 14c1.49-1.46 3-3.21 3-5.5A5.5 5.5 0 0 0 16.5 3c-1.76 0-3 .5-4.5 2-1.5-1.5-2.74-2-4.5-2A5.5 5.5 0 0 0 2 8.5c0 2.3 1.5 4.05 3 5.5l7 7Z" />
        </svg>
        {labels.save}
      </button>
      {/* Announced politely; the sign-in offer keeps its link reachable right after the button. */}
      <p role="status" className="mt-2 text-sm">
        {note === 'added' ? (
          <>
            {labels.added}{' '}
            <a href={wishlistHref} className="font-medium text-lake underline underline-offset-4">
              {labels.view}
            </a>
          </>
        ) : note === 'removed' ? (
          labels.removed
        ) : note === 'signIn' ? (
          <>
            {labels.signInPrompt}{' '}
            <a href={loginHref} className="font-medium text-lake underline underline-offset-4">
              {labels.signIn}
            </a>
          </>
        ) : note === 'error' ? (
          <span className="text-sale">{labels.error}</span>
        ) : null}
      </p>
    </div>
  );
}
