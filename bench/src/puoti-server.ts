/** Starts the production server as `npm start` does, against a prepared benchmark database. */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';
import { bundleServer, serverBundle, serverNodeFlags } from '../../scripts/build-server';
import { type Child, freePort, startChild, stopChild, waitUntilReady } from './processes';

export interface ServerSettings {
  dataDir: string;
  databaseUrl: string | undefined;
  catalogCache: boolean;
  /** The front server's page cache (PAGE_CACHE); on unless said otherwise. */
  pageCache?: boolean;
  /** Seed the demo store into an empty database (the page benchmarks); off for generated catalogues. */
  demo?: boolean;
}

export interface RunningServer {
  url: string;
  pid: number;
  /** From spawn until /readyz answered 200. */
  startSeconds: number;
  stop(): Promise<void>;
}

/** NEXT_DIST_DIR picks another build folder (builds side by side); the server is told the same. */
function buildIdPath(root: string): string {
  return path.join(root, 'apps', 'web', process.env.NEXT_DIST_DIR || '.next', 'BUILD_ID');
}

/**
 * Next's production build must exist before the server can start (built once if missing), and the server
 * bundle is made from the current sources (half a second), as `npm start` does.
 */
export async function ensureBuild(root: string): Promise<void> {
  await bundleServer();
  const buildId = buildIdPath(root);
  if (existsSync(buildId)) return;
  console.log(`No Next.js production build (${buildId}): running \`npm run build\` once...`);
  const run = promisify(execFile);
  try {
    await run('npm', ['run', 'build'], {
      cwd: root,
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(`npm run build failed:\n${stdout.slice(-4_000)}\n${stderr.slice(-4_000)}`);
  }
  // Another `next build` started meanwhile empties .next first: say so rather than fail at server start.
  if (!existsSync(buildId))
    throw new Error(`npm run build finished but ${buildId} is missing (another build running?)`);
  console.log('Build done.');
}

/**
 * A `next build` started elsewhere during the run (someone working on the web app) empties .next
 * until it finishes: wait for its BUILD_ID instead of failing the server start.
 */
async function waitForWebBuild(root: string, timeoutMs = 10 * 60_000): Promise<void> {
  const buildId = buildIdPath(root);
  if (existsSync(buildId)) return;
  console.log(`  ${buildId} is gone (a build is running?): waiting for it...`);
  const deadline = Date.now() + timeoutMs;
  while (!existsSync(buildId)) {
    if (Date.now() > deadline)
      throw new Error(`${buildId} did not reappear within ${timeoutMs / 60_000} minutes`);
    await sleep(2_000);
  }
}

/**
 * Only what the server needs: inheriting the caller's environment could slip in a DATABASE_URL or
 * REDIS_URL and quietly benchmark something else.
 */
function serverEnv(settings: ServerSettings, port: number): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    ...(process.env.TMPDIR ? { TMPDIR: process.env.TMPDIR } : {}),
    NODE_ENV: 'production',
    PORT: String(port),
    DATA_DIR: settings.dataDir,
    ...(settings.databaseUrl ? { DATABASE_URL: settings.databaseUrl } : {}),
    ...(process.env.NEXT_DIST_DIR ? { NEXT_DIST_DIR: process.env.NEXT_DIST_DIR } : {}),
    PUOTI_DEMO: settings.demo ? '1' : '0',
    CATALOG_CACHE: settings.catalogCache ? '1' : '0',
    PAGE_CACHE: settings.pageCache === false ? '0' : '1',
    SESSION_SECRET: 'bench-secret-bench-secret-bench-secret',
    LOG_LEVEL: 'warn',
    NEXT_TELEMETRY_DISABLED: '1',
  };
}

export async function startPuotiServer(root: string, settings: ServerSettings): Promise<RunningServer> {
  await waitForWebBuild(root);
  const port = await freePort();
  const spawnedAt = performance.now();
  const child: Child = startChild(process.execPath, [...serverNodeFlags, serverBundle], {
    cwd: root,
    env: serverEnv(settings, port),
  });
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitUntilReady(child, `${url}/readyz`);
  } catch (error) {
    await stopChild(child);
    throw error;
  }
  const startSeconds = (performance.now() - spawnedAt) / 1_000;
  return { url, pid: child.pid, startSeconds, stop: () => stopChild(child) };
}
