/**
 * `npm run bench:checkout`: checkout throughput on PostgreSQL. Concurrent guest buyers each loop
 * "add 1-3 units of a random product to a new cart, then place the cart as a bank-transfer order" over
 * real HTTP against the API server (in its own process, Next.js left out), for a measured duration after
 * a warm-up; then a scarce phase where a few products have little stock and buyers race for it. Afterwards
 * every product's stock is checked against what was sold. A measurement, not a test: missed targets exit
 * 0; unexpected answers, a stock mismatch or a failed preparation exit 1. See bench/README.md.
 *
 * Run with `--serve` (internal), this file is the server process: `startServer` from server/src/server.ts
 * with `web: false`, optionally instrumented (`--profile`) to count queries and pool waits per route.
 */
import { AsyncLocalStorage, AsyncResource } from 'node:async_hooks';
import { readFileSync, writeFileSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import { Session } from 'node:inspector/promises';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadConfig, openPostgres } from '@puoti/core';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { pino } from 'pino';
import { prepareBackend } from './backends';
import { type Latency, latencyOf } from './latency';
import { type Child, freePort, startChild, stopChild, stopChildrenOnExit, waitUntilReady } from './processes';

const thisFile = fileURLToPath(import.meta.url);
const benchDir = path.resolve(path.dirname(thisFile), '..');
const root = path.resolve(benchDir, '..');

// ---------------------------------------------------------------------------------------------------------
// Options

interface CheckoutBenchOptions {
  /** Products the main phase sells from. */
  products: number;
  /** Units of each main-phase product at the start: plenty, so OUT_OF_STOCK stays rare. */
  stock: number;
  buyers: number;
  /** Orders per second offered in the main phase (open model); undefined: closed model, no pauses. */
  rate: number | undefined;
  /** Seconds measured in the main phase. */
  duration: number;
  /** Seconds of unmeasured load before it. */
  warmup: number;
  /** Seconds measured at the target rate (open model) after the main phase, for latency; 0 skips it. */
  paced: number;
  /** Longest the scarce phase runs (it ends early once everything scarce is sold); 0 skips it. */
  scarce: number;
  scarceProducts: number;
  scarceStock: number;
  /** DATABASE_POOL_SIZE for the server; undefined keeps the server's default. */
  pool: number | undefined;
  profile: boolean;
  /** Keep the benchmark database afterwards (to look at it); it is dropped by default. */
  keep: boolean;
  seed: number;
  postgresUrl: string;
}

const usage = `Usage: npm run bench:checkout -- [options]

  --duration S          seconds measured in the main phase (default 20)
  --warmup S            seconds of unmeasured load before it (default 3)
  --buyers N            concurrent buyers, one keep-alive connection each (default 20)
  --rate N              offer N cycles per second instead (open model; --buyers caps those in flight)
  --paced S             then S seconds at the target's 200 cycles/s (open model), where the p95
                        target is judged; 0 skips it (default 10)
  --products N          products the main phase sells (default 200)
  --stock N             initial stock of each of them (default 10000)
  --scarce S            longest duration of the scarce phase, 0 skips it (default 5)
  --scarce-products N   products with little stock in the scarce phase (default 5)
  --scarce-stock N      initial stock of each of those (default 20)
  --pool N              the server's DATABASE_POOL_SIZE (default: the server's own, 2 x cores + 1)
  --profile             instrument the server for the measured window (queries, pool waits and
                        transactions per route, a V8 CPU profile) and sample pg_stat_activity
  --keep                keep the benchmark database afterwards (default: dropped)
  --seed N              generator seed (default 1)
  --help                this text

Environment: BENCH_CHECKOUT_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/puoti_bench_checkout);
the database named there is dropped and created again on every run, so its name must contain "bench".`;

function integerOption(name: string, value: string | undefined, fallback: number, min = 1): number {
  if (value === undefined) return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < min)
    throw new Error(`--${name} must be an integer >= ${min}, got "${value}"`);
  return parsed;
}

/** Returns null when --help was asked for. */
function parseOptions(argv: string[], env: NodeJS.ProcessEnv): CheckoutBenchOptions | null {
  const { values } = parseArgs({
    args: argv,
    options: {
      duration: { type: 'string' },
      warmup: { type: 'string' },
      buyers: { type: 'string' },
      rate: { type: 'string' },
      paced: { type: 'string' },
      products: { type: 'string' },
      stock: { type: 'string' },
      scarce: { type: 'string' },
      'scarce-products': { type: 'string' },
      'scarce-stock': { type: 'string' },
      pool: { type: 'string' },
      profile: { type: 'boolean' },
      keep: { type: 'boolean' },
      seed: { type: 'string' },
      help: { type: 'boolean' },
    },
    strict: true,
  });
  if (values.help) return null;
  return {
    duration: integerOption('duration', values.duration, 20),
    warmup: integerOption('warmup', values.warmup, 3, 0),
    buyers: integerOption('buyers', values.buyers, 20),
    rate: values.rate === undefined ? undefined : integerOption('rate', values.rate, 1),
    paced: integerOption('paced', values.paced, 10, 0),
    products: integerOption('products', values.products, 200),
    stock: integerOption('stock', values.stock, 10_000),
    scarce: integerOption('scarce', values.scarce, 5, 0),
    scarceProducts: integerOption('scarce-products', values['scarce-products'], 5),
    scarceStock: integerOption('scarce-stock', values['scarce-stock'], 20),
    pool: values.pool === undefined ? undefined : integerOption('pool', values.pool, 10),
    profile: values.profile ?? false,
    keep: values.keep ?? false,
    seed: integerOption('seed', values.seed, 1, 0),
    postgresUrl: env.BENCH_CHECKOUT_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/puoti_bench_checkout',
  };
}

// ---------------------------------------------------------------------------------------------------------
// The server process (`--serve`) and its optional profiler

interface RouteProfile {
  requests: number;
  serverMs: number[];
  queries: number;
  transactions: number;
  dbMs: number;
  poolWaitMs: number[];
}

interface StatementProfile {
  calls: number;
  totalMs: number;
  maxMs: number;
}

/** What the server measured since the previous snapshot. */
interface ProfileSnapshot {
  seconds: number;
  routes: Record<string, RouteProfile>;
  /** The 25 statements that took the most time in total (latency seen by the driver). */
  statements: (StatementProfile & { text: string })[];
  /** begin -> commit/rollback, per transaction. */
  transactionMs: number[];
  eventLoopDelayMs: { mean: number; p50: number; p99: number; max: number };
}

/**
 * Queries are attributed to the HTTP request that caused them. Work a request only woke (the mail worker's
 * timer inherits the context of the order that called wake()) runs after its answer and counts as background.
 */
const requestContext = new AsyncLocalStorage<{ route: string; answered: boolean }>();
const background = 'background (mail worker, sweeper)';

function emptyRoute(): RouteProfile {
  return { requests: 0, serverMs: [], queries: 0, transactions: 0, dbMs: 0, poolWaitMs: [] };
}

/**
 * Wraps node-postgres's Pool.connect and Client.query (the prototypes, so the shop's own pool is covered
 * without changing core) and writes what it saw to `<file>.<n>.json` on every SIGUSR2 (SIGUSR1 belongs to
 * Node's inspector), then starts counting afresh: the benchmark signals at the start and the end of the
 * measured window, so snapshot 2 is exactly the window.
 */
