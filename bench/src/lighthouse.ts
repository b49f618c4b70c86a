/**
 * `npm run lighthouse`: Lighthouse 12 (mobile: its default Moto G Power emulation and simulated slow 4G
 * throttling) on home, a category and a product page in Finnish, 3 runs each in Debian's Chromium, and
 * the median of each figure against the targets. Also the first-load JavaScript of each page:
 * every script the browser fetched, by its transfer size as Chromium loaded it (brotli from this
 * server) and by its gzip size (the same files fetched again with Accept-Encoding: gzip). Starts the
 * production server on a fresh data folder with the demo store, or measures `--url`. A measurement, not
 * a test: missed targets exit 0; a run that fails exits 1. Results go to bench/results/.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { stopChildrenOnExit } from './processes';
import { ensureBuild } from './puoti-server';
import { gzipBytes } from './script-size';
import { type DemoServer, fileStamp, type PageKey, startDemoServer, storefrontPages } from './storefront';

const benchDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const root = path.resolve(benchDir, '..');

const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type Category = (typeof categories)[number];

const targets = { score: 95, lcpMs: 1_500, tbtMs: 100, firstLoadJsKb: 120 };

const usage = `Usage: npm run lighthouse -- [--url URL] [--runs N]

  --url URL   measure a running server (default: start the production server with the demo store)
  --runs N    Lighthouse runs per page (default 3); medians are reported
  --help      this text

Chromium: /usr/bin/chromium (CHROME_PATH overrides).`;

interface Run {
  scores: Record<Category, number>;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  /** Every script the page loaded, as transferred (compressed, headers included), in bytes. */
  scriptTransferBytes: number;
  /** The same scripts' bodies gzipped, as the server sends them to a client that does not take brotli. */
  scriptGzipBytes: number;
  scripts: number;
}

