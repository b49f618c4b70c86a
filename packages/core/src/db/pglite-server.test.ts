import { mkdtemp, rm } from 'node:fs/promises';
import type { Server } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectLargeResultWhole } from '../testing/protocol';
import { leavesSessionIdle, ProtocolFramer, preparedNames, servePglite } from './pglite-server';

/** A typed protocol message: type byte, length (itself included), body. */
function message(type: string, body: string): Buffer {
  const bytes = Buffer.from(body);
  const head = Buffer.alloc(5);
  head.write(type, 0);
  head.writeInt32BE(4 + bytes.length, 1);
  return Buffer.concat([head, bytes]);
}

describe('ProtocolFramer', () => {
  const startup = Buffer.alloc(12);
  startup.writeInt32BE(12, 0);
  startup.writeInt32BE(196_608, 4);
  const query = message('Q', 'select 1\0');
  const parse = message('P', '\0select 2\0\0\0');
  const sync = message('S', '');
  const stream = Buffer.concat([startup, query, parse, sync]);

  const frame = (chunks: Buffer[]) => {
    const framer = new ProtocolFramer();
    const out: Buffer[] = [];
    framer.on('data', (chunk: Buffer) => out.push(Buffer.from(chunk)));
    for (const chunk of chunks) framer.write(chunk);
    return out;
  };

  it('passes the startup message alone and then every whole message received so far', () => {
    expect(frame([stream])).toEqual([startup, Buffer.concat([query, parse, sync])]);
  });

  it('holds back a message until all of it has arrived, wherever the socket cuts the bytes', () => {
    for (let cut = 1; cut < stream.length; cut += 1) {
      const out = frame([stream.subarray(0, cut), stream.subarray(cut)]);
      expect(Buffer.concat(out)).toEqual(stream);
      expect(out[0]).toEqual(startup);
      // Every chunk after the startup ends on a message boundary.
      const boundaries = [
        query.length,
        query.length + parse.length,
        query.length + parse.length + sync.length,
      ];
      let offset = 0;
      for (const chunk of out.slice(1)) {
        offset += chunk.length;
        expect(boundaries).toContain(offset);
      }
    }
  });

  it('copes with a byte at a time', () => {
    const out = frame([...stream].map((byte) => Buffer.from([byte])));
    expect(out.map((chunk) => chunk.length)).toEqual([
      startup.length,
      query.length,
      parse.length,
      sync.length,
    ]);
  });
});

describe('servePglite', () => {
  let pglite: PGlite;
  let server: Server;
  let dir: string;
  beforeAll(async () => {
    pglite = await PGlite.create();
    await pglite.exec('create table items (id int primary key, name text not null)');
    dir = await mkdtemp(path.join(os.tmpdir(), 'puoti-socket-'));
    server = await servePglite(pglite, path.join(dir, '.s.PGSQL.5432'));
  });
  afterAll(async () => {
    server.close();
    await pglite.close();
    await rm(dir, { recursive: true, force: true });
  });

  const connect = async () => {
    const client = new pg.Client({ host: dir, user: 'postgres', database: 'postgres' });
    await client.connect();
    return client;
  };

  it('answers node-postgres on a Unix socket: prepared statements, errors with their codes, large results', async () => {
    const client = await connect();
    try {
      const insert = { name: 'insert-item', text: 'insert into items values ($1, $2) returning *' };
      expect((await client.query({ ...insert, values: [1, 'kettle'] })).rows).toEqual([
        { id: 1, name: 'kettle' },
      ]);
      await expect(client.query({ ...insert, values: [1, 'again'] })).rejects.toMatchObject({
        code: '23505',
      });
      await expectLargeResultWhole(client);
    } finally {
      await client.end();
    }
  });

  it('keeps every other client out of a transaction until it ends, and answers them in turn meanwhile', async () => {
    const writer = await connect();
    const reader = await connect();
    try {
      await writer.query('begin');
      await writer.query("insert into items values (10, 'not yet committed')");
      const order: string[] = [];
      // Sent while the transaction is open: it must neither see the row nor run inside the transaction.
      const read = reader
        .query('select count(*)::int as n from items where id = 10')
        .then(({ rows }) => order.push(`read ${rows[0]?.n}`));
      await new Promise((resolve) => setTimeout(resolve, 50));
      await writer
        .query("update items set name = 'committed' where id = 10")
        .then(() => order.push('update'));
      await writer.query('commit').then(() => order.push('commit'));
      await read;
      expect(order).toEqual(['update', 'commit', 'read 1']);
    } finally {
      await writer.end();
      await reader.end();
    }
  });

  it('rolls back what a vanished client left open and drops its statements; the others go on', async () => {
    const gone = await connect();
    gone.on('error', () => undefined);
    const other = await connect();
    try {
      await gone.query({ name: 'gone_count', text: 'select count(*) from items where id > $1', values: [0] });
      await gone.query('begin');
      await gone.query("insert into items values (2, 'left in a transaction')");
      // Waits for the transaction, which only the session's cleanup after the vanished client ends.
      const waiting = other.query('select count(*)::int as n from items where id = 2');
      // Gone without a word, mid-transaction, as a crashed server's connection would be.
      (gone as unknown as { connection: { stream: { destroy(): void } } }).connection.stream.destroy();
      expect((await waiting).rows).toEqual([{ n: 0 }]);
      const statements = await other.query(
        "select name from pg_prepared_statements where name = 'gone_count'",
      );
      expect(statements.rows).toEqual([]);
      await other.query('begin');
      await other.query("insert into items values (3, 'committed')");
      await other.query('commit');
      expect((await other.query('select name from items where id = 3')).rows).toEqual([
        { name: 'committed' },
      ]);
    } finally {
      await other.end();
    }
  });
});

describe('the answers the session reads', () => {
  const backend = (type: string, body: Buffer) => {
    const head = Buffer.alloc(5);
    head.write(type, 0);
    head.writeInt32BE(4 + body.length, 1);
    return Buffer.concat([head, body]);
  };
  const ready = (status: string) => backend('Z', Buffer.from(status));

  it('knows from the last ReadyForQuery whether a transaction is open', () => {
    const complete = backend('C', Buffer.from('INSERT 0 1\0'));
    expect(leavesSessionIdle(Buffer.concat([complete, ready('I')]))).toBe(true);
    expect(leavesSessionIdle(Buffer.concat([complete, ready('T')]))).toBe(false);
    expect(leavesSessionIdle(Buffer.concat([ready('I'), complete, ready('E')]))).toBe(false);
    // No ReadyForQuery yet (a batch without Sync): the client keeps the session.
    expect(leavesSessionIdle(complete)).toBe(false);
  });

  it('finds the names a client prepares', () => {
    const batch = Buffer.concat([
      message('P', 'puoti_1\0select 1\0\0\0'),
      message('B', '\0puoti_1\0\0\0\0\0\0\0'),
      message('P', '\0select 2\0\0\0'),
      message('S', ''),
    ]);
    expect(preparedNames(batch)).toEqual(['puoti_1']);
  });
});
