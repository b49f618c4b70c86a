import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PGlite } from '@electric-sql/pglite';
import type { ExtractTablesWithRelations } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { type PgDatabase, type PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import pg from 'pg';
import lockfile from 'proper-lockfile';
import { PgliteSocket } from './pglite-socket';
import * as schema from './schema';

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** What every use case takes: the database, or a transaction so use cases compose into one. */
export type Executor = Db | Tx;

/**
 * Independent reads: side by side on the database (a pool hands each its own connection), one after
 * another in a transaction, which is a single connection: node-postgres queues a query sent while another
 * runs on the same client, warns that this is deprecated, and pg 9 will refuse it.
 */
export async function readAll<T extends readonly unknown[] | []>(
  executor: Executor,
  reads: { readonly [K in keyof T]: () => PromiseLike<T[K]> },
): Promise<T> {
  const thunks = reads as readonly (() => PromiseLike<unknown>)[];
  if (!(executor instanceof PgTransaction)) return (await Promise.all(thunks.map((read) => read()))) as T;
  const results: unknown[] = [];
  for (const read of thunks) results.push(await read());
  return results as unknown as T;
}

export interface Database {
  db: Db;
  kind: 'pglite' | 'postgres';
  /** Applies pending migrations; on PostgreSQL nodes starting together take turns. */
  migrate(): Promise<void>;
  /** A gzipped copy of the embedded database's files (PGlite only), for test templates. */
  dumpDataDir(): Promise<Blob>;
  close(): Promise<void>;
}

const migrationsFolder = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');

/**
 * Word-similarity threshold for typo-tolerant search (pg_trgm's `<%` operator, which uses the trigram index).
 * The default 0.6 misses a single transposition in a six-letter word ("laptpo" scores 0.57 against "laptop").
 */
const trigramThreshold = 0.45;

/** Arbitrary constant: the advisory lock that serialises migrations when several nodes start at once. */
const migrationLockKey = 7_426_113;

export class DataDirLockedError extends Error {
  constructor(readonly dataDir: string) {
    super(
      `Another Puoti process is already using the data folder ${dataDir}. ` +
        'Stop it first, or give this one its own folder with DATA_DIR. ' +
        '(Two processes on one embedded database would silently lose writes.)',
    );
    this.name = 'DataDirLockedError';
  }
}

export interface PgliteOptions {
  /** Folder for the database files; omit for an in-memory database (tests). */
  dataDir?: string;
  /** A gzipped data-folder dump to start from (tests clone a migrated template this way). */
  loadDataDir?: Blob;
  /**
   * The buffer cache. PostgreSQL's default of 128 MB lives in the process's own memory here (the WASM
   * heap), so it is resident memory of whichever process runs PGlite: 32 MB holds a small shop's whole
   * catalogue and keeps the process about 100 MB smaller; larger catalogues read the rest from the files,
   * which the operating system caches outside the process.
   */
  sharedBuffersMb?: number;
}

/**
 * Locks a data folder for this process: PGlite gives a second process no error and both then lose
 * writes, so the second one is refused here. Resolves to the release.
 */
export async function lockDataDir(dataDir: string): Promise<() => Promise<void>> {
  mkdirSync(dataDir, { recursive: true });
  try {
    return await lockfile.lock(dataDir, {
      lockfilePath: path.join(dataDir, 'puoti.lock'),
      // The holder refreshes the lock every 5 s; a lock older than 20 s is from a crashed process.
      stale: 20_000,
      update: 5_000,
      retries: 0,
      onCompromised: (error) => {
        console.error(`Lost the lock on ${dataDir}; stopping to protect the data.`, error);
        process.exit(1);
      },
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOCKED') throw new DataDirLockedError(dataDir);
    throw error;
  }
}

/** Starts PGlite on a folder the caller has locked (or in memory), set up as the shop expects. */
export async function createPglite(options: PgliteOptions = {}): Promise<PGlite> {
  // Loaded here, not with this module: the server runs PGlite in its own process and skips its code.
  const [{ PGlite }, { pg_trgm }, { unaccent }] = await Promise.all([
    import('@electric-sql/pglite'),
    import('@electric-sql/pglite/contrib/pg_trgm'),
    import('@electric-sql/pglite/contrib/unaccent'),
  ]);
  const client = await PGlite.create({
    ...(options.dataDir ? { dataDir: path.join(options.dataDir, 'pgdata') } : {}),
    ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
    extensions: { pg_trgm, unaccent },
    // On the command line, not in the data folder's postgresql.conf: a changed value takes effect on
    // the next start and the folder's own settings stay as initdb wrote them.
    startParams: [...PGlite.defaultStartParams, '-c', `shared_buffers=${options.sharedBuffersMb ?? 32}MB`],
  });
  await client.exec(`SET pg_trgm.word_similarity_threshold = ${trigramThreshold}`);
  return client;
}

/** A pool on PGlite's one session (user and database are PGlite's own), its connections kept open. */
function pglitePool(config: pg.PoolConfig): pg.Pool {
  return withIdleErrorsHandled(
    new pg.Pool({ user: 'postgres', database: 'postgres', idleTimeoutMillis: 0, ...config }),
  );
}

/**
 * A pool for the embedded database's own process, which shares PGlite's one session between its
 * connections and never lets one's statement into another's transaction (`SharedSession`). Two
 * connections are enough for one query to wait there while the other runs.
 */
export function pgliteProcessPool(socketDir: string): pg.Pool {
  return pglitePool({ Client: SessionSharingClient, host: socketDir, max: 2 });
}

/**
 * A connection lost while idle in the pool (the database restarted, its process ended) is reported as
 * the pool's 'error' event, which would stop the process if nobody listened. The pool has already
 * dropped that connection and opens a new one for the next query; a query running at the time fails
 * with its own error. Nothing is left to do here.
 */
function withIdleErrorsHandled(pool: pg.Pool): pg.Pool {
  pool.on('error', () => undefined);
  return pool;
}

/** The shop's view of a pool on the embedded database; `close` ends whatever runs PGlite. */
export function pgliteDatabase(
  pool: pg.Pool,
  ends: { dumpDataDir(): Promise<Blob>; close(): Promise<void> },
): Database {
  const db = drizzlePg(pool, { schema, casing: 'snake_case' }) as unknown as Db;
  return {
    db,
    kind: 'pglite',
    async migrate() {
      await migratePg(drizzlePg(pool), { migrationsFolder });
    },
    dumpDataDir: () => ends.dumpDataDir(),
    async close() {
      await pool.end();
      await ends.close();
    },
  };
}

/**
 * Opens the embedded database in this process (tests, command-line tools; the server runs it in a
 * process of its own, `openPgliteProcess`). A data folder is locked for this process.
 */
export async function openPglite(options: PgliteOptions = {}): Promise<Database> {
  const release = options.dataDir ? await lockDataDir(options.dataDir) : undefined;
  const client = await createPglite(options);
  // The shop talks to the embedded database through node-postgres, as to PostgreSQL (PgliteSocket says
  // why). One client, as PGlite is one session: a transaction takes it and other queries wait their turn.
  const pool = pglitePool({ Client: PreparingClient, stream: () => new PgliteSocket(client), max: 1 });
  return pgliteDatabase(pool, {
    dumpDataDir: () => client.dumpDataDir('gzip'),
    async close() {
      await client.close();
      await release?.();
    },
  });
}

/**
 * Statement names by SQL text, the same for every pooled connection. A query with parameters runs as a
 * named prepared statement, so PostgreSQL parses and plans it once per connection instead of on every
 * call: planning was most of the cost of a catalogue read (0.5 to 1 ms a query against 0.1 ms to run
 * it). The set is bounded; a text past the bound runs unnamed as before, so rare query shapes cannot grow
 * memory on either side. Queries without parameters (migrations, multi-statement scripts) are never
 * named: PostgreSQL cannot prepare more than one statement.
 */
const statementNames = new Map<string, string>();
const maxNamedStatements = 1_000;

function statementName(text: string): string | undefined {
  let name = statementNames.get(text);
  if (name === undefined && statementNames.size < maxNamedStatements) {
    name = `puoti_${statementNames.size}`;
    statementNames.set(text, name);
  }
  return name;
}

class PreparingClient extends pg.Client {
  /** Set where connections share one session and so one namespace of statements. */
  statementPrefix = '';
}

/**
 * A connection to the embedded database's process, where every connection shares PGlite's one session
 * (`SharedSession`): its statements carry a name of their own, or two connections preparing the same
 * text would both create one name.
 */
let sessionClients = 0;
class SessionSharingClient extends PreparingClient {
  override statementPrefix = `c${++sessionClients}_`;
}
// pg.Client.query has many overloads; this override keeps the runtime contract (config or text, values,
// callback) and only adds a name to config objects that carry parameters. The base method is looked up
// on every call, so instrumentation that wraps pg.Client.prototype.query (bench:checkout) still sees it.
PreparingClient.prototype.query = function query(
  this: pg.Client,
  config: unknown,
  values?: unknown,
  callback?: unknown,
) {
  if (
    typeof config === 'object' &&
    config !== null &&
    'text' in config &&
    typeof config.text === 'string' &&
    !('submit' in config) &&
    (!('name' in config) || config.name === undefined) &&
    Array.isArray(values) &&
    values.length > 0
  ) {
    const name = statementName(config.text);
    if (name) config = { ...config, name: `${(this as PreparingClient).statementPrefix}${name}` };
  }
  return Reflect.apply(pg.Client.prototype.query, this, [config, values, callback]);
} as typeof pg.Client.prototype.query;

export function openPostgres(url: string, poolSize: number): Database {
  const pool = withIdleErrorsHandled(
    new pg.Pool({
      Client: PreparingClient,
      connectionString: url,
      max: poolSize,
      // Set at connection start-up, so every pooled connection has it before its first query.
      options: `-c pg_trgm.word_similarity_threshold=${trigramThreshold}`,
    }),
  );
  const db = drizzlePg(pool, { schema, casing: 'snake_case' }) as unknown as Db;
  return {
    db,
    kind: 'postgres',
    async migrate() {
      // One dedicated connection holds a session-level advisory lock while it migrates, so nodes that
      // start together take turns and the later ones find nothing left to do.
      const connection = await pool.connect();
      try {
        await connection.query('select pg_advisory_lock($1)', [migrationLockKey]);
        try {
          await migratePg(drizzlePg(connection), { migrationsFolder });
        } finally {
          await connection.query('select pg_advisory_unlock($1)', [migrationLockKey]);
        }
      } finally {
        connection.release();
      }
    },
    async dumpDataDir(): Promise<Blob> {
      throw new Error('Only the embedded database can be dumped');
    },
    async close() {
      await pool.end();
    },
  };
}
