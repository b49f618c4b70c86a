/** The benchmark's results: their shape (also written as JSON), the verdicts and the printed table. */
import type { Backend, BenchOptions } from './args';
import type { Measurement } from './load';

export const caseKeys = ['list', 'category', 'search', 'detail', 'tree'] as const;
export type CaseKey = (typeof caseKeys)[number];
export type CacheMode = 'warm' | 'cold';

export interface CaseResult extends Measurement {
  backend: Backend;
  cache: CacheMode;
  case: CaseKey;
  path: string;
  /** Share of the hello-world ceiling's req/s. */
  ratioToCeiling: number;
  /** The one request sent before the load, to see the case is real (status, and hits for lists). */
  probe: { status: number; total: number | null };
  /** Highest VmRSS of the server while this case ran (probe, warm-up and measurement), 1 s samples. */
  maxRssKib: number;
}

export interface PhaseResult {
  backend: Backend;
  cache: CacheMode;
  /** From spawn until /readyz answered 200. */
  startSeconds: number;
  readyRssKib: number;
  /** Highest VmRSS of the server process, sampled every second from start until it was stopped. */
  maxRssKib: number;
  /**
   * The same for the server's child processes: the embedded database's own process on pglite, nothing
   * on pg (PostgreSQL runs in processes of its own, not counted here).
   */
  readyDatabaseRssKib: number;
  maxDatabaseRssKib: number;
  /** Highest sum of the two at one sample. */
  maxTotalRssKib: number;
}

export interface BackendResult {
  backend: Backend;
  generation: {
    products: number;
    productTranslations: number;
    variants: number;
    categories: number;
    migrateSeconds: number;
    /** Inserts plus VACUUM ANALYZE. */
    generateSeconds: number;
  } | null;
  phases: PhaseResult[];
  /** Why the backend's run stopped early, if it did. */
  error: string | null;
}

export interface Verdict {
  backend: Backend;
  target: string;
  pass: boolean;
  detail: string;
}

export interface BenchResults {
  startedAt: string;
  options: Omit<BenchOptions, 'postgresUrl'>;
  machine: { cpus: number; cpuModel: string; memoryMiB: number; node: string; platform: string };
  ceiling: {
    before: Measurement;
    /** Null when the second measurement failed. */
    after: Measurement | null;
    /** The higher of the two: what the ratios are computed against. */
    requestsPerSecond: number;
    latencyMs: Measurement['latencyMs'];
  };
  cases: CaseResult[];
  backends: BackendResult[];
  verdicts: Verdict[];
  failedRequests: number;
}

const targets = {
  warmShareOfCeiling: 0.4,
  warmP99Ms: 20,
  coldListRps: 1_000,
  searchP95Ms: 30,
  rssMiB: 250,
};

const mib = (kib: number) => kib / 1_024;
const number = (value: number, digits = 0) =>
  value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const percent = (ratio: number) => `${number(ratio * 100, 1)} %`;

function findCase(cases: CaseResult[], cache: CacheMode, key: CaseKey): CaseResult | undefined {
  return cases.find((result) => result.cache === cache && result.case === key);
}

function warmReadsVerdict(backend: Backend, cases: CaseResult[]): Verdict {
  const warm = cases.filter((result) => result.cache === 'warm');
  const misses = warm.filter(
    (result) =>
      result.ratioToCeiling < targets.warmShareOfCeiling || result.latencyMs.p99 > targets.warmP99Ms,
  );
  const lowest = warm.reduce<CaseResult | undefined>(
    (low, result) => (!low || result.ratioToCeiling < low.ratioToCeiling ? result : low),
    undefined,
  );
  const slowest = warm.reduce<CaseResult | undefined>(
    (high, result) => (!high || result.latencyMs.p99 > high.latencyMs.p99 ? result : high),
    undefined,
  );
  const detail =
    lowest && slowest
      ? `lowest ${percent(lowest.ratioToCeiling)} (${lowest.case}), highest p99 ${number(slowest.latencyMs.p99, 1)} ms (${slowest.case})` +
        (misses.length > 0 ? `; missed by: ${misses.map((result) => result.case).join(', ')}` : '')
      : 'not measured';
  return {
    backend,
    target: `warm reads >= ${targets.warmShareOfCeiling * 100} % of ceiling, p99 <= ${targets.warmP99Ms} ms`,
    pass: warm.length === caseKeys.length && misses.length === 0,
    detail,
  };
}

