import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { type Database, openPglite } from './client';
import { startEmbeddedMaintenance } from './maintenance';
import { queryRows } from './rows';

describe('maintenance of the embedded database', () => {
  let database: Database;
  afterAll(async () => database?.close());

  const tableStats = async () => {
    const [row] = await queryRows<{ tuples: number; pages: number }>(
      database.db,
      sql`select reltuples::int as tuples, relpages as pages from pg_class where relname = 'maintained'`,
    );
    return row;
  };

  it('vacuums and analyzes it soon after start and then at every interval', async () => {
    database = await openPglite();
    await database.db.execute(
      sql.raw(`create table maintained (id int primary key, note text);
        insert into maintained select n, repeat('x', 200) from generate_series(1, 2000) n;
        delete from maintained where id > 500`),
    );
    // Never analyzed: PostgreSQL does not know how many rows the table holds.
    expect((await tableStats())?.tuples).toBe(-1);
    const errors: unknown[] = [];
    const maintenance = startEmbeddedMaintenance(database, {
      firstRunMs: 10,
      intervalMs: 50,
      onError: (error) => errors.push(error),
    });
    try {
      await expect.poll(async () => (await tableStats())?.tuples, { timeout: 5_000 }).toBe(500);
      // A later run sees the rows added since.
      await database.db.execute(
        sql.raw('insert into maintained select n, null from generate_series(501, 900) n'),
      );
      await expect.poll(async () => (await tableStats())?.tuples, { timeout: 5_000 }).toBe(900);
    } finally {
      maintenance.stop();
    }
    expect(errors).toEqual([]);
  });

  it('leaves PostgreSQL to its autovacuum', async () => {
    let ran = false;
    const execute = async () => {
      ran = true;
    };
    const postgres = { kind: 'postgres', db: { execute } } as unknown as Database;
    const maintenance = startEmbeddedMaintenance(postgres, {
      firstRunMs: 0,
      intervalMs: 5,
      onError: () => undefined,
    });
    await new Promise((resolve) => setTimeout(resolve, 30));
    maintenance.stop();
    expect(ran).toBe(false);
  });
});
