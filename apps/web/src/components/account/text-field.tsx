import type { InputHTMLAttributes, ReactNode } from 'react';

interface Props extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> {
  id: string;
  label: ReactNode;
  /** Shown under the label before anything goes wrong (password rules, formats). */
  hint?: ReactNode;
  /** Shown in red and tied to the input, so a screen reader reads it with the field. */
  error?: string | null;
}

/** A labelled input with its hint and error wired through aria-describedby. */
export function TextField({ id, label, hint, error, className, ...input }: Props) {
  const described = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ');
  return (
    <div className={className}>
      <label htmlFor={id} className="mb-1 block text-sm font-medium">
        {label}
      </label>
      <input
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={described || undefined}
        className="min-h-11 w-full rounded-lg border border-line-strong bg-surface px-3 text-base aria-[invalid]:border-sale"
        {...input}
      />
      {hint ? (
        <p id={`${id}-hint`} className="mt-1 text-xs text-muted">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="mt-1 text-sm font-medium text-sale">
          {error}
        </p>
      ) : null}
    </div>
  );
}

export interface Notice {
  tone: 'error' | 'success';
  text: ReactNode;
}

/**
 * The form-level message. The live region is always in the page (a region that appears together with
 * its text is often not announced), so the result of every submit is read out.
 */
export function FormStatus({ notice }: { notice: Notice | null }) {
  return (
    <div aria-live="polite" aria-atomic="true">
      {notice ? (
        <p
          className={`rounded-lg px-4 py-3 text-sm font-medium ${notice.tone === 'error' ? 'bg-sale/10 text-sale' : 'bg-lake-soft text-lake-deep'}`}
        >
          {notice.text}
        </p>
      ) : null}
    </div>
  );
}

export const primaryButton =
  'inline-flex min-h-11 items-center justify-center rounded-lg bg-lake px-5 font-semibold text-white hover:bg-lake-deep disabled:opacity-70';
export const secondaryButton =
  'inline-flex min-h-11 items-center justify-center rounded-lg border border-line-strong bg-surface px-4 font-medium text-ink hover:bg-lake-soft disabled:opacity-70';
export const textLink = 'font-medium text-lake underline underline-offset-4 hover:text-lake-deep';
