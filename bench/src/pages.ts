/**
 * `npm run bench:pages`: storefront pages under load (autocannon, 10 connections by default): home, a
 * category and a product page in Finnish, served by the production server with the page cache on and
 * off, next to a bare node:http hello world as this machine's ceiling at that moment. Requests carry a
 * browser's Accept-Encoding, so compression is part of what is measured. A measurement, not a test:
 * missed targets still exit 0; failed requests (errors, non-2xx) exit 1. See bench/README.md.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { measureCeiling } from './ceiling';
import { type LoadSettings, type Measurement, measure } from './load';
import { stopChildrenOnExit } from './processes';
import { ensureBuild } from './puoti-server';
import { type DemoServer, fileStamp, type PageKey, startDemoServer, storefrontPages } from './storefront';

const benchDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const root = path.resolve(benchDir, '..');

/** The bar for product and category pages with a warm cache. */
const targetRequestsPerSecond = 1_000;

const usage = `Usage: npm run bench:pages -- [options]

  --url URL         measure a running server instead of starting one (its page cache as configured)
  --cache on|off|both   page cache settings to start the server with (default both; not with --url)
  --duration S      seconds measured per page (default 10)
  --warmup S        seconds of unmeasured load before each page (default 3)
  --connections N   concurrent autocannon connections (default 10)
  --help            this text

Without --url the production build is used (built once if missing; NEXT_DIST_DIR picks the folder)
and the server runs on a fresh data folder with the demo store.`;

type CacheSetting = 'on' | 'off' | 'external';

interface PageResult extends Measurement {
  page: PageKey;
  path: string;
  cache: CacheSetting;
  /** The X-Cache header of the last probe: `hit` once the page cache holds the page. */
  xCache: string | null;
  bytes: number;
}

interface Options extends LoadSettings {
  url: string | null;
  caches: ('on' | 'off')[];
}

function positive(name: string, value: string | undefined, fallback: number, min = 1): number {
  if (value === undefined) return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < min) throw new Error(`--${name} must be an integer >= ${min}`);
  return parsed;
}

function parseOptions(argv: string[]): Options | null {
  const { values } = parseArgs({
    args: argv,
    options: {
      url: { type: 'string' },
      cache: { type: 'string' },
      duration: { type: 'string' },
      warmup: { type: 'string' },
      connections: { type: 'string' },
      help: { type: 'boolean' },
    },
    strict: true,
  });
  if (values.help) return null;
  const cache = values.cache ?? 'both';
  if (!['on', 'off', 'both'].includes(cache)) throw new Error('--cache must be on, off or both');
  return {
    url: values.url?.replace(/\/$/, '') ?? null,
    caches: cache === 'both' ? ['on', 'off'] : [cache as 'on' | 'off'],
    duration: positive('duration', values.duration, 10),
    warmup: positive('warmup', values.warmup, 3, 0),
    connections: positive('connections', values.connections, 10),
    headers: { 'accept-encoding': 'gzip, deflate, br' },
  };
}

/** One request first: a page that answers 404 or 500 would otherwise be measured as fast. */
async function probe(url: string, headers: Record<string, string> | undefined) {
  const response = await fetch(url, { headers, signal: AbortSignal.timeout(60_000) });
  const body = await response.arrayBuffer();
  if (response.status !== 200) console.warn(`  ${url} answered ${response.status}`);
  return { ok: response.status === 200, xCache: response.headers.get('x-cache'), bytes: body.byteLength };
}

async function measurePages(baseUrl: string, cache: CacheSetting, load: LoadSettings): Promise<PageResult[]> {
  const results: PageResult[] = [];
  for (const page of await storefrontPages(baseUrl)) {
    const url = `${baseUrl}${page.path}`;
    // Twice: the first render fills the cache, the second shows whether it answers.
    await probe(url, load.headers);
    const probed = await probe(url, load.headers);
    const measured = await measure(url, load);
    const result: PageResult = {
      ...measured,
      failures: measured.failures + (probed.ok ? 0 : 1),
      page: page.key,
      path: page.path,
      cache,
      xCache: probed.xCache,
      bytes: probed.bytes,
    };
    console.log(formatLine(result));
    results.push(result);
  }
  return results;
}

function formatLine(result: PageResult): string {
  const rps = Math.round(result.requestsPerSecond).toLocaleString('en-US');
  return [
    `  ${result.page.padEnd(8)} cache ${result.cache.padEnd(8)}`,
    `${rps.padStart(7)} req/s`,
    `p50 ${String(result.latencyMs.p50).padStart(4)} ms`,
    `p99 ${String(result.latencyMs.p99).padStart(4)} ms`,
    `errors/non-2xx ${result.failures}`,
    `x-cache ${result.xCache ?? '-'}`,
    `${result.path}`,
  ].join('  ');
}

function verdicts(results: PageResult[]) {
  return results
    .filter((result) => result.page !== 'home' && result.cache !== 'off')
    .map((result) => ({
      target: `${result.page} page >= ${targetRequestsPerSecond} req/s (cache ${result.cache})`,
      pass: result.requestsPerSecond >= targetRequestsPerSecond && result.failures === 0,
      detail: `${Math.round(result.requestsPerSecond)} req/s, ${result.failures} failed`,
    }));
}

async function main(): Promise<number> {
  const options = parseOptions(process.argv.slice(2));
  if (!options) {
    console.log(usage);
    return 0;
  }
  stopChildrenOnExit();
  const startedAt = new Date().toISOString();
  const load: LoadSettings = options;

  console.log('Measuring the ceiling (bare node:http hello world)...');
  const ceiling = await measureCeiling(benchDir, load);
  console.log(`  ceiling: ${Math.round(ceiling.requestsPerSecond).toLocaleString('en-US')} req/s`);

  const results: PageResult[] = [];
  if (options.url) {
    console.log(`Measuring ${options.url}...`);
    results.push(...(await measurePages(options.url, 'external', load)));
  } else {
    await ensureBuild(root);
    for (const cache of options.caches) {
      console.log(`Starting the production server with the demo store, page cache ${cache}...`);
      let server: DemoServer | undefined;
      try {
        server = await startDemoServer(root, { pageCache: cache === 'on' });
        results.push(...(await measurePages(server.url, cache, load)));
      } finally {
        await server?.close();
      }
    }
  }

  const checked = verdicts(results);
  console.log('\nTargets:');
  for (const verdict of checked)
    console.log(`  ${verdict.pass ? 'PASS' : 'MISS'}  ${verdict.target}: ${verdict.detail}`);
  console.log(
    `\nLoad average at the end: ${os
      .loadavg()
      .map((value) => value.toFixed(2))
      .join(' ')} on ${os.cpus().length} CPUs (other work on the machine lowers these figures).`,
  );

  const dir = path.join(benchDir, 'results');
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, `pages-${fileStamp(startedAt)}.json`);
  const { headers: _headers, ...shownOptions } = options;
  await writeFile(
    file,
    `${JSON.stringify(
      {
        startedAt,
        options: shownOptions,
        machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model.trim(), node: process.version },
        loadAverage: os.loadavg(),
        ceiling,
        results,
        verdicts: checked,
      },
      null,
      2,
    )}\n`,
  );
  console.log(`Results written to ${path.relative(root, file)}`);
  return results.some((result) => result.failures > 0) ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  },
);
