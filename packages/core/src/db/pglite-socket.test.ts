import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { expectLargeResultWhole } from '../testing/protocol';
import { PgliteSocket } from './pglite-socket';

describe('PgliteSocket', () => {
  let pglite: PGlite;
  beforeAll(async () => {
    pglite = await PGlite.create();
    await pglite.exec('create table items (id int primary key, name text not null)');
  });
  afterAll(async () => pglite.close());

  const connect = async () => {
    const client = new pg.Client({
      stream: () => new PgliteSocket(pglite),
      user: 'postgres',
      database: 'postgres',
    });
    await client.connect();
    return client;
  };

  it('sends a query’s messages to PGlite in one call and parses the answer with node-postgres', async () => {
    const client = await connect();
    try {
      const calls = vi.spyOn(pglite, 'execProtocolRawStream');
      const insert = { name: 'insert-item', text: 'insert into items values ($1, $2) returning *' };
      expect((await client.query({ ...insert, values: [1, 'kettle'] })).rows).toEqual([
        { id: 1, name: 'kettle' },
      ]);
      expect((await client.query({ ...insert, values: [2, 'mug'] })).rows).toEqual([{ id: 2, name: 'mug' }]);
      // Parse, bind, describe, execute and sync the first time, then without the parse: one call each.
      expect(calls).toHaveBeenCalledTimes(2);
      calls.mockRestore();
    } finally {
      await client.end();
    }
  });

  it('passes errors on with their codes and keeps the connection usable', async () => {
    const client = await connect();
    try {
      const duplicate = client.query({ text: 'insert into items values ($1, $2)', values: [1, 'again'] });
      await expect(duplicate).rejects.toMatchObject({ code: '23505', constraint: 'items_pkey' });
      expect((await client.query('select count(*)::int as n from items')).rows).toEqual([{ n: 2 }]);
    } finally {
      await client.end();
    }
  });

  it('lets a new client prepare what an earlier one had prepared on the same session', async () => {
    const read = { name: 'read-item', text: 'select name from items where id = $1', values: [2] };
    const first = await connect();
    expect((await first.query(read)).rows).toEqual([{ name: 'mug' }]);
    await first.end();
    const second = await connect();
    try {
      expect((await second.query(read)).rows).toEqual([{ name: 'mug' }]);
    } finally {
      await second.end();
    }
  });

  it('lets the event loop run between queued queries, which block the thread one by one', async () => {
    // One client, as the shop's pool for PGlite has: the queries wait for it in turn.
    const pool = new pg.Pool({
      stream: () => new PgliteSocket(pglite),
      user: 'postgres',
      database: 'postgres',
      max: 1,
    });
    try {
      const order: string[] = [];
      const query = (n: number) =>
        pool.query(`select pg_sleep(0.02), ${n} as n`).then(() => {
          order.push(`query ${n}`);
          // Stands for a request arriving once the first query is done: it must not wait for the rest.
          if (n === 1) setTimeout(() => order.push('timer'), 0);
        });
      await Promise.all([1, 2, 3].map(query));
      expect(order).toContain('timer');
      expect(order.indexOf('timer')).toBeLessThan(order.indexOf('query 3'));
    } finally {
      await pool.end();
    }
  });

  it('returns results larger than PGlite’s receive buffer whole', async () => {
    const client = await connect();
    try {
      await expectLargeResultWhole(client);
    } finally {
      await client.end();
    }
  });
});
