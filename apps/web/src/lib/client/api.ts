import type { AppLocale } from '@/i18n/routing';

/**
 * The browser's door to /api/v1 (same origin, so the HttpOnly cart and session cookies travel with
 * every request and cookie writes carry our Origin). Never throws for an HTTP answer: the caller gets
 * the error body (`{ code, message, details }`) to explain in the page's language.
 */

export interface ApiError {
  code: string;
  message: string;
  details?: unknown;
  status: number;
}

export type ApiResult<T> = { ok: true; status: number; data: T } | { ok: false; error: ApiError };

interface Options {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  headers?: Record<string, string>;
  locale: AppLocale;
  signal?: AbortSignal;
}

export async function api<T>(path: string, options: Options): Promise<ApiResult<T>> {
  const url = `/api/v1${path}${path.includes('?') ? '&' : '?'}locale=${options.locale}`;
  const headers: Record<string, string> = { accept: 'application/json', ...options.headers };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(url, {
      method: options.method ?? 'GET',
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      credentials: 'same-origin',
      cache: 'no-store',
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    return { ok: false, error: { code: 'NETWORK', message: String(error), status: 0 } };
  }
  if (response.status === 204) return { ok: true, status: 204, data: undefined as T };
  const body: unknown = await response.json().catch(() => null);
  if (response.ok) return { ok: true, status: response.status, data: body as T };
  const error =
    body && typeof body === 'object' && 'error' in body && body.error && typeof body.error === 'object'
      ? (body.error as Partial<ApiError>)
      : {};
  return {
    ok: false,
    error: {
      code: typeof error.code === 'string' ? error.code : 'INTERNAL',
      message: typeof error.message === 'string' ? error.message : response.statusText,
      details: error.details,
      status: response.status,
    },
  };
}

/** One VALIDATION_FAILED detail; `reason` is a code some refusals add for the page to explain. */
export interface FieldError {
  field: string;
  message: string;
  reason?: string;
}

/** VALIDATION_FAILED details: one `{ field, message, reason? }` per bad field. */
export function fieldErrors(error: ApiError): FieldError[] {
  if (error.code !== 'VALIDATION_FAILED' || !Array.isArray(error.details)) return [];
  return error.details.filter(
    (entry): entry is FieldError =>
      typeof entry === 'object' && entry !== null && typeof entry.field === 'string',
  );
}
