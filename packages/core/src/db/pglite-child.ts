/**
 * The embedded database's own process, started by `openPgliteProcess` with its options as the first
 * argument. It locks the data folder, starts PGlite and serves it on the Unix socket it was given, then
 * says so on the IPC channel (or, told to only create the database, closes it and exits). It closes when that channel does: the server closing the database, or the
 * server gone (even killed), so PGlite always gets to flush its files and the lock is always released.
 */
import { createPglite, DataDirLockedError, lockDataDir } from './client';
import type { ChildMessage, ChildOptions } from './pglite-process';
import { servePglite } from './pglite-server';

const options = JSON.parse(process.argv[2] ?? '{}') as ChildOptions;
const tell = (message: ChildMessage) => process.send?.(message);

// Ctrl-C in a terminal reaches the whole process group: the server closes its database itself, and
// ending here first would fail the queries it still runs while shutting down.
process.on('SIGINT', () => undefined);

try {
  const release = await lockDataDir(options.dataDir);
  const pglite = await createPglite(options);
  if (options.createOnly) {
    await pglite.close();
    await release();
    tell({ type: 'ready' });
    process.exit(0);
  }
  const server = await servePglite(pglite, options.socketPath);
  let closing = false;
  const close = async () => {
    if (closing) return;
    closing = true;
    server.close();
    await pglite.close();
    await release();
    process.exit(0);
  };
  process.once('disconnect', () => void close());
  process.once('SIGTERM', () => void close());
  tell({ type: 'ready' });
} catch (error) {
  tell({
    type: 'failed',
    locked: error instanceof DataDirLockedError,
    message: error instanceof Error ? error.message : String(error),
  });
  process.exit(1);
}
