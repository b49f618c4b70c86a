import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { type Database, openPglite, openPostgres } from './client';
import { queryRows } from './rows';

const url = process.env.TEST_DATABASE_URL;

// The embedded database goes through node-postgres too (PgliteSocket), so it prepares the same way.
describe.each([
  ['PostgreSQL', url ? async () => openPostgres(url, 1) : null],
  ['the embedded database', async () => openPglite()],
] as const)('prepared statements on %s', (_name, open) => {
  // One connection, so the statements this file prepares are the ones pg_prepared_statements shows.
  let database: Database;
  afterAll(async () => database?.close());

  const prepared = async (text: string) => {
    const rows = await queryRows<{ n: number }>(
      database.db,
      sql`select count(*)::int as n from pg_prepared_statements where statement = ${text}`,
    );
    return rows[0]?.n;
  };

  it.skipIf(!open)(
    'names a query with parameters once per connection and runs it again without a new parse',
    async () => {
      database = await (open as () => Promise<Database>)();
      const marker = `prepared-${Date.now()}`;
      const read = () => queryRows<{ v: string }>(database.db, sql`select ${marker}::text || 'x' as v`);
      expect(await read()).toEqual([{ v: `${marker}x` }]);
      expect(await read()).toEqual([{ v: `${marker}x` }]);
      expect(await prepared("select $1::text || 'x' as v")).toBe(1);
    },
  );

  it.skipIf(!open)(
    'leaves statements without parameters unnamed (several statements cannot be prepared)',
    async () => {
      await database.db.execute(sql.raw('select 1; select 2'));
      expect(await prepared('select 1; select 2')).toBe(0);
    },
  );
});
