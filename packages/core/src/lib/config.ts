import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';

const flag = z
  .enum(['0', '1', 'true', 'false', 'yes', 'no', 'on', 'off'])
  .transform((value) => ['1', 'true', 'yes', 'on'].includes(value));

/**
 * Every environment variable the shop reads, in one schema (the README's configuration table lists the same).
 * Read once per process with `loadConfig()`; nothing else touches process.env.
 */
export const ZEnv = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
    .optional(),
  // Few busy connections beat many contending ones: with the database on this machine, more queries at
  // once than it has cores only share the cores, and every query waits longer (PostgreSQL's wiki:
  // cores x 2 + disks). On the 2-core reference machine 5 instead of 10 cut the search's p95 from 32 to
  // about 25 ms at the same throughput. A database server with more cores wants it raised.
  DATABASE_POOL_SIZE: z.coerce
    .number()
    .int()
    .min(1)
    .max(200)
    .default(() => os.availableParallelism() * 2 + 1),
  PGLITE_SHARED_BUFFERS_MB: z.coerce.number().int().min(1).max(4_096).default(32),
  PUBLIC_URL: z.url().optional(),
  PUOTI_DEMO: flag.optional(),
  CATALOG_CACHE: flag.default(true),
  CATALOG_CACHE_TTL_SECONDS: z.coerce.number().int().min(1).max(86_400).default(300),
  CATALOG_CACHE_MAX_MB: z.coerce.number().int().min(1).max(4_096).default(32),
  PAGE_CACHE: flag.default(true),
  PAGE_CACHE_MAX_MB: z.coerce.number().int().min(1).max(4_096).default(64),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SESSION_SECRET: z.string().optional(),
  TRUST_PROXY: flag.default(false),
  SESSION_TTL_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, 'must be a redis:// URL')
    .optional(),
  MAIL_TRANSPORT: z.enum(['console', 'file', 'smtp', 'resend']).optional(),
  MAIL_OUTBOX_DIR: z.string().min(1).optional(),
  MAIL_FROM: z.string().min(3).default('Puoti <shop@example.com>'),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must be an smtp:// or smtps:// URL')
    .optional(),
  RESEND_API_KEY: z.string().min(1).optional(),
  RESEND_BASE_URL: z.url().optional(),
  STRIPE_SECRET_KEY: z.string().startsWith('sk_', 'must start with sk_').optional(),
  STRIPE_WEBHOOK_SECRET: z.string().startsWith('whsec_', 'must start with whsec_').optional(),
  STRIPE_PUBLISHABLE_KEY: z.string().startsWith('pk_', 'must start with pk_').optional(),
  STRIPE_API_URL: z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL' }).optional(),
  UNPAID_ORDER_TIMEOUT_MINUTES: z.coerce.number().int().min(5).max(10_080).default(60),
});

export type TEnv = z.infer<typeof ZEnv>;

export interface Config {
  env: TEnv['NODE_ENV'];
  isProduction: boolean;
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  databasePoolSize: number;
  /** The embedded database's buffer cache; pages beyond it are read from the files (OS cache). */
  pgliteSharedBuffersMb: number;
  publicUrl: string;
  /** Seed the demo store: on by default with the embedded database outside production. */
  demo: boolean;
  catalogCache: { enabled: boolean; ttlSeconds: number; maxBytes: number };
  /** The front server's cache of rendered catalogue pages (server/src/page-cache.ts). */
  pageCache: { enabled: boolean; maxBytes: number };
  logLevel: TEnv['LOG_LEVEL'];
  /** Peppers the stored hashes of session and one-time tokens. */
  sessionSecret: string;
  sessionTtlDays: number;
  /** Behind a reverse proxy: take the client address from X-Forwarded-For. */
  trustProxy: boolean;
  redisUrl: string | undefined;
  mail: {
    transport: 'console' | 'file' | 'smtp' | 'resend';
    outboxDir: string;
    from: string;
    smtpUrl: string | undefined;
    resendApiKey: string | undefined;
    resendBaseUrl: string | undefined;
  };
  /** Card payments through Stripe; undefined (no card payments offered) without a secret key. */
  stripe: StripeConfig | undefined;
  /** Card orders not paid within this many minutes are canceled and their stock released. */
  unpaidOrderTimeoutMinutes: number;
}

export interface StripeConfig {
  secretKey: string;
  /** Verifies webhook signatures; only optional outside production, where webhooks may not be set up yet. */
  webhookSecret: string | undefined;
  /** Another Stripe-compatible API (the local fake in development and e2e); Stripe's own when undefined. */
  apiUrl: string | undefined;
  /** For Stripe.js in the storefront's checkout; without it the storefront offers no card payment. */
  publishableKey: string | undefined;
}

