import { parseArgs } from 'node:util';

export const backends = ['pg', 'pglite'] as const;
export type Backend = (typeof backends)[number];

export interface BenchOptions {
  products: number;
  seed: number;
  /** Seconds of measurement per case. */
  duration: number;
  /** Seconds of unmeasured load before each case (JIT, connection pool, database buffers). */
  warmup: number;
  connections: number;
  backends: Backend[];
  postgresUrl: string;
}

export const usage = `Usage: npm run bench:catalog -- [options]

  --products N      products to generate (default 10000; e.g. 100000)
  --duration S      seconds measured per case (default 20)
  --warmup S        seconds of unmeasured load before each case (default 3)
  --connections N   concurrent autocannon connections (default 10)
  --only pg|pglite  run one backend (default both)
  --seed N          generator seed (default 1)
  --help            this text

Environment: BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/puoti_bench);
the database named there is dropped and created again on every run.`;

function positiveInteger(name: string, value: string | undefined, fallback: number, min = 1): number {
  if (value === undefined) return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < min)
    throw new Error(`--${name} must be an integer >= ${min}, got "${value}"`);
  return parsed;
}

/** Returns null when --help was asked for. */
export function parseBenchArgs(argv: string[], env: NodeJS.ProcessEnv): BenchOptions | null {
  const { values } = parseArgs({
    args: argv,
    options: {
      products: { type: 'string' },
      duration: { type: 'string' },
      warmup: { type: 'string' },
      connections: { type: 'string' },
      only: { type: 'string' },
      seed: { type: 'string' },
      help: { type: 'boolean' },
    },
    strict: true,
  });
  if (values.help) return null;
  const only = values.only;
  if (only !== undefined && !(backends as readonly string[]).includes(only)) {
    throw new Error(`--only must be one of ${backends.join(', ')}, got "${only}"`);
  }
  return {
    products: positiveInteger('products', values.products, 10_000),
    seed: positiveInteger('seed', values.seed, 1, 0),
    duration: positiveInteger('duration', values.duration, 20),
    warmup: positiveInteger('warmup', values.warmup, 3, 0),
    connections: positiveInteger('connections', values.connections, 10),
    backends: only ? [only as Backend] : [...backends],
    postgresUrl: env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/puoti_bench',
  };
}
