import { parseConfig, TaggedCache } from '@puoti/core';
import { LocalMediaStorage } from '@puoti/core/media';
import { openTestDatabase } from '@puoti/core/testing';
import { sql } from 'drizzle-orm';
import { pino } from 'pino';
import { inject } from 'vitest';
import { createApp } from './app';

/** The API over this test file's database, in-process (`app.request`), with the response cache on or off. */
export async function createTestApp(options: { cache?: boolean } = {}) {
  const database = await openTestDatabase();
  const config = parseConfig({ NODE_ENV: 'test' });
  const cache = new TaggedCache(options.cache ?? false, { ttlSeconds: 60 });
  const app = createApp({
    config,
    db: database.db,
    cache,
    storage: new LocalMediaStorage(inject('mediaDir')),
    logger: pino({ level: 'silent' }),
    ping: async () => {
      await database.db.execute(sql`select 1`);
    },
  });
  return { app, db: database.db, cache };
}
