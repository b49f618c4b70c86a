import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { openPglite, openPostgres } from '../db/client';
import { seedDemoStore } from '../db/seed/demo';
import { ensureReferenceData } from '../db/seed/reference';
import { LocalMediaStorage } from '../media/storage';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A gzipped PGlite data folder, migrated and seeded with the demo store, that each test file clones. */
    pgliteTemplate: string;
    /** Where the seeded demo images were written. */
    mediaDir: string;
  }
}

/**
 * Builds the demo store once per run. On PGlite it is dumped and every test file starts from its own
 * copy (isolation without paying for migrations and seeding per file); with TEST_DATABASE_URL the
 * PostgreSQL database is migrated and seeded in place and test files create their own rows.
 */
export default async function setup(project: TestProject) {
  const workDir = await mkdtemp(path.join(os.tmpdir(), 'puoti-test-'));
  const mediaDir = path.join(workDir, 'media');
  const storage = new LocalMediaStorage(mediaDir);
  project.provide('mediaDir', mediaDir);

  const url = process.env.TEST_DATABASE_URL;
  if (url) {
    const database = openPostgres(url, 2);
    await database.migrate();
    await ensureReferenceData(database.db);
    await seedDemoStore(database.db, { storage });
    await database.close();
    project.provide('pgliteTemplate', '');
  } else {
    const database = await openPglite();
    await database.migrate();
    await ensureReferenceData(database.db);
    await seedDemoStore(database.db, { storage });
    const dump = await database.dumpDataDir();
    await database.close();
    const file = path.join(workDir, 'template.tar.gz');
    await writeFile(file, Buffer.from(await dump.arrayBuffer()));
    project.provide('pgliteTemplate', file);
  }

  return async () => {
    await rm(workDir, { recursive: true, force: true });
  };
}
