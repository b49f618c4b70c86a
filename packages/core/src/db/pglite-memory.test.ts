import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { type Database, openPglite } from './client';
import { queryRows } from './rows';

describe('the embedded database', () => {
  const opened: Database[] = [];
  afterAll(async () => Promise.all(opened.map((database) => database.close())));

  it('starts with the buffer cache it is given, 32 MB unless told otherwise', async () => {
    const setting = async (sharedBuffersMb?: number) => {
      const database = await openPglite(sharedBuffersMb === undefined ? {} : { sharedBuffersMb });
      opened.push(database);
      const [row] = await queryRows<{ shared_buffers: string }>(database.db, sql`show shared_buffers`);
      return row?.shared_buffers;
    };
    expect(await setting()).toBe('32MB');
    expect(await setting(64)).toBe('64MB');
  });
});
