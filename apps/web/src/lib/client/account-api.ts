import type { UserView } from '@puoti/core/accounts';
import type { AppLocale } from '@/i18n/routing';
import { type ApiError, api } from './api';
import type { SavedAddress } from './types';

/**
 * The account area's server state for TanStack Query: query keys in one place (so a mutation
 * invalidates exactly what it changed) and fetchers that throw, as TanStack Query expects, with the
 * API's error attached for the page to explain.
 */

export type SignedInUser = UserView;
export type AddressEntry = SavedAddress & { isDefaultBilling: boolean };

export const accountKeys = {
  me: ['account', 'me'] as const,
  addresses: ['account', 'addresses'] as const,
  wishlist: ['account', 'wishlist'] as const,
};

export class ApiFailure extends Error {
  constructor(readonly error: ApiError) {
    super(error.message);
    this.name = 'ApiFailure';
  }
}

type Options = Parameters<typeof api>[1];

/** `api()` for queries and mutations: the data, or an `ApiFailure` thrown. */
export async function request<T>(path: string, options: Options): Promise<T> {
  const answer = await api<T>(path, options);
  if (!answer.ok) throw new ApiFailure(answer.error);
  return answer.data;
}

/** The ApiError behind a query or mutation failure (a thrown non-API error counts as a network one). */
export function apiErrorOf(error: unknown): ApiError {
  if (error instanceof ApiFailure) return error.error;
  return { code: 'NETWORK', message: String(error), status: 0 };
}

export const fetchMe = (locale: AppLocale) =>
  request<{ user: SignedInUser }>('/auth/me', { locale }).then((body) => body.user);
export const fetchAddresses = (locale: AppLocale) =>
  request<{ items: AddressEntry[] }>('/addresses', { locale }).then((body) => body.items);
