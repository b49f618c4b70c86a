import { type SQL, sql } from 'drizzle-orm';
import { z } from 'zod';

export const maxPageSize = 100;

export const ZPageQuery = z.object({
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(maxPageSize).default(20),
});
export type TPageQuery = z.infer<typeof ZPageQuery>;

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export function offsetOf({ page, pageSize }: TPageQuery): number {
  return (page - 1) * pageSize;
}

/**
 * `limit n offset m` written into the statement as numbers, not sent as parameters. Statements are
 * prepared once and then run on PostgreSQL's generic plan, which cannot know a parameter limit is small:
 * it then always looks dearer than a plan made for the values at hand, so PostgreSQL planned the
 * statement again on every call (a third of a cold list page's time on the embedded database). Each
 * page size and page gets its own statement; the prepared-statement cache is bounded (db/client.ts).
 */
export function limitClause(limit: number, offset = 0): SQL {
  // Numbers from validated input, checked again here since they are spliced into SQL text.
  if (!Number.isSafeInteger(limit) || !Number.isSafeInteger(offset) || limit < 0 || offset < 0) {
    throw new RangeError(`limit ${limit} offset ${offset}: not whole non-negative numbers`);
  }
  return sql.raw(offset === 0 ? `limit ${limit}` : `limit ${limit} offset ${offset}`);
}

/** The page's `limit ... offset ...` (see limitClause). */
export function pageClause(query: TPageQuery): SQL {
  return limitClause(query.pageSize, offsetOf(query));
}