function installProfiler(file: string): (server: http.Server) => void {
  let routes = new Map<string, RouteProfile>();
  let statements = new Map<string, StatementProfile>();
  let transactionMs: number[] = [];
  let since = performance.now();
  let snapshots = 0;
  const loopDelayResolutionMs = 5;
  const loopDelay = monitorEventLoopDelay({ resolution: loopDelayResolutionMs });
  loopDelay.enable();
  const openTransactions = new WeakMap<object, number>();

  /** Read when a query or connect starts: its callback may run in the context of whoever released the connection. */
  const currentRoute = () => {
    const store = requestContext.getStore();
    return store && !store.answered ? store.route : background;
  };
  const entryFor = (route: string) => {
    let entry = routes.get(route);
    if (!entry) {
      entry = emptyRoute();
      routes.set(route, entry);
    }
    return entry;
  };
  const recordQuery = (client: object, text: string, routeName: string, startedAt: number) => {
    const elapsed = performance.now() - startedAt;
    const route = entryFor(routeName);
    route.queries += 1;
    route.dbMs += elapsed;
    const key = text.replace(/\s+/g, ' ').trim().slice(0, 160);
    const statement = statements.get(key) ?? { calls: 0, totalMs: 0, maxMs: 0 };
    statement.calls += 1;
    statement.totalMs += elapsed;
    statement.maxMs = Math.max(statement.maxMs, elapsed);
    statements.set(key, statement);
    if (/^\s*begin\b/i.test(text)) {
      route.transactions += 1;
      openTransactions.set(client, startedAt);
    } else if (/^\s*(commit|rollback)\b/i.test(text)) {
      const began = openTransactions.get(client);
      if (began !== undefined) transactionMs.push(performance.now() - began);
      openTransactions.delete(client);
    }
  };

  type Callback = (...args: unknown[]) => void;
  type QueryMethod = (this: object, ...args: unknown[]) => unknown;
  const clientPrototype = pg.Client.prototype as unknown as { query: QueryMethod };
  const originalQuery = clientPrototype.query;
  clientPrototype.query = function query(this: object, ...args: unknown[]) {
    const [first] = args;
    const text =
      typeof first === 'string'
        ? first
        : typeof first === 'object' && first !== null && 'text' in first && typeof first.text === 'string'
          ? first.text
          : '';
    const startedAt = performance.now();
    const route = currentRoute();
    const last = args.at(-1);
    if (typeof last === 'function') {
      const callback = last as Callback;
      args[args.length - 1] = (...results: unknown[]) => {
        recordQuery(this, text, route, startedAt);
        callback(...results);
      };
      return originalQuery.apply(this, args);
    }
    const result = originalQuery.apply(this, args);
    if (result instanceof Promise) {
      const done = () => recordQuery(this, text, route, startedAt);
      result.then(done, done);
    }
    return result;
  };

  type ConnectMethod = (this: object, callback?: Callback) => unknown;
  const poolPrototype = pg.Pool.prototype as unknown as { connect: ConnectMethod };
  const originalConnect = poolPrototype.connect;
  poolPrototype.connect = function connect(this: object, callback?: Callback) {
    const startedAt = performance.now();
    const route = currentRoute();
    const waited = () => entryFor(route).poolWaitMs.push(performance.now() - startedAt);
    if (callback) {
      // pg-pool calls a waiting callback from whichever request released a connection (Pool.query's own
      // queries start there); binding it keeps them in the context of the request that asked.
      return originalConnect.call(
        this,
        AsyncResource.bind((...results: unknown[]) => {
          waited();
          callback(...results);
        }),
      );
    }
    const result = originalConnect.call(this);
    if (result instanceof Promise) result.then(waited, waited);
    return result;
  };

  // A V8 CPU profile of the same window: started at the first snapshot, written at the second.
  const inspector = new Session();
  inspector.connect();
  let profiling = false;

  const takeSnapshot = async () => {
    snapshots += 1;
    const snapshot: ProfileSnapshot = {
      seconds: (performance.now() - since) / 1_000,
      routes: Object.fromEntries(routes),
      statements: [...statements]
        .map(([text, statement]) => ({ text, ...statement }))
        .sort((a, b) => b.totalMs - a.totalMs)
        .slice(0, 25),
      transactionMs,
      // The histogram holds whole timer intervals; the delay is what exceeds the sampling interval.
      eventLoopDelayMs: {
        mean: Math.max(0, loopDelay.mean / 1e6 - loopDelayResolutionMs),
        p50: Math.max(0, loopDelay.percentile(50) / 1e6 - loopDelayResolutionMs),
        p99: Math.max(0, loopDelay.percentile(99) / 1e6 - loopDelayResolutionMs),
        max: Math.max(0, loopDelay.max / 1e6 - loopDelayResolutionMs),
      },
    };
    routes = new Map();
    statements = new Map();
    transactionMs = [];
    loopDelay.reset();
    since = performance.now();
    if (profiling) {
      const { profile } = await inspector.post('Profiler.stop');
      writeFileSync(`${file}.${snapshots}.cpuprofile`, JSON.stringify(profile));
      profiling = false;
    } else {
      await inspector.post('Profiler.enable');
      await inspector.post('Profiler.start');
      profiling = true;
    }
    // Written last: the benchmark reads the CPU profile once this file exists.
    writeFileSync(`${file}.${snapshots}.json`, JSON.stringify(snapshot));
  };
  process.on('SIGUSR2', () => {
    takeSnapshot().catch((error: unknown) => console.error('profile snapshot failed', error));
  });

  return (server) => {
    // Runs before the server's own listener in the same synchronous emit, so everything that request
    // starts (its queries included) carries the route.
    server.prependListener('request', (req: http.IncomingMessage, res: http.ServerResponse) => {
      const route = `${req.method} ${(req.url ?? '/').split('?')[0]}`;
      const startedAt = performance.now();
      const store = { route, answered: false };
      requestContext.enterWith(store);
      res.once('finish', () => {
        store.answered = true;
        const entry = entryFor(route);
        entry.requests += 1;
        entry.serverMs.push(performance.now() - startedAt);
      });
    });
  };
}

/** The server process: the API only, configured from the environment the benchmark gives it. */
async function serve(): Promise<void> {
  const profileFile = process.env.BENCH_PROFILE_FILE;
  const attach = profileFile ? installProfiler(profileFile) : undefined;
  const config = loadConfig();
  // Imported here, not at the top: the load generator has no use for the server's modules (Next among them).
  const { startServer } = await import('../../server/src/server');
  const started = await startServer(config, pino({ level: config.logLevel }), { web: false });
  attach?.(started.server);
  const stop = async () => {
    await started.close();
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop());
  process.once('SIGINT', () => void stop());
}

interface BenchServer {
  url: string;
  child: Child;
  profileFile: string | undefined;
  stop(): Promise<void>;
}

