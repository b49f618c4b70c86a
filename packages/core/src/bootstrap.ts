import type { Database } from './db/client';
import { getDatabase } from './db/index';
import type { SeedSummary } from './db/seed/demo';
import { ensureReferenceData } from './db/seed/reference';
import type { Config } from './lib/config';
import { LocalMediaStorage, mediaRoot } from './media/storage';

export interface Prepared {
  database: Database;
  /** What the demo seed did on this start; null when demo mode is off. */
  demo: SeedSummary | null;
}

/**
 * Everything that must happen before the shop serves: open the database, apply migrations, make sure
 * the reference data exists and, in demo mode, seed the demo store on the first boot only.
 */
export async function prepareDatabase(config: Config): Promise<Prepared> {
  const database = await getDatabase(config);
  await database.migrate();
  await ensureReferenceData(database.db);
  // Loaded only in demo mode: the seed pulls in sharp (libvips), which costs tens of MB of memory.
  const demo = config.demo
    ? await import('./db/seed/demo').then(({ seedDemoStore }) =>
        seedDemoStore(database.db, { storage: new LocalMediaStorage(mediaRoot(config.dataDir)) }),
      )
    : null;
  return { database, demo };
}
