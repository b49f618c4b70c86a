import type { SQL } from 'drizzle-orm';
import type { Executor } from './client';

/**
 * Runs raw SQL and returns its rows. Both drivers answer `{ rows }`; the caller names the row shape and
 * casts counts in SQL (`::int`), since node-postgres returns int8 as strings and PGlite as numbers.
 */
export async function queryRows<T>(db: Executor, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}