async function startBenchServer(options: CheckoutBenchOptions, dataDir: string): Promise<BenchServer> {
  const port = await freePort();
  const profileFile = options.profile ? path.join(dataDir, 'profile') : undefined;
  // Only what the server needs, as bench:catalog does: an inherited REDIS_URL would change what is measured.
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    ...(process.env.TMPDIR ? { TMPDIR: process.env.TMPDIR } : {}),
    NODE_ENV: 'production',
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    DATABASE_URL: options.postgresUrl,
    ...(options.pool ? { DATABASE_POOL_SIZE: String(options.pool) } : {}),
    PUOTI_DEMO: '0',
    SESSION_SECRET: 'bench-secret-bench-secret-bench-secret',
    LOG_LEVEL: 'warn',
    // Confirmation emails are rendered and "sent" into files: the outbox work stays in the measurement,
    // without a mail server.
    MAIL_TRANSPORT: 'file',
    MAIL_OUTBOX_DIR: path.join(dataDir, 'outbox'),
    ...(profileFile ? { BENCH_PROFILE_FILE: profileFile } : {}),
  };
  const child = startChild(process.execPath, ['--import', 'tsx', thisFile, '--serve'], { cwd: root, env });
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitUntilReady(child, `${url}/readyz`);
  } catch (error) {
    await stopChild(child);
    throw error;
  }
  return { url, child, profileFile, stop: () => stopChild(child) };
}

/** Asks the server for a profile snapshot (see installProfiler) and reads it. */
async function profileSnapshot(server: BenchServer, number: number): Promise<ProfileSnapshot | null> {
  if (!server.profileFile) return null;
  server.child.process.kill('SIGUSR2');
  const file = `${server.profileFile}.${number}.json`;
  for (let attempt = 0; attempt < 100; attempt += 1) {
    try {
      return JSON.parse(await readFile(file, 'utf8')) as ProfileSnapshot;
    } catch {
      await sleep(50);
    }
  }
  console.warn(`  the server wrote no profile snapshot ${file}`);
  return null;
}

interface CpuProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}

interface CpuProfile {
  nodes: CpuProfileNode[];
  startTime: number;
  endTime: number;
  samples?: number[];
}

interface CpuProfileSummary {
  /** Where the whole profile was copied (open it in Chrome DevTools' Performance panel). */
  file: string;
  wallMs: number;
  byArea: { area: string; ms: number; share: number }[];
  topFunctions: { name: string; ms: number; share: number }[];
}

/** Which package or shop module a sampled function belongs to. */
function areaOf(url: string, functionName: string): string {
  if (!url) return functionName.startsWith('(') ? functionName : 'native (V8, libuv)';
  const modules = url.lastIndexOf('/node_modules/');
  if (modules >= 0) {
    const [first = url, second = ''] = url.slice(modules + '/node_modules/'.length).split('/');
    return first.startsWith('@') ? `${first}/${second}` : first;
  }
  const core = /\/packages\/core\/src\/([^/]+)/.exec(url);
  if (core) return `@puoti/core ${core[1]?.replace(/\.ts$/, '')}`;
  if (url.includes('/packages/api/src/')) return '@puoti/api';
  if (url.includes('/server/src/')) return 'server';
  if (url.includes('/bench/src/')) return 'bench (the profiler hooks)';
  if (url.startsWith('node:')) return 'node internals';
  return url;
}

/** Self time per area and per function, from the sample counts. */
function summarizeCpuProfile(profile: CpuProfile, file: string): CpuProfileSummary {
  const wallMs = (profile.endTime - profile.startTime) / 1_000;
  const samples =
    profile.samples?.length ?? profile.nodes.reduce((sum, node) => sum + (node.hitCount ?? 0), 0);
  const msPerSample = samples > 0 ? wallMs / samples : 0;
  const areas = new Map<string, number>();
  const functions = new Map<string, number>();
  for (const node of profile.nodes) {
    const ms = (node.hitCount ?? 0) * msPerSample;
    if (ms === 0) continue;
    const { functionName, url, lineNumber } = node.callFrame;
    const area = areaOf(url, functionName);
    areas.set(area, (areas.get(area) ?? 0) + ms);
    const where = url ? `${area}:${url.split('/').at(-1)}:${lineNumber + 1}` : area;
    const name = `${functionName || '(anonymous)'} ${where}`;
    functions.set(name, (functions.get(name) ?? 0) + ms);
  }
  const ranked = (map: Map<string, number>, count: number) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, count)
      .map(([name, ms]) => ({ name, ms, share: ms / wallMs }));
  return {
    file,
    wallMs,
    byArea: ranked(areas, 14).map(({ name, ms, share }) => ({ area: name, ms, share })),
    topFunctions: ranked(functions, 20),
  };
}

// ---------------------------------------------------------------------------------------------------------
// Preparation: a fresh database with a catalogue of simple products with known stock

interface StockedProduct {
  id: string;
  sku: string;
  stock: number;
}

interface Prepared {
  dataDir: string;
  main: StockedProduct[];
  scarce: StockedProduct[];
  seconds: number;
}

/**
 * The catalogue generator of bench:catalog makes one product in ten with size variants; checkout here
 * sells simple products only (one stock column per product keeps the stock check exact), so the variants
 * are removed and every product gets a known stock. The store gets an IBAN: without one, bank transfer
 * is not offered.
 */
async function prepare(options: CheckoutBenchOptions): Promise<Prepared> {
  const startedAt = performance.now();
  const total = options.products + (options.scarce > 0 ? options.scarceProducts : 0);
  const prepared = await prepareBackend('pg', {
    postgresUrl: options.postgresUrl,
    products: total,
    seed: options.seed,
  });
  const database = openPostgres(options.postgresUrl, 2);
  try {
    const { db } = database;
    await db.execute(sql`delete from product_variants`);
    await db.execute(sql`update store_settings set seller_name = 'Puoti Bench Oy', iban = 'FI2112345600000785',
      bic = 'NDEAFIHH', email = 'shop@example.org'`);
    const result = await db.execute(sql`select id, sku from products order by sku`);
    const rows = (result as unknown as { rows: { id: string; sku: string }[] }).rows;
    const main = rows.slice(0, options.products).map((row) => ({ ...row, stock: options.stock }));
    const scarce = rows.slice(options.products).map((row) => ({ ...row, stock: options.scarceStock }));
    const ids = (products: StockedProduct[]) => `{${products.map((product) => product.id).join(',')}}`;
    await db.execute(sql`update products set stock = ${options.stock} where id = any(${ids(main)}::uuid[])`);
    if (scarce.length > 0) {
      await db.execute(
        sql`update products set stock = ${options.scarceStock} where id = any(${ids(scarce)}::uuid[])`,
      );
    }
    await db.execute(sql`vacuum analyze products, product_variants, store_settings`);
    return { dataDir: prepared.dataDir, main, scarce, seconds: (performance.now() - startedAt) / 1_000 };
  } catch (error) {
    await rm(prepared.dataDir, { recursive: true, force: true });
    throw error;
  } finally {
    await database.close();
  }
}

/** The same server's `postgres` database (query parameters such as a socket `host` kept). */
function maintenanceUrl(url: string): string {
  const maintenance = new URL(url);
  maintenance.pathname = '/postgres';
  return maintenance.toString();
}

