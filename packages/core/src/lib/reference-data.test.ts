import { QueryPromise } from 'drizzle-orm';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Db, Executor } from '../db/client';
import { openTestDatabase } from '../testing/database';
import { referenceData, referenceDataTtlMs } from './reference-data';

let db: Db;

beforeAll(async () => {
  db = (await openTestDatabase()).db;
});

afterEach(() => {
  vi.useRealTimers();
});

/** A reader that counts its reads and answers with the key and the read's number. */
function counting() {
  let reads = 0;
  const read = referenceData(async (_db: Executor, key: string) => {
    reads += 1;
    return `${key}#${reads}`;
  });
  return { read, reads: () => reads };
}

describe('referenceData', () => {
  it('reads each key once per database until the time is up, then again', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const { read, reads } = counting();
    expect(await Promise.all([read(db, 'FI'), read(db, 'FI'), read(db, 'SE')])).toEqual([
      'FI#1',
      'FI#1',
      'SE#2',
    ]);
    vi.setSystemTime(Date.now() + referenceDataTtlMs - 1);
    expect(await read(db, 'FI')).toBe('FI#1');
    vi.setSystemTime(Date.now() + 2);
    expect(await read(db, 'FI')).toBe('FI#3');
    expect(reads()).toBe(3);
  });

  it('always reads inside a transaction, which may have changed the data', async () => {
    const { read, reads } = counting();
    await read(db, 'FI');
    const inside = await db.transaction(async (tx) => [await read(tx, 'FI'), await read(tx, 'FI')]);
    expect(inside).toEqual(['FI#2', 'FI#3']);
    expect(await read(db, 'FI')).toBe('FI#1');
    expect(reads()).toBe(3);
  });

  it('runs a query builder once: drizzle runs its query again on every then', async () => {
    let runs = 0;
    class CountingQuery extends QueryPromise<string> {
      override async execute(): Promise<string> {
        runs += 1;
        return `rows#${runs}`;
      }
    }
    const read = referenceData((_db: Executor, _key: string) => new CountingQuery());
    expect(await read(db, '')).toBe('rows#1');
    expect(await read(db, '')).toBe('rows#1');
    expect(runs).toBe(1);
  });

  it('does not keep a failed read', async () => {
    let attempt = 0;
    const read = referenceData(async () => {
      attempt += 1;
      if (attempt === 1) throw new Error('connection lost');
      return 'ok';
    });
    await expect(read(db, '')).rejects.toThrow('connection lost');
    expect(await read(db, '')).toBe('ok');
  });
});
