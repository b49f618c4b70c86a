import type { Config } from '../lib/config';
import { type Database, openPostgres } from './client';
import { openPgliteProcess } from './pglite-process';

export type { Database, Db, Executor, Tx } from './client';
export { DataDirLockedError, openPglite, openPostgres } from './client';
export { openPgliteProcess } from './pglite-process';
export * as tables from './schema';

/**
 * The process-wide database lives on globalThis, not in a module variable: Next.js bundles its own copy
 * of this module for server components, and both copies must share the one connection (a second PGlite
 * on the same folder would be refused by the lock, and would lose writes without it).
 */
const slot = Symbol.for('puoti.database');
type Slot = { [slot]?: Promise<Database> };

/**
 * Opens the configured database once per process: PostgreSQL when DATABASE_URL is set, else the embedded
 * one, in a process of its own.
 */
export function getDatabase(config: Config): Promise<Database> {
  const holder = globalThis as Slot;
  holder[slot] ??= config.databaseUrl
    ? Promise.resolve(openPostgres(config.databaseUrl, config.databasePoolSize))
    : openPgliteProcess({
        dataDir: config.dataDir,
        sharedBuffersMb: config.pgliteSharedBuffersMb,
        onUnexpectedExit: (code, signal) => {
          // Without its database the shop can only fail every request: stop, so a supervisor restarts
          // both (PostgreSQL recovers the folder on the next start, as after a power cut).
          console.error(`The embedded database process ended (${signal ?? `exit ${code}`}); stopping.`);
          process.exit(1);
        },
      });
  return holder[slot];
}

/** Uses an already opened database (tests and tools that open their own). */
export function setDatabase(database: Database): void {
  (globalThis as Slot)[slot] = Promise.resolve(database);
}

export async function closeDatabase(): Promise<void> {
  const holder = globalThis as Slot;
  const pending = holder[slot];
  holder[slot] = undefined;
  if (pending) await (await pending).close();
}