async function dropDatabase(url: string): Promise<void> {
  const name = decodeURIComponent(new URL(url).pathname.replace(/^\//, ''));
  // prepareBackend already refused names without "bench"; checked again because this one drops it.
  if (!/^[a-z0-9_]+$/.test(name) || !name.includes('bench')) throw new Error(`refusing to drop "${name}"`);
  const admin = openPostgres(maintenanceUrl(url), 1);
  try {
    await admin.db.execute(`drop database if exists "${name}" with (force)`);
  } finally {
    await admin.close();
  }
}

// ---------------------------------------------------------------------------------------------------------
// HTTP: one keep-alive connection per buyer

interface Answer {
  status: number;
  text: string;
}

class Http {
  private readonly agent: http.Agent;
  private readonly base: URL;

  constructor(baseUrl: string, sockets: number) {
    this.base = new URL(baseUrl);
    this.agent = new http.Agent({ keepAlive: true, maxSockets: sockets, maxFreeSockets: sockets });
  }

  request(
    method: string,
    pathname: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<Answer> {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    return new Promise((resolve, reject) => {
      const req = http.request(
        {
          host: this.base.hostname,
          port: this.base.port,
          method,
          path: pathname,
          agent: this.agent,
          headers: {
            accept: 'application/json',
            ...(payload
              ? { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(payload)) }
              : {}),
            ...headers,
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () =>
            resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }),
          );
          res.on('error', reject);
        },
      );
      req.setTimeout(30_000, () => req.destroy(new Error('no answer within 30 s')));
      req.on('error', reject);
      req.end(payload);
    });
  }

  close(): void {
    this.agent.destroy();
  }
}

function errorCode(answer: Answer): string | null {
  try {
    const body = JSON.parse(answer.text) as { error?: { code?: unknown } };
    return typeof body.error?.code === 'string' ? body.error.code : null;
  } catch {
    return null;
  }
}

// ---------------------------------------------------------------------------------------------------------
// Load

type Outcome = 'ordered' | 'cart_out_of_stock' | 'order_out_of_stock' | 'failed';

interface Cycle {
  /** performance.now() when the cart request was sent and when the cycle ended. */
  startedAt: number;
  endedAt: number;
  cycleMs: number;
  /** POST /orders alone; null when the cart request already failed. */
  orderMs: number | null;
  outcome: Outcome;
}

interface LoadContext {
  http: Http;
  shippingMethodId: string;
  runId: string;
  /** Cycles started, for unique idempotency keys. */
  sequence: number;
  /** Unexpected answers, the first few kept for the report. */
  failures: string[];
  failureCount: number;
}

const address = {
  fullName: 'Aino Virtanen',
  line1: 'Mannerheimintie 1',
  postalCode: '00100',
  city: 'Helsinki',
  country: 'FI',
};

function recordFailure(context: LoadContext, what: string, answer: Answer | Error): void {
  context.failureCount += 1;
  if (context.failures.length < 8) {
    context.failures.push(
      answer instanceof Error
        ? `${what}: ${answer.message}`
        : `${what}: ${answer.status} ${answer.text.slice(0, 300)}`,
    );
  }
}

/**
 * One cycle: a new guest cart (a new visitor each time) with 1-3 units of a random product, then the order.
 * `startedAt` is when the cycle was due: in the open model a cycle that waited for a free connection
 * counts that wait, so an overloaded server cannot hide its queue (no coordinated omission).
 */
async function cycle(
  context: LoadContext,
  products: StockedProduct[],
  startedAt: number,
  cycles: Cycle[],
): Promise<void> {
  context.sequence += 1;
  const sequence = context.sequence;
  const product = products[Math.floor(Math.random() * products.length)];
  if (!product) throw new Error('no products to buy');
  const quantity = 1 + Math.floor(Math.random() * 3);
  let outcome: Outcome = 'failed';
  let orderMs: number | null = null;
  try {
    const added = await context.http.request('POST', '/api/v1/cart/items', {
      productId: product.id,
      quantity,
    });
    if (added.status === 409 && errorCode(added) === 'OUT_OF_STOCK') {
      outcome = 'cart_out_of_stock';
    } else if (added.status !== 200) {
      recordFailure(context, 'POST /cart/items', added);
    } else {
      const token = (JSON.parse(added.text) as { token?: unknown }).token;
      if (typeof token !== 'string') throw new Error('the cart answer has no token');
      const orderStartedAt = performance.now();
      const placed = await context.http.request(
        'POST',
        '/api/v1/orders',
        {
          email: `buyer-${sequence % 1_000}@bench.example.org`,
          shippingAddress: address,
          shippingMethodId: context.shippingMethodId,
          paymentMethod: 'bank_transfer',
          acceptTerms: true,
        },
        { 'x-cart-token': token, 'idempotency-key': `bench-${context.runId}-${sequence}` },
      );
      orderMs = performance.now() - orderStartedAt;
      if (placed.status === 201) outcome = 'ordered';
      else if (placed.status === 409 && errorCode(placed) === 'OUT_OF_STOCK') outcome = 'order_out_of_stock';
      else recordFailure(context, 'POST /orders', placed);
    }
  } catch (error) {
    recordFailure(context, 'cycle', error instanceof Error ? error : new Error(String(error)));
    // A connection problem would otherwise make a buyer spin as fast as it fails.
    await sleep(100);
  }
  const endedAt = performance.now();
  cycles.push({ startedAt, endedAt, cycleMs: endedAt - startedAt, orderMs, outcome });
}

interface PhaseResult {
  phase: 'main' | 'paced' | 'scarce';
  seconds: number;
  cycles: number;
  orders: number;
  ordersPerSecond: number;
  requestsPerSecond: number;
  /** The whole cycle (cart + order), successful orders only. */
  cycleMs: Latency;
  /** POST /orders alone, successful orders only. */
  orderMs: Latency;
  /** POST /orders that answered 409 OUT_OF_STOCK. */
  orderOutOfStockMs: Latency;
  cartOutOfStock: number;
  orderOutOfStock: number;
  failed: number;
}

/** Cycles that ended inside the window count; throughput is per second of the window. */
function summarize(phase: PhaseResult['phase'], cycles: Cycle[], start: number, end: number): PhaseResult {
  const inWindow = cycles.filter((cycle) => cycle.endedAt >= start && cycle.endedAt <= end);
  const ordered = inWindow.filter((cycle) => cycle.outcome === 'ordered');
  const seconds = (end - start) / 1_000;
  const requests = inWindow.reduce((sum, cycle) => sum + (cycle.orderMs === null ? 1 : 2), 0);
  return {
    phase,
    seconds,
    cycles: inWindow.length,
    orders: ordered.length,
    ordersPerSecond: ordered.length / seconds,
    requestsPerSecond: requests / seconds,
    cycleMs: latencyOf(ordered.map((cycle) => cycle.cycleMs)),
    orderMs: latencyOf(ordered.map((cycle) => cycle.orderMs ?? 0)),
    orderOutOfStockMs: latencyOf(
      inWindow.filter((cycle) => cycle.outcome === 'order_out_of_stock').map((cycle) => cycle.orderMs ?? 0),
    ),
    cartOutOfStock: inWindow.filter((cycle) => cycle.outcome === 'cart_out_of_stock').length,
    orderOutOfStock: inWindow.filter((cycle) => cycle.outcome === 'order_out_of_stock').length,
    failed: inWindow.filter((cycle) => cycle.outcome === 'failed').length,
  };
}

// ---------------------------------------------------------------------------------------------------------
// CPU: who used the machine's CPUs during the measured window