/** Used only outside production; production refuses to start with it (or without a secret). */
export const developmentSessionSecret = 'puoti-development-secret-not-for-production';

export function parseConfig(source: Record<string, string | undefined>): Config {
  const parsed = ZEnv.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const env = parsed.data;
  const isProduction = env.NODE_ENV === 'production';
  if (
    isProduction &&
    (!env.SESSION_SECRET || env.SESSION_SECRET === developmentSessionSecret || env.SESSION_SECRET.length < 32)
  ) {
    throw new Error(
      'Invalid configuration:\n  SESSION_SECRET: set a random secret of at least 32 characters in production (e.g. `openssl rand -hex 32`)',
    );
  }
  const mailTransport =
    env.MAIL_TRANSPORT ?? (env.SMTP_URL ? 'smtp' : env.RESEND_API_KEY ? 'resend' : 'console');
  if (mailTransport === 'smtp' && !env.SMTP_URL)
    throw new Error('Invalid configuration:\n  SMTP_URL: required with MAIL_TRANSPORT=smtp');
  if (mailTransport === 'resend' && !env.RESEND_API_KEY) {
    throw new Error('Invalid configuration:\n  RESEND_API_KEY: required with MAIL_TRANSPORT=resend');
  }
  // Without the webhook secret no payment would ever be confirmed, so production refuses to start.
  if (isProduction && env.STRIPE_SECRET_KEY && !env.STRIPE_WEBHOOK_SECRET) {
    throw new Error(
      'Invalid configuration:\n  STRIPE_WEBHOOK_SECRET: required with STRIPE_SECRET_KEY in production (the whsec_ secret of the webhook endpoint)',
    );
  }
  const dataDir = path.resolve(env.DATA_DIR);
  return {
    env: env.NODE_ENV,
    isProduction,
    port: env.PORT,
    host: env.HOST,
    dataDir,
    databaseUrl: env.DATABASE_URL,
    databasePoolSize: env.DATABASE_POOL_SIZE,
    pgliteSharedBuffersMb: env.PGLITE_SHARED_BUFFERS_MB,
    publicUrl: (env.PUBLIC_URL ?? `http://localhost:${env.PORT}`).replace(/\/$/, ''),
    demo: env.PUOTI_DEMO ?? (!isProduction && env.DATABASE_URL === undefined),
    catalogCache: {
      enabled: env.CATALOG_CACHE,
      ttlSeconds: env.CATALOG_CACHE_TTL_SECONDS,
      maxBytes: env.CATALOG_CACHE_MAX_MB * 1_048_576,
    },
    pageCache: { enabled: env.PAGE_CACHE, maxBytes: env.PAGE_CACHE_MAX_MB * 1_048_576 },
    logLevel: env.LOG_LEVEL,
    sessionSecret: env.SESSION_SECRET ?? developmentSessionSecret,
    sessionTtlDays: env.SESSION_TTL_DAYS,
    trustProxy: env.TRUST_PROXY,
    redisUrl: env.REDIS_URL,
    mail: {
      transport: mailTransport,
      outboxDir: path.resolve(env.MAIL_OUTBOX_DIR ?? path.join(dataDir, 'outbox')),
      from: env.MAIL_FROM,
      smtpUrl: env.SMTP_URL,
      resendApiKey: env.RESEND_API_KEY,
      resendBaseUrl: env.RESEND_BASE_URL,
    },
    stripe: env.STRIPE_SECRET_KEY
      ? {
          secretKey: env.STRIPE_SECRET_KEY,
          webhookSecret: env.STRIPE_WEBHOOK_SECRET,
          apiUrl: env.STRIPE_API_URL,
          publishableKey: env.STRIPE_PUBLISHABLE_KEY,
        }
      : undefined,
    unpaidOrderTimeoutMinutes: env.UNPAID_ORDER_TIMEOUT_MINUTES,
  };
}

const slot = Symbol.for('puoti.config');

/**
 * The process's configuration, parsed from process.env on first use and kept on globalThis: Next.js
 * bundles its own copy of this module, and sets NODE_ENV=production in the process when it starts, so
 * the pages must see the configuration the server read, not parse the environment again.
 */
export function loadConfig(): Config {
  const holder = globalThis as { [slot]?: Config };
  holder[slot] ??= parseConfig(process.env);
  return holder[slot];
}
