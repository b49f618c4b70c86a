import { type ApiError, fieldErrors } from './api';

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

/**
 * The API names password problems in English field messages (core's passwords.ts); the page explains
 * them in its own language. An unknown message falls back to the generic "check this field".
 */
export function passwordProblem(message: string): PasswordProblem | null {
  const rules: [RegExp, PasswordProblem][] = [
    [/at least/, 'tooShort'],
    [/at most/, 'tooLong'],
    [/too common/, 'common'],
    [/email/, 'email'],
    [/repeat/, 'repeated'],
    [/differ/, 'same'],
    [/is wrong/, 'wrong'],
  ];
  return rules.find(([pattern]) => pattern.test(message))?.[1] ?? null;
}

/** VALIDATION_FAILED details as one message per field (the first one when a field has several). */
export function fieldMessages(error: ApiError): Record<string, string> {
  const found: Record<string, string> = {};
  for (const entry of fieldErrors(error)) {
    const field = entry.field.split('.')[0] ?? entry.field;
    found[field] ??= entry.message;
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