interface CpuMark {
  at: number;
  machineBusy: number;
  machineTotal: number;
  /** Clock ticks (1/100 s on Linux) of user + system time. */
  serverTicks: number;
  /** Per PostgreSQL process serving the benchmark database (see postgresPids). */
  postgresTicks: Map<number, number>;
  benchMicros: number;
}

const ticksPerSecond = 100;

function processTicks(pid: string | number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces) start at ") "; utime and stime are 14 and 15.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return 0;
  }
}

/**
 * The backends connected to the benchmark database plus the server's own processes (WAL writer,
 * checkpointer, ...): not every postgres process, since other databases on a shared server are not ours.
 */
async function postgresPids(monitor: pg.Client): Promise<number[]> {
  const { rows } = await monitor.query<{ pid: number }>(
    'select pid from pg_stat_activity where datname = current_database() or datname is null',
  );
  return rows.map((row) => row.pid);
}

async function cpuMark(serverPid: number, monitor: pg.Client): Promise<CpuMark> {
  const pids = await postgresPids(monitor);
  let busy = 0;
  let total = 0;
  for (const cpu of os.cpus()) {
    const { user, nice, sys, idle, irq } = cpu.times;
    busy += user + nice + sys + irq;
    total += user + nice + sys + idle + irq;
  }
  const usage = process.cpuUsage();
  return {
    at: performance.now(),
    machineBusy: busy,
    machineTotal: total,
    serverTicks: processTicks(serverPid),
    postgresTicks: new Map(pids.map((pid) => [pid, processTicks(pid)])),
    benchMicros: usage.user + usage.system,
  };
}

interface CpuShare {
  cpus: number;
  /** Shares of one CPU (1 = one core fully busy), over the window. */
  machine: number;
  server: number;
  postgres: number;
  bench: number;
}

function cpuShare(start: CpuMark, end: CpuMark): CpuShare {
  const seconds = (end.at - start.at) / 1_000;
  const cpus = os.cpus().length;
  let postgresTicks = 0;
  // A backend that started during the window counts from zero; one that ended during it is not seen.
  for (const [pid, ticks] of end.postgresTicks) postgresTicks += ticks - (start.postgresTicks.get(pid) ?? 0);
  return {
    cpus,
    machine:
      ((end.machineBusy - start.machineBusy) / Math.max(1, end.machineTotal - start.machineTotal)) * cpus,
    server: (end.serverTicks - start.serverTicks) / ticksPerSecond / seconds,
    postgres: postgresTicks / ticksPerSecond / seconds,
    bench: (end.benchMicros - start.benchMicros) / 1e6 / seconds,
  };
}

// ---------------------------------------------------------------------------------------------------------
// pg_stat_activity sampling (--profile): what the benchmark's connections were doing

interface ActivitySamples {
  samples: number;
  /** "state / wait" -> connection-samples. */
  states: Record<string, number>;
  /** The statements connections were waiting on a lock in, by connection-samples. */
  lockWaits: Record<string, number>;
}

function sampleActivity(url: string): { stop(): Promise<ActivitySamples> } {
  const client = new pg.Client({ connectionString: url });
  const result: ActivitySamples = { samples: 0, states: {}, lockWaits: {} };
  let stopped = false;
  const loop = (async () => {
    await client.connect();
    while (!stopped) {
      const { rows } = await client.query<{ state: string | null; wait: string | null; query: string }>(
        `select state, wait_event_type || ':' || wait_event as wait, left(regexp_replace(query, '\\s+', ' ', 'g'), 110) as query
           from pg_stat_activity
          where datname = current_database() and pid <> pg_backend_pid() and backend_type = 'client backend'`,
      );
      result.samples += 1;
      for (const row of rows) {
        const key = `${row.state ?? 'unknown'} / ${row.wait ?? 'on CPU or in the driver'}`;
        result.states[key] = (result.states[key] ?? 0) + 1;
        if (row.wait?.startsWith('Lock:')) {
          const lockKey = `${row.wait}: ${row.query}`;
          result.lockWaits[lockKey] = (result.lockWaits[lockKey] ?? 0) + 1;
        }
      }
      await sleep(20);
    }
  })();
  return {
    async stop() {
      stopped = true;
      await loop;
      await client.end();
      return result;
    },
  };
}

// ---------------------------------------------------------------------------------------------------------
// Verification: nothing oversold, nothing lost

interface StockCheck {
  products: number;
  belowZero: number;
  /** Products where stock + units in non-cancelled orders differs from the initial stock. */
  mismatched: { sku: string; initial: number; stock: number; sold: number }[];
  /** Products whose stock_movements do not add up to stock - initial. */
  ledgerMismatched: number;
  unitsSold: number;
  soldOut: number;
  ordersInDatabase: number;
  distinctOrderNumbers: number;
}

async function checkStock(url: string, initial: StockedProduct[]): Promise<StockCheck> {
  const database = openPostgres(url, 1);
  try {
    const result = await database.db.execute(sql`
      select p.id, p.stock,
        coalesce((select sum(ol.quantity) from order_lines ol join orders o on o.id = ol.order_id
                   where ol.product_id = p.id and o.status <> 'cancelled'), 0)::int as sold,
        coalesce((select sum(m.delta) from stock_movements m where m.product_id = p.id), 0)::int as ledger
      from products p`);
    const rows = (
      result as unknown as { rows: { id: string; stock: number; sold: number; ledger: number }[] }
    ).rows;
    const byId = new Map(rows.map((row) => [row.id, row]));
    const check: StockCheck = {
      products: initial.length,
      belowZero: 0,
      mismatched: [],
      ledgerMismatched: 0,
      unitsSold: 0,
      soldOut: 0,
      ordersInDatabase: 0,
      distinctOrderNumbers: 0,
    };
    for (const product of initial) {
      const row = byId.get(product.id) ?? { stock: Number.NaN, sold: 0, ledger: 0 };
      if (row.stock < 0) check.belowZero += 1;
      if (row.stock === 0) check.soldOut += 1;
      if (row.stock + row.sold !== product.stock) {
        check.mismatched.push({ sku: product.sku, initial: product.stock, stock: row.stock, sold: row.sold });
      }
      if (row.ledger !== row.stock - product.stock) check.ledgerMismatched += 1;
      check.unitsSold += row.sold;
    }
    const counts = await database.db.execute(
      sql`select count(*)::int as orders, count(distinct order_number)::int as numbers from orders`,
    );
    const [count] = (counts as unknown as { rows: { orders: number; numbers: number }[] }).rows;
    check.ordersInDatabase = count?.orders ?? 0;
    check.distinctOrderNumbers = count?.numbers ?? 0;
    return check;
  } finally {
    await database.close();
  }
}

// ---------------------------------------------------------------------------------------------------------
// Report

interface Verdict {
  target: string;
  pass: boolean;
  detail: string;
}

interface CheckoutResults {
  startedAt: string;
  options: Omit<CheckoutBenchOptions, 'postgresUrl'>;
  machine: { cpus: number; cpuModel: string; memoryMiB: number; node: string; postgres: string };
  prepareSeconds: number;
  phases: PhaseResult[];
  /** 201 answers over the whole run (warm-up included), to compare with the orders in the database. */
  ordersAnswered: number;
  cpu: CpuShare | null;
  stock: StockCheck | null;
  failures: string[];
  failureCount: number;
  profile: ProfileSnapshot | null;
  cpuProfile: CpuProfileSummary | null;
  activity: ActivitySamples | null;
  verdicts: Verdict[];
}

