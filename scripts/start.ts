/**
 * The first half of `npm start`: builds the web app when there is no build or the sources changed since
 * the last one, and bundles the server (half a second, so always). The second half runs the bundle with
 * plain node (package.json), and the server migrates, seeds the demo store on first boot, and serves.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleServer } from './build-server';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const buildId = path.join(root, 'apps/web', process.env.NEXT_DIST_DIR || '.next', 'BUILD_ID');
const sources = [
  'apps/web/src',
  'apps/web/messages',
  'apps/web/next.config.mjs',
  'apps/web/package.json',
  'packages/core/src',
];

function newestChange(entry: string): number {
  const info = statSync(entry);
  if (!info.isDirectory()) return info.mtimeMs;
  return readdirSync(entry).reduce(
    (newest, name) =>
      name === 'node_modules' ? newest : Math.max(newest, newestChange(path.join(entry, name))),
    info.mtimeMs,
  );
}

const builtAt = existsSync(buildId) ? statSync(buildId).mtimeMs : 0;
const changedAt = Math.max(
  ...sources
    .map((s) => path.join(root, s))
    .filter(existsSync)
    .map(newestChange),
);
if (changedAt > builtAt || process.env.PUOTI_REBUILD === '1') {
  console.log(
    builtAt === 0
      ? 'Building the shop (first start, takes a minute or two)...'
      : 'Sources changed: rebuilding...',
  );
  const build = spawnSync('npm', ['run', 'build'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

await bundleServer();