function coldListVerdict(backend: Backend, cases: CaseResult[]): Verdict {
  const list = findCase(cases, 'cold', 'list');
  return {
    backend,
    target: `cold list >= ${number(targets.coldListRps)} req/s`,
    pass: list !== undefined && list.requestsPerSecond >= targets.coldListRps,
    detail: list ? `${number(list.requestsPerSecond)} req/s` : 'not measured',
  };
}

/** Judged on the cold run: a warm search repeats one cached query and says nothing about search. */
function searchVerdict(backend: Backend, cases: CaseResult[]): Verdict {
  const cold = findCase(cases, 'cold', 'search');
  const warm = findCase(cases, 'warm', 'search');
  return {
    backend,
    target: `search p95 <= ${targets.searchP95Ms} ms (cold)`,
    pass: cold !== undefined && cold.latencyMs.p95 <= targets.searchP95Ms,
    detail: cold
      ? `p95 ${number(cold.latencyMs.p95, 1)} ms${warm ? ` (warm ${number(warm.latencyMs.p95, 1)} ms)` : ''}`
      : 'not measured',
  };
}

function rssVerdict(backend: Backend, phases: PhaseResult[]): Verdict {
  const max = Math.max(0, ...phases.map((phase) => phase.maxRssKib));
  const database = Math.max(0, ...phases.map((phase) => phase.maxDatabaseRssKib));
  const total = Math.max(0, ...phases.map((phase) => phase.maxTotalRssKib));
  return {
    backend,
    target: `server RSS <= ${targets.rssMiB} MiB`,
    pass: phases.length > 0 && mib(max) <= targets.rssMiB,
    detail:
      phases.length === 0
        ? 'not measured'
        : `max ${number(mib(max))} MiB${database > 0 ? ` (database process ${number(mib(database))}, both ${number(mib(total))})` : ''}`,
  };
}

export function verdictsFor(backend: BackendResult, cases: CaseResult[]): Verdict[] {
  const own = cases.filter((result) => result.backend === backend.backend);
  return [
    warmReadsVerdict(backend.backend, own),
    coldListVerdict(backend.backend, own),
    searchVerdict(backend.backend, own),
    rssVerdict(backend.backend, backend.phases),
  ];
}

function row(cells: string[], widths: number[]): string {
  return cells
    .map((cell, index) => (index < 3 ? cell.padEnd(widths[index] ?? 0) : cell.padStart(widths[index] ?? 0)))
    .join('  ');
}

export function formatCaseLine(result: CaseResult): string {
  return `  ${result.backend} ${result.cache} ${result.case}: ${number(result.requestsPerSecond)} req/s, p50 ${number(result.latencyMs.p50, 1)} ms, p99 ${number(result.latencyMs.p99, 1)} ms${result.failures > 0 ? `, ${number(result.failures)} FAILED requests` : ''}`;
}

/** Ceiling runs that disagree, or a case faster than hello world, mean other processes took CPU time. */
function noiseWarnings(results: BenchResults): string[] {
  const { before, after } = results.ceiling;
  const spread = after
    ? Math.abs(before.requestsPerSecond - after.requestsPerSecond) / results.ceiling.requestsPerSecond
    : 0;
  const aboveCeiling = results.cases.filter((result) => result.ratioToCeiling > 1);
  const warnings: string[] = [];
  if (spread > 0.2) {
    warnings.push(`WARNING: the two ceiling runs differ by ${percent(spread)}: the machine was not quiet.`);
  }
  if (aboveCeiling.length > 0) {
    warnings.push(
      `WARNING: ${aboveCeiling.length} case(s) beat the hello-world ceiling: other processes were busy during a measurement.`,
    );
  }
  if (warnings.length > 0) warnings.push('Compare with care; rerun on an idle machine for numbers to keep.');
  return warnings;
}