const targets = { ordersPerSecond: 200, cycleP95Ms: 50 };

const fmt = (value: number, digits = 0) =>
  value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

function verdictsOf(results: CheckoutResults): Verdict[] {
  const main = results.phases.find((phase) => phase.phase === 'main');
  const paced = results.phases.find((phase) => phase.phase === 'paced');
  // The paced phase when it ran (see run); the main phase otherwise.
  const latency = paced ?? main;
  const stock = results.stock;
  const oversold = stock
    ? stock.belowZero + stock.mismatched.length + stock.ledgerMismatched
    : Number.POSITIVE_INFINITY;
  return [
    {
      target: `orders/s >= ${targets.ordersPerSecond}`,
      pass: main !== undefined && main.ordersPerSecond >= targets.ordersPerSecond,
      detail: main ? `${fmt(main.ordersPerSecond, 1)} orders/s (main phase)` : 'not measured',
    },
    {
      target: `p95 <= ${targets.cycleP95Ms} ms (cart -> order cycle)`,
      pass: latency !== undefined && latency.orders > 0 && latency.cycleMs.p95 <= targets.cycleP95Ms,
      detail: latency
        ? `${latency.phase} phase: cycle p95 ${fmt(latency.cycleMs.p95, 1)} ms, POST /orders alone p95 ${fmt(latency.orderMs.p95, 1)} ms` +
          (paced && main
            ? `; main phase (saturated): cycle p95 ${fmt(main.cycleMs.p95, 1)} ms, POST /orders p95 ${fmt(main.orderMs.p95, 1)} ms`
            : '')
        : 'not measured',
    },
    {
      target: '0 oversold',
      pass: stock !== null && oversold === 0 && stock.ordersInDatabase === results.ordersAnswered,
      detail: stock
        ? `${stock.belowZero} below zero, ${stock.mismatched.length} stock mismatches, ${stock.ledgerMismatched} ledger mismatches; ${fmt(stock.ordersInDatabase)} orders in the database for ${fmt(results.ordersAnswered)} answers 201`
        : 'not checked',
    },
  ];
}

function table(rows: string[][], leftColumns = 1): string[] {
  const widths =
    rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length))) ?? [];
  return rows.map((row) =>
    row
      .map((cell, column) =>
        column < leftColumns ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0),
      )
      .join('  '),
  );
}

function profileLines(profile: ProfileSnapshot, orders: number): string[] {
  const lines = [
    '',
    `Server profile over the main phase's measured ${fmt(profile.seconds, 1)} s (--profile):`,
  ];
  const rows = [
    [
      'route',
      'requests',
      'server p50',
      'p95',
      'queries/req',
      'tx/req',
      'db ms/req',
      'pool wait p50',
      'p95',
      'max',
    ],
  ];
  for (const [route, entry] of Object.entries(profile.routes).sort((a, b) => b[1].dbMs - a[1].dbMs)) {
    const per = Math.max(entry.requests, 1);
    const server = latencyOf(entry.serverMs);
    const wait = latencyOf(entry.poolWaitMs);
    rows.push([
      route,
      fmt(entry.requests),
      fmt(server.p50, 1),
      fmt(server.p95, 1),
      fmt(entry.queries / per, 1),
      fmt(entry.transactions / per, 2),
      fmt(entry.dbMs / per, 1),
      fmt(wait.p50, 2),
      fmt(wait.p95, 1),
      fmt(wait.max, 1),
    ]);
  }
  lines.push(...table(rows).map((line) => `  ${line}`));
  const allQueries = Object.values(profile.routes).reduce((sum, entry) => sum + entry.queries, 0);
  const transactions = latencyOf(profile.transactionMs);
  lines.push(
    `  ${fmt(allQueries / Math.max(orders, 1), 1)} queries per placed order overall (cart + order + background); ` +
      `transactions: ${fmt(profile.transactionMs.length)}, p50 ${fmt(transactions.p50, 1)} ms, p95 ${fmt(transactions.p95, 1)} ms, max ${fmt(transactions.max, 1)} ms`,
    `  event loop delay: mean ${fmt(profile.eventLoopDelayMs.mean, 1)} ms, p50 ${fmt(profile.eventLoopDelayMs.p50, 1)} ms, p99 ${fmt(profile.eventLoopDelayMs.p99, 1)} ms, max ${fmt(profile.eventLoopDelayMs.max, 1)} ms`,
    '',
    '  statements by total time (driver-side latency, includes waiting for locks):',
  );
  const statementRows = [['calls', 'total ms', 'mean ms', 'max ms', 'statement']];
  for (const statement of profile.statements.slice(0, 15)) {
    statementRows.push([
      fmt(statement.calls),
      fmt(statement.totalMs),
      fmt(statement.totalMs / Math.max(statement.calls, 1), 2),
      fmt(statement.maxMs, 1),
      statement.text.slice(0, 110),
    ]);
  }
  lines.push(...table(statementRows, 0).map((line) => `    ${line.trimEnd()}`));
  return lines;
}

function cpuProfileLines(summary: CpuProfileSummary): string[] {
  const lines = [
    '',
    `Server main thread, V8 CPU profile of the measured window (${summary.file}), self time by area (share of ${fmt(summary.wallMs / 1_000, 1)} s):`,
  ];
  for (const area of summary.byArea) {
    lines.push(`  ${fmt(area.share * 100, 1).padStart(5)} %  ${area.area}`);
  }
  lines.push('  top functions by self time:');
  for (const entry of summary.topFunctions.slice(0, 12)) {
    lines.push(`  ${fmt(entry.share * 100, 1).padStart(5)} %  ${entry.name}`);
  }
  return lines;
}

function activityLines(activity: ActivitySamples): string[] {
  const total = Object.values(activity.states).reduce((sum, count) => sum + count, 0);
  const lines = [
    '',
    `pg_stat_activity, ${fmt(activity.samples)} samples of the benchmark database's connections (average connections per state):`,
  ];
  for (const [key, count] of Object.entries(activity.states)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 10)) {
    lines.push(
      `  ${fmt(count / activity.samples, 2).padStart(6)}  ${fmt((count / total) * 100, 1).padStart(5)} %  ${key}`,
    );
  }
  const waits = Object.entries(activity.lockWaits)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 6);
  if (waits.length > 0) {
    lines.push('  lock waits by statement (average connections waiting):');
    for (const [key, count] of waits) lines.push(`  ${fmt(count / activity.samples, 2).padStart(6)}  ${key}`);
  }
  return lines;
}

