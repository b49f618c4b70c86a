import { beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../testing/database';
import { type Db, type Executor, readAll } from './client';

let db: Db;

beforeAll(async () => {
  db = (await openTestDatabase()).db;
});

/** Two reads that log when they start and end, the first one slower. */
async function traced(executor: Executor): Promise<{ results: [string, number]; log: string[] }> {
  const log: string[] = [];
  const read =
    <T>(name: string, ms: number, value: T) =>
    async (): Promise<T> => {
      log.push(`${name} start`);
      await new Promise((resolve) => setTimeout(resolve, ms));
      log.push(`${name} end`);
      return value;
    };
  const results = await readAll(executor, [read('a', 30, 'first'), read('b', 1, 2)]);
  return { results, log };
}

describe('readAll', () => {
  it('runs the reads side by side on the database', async () => {
    const { results, log } = await traced(db);
    expect(results).toEqual(['first', 2]);
    expect(log.slice(0, 2)).toEqual(['a start', 'b start']);
  });

  it('runs them one after another in a transaction, in order', async () => {
    const { results, log } = await db.transaction((tx) => traced(tx));
    expect(results).toEqual(['first', 2]);
    expect(log).toEqual(['a start', 'a end', 'b start', 'b end']);
  });
});
