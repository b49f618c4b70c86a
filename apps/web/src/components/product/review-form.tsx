'use client';

import { useRouter } from 'next/navigation';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import type { AppLocale } from '@/i18n/routing';
import { type ApiError, api, fieldErrors } from '@/lib/client/api';
import { fill } from '@/lib/client/fill';
import { formatTags } from '@/lib/format';

/** The form's messages, resolved on the server so this component loads no message formatter. */
export interface ReviewFormLabels {
  write: string;
  edit: string;
  heading: string;
  loading: string;
  signInPrompt: string;
  signIn: string;
  notBuyer: string;
  rating: string;
  /** "1 star" ... "5 stars": each radio's name. */
  stars: [string, string, string, string, string];
  title: string;
  body: string;
  bodyHint: string;
  submit: string;
  save: string;
  sending: string;
  cancel: string;
  delete: string;
  confirmDelete: string;
  confirmDeleteYes: string;
  deleted: string;
  thanks: string;
  saved: string;
  /** "... {date}." */
  reviewedOn: string;
  alreadyReviewed: string;
  status: Record<ReviewStatus, string>;
  errors: {
    ratingRequired: string;
    titleRequired: string;
    bodyRequired: string;
    nameMissing: string;
    profile: string;
    network: string;
    other: string;
  };
}

type ReviewStatus = 'published' | 'pending' | 'hidden';

/** The customer's own review as `GET /products/{id}/reviews/mine` answers it. */
interface MyReview {
  rating: number;
  title: string;
  body: string;
  status: ReviewStatus;
  createdAt: string;
}

type Field = 'rating' | 'title' | 'body';
type Phase = 'closed' | 'loading' | 'signIn' | 'open';
type Problem = 'notBuyer' | 'nameMissing' | 'network' | 'other' | null;
type Notice = { text: string; status?: ReviewStatus } | null;

export interface ReviewFormProps {
  productId: string;
  locale: AppLocale;
  loginHref: string;
  profileHref: string;
  labels: ReviewFormLabels;
  /** Loaded by a press of the launcher's button: open at once, with the focus on this form's button. */
  startOpen?: boolean;
}

const titleMax = 120;
const bodyMax = 5000;

/**
 * Writing, editing and deleting the customer's own review, behind a button so the page stays light
 * until someone wants to write. Whether they may (signed in, received the product) is the API's
 * call: its answer is explained in place, and nothing typed is lost on an error.
 */
