/** Child processes for the benchmark: start, wait until ready, watch memory, stop. */
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';

/** Every child still running, so an interrupted benchmark does not leave servers behind. */
const running = new Set<ChildProcess>();

function killAll(signal: NodeJS.Signals): void {
  for (const child of running) child.kill(signal);
}

/** Call once from the benchmark's entry: Ctrl-C or an uncaught error then also ends the children. */
export function stopChildrenOnExit(): void {
  process.once('SIGINT', () => {
    killAll('SIGKILL');
    process.exit(130);
  });
  process.once('exit', () => killAll('SIGKILL'));
}

/** The last lines a child printed, shown when it fails to start or dies. */
class OutputTail {
  private lines: string[] = [];

  constructor(private readonly limit = 60) {}

  push(chunk: Buffer): void {
    this.lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
    if (this.lines.length > this.limit) this.lines.splice(0, this.lines.length - this.limit);
  }

  toString(): string {
    return this.lines.join('\n');
  }
}

export interface Child {
  process: ChildProcess;
  pid: number;
  output: OutputTail;
  exited: Promise<number | null>;
}

export function startChild(
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv },
): Child {
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: options.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (child.pid === undefined) throw new Error(`could not start ${command} ${args.join(' ')}`);
  running.add(child);
  const output = new OutputTail();
  child.stdout?.on('data', (chunk: Buffer) => output.push(chunk));
  child.stderr?.on('data', (chunk: Buffer) => output.push(chunk));
  const exited = once(child, 'exit').then(([code]) => {
    running.delete(child);
    return code as number | null;
  });
  return { process: child, pid: child.pid, output, exited };
}

/** SIGTERM for a graceful shutdown; SIGKILL if the process is still there after the grace period. */
export async function stopChild(child: Child, graceMs = 10_000): Promise<void> {
  if (child.process.exitCode !== null || child.process.signalCode !== null) return;
  child.process.kill('SIGTERM');
  const stopped = await Promise.race([child.exited.then(() => true), sleep(graceMs).then(() => false)]);
  if (!stopped) {
    console.warn(`  process ${child.pid} ignored SIGTERM for ${graceMs / 1000} s: killing it`);
    child.process.kill('SIGKILL');
    await child.exited;
  }
}

/** A port nobody listens on right now (the OS picks it). */
export async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  server.close();
  if (address === null || typeof address === 'string') throw new Error('no TCP address');
  return address.port;
}

/** Polls `url` until it answers 200; fails early if the child exits, with what it printed. */
export async function waitUntilReady(child: Child, url: string, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let exitCode: number | null | undefined;
  void child.exited.then((code) => {
    exitCode = code;
  });
  while (Date.now() < deadline) {
    if (exitCode !== undefined) {
      throw new Error(
        `the server exited (code ${exitCode}) before it was ready. Its last output:\n${child.output}`,
      );
    }
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      await response.arrayBuffer();
      if (response.status === 200) return;
    } catch {
      // Not listening yet.
    }
    await sleep(250);
  }
  throw new Error(
    `${url} did not answer 200 within ${timeoutMs / 1000} s. The server's last output:\n${child.output}`,
  );
}

/** Resident memory of a process in KiB, from /proc (Linux); null if it is gone. */
export async function readRssKib(pid: number): Promise<number | null> {
  try {
    const status = await readFile(`/proc/${pid}/status`, 'utf8');
    const match = /^VmRSS:\s+(\d+)\s+kB$/m.exec(status);
    return match ? Number(match[1]) : null;
  } catch {
    return null;
  }
}

/** The processes a process started, such as the server's embedded database (Linux); none if it is gone. */
async function childPids(pid: number): Promise<number[]> {
  try {
    const children = await readFile(`/proc/${pid}/task/${pid}/children`, 'utf8');
    return children.split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

/** Highest resident memory seen, in KiB: the process's own, its children's together, and both at once. */
export interface RssMaxima {
  ownKib: number;
  childrenKib: number;
  totalKib: number;
}

export interface RssWatch {
  /** Stops sampling and returns the highest RSS seen. */
  stop(): Promise<RssMaxima>;
}

/**
 * Samples a process's RSS and its children's every second and keeps the maxima. The server's children
 * are counted apart: on the embedded database, PostgreSQL runs in a child process of the server, as it
 * runs in processes of its own on PostgreSQL proper, and the report gives both.
 */
export function watchRss(pid: number, intervalMs = 1_000): RssWatch {
  const max: RssMaxima = { ownKib: 0, childrenKib: 0, totalKib: 0 };
  const sample = async () => {
    const own = await readRssKib(pid);
    if (own === null) return;
    const children = (await Promise.all((await childPids(pid)).map(readRssKib))).reduce<number>(
      (sum, rss) => sum + (rss ?? 0),
      0,
    );
    max.ownKib = Math.max(max.ownKib, own);
    max.childrenKib = Math.max(max.childrenKib, children);
    max.totalKib = Math.max(max.totalKib, own + children);
  };
  void sample();
  const timer = setInterval(() => void sample(), intervalMs);
  return {
    async stop() {
      clearInterval(timer);
      await sample();
      return { ...max };
    },
  };
}