interface PageSummary {
  page: PageKey;
  path: string;
  runs: Run[];
  median: Run;
  verdicts: { target: string; pass: boolean; value: string }[];
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

interface NetworkItem {
  url: string;
  resourceType?: string;
  transferSize?: number;
}

/** One Lighthouse run in a fresh browser, so no run starts with another's cache. */
async function runOnce(url: string): Promise<Run> {
  const chrome = await launch({
    chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    chromeFlags: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...categories],
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const score = (category: Category) => Math.round((lhr.categories[category]?.score ?? 0) * 100);
    const numeric = (audit: string) => lhr.audits[audit]?.numericValue ?? Number.NaN;
    const details = lhr.audits['network-requests']?.details as { items?: NetworkItem[] } | undefined;
    const scripts = (details?.items ?? []).filter((item) => item.resourceType === 'Script');
    return {
      scores: {
        performance: score('performance'),
        accessibility: score('accessibility'),
        'best-practices': score('best-practices'),
        seo: score('seo'),
      },
      lcpMs: numeric('largest-contentful-paint'),
      tbtMs: numeric('total-blocking-time'),
      cls: numeric('cumulative-layout-shift'),
      scriptTransferBytes: scripts.reduce((sum, item) => sum + (item.transferSize ?? 0), 0),
      scriptGzipBytes: await gzipBytes(scripts.map((item) => item.url)),
      scripts: scripts.length,
    };
  } finally {
    await chrome.kill();
  }
}

function summarise(page: PageKey, pagePath: string, runs: Run[]): PageSummary {
  const of = (pick: (run: Run) => number) => median(runs.map(pick));
  const medianRun: Run = {
    scores: {
      performance: of((run) => run.scores.performance),
      accessibility: of((run) => run.scores.accessibility),
      'best-practices': of((run) => run.scores['best-practices']),
      seo: of((run) => run.scores.seo),
    },
    lcpMs: of((run) => run.lcpMs),
    tbtMs: of((run) => run.tbtMs),
    cls: of((run) => run.cls),
    scriptTransferBytes: of((run) => run.scriptTransferBytes),
    scriptGzipBytes: of((run) => run.scriptGzipBytes),
    scripts: of((run) => run.scripts),
  };
  const gzipKb = medianRun.scriptGzipBytes / 1000;
  const transferKb = medianRun.scriptTransferBytes / 1000;
  return {
    page,
    path: pagePath,
    runs,
    median: medianRun,
    verdicts: [
      ...categories.map((category) => ({
        target: `${category} >= ${targets.score}`,
        pass: medianRun.scores[category] >= targets.score,
        value: String(medianRun.scores[category]),
      })),
      {
        target: `LCP <= ${targets.lcpMs} ms`,
        pass: medianRun.lcpMs <= targets.lcpMs,
        value: `${Math.round(medianRun.lcpMs)} ms`,
      },
      {
        target: `TBT <= ${targets.tbtMs} ms`,
        pass: medianRun.tbtMs <= targets.tbtMs,
        // One decimal: 100.5 ms misses the target, and "100 ms" next to MISS would read as a mistake.
        value: `${medianRun.tbtMs.toFixed(1)} ms`,
      },
      {
        target: `first-load JS <= ${targets.firstLoadJsKb} kB gzipped`,
        pass: gzipKb <= targets.firstLoadJsKb,
        value: `${gzipKb.toFixed(1)} kB in ${medianRun.scripts} scripts (${transferKb.toFixed(1)} kB transferred)`,
      },
    ],
  };
}

function printSummary(summary: PageSummary): void {
  const { median: m } = summary;
  console.log(
    `  ${summary.page.padEnd(8)} perf ${m.scores.performance}  a11y ${m.scores.accessibility}  best ${m.scores['best-practices']}  seo ${m.scores.seo}  LCP ${Math.round(m.lcpMs)} ms  TBT ${Math.round(m.tbtMs)} ms  CLS ${m.cls.toFixed(3)}  JS ${(m.scriptGzipBytes / 1000).toFixed(1)} kB gz / ${(m.scriptTransferBytes / 1000).toFixed(1)} kB sent  ${summary.path}`,
  );
  for (const verdict of summary.verdicts) {
    console.log(`      ${verdict.pass ? 'PASS' : 'MISS'}  ${verdict.target}: ${verdict.value}`);
  }
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: { url: { type: 'string' }, runs: { type: 'string' }, help: { type: 'boolean' } },
    strict: true,
  });
  if (values.help) {
    console.log(usage);
    return 0;
  }
  const runs = values.runs === undefined ? 3 : Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs must be a positive integer');
  stopChildrenOnExit();
  const startedAt = new Date().toISOString();

  let server: DemoServer | undefined;
  const summaries: PageSummary[] = [];
  try {
    let baseUrl = values.url?.replace(/\/$/, '');
    if (!baseUrl) {
      await ensureBuild(root);
      console.log('Starting the production server with the demo store...');
      server = await startDemoServer(root, { pageCache: true });
      baseUrl = server.url;
    }
    for (const page of await storefrontPages(baseUrl)) {
      const url = `${baseUrl}${page.path}`;
      // Rendered once before measuring, as a page a shop serves all day would be.
      await (await fetch(url)).arrayBuffer();
      const pageRuns: Run[] = [];
      for (let run = 1; run <= runs; run += 1) {
        process.stdout.write(`  ${page.key} run ${run}/${runs}...\r`);
        pageRuns.push(await runOnce(url));
      }
      const summary = summarise(page.key, page.path, pageRuns);
      printSummary(summary);
      summaries.push(summary);
    }
  } finally {
    await server?.close();
  }

  console.log(
    `\nMedians of ${runs} runs. Load average at the end: ${os
      .loadavg()
      .map((value) => value.toFixed(2))
      .join(' ')} on ${os.cpus().length} CPUs (other work on the machine lowers these figures).`,
  );
  const dir = path.join(benchDir, 'results');
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, `lighthouse-${fileStamp(startedAt)}.json`);
  await writeFile(
    file,
    `${JSON.stringify({ startedAt, runsPerPage: runs, targets, loadAverage: os.loadavg(), pages: summaries }, null, 2)}\n`,
  );
  console.log(`Results written to ${path.relative(root, file)}`);
  return 0;
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
