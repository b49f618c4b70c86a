import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { prepareDatabase } from './bootstrap';
import { closeDatabase } from './db/index';
import { queryRows } from './db/rows';
import { parseConfig } from './lib/config';

const dirs: string[] = [];
afterAll(async () => {
  await closeDatabase();
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('prepareDatabase', () => {
  it('in production seeds reference data only, and is safe to run again', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'puoti-prod-'));
    dirs.push(dir);
    const config = parseConfig({ NODE_ENV: 'production', DATA_DIR: dir, SESSION_SECRET: 'x'.repeat(40) });
    const first = await prepareDatabase(config);
    expect(first.demo).toBeNull();
    const db = first.database.db;
    const counts = async () =>
      (
        await queryRows<{ products: number; users: number; vat: number; shipping: number; settings: number }>(
          db,
          sql`select (select count(*)::int from products) as products, (select count(*)::int from users) as users,
            (select count(*)::int from vat_rates) as vat, (select count(*)::int from shipping_methods) as shipping,
            (select count(*)::int from store_settings) as settings`,
        )
      )[0];
    const before = await counts();
    expect(before).toMatchObject({ products: 0, users: 0, settings: 1 });
    expect(before?.vat).toBeGreaterThan(30);
    expect(before?.shipping).toBe(7);
    const rates = await queryRows<{ rate: number }>(
      db,
      sql`select rate_basis_points as rate from vat_rates where country = 'FI' and tax_class = 'standard'
        and valid_from <= '2026-11-25' and (valid_to is null or valid_to >= '2026-11-25')`,
    );
    expect(rates).toEqual([{ rate: 2550 }]);
    // A restart: migrations and reference data again, nothing duplicated.
    await prepareDatabase(config);
    expect(await counts()).toEqual(before);
    expect(await readdir(dir)).not.toContain('media');
  });
});