export function ReviewForm({
  productId,
  locale,
  loginHref,
  profileHref,
  labels,
  startOpen,
}: ReviewFormProps) {
  const id = useId();
  const router = useRouter();
  const [phase, setPhase] = useState<Phase>('closed');
  const [mine, setMine] = useState<MyReview | null>(null);
  const [rating, setRating] = useState(0);
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [problem, setProblem] = useState<Problem>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const path = `/products/${productId}/reviews`;

  /** Closes the form; focus goes back to the button that opened it (the form's own buttons vanish). */
  function close() {
    setPhase('closed');
    setErrors({});
    setProblem(null);
    setConfirming(false);
    toggleRef.current?.focus();
  }

  /** A field's error goes as soon as the customer changes that field. */
  function change<T>(field: Field, set: (value: T) => void, value: T) {
    set(value);
    if (errors[field]) setErrors((current) => ({ ...current, [field]: undefined }));
  }

  function edit(review: MyReview) {
    setMine(review);
    setRating(review.rating);
    setTitle(review.title);
    setBody(review.body);
  }

  async function loadMine(): Promise<'found' | 'none' | 'signIn' | 'failed'> {
    const answer = await api<MyReview>(`${path}/mine`, { locale });
    if (answer.ok) {
      edit(answer.data);
      return 'found';
    }
    if (answer.error.status === 404) return 'none';
    if (answer.error.status === 401) return 'signIn';
    setProblem(answer.error.status === 0 ? 'network' : 'other');
    return 'failed';
  }

  async function open() {
    setNotice(null);
    setProblem(null);
    setPhase('loading');
    const found = await loadMine();
    setPhase(found === 'signIn' ? 'signIn' : found === 'failed' ? 'closed' : 'open');
  }

  // Runs once, after the launcher's press that loaded this component.
  // biome-ignore lint/correctness/useExhaustiveDependencies: opening is a one-off on mount
  useEffect(() => {
    if (!startOpen) return;
    toggleRef.current?.focus();
    void open();
  }, []);

  function explain(error: ApiError) {
    const bad = fieldErrors(error);
    if (bad.some((entry) => entry.field === 'firstName')) {
      setProblem('nameMissing');
      return;
    }
    if (bad.length > 0) {
      const required: Record<Field, string> = {
        rating: labels.errors.ratingRequired,
        title: labels.errors.titleRequired,
        body: labels.errors.bodyRequired,
      };
      const next: Partial<Record<Field, string>> = {};
      for (const entry of bad) {
        if (entry.field in required) next[entry.field as Field] = required[entry.field as Field];
      }
      setErrors(next);
      focusFirst(next);
      if (Object.keys(next).length === 0) setProblem('other');
      return;
    }
    if (error.status === 403) setProblem('notBuyer');
    else if (error.status === 0) setProblem('network');
    else setProblem('other');
  }

  function focusFirst(bad: Partial<Record<Field, string>>) {
    const first = (['rating', 'title', 'body'] as const).find((field) => bad[field]);
    if (first) document.getElementById(`${id}-${first}`)?.focus();
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const next: Partial<Record<Field, string>> = {};
    if (rating < 1 || rating > 5) next.rating = labels.errors.ratingRequired;
    if (!title.trim()) next.title = labels.errors.titleRequired;
    if (!body.trim()) next.body = labels.errors.bodyRequired;
    setErrors(next);
    setProblem(null);
    setNotice(null);
    if (Object.keys(next).length > 0) {
      focusFirst(next);
      return;
    }
    setBusy(true);
    const input = { rating, title: title.trim(), body: body.trim() };
    const answer = mine
      ? await api<MyReview>(`${path}/mine`, { method: 'PATCH', body: input, locale })
      : await api<MyReview>(path, { method: 'POST', body: input, locale });
    setBusy(false);
    if (answer.ok) {
      close();
      setNotice({ text: mine ? labels.saved : labels.thanks, status: answer.data.status });
      edit(answer.data);
      // The server renders the list and the rating: fetch the page's new render.
      router.refresh();
      return;
    }
    if (answer.error.status === 401) {
      setPhase('signIn');
    } else if (answer.error.code === 'CONFLICT') {
      // Written meanwhile (another tab): show that review to edit instead.
      if ((await loadMine()) === 'found') setNotice({ text: labels.alreadyReviewed });
    } else {
      explain(answer.error);
    }
  }

  async function remove() {
    setBusy(true);
    const answer = await api<void>(`${path}/mine`, { method: 'DELETE', locale });
    setBusy(false);
    setConfirming(false);
    if (!answer.ok) {
      explain(answer.error);
      return;
    }
    close();
    setMine(null);
    setRating(0);
    setTitle('');
    setBody('');
    setNotice({ text: labels.deleted });
    router.refresh();
  }

  const describedBy = (field: Field, hint?: string) =>
    [hint, errors[field] ? `${id}-${field}-error` : null].filter(Boolean).join(' ') || undefined;
  const fieldClass =
    'mt-1 block w-full rounded-lg border border-line-strong bg-surface px-3 py-2 text-base aria-invalid:border-sale';
  const dates = new Intl.DateTimeFormat(formatTags[locale], { dateStyle: 'medium' });

  return (
    <div className="mt-4">
      <button
        ref={toggleRef}
        type="button"
        aria-expanded={phase === 'open'}
        aria-controls={phase === 'open' ? `${id}-panel` : undefined}
        onClick={phase === 'open' ? close : phase === 'loading' ? undefined : open}
        // Not `disabled` while loading: a disabled button would drop the keyboard focus.
        aria-disabled={phase === 'loading' || undefined}
        className="inline-flex min-h-11 items-center rounded-lg border border-lake px-5 font-medium text-lake hover:bg-lake-soft aria-disabled:cursor-wait"
      >
        {phase === 'loading' ? labels.loading : mine ? labels.edit : labels.write}
      </button>

      <div role="status" className="text-sm">
        {notice ? (
          <p className="mt-3 rounded-lg bg-lake-soft px-4 py-3 text-lake-deep">
            {notice.text} {notice.status ? labels.status[notice.status] : null}
          </p>
        ) : null}
        {phase === 'signIn' ? (
          <p className="mt-3 rounded-lg bg-surface px-4 py-3 ring-1 ring-line">
            {labels.signInPrompt}{' '}
            <a href={loginHref} className="font-medium text-lake underline underline-offset-4">
              {labels.signIn}
            </a>
          </p>
        ) : null}
        {problem && phase !== 'open' ? <p className="mt-3 text-sale">{problemText(problem)}</p> : null}
      </div>

      {phase === 'open' ? (
        <form
          id={`${id}-panel`}
          noValidate
          onSubmit={submit}
          aria-labelledby={`${id}-heading`}
          className="mt-4 max-w-xl rounded-card bg-surface p-4 ring-1 ring-line sm:p-6"
        >
          <h3 id={`${id}-heading`} className="text-lg font-semibold">
            {mine ? labels.edit : labels.heading}
          </h3>
          {mine ? (
            <p className="mt-1 text-sm text-muted">
              {fill(labels.reviewedOn, { date: dates.format(new Date(mine.createdAt)) })}{' '}
              {labels.status[mine.status]}
            </p>
          ) : null}

          <fieldset className="mt-4" aria-describedby={describedBy('rating')}>
            <legend className="text-sm font-medium">{labels.rating}</legend>
            <div className="mt-1 flex">
              {labels.stars.map((name, index) => {
                const value = index + 1;
                return (
                  <label
                    key={name}
                    className="cursor-pointer rounded-md p-1 has-focus-visible:outline-3 has-focus-visible:outline-lake"
                  >
                    <input
                      id={value === 1 ? `${id}-rating` : undefined}
                      type="radio"
                      name={`${id}-rating`}
                      value={value}
                      checked={rating === value}
                      onChange={() => change('rating', setRating, value)}
                      className="sr-only"
                    />
                    <svg
                      viewBox="0 0 24 24"
                      aria-hidden="true"
                      focusable="false"
                      strokeWidth={1.5}
                      strokeLinejoin="round"
                      // Empty stars are outlined in the muted colour, not just paler: 3:1 contrast at least.
                      className={`size-8 ${value <= rating ? 'fill-star stroke-star' : 'fill-none stroke-muted'}`}
                    >
                      <path d="M12 2.5l2.94 5.96 6.56.95-4.75 4.63 1.12 6.54L12 17.5l-5.87 3.08 1.12-6.54L2.5 9.41l6.56-.95z" />
                    </svg>
                    <span className="sr-only">{name}</span>
                  </label>
                );
              })}
            </div>
            {errors.rating ? (
              <p id={`${id}-rating-error`} className="mt-1 text-sm font-medium text-sale">
                {errors.rating}
              </p>
            ) : null}
          </fieldset>

          <div className="mt-4">
            <label htmlFor={`${id}-title`} className="text-sm font-medium">
              {labels.title}
            </label>
            <input
              id={`${id}-title`}
              value={title}
              onChange={(event) => change('title', setTitle, event.target.value)}
              maxLength={titleMax}
              required
              aria-invalid={errors.title ? true : undefined}
              aria-describedby={describedBy('title')}
              className={fieldClass}
            />
            {errors.title ? (
              <p id={`${id}-title-error`} className="mt-1 text-sm font-medium text-sale">
                {errors.title}
              </p>
            ) : null}
          </div>

          <div className="mt-4">
            <label htmlFor={`${id}-body`} className="text-sm font-medium">
              {labels.body}
            </label>
            <p id={`${id}-body-hint`} className="text-sm text-muted">
              {labels.bodyHint}
            </p>
            <textarea
              id={`${id}-body`}
              value={body}
              onChange={(event) => change('body', setBody, event.target.value)}
              maxLength={bodyMax}
              rows={6}
              required
              aria-invalid={errors.body ? true : undefined}
              aria-describedby={describedBy('body', `${id}-body-hint`)}
              className={fieldClass}
            />
            {errors.body ? (
              <p id={`${id}-body-error`} className="mt-1 text-sm font-medium text-sale">
                {errors.body}
              </p>
            ) : null}
          </div>

          {problem ? (
            <p role="alert" className="mt-4 rounded-lg border border-sale/40 bg-surface px-4 py-3 text-sale">
              {problemText(problem)}
              {problem === 'nameMissing' ? (
                <>
                  {' '}
                  <a href={profileHref} className="font-medium underline underline-offset-4">
                    {labels.errors.profile}
                  </a>
                </>
              ) : null}
            </p>
          ) : null}

          <div className="mt-5 flex flex-wrap items-center gap-3">
            <button
              type="submit"
              disabled={busy}
              className="inline-flex min-h-11 items-center rounded-lg bg-lake px-6 font-semibold text-white hover:bg-lake-deep disabled:cursor-wait disabled:bg-line-strong disabled:text-ink"
            >
              {busy ? labels.sending : mine ? labels.save : labels.submit}
            </button>
            <button
              type="button"
              onClick={close}
              className="inline-flex min-h-11 items-center rounded-lg px-4 font-medium text-lake underline-offset-4 hover:underline"
            >
              {labels.cancel}
            </button>
            {mine && !confirming ? (
              <button
                type="button"
                onClick={() => setConfirming(true)}
                className="ml-auto inline-flex min-h-11 items-center rounded-lg px-4 font-medium text-sale underline-offset-4 hover:underline"
              >
                {labels.delete}
              </button>
            ) : null}
          </div>
          {confirming ? (
            <div className="mt-4 rounded-lg border border-sale/40 px-4 py-3">
              <p className="font-medium">{labels.confirmDelete}</p>
              <div className="mt-2 flex flex-wrap gap-3">
                <button
                  type="button"
                  onClick={remove}
                  disabled={busy}
                  className="inline-flex min-h-11 items-center rounded-lg bg-sale px-5 font-semibold text-white disabled:cursor-wait"
                >
                  {labels.confirmDeleteYes}
                </button>
                <button
                  type="button"
                  onClick={() => setConfirming(false)}
                  className="inline-flex min-h-11 items-center rounded-lg px-4 font-medium text-lake underline-offset-4 hover:underline"
                >
                  {labels.cancel}
                </button>
              </div>
            </div>
          ) : null}
        </form>
      ) : null}
    </div>
  );

  function problemText(kind: Exclude<Problem, null>): string {
    return kind === 'notBuyer' ? labels.notBuyer : labels.errors[kind];
  }
}
