/**
 * `npm run build:server`: bundles the server with the workspace packages it imports into one
 * JavaScript file, server/dist/main.js, which `npm start` runs with plain node. Running the TypeScript
 * sources through tsx costs about 85 MB of resident memory in production (a loader thread, compiled
 * sources and their source maps); the bundle takes half a second to build. Third-party packages stay
 * external, loaded from node_modules as usual. The bundle is not minified, so stack traces stay
 * readable; its source map is written but not loaded by default (`--enable-source-maps` makes node load
 * the maps of every package, Next's included, for about 50 MB more).
 */
import { cp, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { type BuildOptions, build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const serverBundle = path.join(root, 'server/dist/main.js');
/**
 * Node flags of the production process (package.json's start and serve scripts say the same): a young
 * generation of 4 MB semi-spaces instead of 16 keeps the resident memory under load about 25 MB lower
 * for a few percent of throughput (bench:catalog), since short-lived request garbage is collected sooner.
 * The old-generation cap is there for V8's heap-growing factor, which it derives from the cap: with the
 * default (a quarter of the machine's memory, up to 4 GB) it may let the old space reach four times the
 * live data before a full collection, and under steady load bench:catalog saw the heap go from 45 to
 * 130 MB of mostly garbage (RSS 200 -> 305 MB); capped at 512 MB the factor is about 1.4 and the heap
 * stays near 65 MB. The live data is about 45 MB, and the caches keep their bodies outside this heap.
 */
export const serverNodeFlags = ['--max-semi-space-size=4', '--max-old-space-size=512'];
const workspaces = ['server', 'packages/core', 'packages/api'];

async function externalPackages(): Promise<string[]> {
  const names = new Set<string>();
  for (const workspace of workspaces) {
    const manifest = JSON.parse(await readFile(path.join(root, workspace, 'package.json'), 'utf8')) as {
      dependencies?: Record<string, string>;
    };
    for (const name of Object.keys(manifest.dependencies ?? {})) {
      if (!name.startsWith('@puoti/')) names.add(name);
    }
  }
  return [...names].flatMap((name) => [name, `${name}/*`]);
}

async function buildOptions(): Promise<BuildOptions> {
  return {
    // The embedded database's process (db/pglite-process.ts) runs its own entry, found beside the server's.
    entryPoints: {
      main: path.join(root, 'server/src/main.ts'),
      'pglite-child': path.join(root, 'packages/core/src/db/pglite-child.ts'),
    },
    outdir: path.dirname(serverBundle),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    sourcemap: 'linked',
    external: await externalPackages(),
    logLevel: 'warning',
    // Bundled CommonJS helpers call require(); an ES module has none of its own.
    banner: {
      js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
    },
  };
}

export async function bundleServer(): Promise<void> {
  const outdir = path.dirname(serverBundle);
  await rm(outdir, { recursive: true, force: true });
  await build(await buildOptions());
  // The database code finds its migrations next to itself (import.meta.url), which is now the bundle.
  await cp(path.join(root, 'packages/core/src/db/migrations'), path.join(outdir, 'migrations'), {
    recursive: true,
  });
}

/**
 * The packages the server's bundle imports when it starts (static imports), as opposed to those it
 * imports only when a feature is used (dynamic imports). Builds in memory; writes nothing.
 */
export async function packagesLoadedAtStart(): Promise<string[]> {
  const result = await build({ ...(await buildOptions()), write: false, metafile: true });
  const imports = Object.values(result.metafile.outputs)
    .filter((output) => output.entryPoint?.endsWith('server/src/main.ts'))
    .flatMap((output) => output.imports);
  return [
    ...new Set(
      imports
        .filter((entry) => entry.external && entry.kind === 'import-statement')
        .map((entry) => entry.path),
    ),
  ];
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await bundleServer();
  console.log(`Server bundled: ${path.relative(root, serverBundle)}`);
}
