import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { type Database, DataDirLockedError } from './client';
import { openPgliteProcess } from './pglite-process';
import { queryRows } from './rows';

describe('the embedded database in a process of its own', () => {
  const dirs: string[] = [];
  const opened: Database[] = [];
  afterAll(async () => {
    await Promise.all(opened.map((database) => database.close()));
    await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
  });

  const open = async (dataDir: string, onUnexpectedExit = vi.fn()) => {
    const database = await openPgliteProcess({ dataDir, onUnexpectedExit });
    opened.push(database);
    return database;
  };
  const newDir = async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'puoti-process-'));
    dirs.push(dir);
    return dir;
  };
  it('migrates, keeps its data across restarts and holds the folder against a second opener', async () => {
    const dir = await newDir();
    const first = await open(dir);
    await first.migrate();
    await first.db.execute(
      sql`insert into categories (id, parent_id, position) values (gen_random_uuid(), null, 7)`,
    );
    await expect(openPgliteProcess({ dataDir: dir, onUnexpectedExit: vi.fn() })).rejects.toBeInstanceOf(
      DataDirLockedError,
    );
    // The search settings the shop relies on hold on this connection too.
    expect(
      await queryRows(
        first.db,
        sql`select current_setting('pg_trgm.word_similarity_threshold') as threshold`,
      ),
    ).toEqual([{ threshold: '0.45' }]);
    // Its two connections share one session: the same statement prepared on both must not clash.
    const counts = await Promise.all(
      Array.from({ length: 20 }, () =>
        queryRows(first.db, sql`select count(*)::int as n from categories where position > ${0}`),
      ),
    );
    expect(counts).toEqual(Array.from({ length: 20 }, () => [{ n: 1 }]));
    await first.close();
    opened.splice(opened.indexOf(first), 1);

    // Closed: its process flushed the files and let go of the folder.
    const again = await open(dir);
    expect(await queryRows(again.db, sql`select position from categories`)).toEqual([{ position: 7 }]);
  });

  // initdb leaves the process that ran it about 450 MB larger for good (measured: 676 MiB against 219
  // after opening the same folder again); a first start must not leave the shop's database at that size.
  it.runIf(process.platform === 'linux')('creates a new database in a process that then exits', async () => {
    const database = await open(await newDir());
    const status = await readFile(`/proc/${database.pid}/status`, 'utf8');
    const rssMiB = Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1]) / 1024;
    expect(rssMiB).toBeGreaterThan(50);
    expect(rssMiB).toBeLessThan(450);
  });

  it('tells the server when its process ends on its own, and fails queries rather than hang them', async () => {
    const onUnexpectedExit = vi.fn();
    const database = await open(await newDir(), onUnexpectedExit);
    await database.db.execute(sql`select 1`);
    process.kill(database.pid, 'SIGKILL');
    await vi.waitFor(() => expect(onUnexpectedExit).toHaveBeenCalledWith(null, 'SIGKILL'), {
      timeout: 10_000,
    });
    await expect(database.db.execute(sql`select 1`)).rejects.toThrow();
  });
});
