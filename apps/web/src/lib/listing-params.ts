import type { ProductSort } from '@puoti/core/catalog';
import type { AppLocale } from '@/i18n/routing';
import { formatTags } from './format';

/**
 * The query string of a category or search page: what the customer filtered, sorted and paged to.
 * Everything lives in the URL (a page can be shared, reloaded and bookmarked), so the page must cope
 * with anything a person or a bot types there: bad values fall back to "no filter", never to an error.
 * Prices travel in euros as the customer typed them ("12,50"); core queries in cents.
 */

/** The sorts the storefront offers, in menu order; `relevance` is the default and stays out of URLs. */
export const listingSorts = [
  'relevance',
  'price_asc',
  'price_desc',
  'newest',
  'rating_desc',
  'name_asc',
] as const satisfies readonly ProductSort[];
export type ListingSort = (typeof listingSorts)[number];

/** Products per page: fills two, three and four columns evenly. */
export const listingPageSize = 24;

/** core's own limits (ZPageQuery, ZListProductsQuery): values past them are treated as absent. */
const maxPage = 10_000;
const maxPriceCents = 100_000_000;
const maxQueryLength = 200;

export interface ListingParams {
  /** The search words, trimmed; '' when there are none. */
  q: string;
  /** A sub-category's slug (in any language); the page checks that it belongs to the listing. */
  category: string | null;
  minPriceCents: number | null;
  maxPriceCents: number | null;
  inStock: boolean;
  sort: ListingSort;
  page: number;
}

export type RawSearchParams = Record<string, string | string[] | undefined>;

export const defaultListingParams: ListingParams = {
  q: '',
  category: null,
  minPriceCents: null,
  maxPriceCents: null,
  inStock: false,
  sort: 'relevance',
  page: 1,
};

/**
 * A query parameter as one string: a repeated parameter (`?page=2&page=3`) counts by its first value, as
 * URLSearchParams.get does.
 */
export function firstParam(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** A query parameter trimmed, empty when missing. */
function first(value: string | string[] | undefined): string {
  return firstParam(value)?.trim() ?? '';
}

const slugPattern = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * Euros as a person types them, to cents: "12", "12,5", "12.50", "1 299", "1.299,00", "€ 1,299.00".
 * A separator followed by exactly three digits groups thousands (nobody types prices to a tenth of a
 * cent); followed by one or two digits at the end it is the decimal point, whichever mark it is.
 * Anything else (negative, letters, more than two decimals) is no price.
 */
export function parseEuros(input: string): number | null {
  const compact = input.replace(/[\s\u00a0\u202f€]/g, '');
  const match = /^(\d{1,3}(?:([.,])\d{3}(?:\2\d{3})*)?|\d+)(?:([.,])(\d{1,2}))?$/.exec(compact);
  // "1,299,5": the grouping mark cannot also be the decimal point.
  if (!match || (match[2] && match[2] === match[3])) return null;
  const euros = Number((match[1] ?? '').replace(/[.,]/g, ''));
  const cents = Number((match[4] ?? '0').padEnd(2, '0'));
  const total = euros * 100 + cents;
  return Number.isSafeInteger(total) && total <= maxPriceCents ? total : null;
}

/** Cents back to the shortest euro string for a URL: 1200 -> "12", 1250 -> "12.50". */
export function eurosParam(cents: number): string {
  return cents % 100 === 0 ? String(cents / 100) : (cents / 100).toFixed(2);
}

/** Cents for a price input, the way the customer would type it back: fi "49,90", en "49.90", "49". */
export function eurosInput(cents: number, locale: AppLocale): string {
  return new Intl.NumberFormat(formatTags[locale], {
    minimumFractionDigits: cents % 100 === 0 ? 0 : 2,
    maximumFractionDigits: 2,
    useGrouping: false,
  }).format(cents / 100);
}

function parsePage(value: string): number {
  if (!/^\d{1,5}$/.test(value)) return 1;
  const page = Number(value);
  return page >= 1 && page <= maxPage ? page : 1;
}

export function parseListingParams(raw: RawSearchParams): ListingParams {
  const q = first(raw.q).slice(0, maxQueryLength).trim();
  const category = first(raw.category);
  const sort = first(raw.sort);
  let min = parseEuros(first(raw.min));
  let max = parseEuros(first(raw.max));
  // Typed the wrong way round: the customer still means the range between the two.
  if (min !== null && max !== null && min > max) [min, max] = [max, min];
  return {
    q,
    category: category.length <= 200 && slugPattern.test(category) ? category : null,
    minPriceCents: min === 0 ? null : min,
    maxPriceCents: max,
    inStock: ['1', 'true', 'on'].includes(first(raw.stock)),
    sort: (listingSorts as readonly string[]).includes(sort) ? (sort as ListingSort) : 'relevance',
    page: parsePage(first(raw.page)),
  };
}

/**
 * The query string for these parameters (with `?`, or '' when there is nothing to say), in one fixed
 * order and without defaults, so every way of reaching a listing has one URL. Unknown parameters
 * (utm_*, click ids) are gone: they are never parsed.
 */
export function listingQuery(params: ListingParams): string {
  const query = new URLSearchParams();
  if (params.q) query.set('q', params.q);
  if (params.category) query.set('category', params.category);
  if (params.minPriceCents !== null) query.set('min', eurosParam(params.minPriceCents));
  if (params.maxPriceCents !== null) query.set('max', eurosParam(params.maxPriceCents));
  if (params.inStock) query.set('stock', '1');
  if (params.sort !== 'relevance') query.set('sort', params.sort);
  if (params.page > 1) query.set('page', String(params.page));
  const text = query.toString();
  return text ? `?${text}` : '';
}

/** The same listing with some parameters changed; any change but paging starts again at page 1. */
export function withParams(params: ListingParams, change: Partial<ListingParams>): ListingParams {
  return { ...params, page: 1, ...change };
}

/** True when a filter narrows the listing (the search words and the order are no filters). */
export function hasFilters(params: ListingParams): boolean {
  return (
    params.category !== null ||
    params.minPriceCents !== null ||
    params.maxPriceCents !== null ||
    params.inStock
  );
}

/** True when the customer narrowed or reordered the listing: such pages are not for search engines. */
export function isRefined(params: ListingParams): boolean {
  return hasFilters(params) || params.sort !== 'relevance';
}

/**
 * What the customer typed into a price field when it is no price, to show back with an explanation
 * (the listing itself ignores it); null when the field was empty or readable.
 */
export function unreadablePrice(raw: RawSearchParams, name: 'min' | 'max'): string | null {
  const value = first(raw[name]);
  return value !== '' && parseEuros(value) === null ? value.slice(0, 20) : null;
}

export function pageCount(total: number, pageSize: number = listingPageSize): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

/**
 * Page numbers for the pagination bar: the first, the last and the current page with one neighbour on
 * each side; `null` marks a gap. Short enough for a 360 px phone, whatever the page count.
 */
export function pageWindow(current: number, last: number): (number | null)[] {
  const shown = new Set([1, last, current - 1, current, current + 1]);
  const pages = [...shown].filter((page) => page >= 1 && page <= last).sort((a, b) => a - b);
  const result: (number | null)[] = [];
  for (const page of pages) {
    const previous = result.at(-1);
    if (typeof previous === 'number' && page - previous === 2) result.push(previous + 1);
    else if (typeof previous === 'number' && page - previous > 2) result.push(null);
    result.push(page);
  }
  return result;
}
