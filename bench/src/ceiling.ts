import { once } from 'node:events';
import path from 'node:path';
import { type LoadSettings, type Measurement, measure } from './load';
import { startChild, stopChild } from './processes';

/** Starts hello-server.ts in its own process and returns the port it printed. */
async function startHelloServer(benchDir: string) {
  const child = startChild(
    process.execPath,
    ['--import', 'tsx', path.join(benchDir, 'src', 'hello-server.ts')],
    {
      cwd: benchDir,
      env: { NODE_ENV: 'production', PATH: process.env.PATH, HOME: process.env.HOME },
    },
  );
  const stdout = child.process.stdout;
  if (!stdout) throw new Error('the hello-world server has no stdout');
  const firstLine = await Promise.race([
    once(stdout, 'data').then(([chunk]) => String(chunk).split('\n')[0] ?? ''),
    child.exited.then((code) => {
      throw new Error(`the hello-world server exited (code ${code}):\n${child.output}`);
    }),
  ]);
  const port = Number(firstLine);
  if (!Number.isInteger(port) || port <= 0)
    throw new Error(`the hello-world server printed "${firstLine}", not a port`);
  return { child, port };
}

/** What this machine can do at most: a bare node:http hello world under the same load settings. */
export async function measureCeiling(benchDir: string, settings: LoadSettings): Promise<Measurement> {
  const { child, port } = await startHelloServer(benchDir);
  try {
    return await measure(`http://127.0.0.1:${port}/`, settings);
  } finally {
    await stopChild(child);
  }
}
