/**
 * `npm run bench:catalog`: read throughput of the catalogue API on a large generated catalogue, on
 * PostgreSQL and on the embedded database, with the catalogue cache on (warm) and off (cold), against a
 * bare node:http server as this machine's ceiling. A measurement, not a test: missed targets still exit
 * 0, failed requests exit 1. See bench/README.md.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Backend, type BenchOptions, parseBenchArgs, usage } from './args';
import { type PreparedBackend, prepareBackend } from './backends';
import { measureCeiling } from './ceiling';
import type { CatalogSamples } from './generate';
import { type LoadSettings, type Measurement, measure } from './load';
import { stopChildrenOnExit, watchRss } from './processes';
import { ensureBuild, startPuotiServer } from './puoti-server';
import {
  type BackendResult,
  type BenchResults,
  type CacheMode,
  type CaseKey,
  type CaseResult,
  formatCaseLine,
  formatReport,
  type PhaseResult,
  verdictsFor,
} from './report';

const benchDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const root = path.resolve(benchDir, '..');

interface BenchCase {
  key: CaseKey;
  path: string;
}

/** The storefront's main reads, each aimed at data the generator guarantees (and, for lists, many hits). */
function benchCases(samples: CatalogSamples): BenchCase[] {
  return [
    { key: 'list', path: '/api/v1/products?locale=fi' },
    {
      key: 'category',
      path: `/api/v1/products?category=${encodeURIComponent(samples.topCategorySlug.fi)}&locale=fi`,
    },
    { key: 'search', path: `/api/v1/products?q=${encodeURIComponent(samples.searchWord.fi)}&locale=fi` },
    { key: 'detail', path: `/api/v1/products/${encodeURIComponent(samples.productSlug.fi)}?locale=fi` },
    { key: 'tree', path: '/api/v1/categories?locale=fi' },
  ];
}

/**
 * What every browser and HTTP library sends: the shop answers a cached response in the encoding asked
 * for (bench:pages asks the same way).
 */
const browserHeaders = { 'accept-encoding': 'gzip, deflate, br' };

/** One request before the load: a case that answers 404 would otherwise be measured as fast. */
async function probe(url: string): Promise<CaseResult['probe']> {
  const response = await fetch(url, { signal: AbortSignal.timeout(30_000) });
  const text = await response.text();
  let total: number | null = null;
  try {
    const body: unknown = JSON.parse(text);
    if (typeof body === 'object' && body !== null && 'total' in body && typeof body.total === 'number') {
      total = body.total;
    }
  } catch {
    // Not JSON: reported through the status below.
  }
  if (response.status !== 200) {
    console.warn(`  ${url} answered ${response.status}: ${text.slice(0, 300)}`);
  }
  return { status: response.status, total };
}

interface PhaseContext {
  prepared: PreparedBackend;
  cases: BenchCase[];
  load: LoadSettings;
}

/** One server start: every case under load, then the server is stopped. */
async function runPhase(
  context: PhaseContext,
  cache: CacheMode,
): Promise<{ phase: PhaseResult; results: CaseResult[] }> {
  const { prepared } = context;
  console.log(
    `[${prepared.backend}] starting the server, catalogue cache ${cache === 'warm' ? 'on' : 'off'}...`,
  );
  const server = await startPuotiServer(root, {
    dataDir: prepared.dataDir,
    databaseUrl: prepared.databaseUrl,
    catalogCache: cache === 'warm',
  });
  const ready = await watchRss(server.pid).stop();
  // Samples from now on, the first one at once: its maxima include the ready figures.
  const rss = watchRss(server.pid);
  const results: CaseResult[] = [];
  let max = ready;
  try {
    for (const benchCase of context.cases) {
      const url = `${server.url}${benchCase.path}`;
      const caseRss = watchRss(server.pid);
      const probed = await probe(url);
      const measured = await measure(url, context.load);
      const result: CaseResult = {
        ...measured,
        maxRssKib: (await caseRss.stop()).ownKib,
        // The probe counts too: one broken answer is enough to notice.
        failures: measured.failures + (probed.status === 200 ? 0 : 1),
        backend: prepared.backend,
        cache,
        case: benchCase.key,
        path: benchCase.path,
        // Known once the closing ceiling measurement is done.
        ratioToCeiling: 0,
        probe: probed,
      };
      console.log(formatCaseLine(result) + (probed.total !== null ? ` (${probed.total} hits)` : ''));
      results.push(result);
    }
  } finally {
    max = await rss.stop();
    await server.stop();
  }
  return {
    phase: {
      backend: prepared.backend,
      cache,
      startSeconds: server.startSeconds,
      readyRssKib: ready.ownKib,
      maxRssKib: max.ownKib,
      readyDatabaseRssKib: ready.childrenKib,
      maxDatabaseRssKib: max.childrenKib,
      maxTotalRssKib: max.totalKib,
    },
    results,
  };
}