function formatReport(results: CheckoutResults): string {
  const { options } = results;
  const lines = [
    '',
    `Machine: ${results.machine.cpus} x ${results.machine.cpuModel}, ${fmt(results.machine.memoryMiB)} MiB, Node ${results.machine.node}, ${results.machine.postgres}`,
    (options.rate === undefined
      ? `Load: ${options.buyers} buyers without pauses (closed model), one keep-alive connection each; `
      : `Load: ${options.rate} cycles/s offered (open model; at most ${options.buyers} in flight, one keep-alive connection each; latency counted from when a cycle was due); `) +
      'a cycle = POST /cart/items (1-3 units, new guest cart) + POST /orders (bank transfer, fi-home); ' +
      `${options.duration} s measured after ${options.warmup} s warm-up; server pool ${options.pool ?? `${os.availableParallelism() * 2 + 1} (default)`}`,
    `Catalogue: ${options.products} products with ${fmt(options.stock)} units each` +
      (options.scarce > 0
        ? `; scarce phase: ${options.scarceProducts} products with ${options.scarceStock} units each, up to ${options.scarce} s`
        : ''),
    '',
  ];
  const rows = [
    [
      'phase',
      'seconds',
      'orders',
      'orders/s',
      'req/s',
      'cycle p50',
      'p95',
      'p99',
      'order p50',
      'p95',
      'p99',
      'max',
      '409 cart',
      '409 order',
      'failed',
    ],
  ];
  for (const phase of results.phases) {
    rows.push([
      phase.phase,
      fmt(phase.seconds, 1),
      fmt(phase.orders),
      fmt(phase.ordersPerSecond, 1),
      fmt(phase.requestsPerSecond),
      fmt(phase.cycleMs.p50, 1),
      fmt(phase.cycleMs.p95, 1),
      fmt(phase.cycleMs.p99, 1),
      fmt(phase.orderMs.p50, 1),
      fmt(phase.orderMs.p95, 1),
      fmt(phase.orderMs.p99, 1),
      fmt(phase.orderMs.max, 1),
      fmt(phase.cartOutOfStock),
      fmt(phase.orderOutOfStock),
      fmt(phase.failed),
    ]);
  }
  lines.push(...table(rows));
  lines.push('(latencies in ms over successful orders; "409 order" = POST /orders answered OUT_OF_STOCK)');
  if (results.cpu) {
    const { cpu } = results;
    const other = cpu.machine - cpu.postgres - cpu.server - cpu.bench;
    lines.push(
      '',
      `CPU during the main phase (cores busy, of ${cpu.cpus}): machine ${fmt(cpu.machine, 2)}; postgres ${fmt(cpu.postgres, 2)}, ` +
        `server ${fmt(cpu.server, 2)}, load generator ${fmt(cpu.bench, 2)}, other processes ${fmt(Math.max(0, other), 2)}`,
    );
    // The benchmark shares the machine: time other processes took is time the shop did not get.
    if (other > 0.25) {
      lines.push(
        `WARNING: other processes kept ${fmt(other, 2)} cores busy during the measurement: rerun on an idle machine for numbers to keep.`,
      );
    }
  }
  if (results.stock) {
    const { stock } = results;
    lines.push(
      '',
      `Stock check over ${stock.products} products: ${fmt(stock.unitsSold)} units sold in ${fmt(stock.ordersInDatabase)} orders ` +
        `(${fmt(stock.distinctOrderNumbers)} distinct numbers; ${fmt(results.ordersAnswered)} answers 201); ` +
        `${stock.soldOut} sold out; ${stock.belowZero} below zero; ${stock.mismatched.length} where stock + sold != initial; ` +
        `${stock.ledgerMismatched} where the stock ledger disagrees`,
    );
    for (const miss of stock.mismatched.slice(0, 5)) {
      lines.push(`  ${miss.sku}: initial ${miss.initial}, now ${miss.stock}, sold ${miss.sold}`);
    }
  }
  if (results.profile) {
    const main = results.phases.find((phase) => phase.phase === 'main');
    lines.push(...profileLines(results.profile, main?.orders ?? 0));
  }
  if (results.cpuProfile) lines.push(...cpuProfileLines(results.cpuProfile));
  if (results.activity) lines.push(...activityLines(results.activity));
  if (results.failures.length > 0) {
    lines.push(
      '',
      `Unexpected answers (${fmt(results.failureCount)}; the first ${results.failures.length}):`,
    );
    for (const failure of results.failures) lines.push(`  ${failure}`);
  }
  lines.push('', 'Verdicts:');
  for (const verdict of results.verdicts) {
    lines.push(`  ${verdict.target.padEnd(38)} ${verdict.pass ? 'PASS' : 'MISS'}  ${verdict.detail}`);
  }
  return lines.join('\n');
}

function resultsFile(startedAt: string, extension: string): string {
  const stamp = startedAt.replace(/:/g, '-').replace(/\.\d+Z$/, 'Z');
  return path.join(benchDir, 'results', `checkout-${stamp}.${extension}`);
}

/** Copies the server's CPU profile of the measured window next to the results and summarises it. */
async function keepCpuProfile(source: string, startedAt: string): Promise<CpuProfileSummary | null> {
  try {
    const text = await readFile(source, 'utf8');
    const file = resultsFile(startedAt, 'cpuprofile');
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, text);
    return summarizeCpuProfile(JSON.parse(text) as CpuProfile, path.relative(root, file));
  } catch (error) {
    console.warn(`  no CPU profile: ${error instanceof Error ? error.message : error}`);
    return null;
  }
}

async function writeResults(results: CheckoutResults): Promise<string> {
  const file = resultsFile(results.startedAt, 'json');
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, `${JSON.stringify(results, null, 2)}\n`);
  return file;
}

// ---------------------------------------------------------------------------------------------------------
// The run

async function postgresVersion(url: string): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ version: string }>(
      "select current_setting('server_version') as version",
    );
    return `PostgreSQL ${rows[0]?.version ?? '?'}`;
  } finally {
    await client.end();
  }
}

async function shippingMethodId(client: Http): Promise<string> {
  const answer = await client.request('GET', '/api/v1/shipping-methods?country=FI');
  const body = JSON.parse(answer.text) as { items?: { id: string; code: string }[] };
  const home = body.items?.find((method) => method.code === 'fi-home');
  if (answer.status !== 200 || !home)
    throw new Error(`no fi-home shipping method: ${answer.status} ${answer.text}`);
  return home.id;
}

interface LoadRun {
  cycles: Cycle[];
  stop(): Promise<void>;
}

/**
 * Closed model (default): each buyer starts its next cycle as soon as the last one ends, so the server
 * always has `buyers` cycles in flight. Open model (`rate`): cycles are due at a fixed rate whatever the
 * answers, with at most `buyers` in flight (one per connection); later ones wait for a connection.
 */
function startLoad(
  context: LoadContext,
  options: { buyers: number; rate: number | undefined },
  products: StockedProduct[],
): LoadRun {
  const cycles: Cycle[] = [];
  let stopped = false;
  const { rate } = options;
  if (rate === undefined) {
    const loops = Array.from({ length: options.buyers }, async () => {
      while (!stopped) await cycle(context, products, performance.now(), cycles);
    });
    return {
      cycles,
      async stop() {
        stopped = true;
        await Promise.all(loops);
      },
    };
  }
  const inFlight = new Set<Promise<void>>();
  const dispatcher = (async () => {
    const firstDue = performance.now();
    for (let index = 0; !stopped; index += 1) {
      const due = firstDue + (index * 1_000) / rate;
      const wait = due - performance.now();
      if (wait > 0) await sleep(wait);
      while (inFlight.size >= options.buyers && !stopped) await Promise.race(inFlight);
      if (stopped) break;
      const running = cycle(context, products, due, cycles).finally(() => inFlight.delete(running));
      inFlight.add(running);
    }
  })();
  return {
    cycles,
    async stop() {
      stopped = true;
      await dispatcher;
      await Promise.all(inFlight);
    },
  };
}

