import { type ChildProcess, fork } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  type Database,
  DataDirLockedError,
  type PgliteOptions,
  pgliteDatabase,
  pgliteProcessPool,
} from './client';

export interface ChildOptions {
  dataDir: string;
  sharedBuffersMb?: number;
  socketPath: string;
  /** Create the database in an empty folder, close it and exit. */
  createOnly?: boolean;
}

export type ChildMessage = { type: 'ready' } | { type: 'failed'; locked: boolean; message: string };

export interface PgliteProcessOptions extends Pick<PgliteOptions, 'sharedBuffersMb'> {
  dataDir: string;
  /** The database process ended while open (it crashed or was killed): the shop cannot go on without it. */
  onUnexpectedExit: (code: number | null, signal: NodeJS.Signals | null) => void;
}

/**
 * Node flags of the database process. Without Liftoff, V8 compiles PostgreSQL's WebAssembly once with its
 * optimising compiler instead of first with the baseline one and then again where it runs hot: about 30 MB
 * less resident memory and faster queries from the start, for about a second more at start-up.
 */
export const pgliteNodeFlags = ['--no-liftoff', '--max-semi-space-size=4'];

const here = path.dirname(fileURLToPath(import.meta.url));

/** The server bundle carries the process's code beside itself as JavaScript; sources run it through tsx. */
function childEntry(): { file: string; execArgv: string[] } {
  const bundled = path.join(here, 'pglite-child.js');
  if (existsSync(bundled)) return { file: bundled, execArgv: [] };
  return { file: path.join(here, 'pglite-child.ts'), execArgv: ['--import', 'tsx'] };
}

function whenReady(child: ChildProcess, dataDir: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const onExit = (code: number | null) =>
      reject(new Error(`The embedded database did not start (exit ${code}).`));
    child.once('exit', onExit);
    child.once('message', (message: ChildMessage) => {
      child.off('exit', onExit);
      if (message.type === 'ready') resolve();
      else if (message.locked) reject(new DataDirLockedError(dataDir));
      else reject(new Error(`The embedded database did not start: ${message.message}`));
    });
  });
}

function startChild(options: ChildOptions): {
  child: ChildProcess;
  ready: Promise<void>;
  exited: Promise<void>;
} {
  const entry = childEntry();
  // Next bundles this module with @puoti/core (its copy never opens a database) and would otherwise try
  // to bundle the child's file too.
  const child = fork(/* turbopackIgnore: true */ entry.file, [JSON.stringify(options)], {
    execArgv: [...entry.execArgv, ...pgliteNodeFlags],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const ready = whenReady(child, options.dataDir).catch(async (error: unknown) => {
    child.kill();
    await exited;
    throw error;
  });
  return { child, ready, exited };
}

/**
 * Opens the embedded database in a process of its own, which the server reaches through node-postgres on
 * a Unix socket as it would reach PostgreSQL. PGlite runs a query on the thread that calls it, without
 * yielding: in the server's process every query stopped every request (a VACUUM for a second), and SQL
 * and HTTP took turns on one core (bench:catalog on two cores, cold list at 10,000 products: 954 req/s
 * there, 1,488 here). Its memory, PostgreSQL's own, is then the database's, as it is with PostgreSQL.
 * The socket lives in a new folder only this user can open: PGlite asks for no password.
 */
export async function openPgliteProcess(options: PgliteProcessOptions): Promise<Database & { pid: number }> {
  const socketDir = await mkdtemp(path.join(os.tmpdir(), 'puoti-db-'));
  // node-postgres reaches a Unix socket through its folder and the port's number, as libpq does.
  const childOptions: ChildOptions = {
    dataDir: options.dataDir,
    socketPath: path.join(socketDir, '.s.PGSQL.5432'),
    ...(options.sharedBuffersMb === undefined ? {} : { sharedBuffersMb: options.sharedBuffersMb }),
  };
  let serving: ReturnType<typeof startChild>;
  try {
    // Creating a database (initdb, on a shop's first start) leaves its process about 450 MB larger for
    // good: a process of its own does it and exits, and the one that serves starts on the finished folder.
    if (!existsSync(path.join(options.dataDir, 'pgdata', 'PG_VERSION'))) {
      const creator = startChild({ ...childOptions, createOnly: true });
      await creator.ready;
      await creator.exited;
    }
    serving = startChild(childOptions);
    await serving.ready;
  } catch (error) {
    await rm(socketDir, { recursive: true, force: true });
    throw error;
  }
  const { child, exited } = serving;
  let closing = false;
  child.once('exit', (code, signal) => {
    if (!closing) options.onUnexpectedExit(code, signal);
  });
  const pool = pgliteProcessPool(socketDir);
  const database = pgliteDatabase(pool, {
    async dumpDataDir(): Promise<Blob> {
      throw new Error('Only a database opened in this process can be dumped');
    },
    async close() {
      closing = true;
      // The process closes PGlite, releases the folder and exits when its channel closes.
      if (child.connected) child.disconnect();
      await exited;
      await rm(socketDir, { recursive: true, force: true });
    },
  });
  return { ...database, pid: child.pid as number };
}
