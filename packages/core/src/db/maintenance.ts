import { sql } from 'drizzle-orm';
import type { Database } from './client';

export interface Maintenance {
  stop(): void;
}

export interface MaintenanceOptions {
  /** First run after start: soon enough that a new shop's tables get statistics the same day. */
  firstRunMs?: number;
  intervalMs?: number;
  onError: (error: unknown) => void;
}

/**
 * VACUUM and ANALYZE for the embedded database, which runs PostgreSQL in single-user mode: no autovacuum,
 * so without this, rows that carts, sessions and stock updates leave behind are never reclaimed (the data
 * folder only grows) and the planner never gets fresh statistics. It holds the database for its length
 * (about 0.1 s on the demo store, a second at 10,000 products; queries wait), hence once soon after start
 * and then daily. PostgreSQL proper has its autovacuum: nothing to do there.
 */
export function startEmbeddedMaintenance(database: Database, options: MaintenanceOptions): Maintenance {
  if (database.kind !== 'pglite') return { stop: () => undefined };
  let interval: NodeJS.Timeout | undefined;
  const run = () => {
    database.db.execute(sql`vacuum (analyze)`).catch(options.onError);
  };
  const first = setTimeout(
    () => {
      run();
      interval = setInterval(run, options.intervalMs ?? 24 * 3_600_000);
      interval.unref();
    },
    options.firstRunMs ?? 10 * 60_000,
  );
  first.unref();
  return {
    stop: () => {
      clearTimeout(first);
      clearInterval(interval);
    },
  };
}