async function run(options: CheckoutBenchOptions, results: CheckoutResults): Promise<void> {
  console.log(
    `Preparing ${options.postgresUrl.replace(/\/\/[^@]*@/, '//')}: migrations, reference data, catalogue...`,
  );
  const prepared = await prepare(options);
  results.prepareSeconds = prepared.seconds;
  console.log(
    `  ${prepared.main.length + prepared.scarce.length} products ready in ${fmt(prepared.seconds, 1)} s`,
  );
  let server: BenchServer | undefined;
  let client: Http | undefined;
  /** A connection of the benchmark's own, outside the server's pool: CPU marks and the scarce watch. */
  let monitor: pg.Client | undefined;
  try {
    console.log('Starting the API server (own process, web off)...');
    server = await startBenchServer(options, prepared.dataDir);
    client = new Http(server.url, options.buyers);
    const context: LoadContext = {
      http: client,
      shippingMethodId: await shippingMethodId(client),
      runId: Date.now().toString(36),
      sequence: 0,
      failures: [],
      failureCount: 0,
    };

    monitor = new pg.Client({ connectionString: options.postgresUrl });
    await monitor.connect();
    console.log(`Main phase: ${options.warmup} s warm-up, then ${options.duration} s measured...`);
    const load = startLoad(context, options, prepared.main);
    await sleep(options.warmup * 1_000);
    await profileSnapshot(server, 1);
    const activity = options.profile ? sampleActivity(options.postgresUrl) : null;
    const cpuStart = await cpuMark(server.child.pid, monitor);
    const start = performance.now();
    await sleep(options.duration * 1_000);
    const end = performance.now();
    const cpuEnd = await cpuMark(server.child.pid, monitor);
    results.profile = await profileSnapshot(server, 2);
    if (results.profile && server.profileFile) {
      results.cpuProfile = await keepCpuProfile(`${server.profileFile}.2.cpuprofile`, results.startedAt);
    }
    results.activity = (await activity?.stop()) ?? null;
    await load.stop();
    results.cpu = cpuShare(cpuStart, cpuEnd);
    const main = summarize('main', load.cycles, start, end);
    results.phases.push(main);
    console.log(
      `  ${fmt(main.ordersPerSecond, 1)} orders/s, cycle p95 ${fmt(main.cycleMs.p95, 1)} ms, POST /orders p95 ${fmt(main.orderMs.p95, 1)} ms`,
    );
    let answered = load.cycles.filter((cycle) => cycle.outcome === 'ordered').length;

    if (options.paced > 0) {
      // Latency is judged where the throughput target puts the shop: at a closed model's saturation the
      // cycle time is only buyers / throughput (Little's law), whatever the server does.
      console.log(
        `Paced phase: ${targets.ordersPerSecond} cycles/s offered (open model, at most ${options.buyers} in flight), 1 s settling, then ${options.paced} s measured...`,
      );
      const paced = startLoad(
        context,
        { buyers: options.buyers, rate: targets.ordersPerSecond },
        prepared.main,
      );
      await sleep(1_000);
      const pacedStart = performance.now();
      await sleep(options.paced * 1_000);
      const pacedEnd = performance.now();
      await paced.stop();
      const summary = summarize('paced', paced.cycles, pacedStart, pacedEnd);
      results.phases.push(summary);
      answered += paced.cycles.filter((cycle) => cycle.outcome === 'ordered').length;
      console.log(
        `  ${fmt(summary.ordersPerSecond, 1)} orders/s, cycle p95 ${fmt(summary.cycleMs.p95, 1)} ms, POST /orders p95 ${fmt(summary.orderMs.p95, 1)} ms`,
      );
    }

    if (options.scarce > 0 && prepared.scarce.length > 0) {
      console.log(
        `Scarce phase: ${prepared.scarce.length} products with ${options.scarceStock} units each, until sold out or ${options.scarce} s...`,
      );
      const scarceLoad = startLoad(context, { buyers: options.buyers, rate: undefined }, prepared.scarce);
      const scarceStart = performance.now();
      const ids = prepared.scarce.map((product) => product.id);
      while (performance.now() - scarceStart < options.scarce * 1_000) {
        await sleep(100);
        const { rows } = await monitor.query<{ left: number }>(
          'select coalesce(sum(stock), 0)::int as left from products where id = any($1::uuid[])',
          [ids],
        );
        if (rows[0]?.left === 0) break;
      }
      await scarceLoad.stop();
      const scarce = summarize('scarce', scarceLoad.cycles, scarceStart, performance.now());
      results.phases.push(scarce);
      answered += scarceLoad.cycles.filter((cycle) => cycle.outcome === 'ordered').length;
      console.log(
        `  ${fmt(scarce.orders)} orders, ${fmt(scarce.orderOutOfStock)} checkouts and ${fmt(scarce.cartOutOfStock)} cart adds answered OUT_OF_STOCK`,
      );
    }
    results.ordersAnswered = answered;
    results.failures = context.failures;
    results.failureCount = context.failureCount;
  } finally {
    client?.close();
    await monitor?.end();
    await server?.stop();
    await rm(prepared.dataDir, { recursive: true, force: true });
  }
  console.log('Checking stock against the orders...');
  results.stock = await checkStock(options.postgresUrl, [...prepared.main, ...prepared.scarce]);
}

async function main(): Promise<number> {
  const options = parseOptions(process.argv.slice(2), process.env);
  if (!options) {
    console.log(usage);
    return 0;
  }
  stopChildrenOnExit();
  const cpus = os.cpus();
  const { postgresUrl: _url, ...shownOptions } = options;
  const results: CheckoutResults = {
    startedAt: new Date().toISOString(),
    options: shownOptions,
    machine: {
      cpus: cpus.length,
      cpuModel: cpus[0]?.model.trim() ?? 'unknown',
      memoryMiB: Math.round(os.totalmem() / 1_048_576),
      node: process.version,
      postgres: await postgresVersion(maintenanceUrl(options.postgresUrl)),
    },
    prepareSeconds: 0,
    phases: [],
    ordersAnswered: 0,
    cpu: null,
    stock: null,
    failures: [],
    failureCount: 0,
    profile: null,
    cpuProfile: null,
    activity: null,
    verdicts: [],
  };
  let error: unknown = null;
  try {
    await run(options, results);
  } catch (caught) {
    error = caught;
    console.error(`The benchmark stopped: ${caught instanceof Error ? caught.message : caught}`);
  } finally {
    if (!options.keep) await dropDatabase(options.postgresUrl).catch(() => undefined);
  }
  results.verdicts = verdictsOf(results);
  console.log(formatReport(results));
  console.log(`\nResults written to ${path.relative(root, await writeResults(results))}`);
  const stockOk = results.verdicts.find((verdict) => verdict.target === '0 oversold')?.pass ?? false;
  return error !== null || results.failureCount > 0 || !stockOk ? 1 : 0;
}

if (process.argv.includes('--serve')) {
  serve().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
} else {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exitCode = 1;
    },
  );
}
