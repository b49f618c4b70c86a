import { parseConfig, RateLimits, TaggedCache } from '@puoti/core';
import { LocalMediaStorage } from '@puoti/core/media';
import type { StripeGateway } from '@puoti/core/payments';
import { openTestDatabase } from '@puoti/core/testing';
import { sql } from 'drizzle-orm';
import { pino } from 'pino';
import { inject } from 'vitest';
import { createApp } from './app';

/** The API over this test file's database, in-process (`app.request`), with the response cache on or off. */
export async function createTestApp(
  options: {
    cache?: boolean;
    rateLimits?: RateLimits;
    env?: Record<string, string>;
    stripe?: StripeGateway;
  } = {},
) {
  const database = await openTestDatabase();
  // Tests tell clients apart by X-Forwarded-For, as a proxy would.
  const config = parseConfig({ NODE_ENV: 'test', TRUST_PROXY: '1', ...options.env });
  const cache = new TaggedCache(options.cache ?? false, { ttlSeconds: 60 });
  const app = createApp({
    config,
    db: database.db,
    cache,
    storage: new LocalMediaStorage(inject('mediaDir')),
    rateLimits: options.rateLimits ?? new RateLimits(),
    stripe: options.stripe ?? null,
    logger: pino({ level: 'silent' }),
    ping: async () => {
      await database.db.execute(sql`select 1`);
    },
  });
  return { app, db: database.db, cache, config };
}
