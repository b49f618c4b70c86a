/**
 * `npm run bench:framework-floor`: the first-load JavaScript of an empty Next.js App Router page (a root
 * layout and a page that says "Hello", no other dependency), built and served by the Next.js and React
 * versions the storefront uses. It is the floor under the storefront's own figure in `npm run
 * lighthouse`: what any App Router page costs before the shop adds a line. Counted like there: the
 * scripts a modern browser loads (noModule polyfills skipped), at their gzip size as served.
 */

import { execFileSync } from 'node:child_process';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort, startChild, stopChild, stopChildrenOnExit, waitUntilReady } from './processes';
import { firstLoadScripts, gzipBytes } from './script-size';

const benchDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const root = path.resolve(benchDir, '..');
// Inside the repository, so the app resolves next and react from the workspace's node_modules.
const appDir = path.join(benchDir, '.framework-floor');
const nextBin = path.join(root, 'node_modules/.bin/next');

const files: Record<string, string> = {
  'package.json': '{ "name": "framework-floor", "private": true }\n',
  'tsconfig.json': `${JSON.stringify({
    compilerOptions: {
      jsx: 'preserve',
      strict: true,
      module: 'esnext',
      moduleResolution: 'bundler',
      lib: ['dom', 'esnext'],
      noEmit: true,
      skipLibCheck: true,
    },
    include: ['**/*.tsx'],
  })}\n`,
  'app/layout.tsx': `export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
`,
  'app/page.tsx': `export default function Page() {
  return <p>Hello</p>;
}
`,
};

stopChildrenOnExit();
await rm(appDir, { recursive: true, force: true });
for (const [name, content] of Object.entries(files)) {
  await mkdir(path.dirname(path.join(appDir, name)), { recursive: true });
  await writeFile(path.join(appDir, name), content);
}
const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' };
console.log('Building an empty App Router page...');
execFileSync(nextBin, ['build'], { cwd: appDir, env, stdio: 'ignore' });
const port = await freePort();
const server = startChild(nextBin, ['start', '-p', String(port)], { cwd: appDir, env });
try {
  const base = `http://127.0.0.1:${port}`;
  await waitUntilReady(server, `${base}/`);
  const scripts = firstLoadScripts(await (await fetch(`${base}/`)).text(), base);
  const bytes = await gzipBytes(scripts);
  const version = async (name: string) =>
    (
      JSON.parse(await readFile(path.join(root, 'node_modules', name, 'package.json'), 'utf8')) as {
        version: string;
      }
    ).version;
  console.log(
    `Empty App Router page, Next.js ${await version('next')}, React ${await version('react')}: ${scripts.length} scripts, ${(bytes / 1000).toFixed(1)} kB gzipped first-load JavaScript`,
  );
} finally {
  await stopChild(server);
  await rm(appDir, { recursive: true, force: true });
}
