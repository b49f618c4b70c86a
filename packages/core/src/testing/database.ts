import { readFile } from 'node:fs/promises';
import { afterAll, inject } from 'vitest';
import { type Database, openPglite, openPostgres } from '../db/client';

/** Databases this test file opened. */
const opened: Database[] = [];

// Registered when a test file imports this module, on the file's own suite: an `afterAll` called
// inside a `beforeAll` (where tests open their database) is never run by vitest.
afterAll(async () => {
  await Promise.all(opened.splice(0).map((database) => database.close()));
});

/**
 * The database for one test file: a private copy of the seeded demo store on PGlite, or the shared
 * seeded PostgreSQL database when TEST_DATABASE_URL is set. Closed after the file's tests.
 */
export async function openTestDatabase(): Promise<Database> {
  const url = process.env.TEST_DATABASE_URL;
  const database = url
    ? // Fewer connections than the concurrency tests send requests at once (as in production, where the
      // pool is 2 x cores + 1): a path that holds a transaction while asking the pool for another
      // connection would hang here rather than in a shop.
      openPostgres(url, 3)
    : await openPglite({ loadDataDir: new Blob([await readFile(inject('pgliteTemplate'))]) });
  opened.push(database);
  return database;
}

export const testingOnPostgres = Boolean(process.env.TEST_DATABASE_URL);