/** Generates the catalogue on one backend and runs the warm and the cold phase on it. */
async function runBackend(
  backend: Backend,
  options: BenchOptions,
  cases: CaseResult[],
): Promise<BackendResult> {
  const result: BackendResult = { backend, generation: null, phases: [], error: null };
  let prepared: PreparedBackend | undefined;
  try {
    console.log(`[${backend}] generating ${options.products.toLocaleString('en-US')} products...`);
    prepared = await prepareBackend(backend, options);
    result.generation = {
      products: prepared.catalog.products,
      productTranslations: prepared.catalog.productTranslations,
      variants: prepared.catalog.variants,
      categories: prepared.catalog.categories,
      ...prepared.timings,
    };
    console.log(
      `[${backend}] generated in ${prepared.timings.generateSeconds.toFixed(1)} s (migrations ${prepared.timings.migrateSeconds.toFixed(1)} s)`,
    );
    const context: PhaseContext = {
      prepared,
      cases: benchCases(prepared.catalog.samples),
      load: { ...options, headers: browserHeaders },
    };
    for (const cache of ['warm', 'cold'] as const) {
      const { phase, results } = await runPhase(context, cache);
      result.phases.push(phase);
      cases.push(...results);
    }
  } catch (error) {
    result.error = error instanceof Error ? error.message : String(error);
    console.error(`[${backend}] stopped: ${result.error}`);
  } finally {
    // The embedded database of a large catalogue takes hundreds of MB in the temporary folder.
    if (prepared) await rm(prepared.dataDir, { recursive: true, force: true });
  }
  return result;
}

function machine(): BenchResults['machine'] {
  const cpus = os.cpus();
  return {
    cpus: cpus.length,
    cpuModel: cpus[0]?.model.trim() ?? 'unknown',
    memoryMiB: Math.round(os.totalmem() / 1_048_576),
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
  };
}

async function ceilingMeasurement(settings: LoadSettings, when: string): Promise<Measurement> {
  console.log(`Measuring the ceiling ${when} the backends (bare node:http hello world)...`);
  const measured = await measureCeiling(benchDir, settings);
  console.log(`  ceiling: ${Math.round(measured.requestsPerSecond).toLocaleString('en-US')} req/s`);
  return measured;
}

/**
 * The ceiling is measured before and after the backends and the higher one counts: on a machine where
 * other processes come and go, the higher one is closer to what the machine can do, and ratios
 * against it are never flattering.
 */
function ceilingOf(before: Measurement, after: Measurement | null): BenchResults['ceiling'] {
  const best = after && after.requestsPerSecond > before.requestsPerSecond ? after : before;
  return { before, after, requestsPerSecond: best.requestsPerSecond, latencyMs: best.latencyMs };
}

async function writeResults(results: BenchResults): Promise<string> {
  const dir = path.join(benchDir, 'results');
  await mkdir(dir, { recursive: true });
  const stamp = results.startedAt.replace(/:/g, '-').replace(/\.\d+Z$/, 'Z');
  const file = path.join(dir, `catalog-${stamp}.json`);
  await writeFile(file, `${JSON.stringify(results, null, 2)}\n`);
  return file;
}

async function main(): Promise<number> {
  const options = parseBenchArgs(process.argv.slice(2), process.env);
  if (!options) {
    console.log(usage);
    return 0;
  }
  stopChildrenOnExit();
  const startedAt = new Date().toISOString();
  await ensureBuild(root);

  const before = await ceilingMeasurement(options, 'before');
  const cases: CaseResult[] = [];
  const backendResults: BackendResult[] = [];
  for (const backend of options.backends) backendResults.push(await runBackend(backend, options, cases));
  // The results so far are worth keeping even if the second ceiling run fails.
  const after = await ceilingMeasurement(options, 'after').catch((error: unknown) => {
    console.error(`The second ceiling measurement failed: ${error instanceof Error ? error.message : error}`);
    return null;
  });
  const ceiling = ceilingOf(before, after);
  for (const result of cases) result.ratioToCeiling = result.requestsPerSecond / ceiling.requestsPerSecond;

  const { postgresUrl: _url, ...shownOptions } = options;
  const results: BenchResults = {
    startedAt,
    options: shownOptions,
    machine: machine(),
    ceiling,
    cases,
    backends: backendResults,
    verdicts: backendResults.flatMap((backend) => verdictsFor(backend, cases)),
    failedRequests:
      before.failures + (after?.failures ?? 0) + cases.reduce((sum, result) => sum + result.failures, 0),
  };
  console.log(formatReport(results));
  console.log(`\nResults written to ${path.relative(root, await writeResults(results))}`);

  const stoppedEarly = backendResults.some((backend) => backend.error !== null);
  return results.failedRequests > 0 || stoppedEarly || after === null ? 1 : 0;
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
