import type { PasswordRefusal } from '@puoti/core/accounts';
import { type ApiError, type FieldError, fieldErrors } from './api';

/**
 * Where to go after signing in: the `?next=` path when it stays on this site, else `fallback`.
 * Only a plain absolute path qualifies. `//evil.example` and `/\evil.example` are read by browsers as
 * other hosts, and anything with a scheme or control characters is refused, so the login page can
 * never be used to bounce a customer to someone else's site (open redirect).
 */
export function safeNextPath(next: string | null | undefined, fallback: string): string {
  if (typeof next !== 'string' || next.length === 0 || next.length > 2000) return fallback;
  if (!next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return fallback;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters is the point
  if (/[\u0000-\u001f\u007f\\]/.test(next)) return fallback;
  try {
    const base = 'https://puoti.invalid';
    const url = new URL(next, base);
    if (url.origin !== base) return fallback;
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return fallback;
  }
}

/** Why the API refused a password, as a key of `account.passwordErrors`. */
export type PasswordProblem = 'tooShort' | 'tooLong' | 'common' | 'email' | 'repeated' | 'same' | 'wrong';

const passwordProblems: Record<PasswordRefusal, PasswordProblem> = {
  too_short: 'tooShort',
  too_long: 'tooLong',
  too_common: 'common',
  is_email: 'email',
  repeated_character: 'repeated',
  same_as_current: 'same',
  wrong_password: 'wrong',
};

/**
 * The API gives each password refusal a `reason` code (core's passwords.ts); the page explains it in its
 * own language. A missing or unknown code falls back to the generic "check this field".
 */
export function passwordProblem(problem: FieldError | undefined): PasswordProblem | null {
  const reason = problem?.reason;
  return reason && Object.hasOwn(passwordProblems, reason)
    ? passwordProblems[reason as PasswordRefusal]
    : null;
}

/** VALIDATION_FAILED details by top-level field (the first one when a field has several). */
export function fieldMessages(error: ApiError): Record<string, FieldError> {
  const found: Record<string, FieldError> = {};
  for (const entry of fieldErrors(error)) {
    const field = entry.field.split('.')[0] ?? entry.field;
    found[field] ??= entry;
  }
  return found;
}

/** Seconds to wait from a RATE_LIMITED answer's details, when the API said. */
export function retryAfterSeconds(error: ApiError): number | null {
  const details = error.details;
  if (details && typeof details === 'object' && 'retryAfterSeconds' in details) {
    const value = Number(details.retryAfterSeconds);
    return Number.isFinite(value) && value > 0 ? Math.ceil(value) : null;
  }
  return null;
}

/** Failures every account form explains the same way, as keys of `account.failures`. */
export type CommonFailure = 'network' | 'rateLimited' | 'generic';

export function commonFailure(error: ApiError): CommonFailure {
  if (error.code === 'NETWORK') return 'network';
  if (error.code === 'RATE_LIMITED') return 'rateLimited';
  return 'generic';
}