/** The report printed at the end of a run. */
export function formatReport(results: BenchResults): string {
  const { ceiling } = results;
  const lines: string[] = [
    '',
    `Machine: ${results.machine.cpus} x ${results.machine.cpuModel}, ${number(results.machine.memoryMiB)} MiB, Node ${results.machine.node}`,
    `Load: autocannon, ${results.options.connections} connections, ${results.options.duration} s per case after ${results.options.warmup} s warm-up; ${number(results.options.products)} products`,
    `Ceiling (bare node:http hello world, own process): ${number(ceiling.requestsPerSecond)} req/s, p50 ${number(ceiling.latencyMs.p50, 1)} ms, p97.5 ${number(ceiling.latencyMs.p97_5, 1)} ms, p99 ${number(ceiling.latencyMs.p99, 1)} ms` +
      (ceiling.after
        ? ` (higher of ${number(ceiling.before.requestsPerSecond)} before and ${number(ceiling.after.requestsPerSecond)} after the backends)`
        : ' (measured before the backends only: the second measurement failed)'),
    ...noiseWarnings(results),
    '',
  ];
  for (const backend of results.backends) {
    const generation = backend.generation;
    if (generation) {
      lines.push(
        `${backend.backend}: generated ${number(generation.products)} products (${number(generation.productTranslations)} translations, ${number(generation.variants)} variants) in ${number(generation.generateSeconds, 1)} s (migrations ${number(generation.migrateSeconds, 1)} s)`,
      );
    }
    if (backend.error) lines.push(`${backend.backend}: STOPPED EARLY: ${backend.error.split('\n')[0]}`);
  }
  const widths = [8, 5, 9, 9, 8, 8, 9, 8, 10, 7];
  lines.push(
    '',
    row(
      ['backend', 'cache', 'case', 'req/s', 'p50 ms', 'p95 ms', 'p97.5 ms', 'p99 ms', '% ceiling', 'failed'],
      widths,
    ),
  );
  for (const result of results.cases) {
    lines.push(
      row(
        [
          result.backend,
          result.cache,
          result.case,
          number(result.requestsPerSecond),
          number(result.latencyMs.p50, 1),
          number(result.latencyMs.p95, 1),
          number(result.latencyMs.p97_5, 1),
          number(result.latencyMs.p99, 1),
          percent(result.ratioToCeiling),
          number(result.failures),
        ],
        widths,
      ),
    );
  }
  lines.push(
    '',
    'Server RSS (VmRSS of the server process, and of its child processes apart; max of 1 s samples from start to stop):',
  );
  for (const backend of results.backends) {
    for (const phase of backend.phases) {
      // Per case too, in the order they ran: which load grows the process, and whether it keeps growing.
      const perCase = results.cases
        .filter((result) => result.backend === phase.backend && result.cache === phase.cache)
        .map((result) => `${result.case} ${number(mib(result.maxRssKib))}`)
        .join(', ');
      lines.push(
        `  ${phase.backend} ${phase.cache}: max ${number(mib(phase.maxRssKib))} MiB (at ready ${number(mib(phase.readyRssKib))} MiB; started in ${number(phase.startSeconds, 1)} s; per case: ${perCase})`,
      );
      if (phase.maxDatabaseRssKib > 0) {
        lines.push(
          `  ${' '.repeat(phase.backend.length + phase.cache.length + 2)} its embedded database process: max ${number(mib(phase.maxDatabaseRssKib))} MiB (at ready ${number(mib(phase.readyDatabaseRssKib))} MiB); both together: max ${number(mib(phase.maxTotalRssKib))} MiB`,
        );
      }
    }
  }
  lines.push('', 'Verdicts:');
  for (const verdict of results.verdicts) {
    lines.push(
      `  ${verdict.backend.padEnd(7)} ${verdict.target.padEnd(52)} ${verdict.pass ? 'PASS' : 'MISS'}  ${verdict.detail}`,
    );
  }
  lines.push(
    '',
    results.failedRequests > 0
      ? `FAILED REQUESTS: ${number(results.failedRequests)} (non-2xx or connection errors): exit code 1`
      : 'No failed requests.',
  );
  return lines.join('\n');
}
