/** The two databases the shop runs on, each made fresh and filled with the generated catalogue. */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { type Database, openPglite, openPostgres } from '@puoti/core';
import type { Backend } from './args';
import { type CatalogSummary, generateCatalog, prepareBenchDatabase } from './generate';

export interface PreparedBackend {
  backend: Backend;
  /** The server's DATA_DIR: the embedded database for pglite; media and scratch space for pg. */
  dataDir: string;
  /** Set for pg only: the server uses the embedded database when DATABASE_URL is absent. */
  databaseUrl: string | undefined;
  catalog: CatalogSummary;
  timings: { migrateSeconds: number; generateSeconds: number };
}

/**
 * The benchmark drops the database on every run, so it refuses names that do not say "bench": a
 * mistyped BENCH_DATABASE_URL must not wipe a real shop.
 */
function benchDatabaseName(url: string): string {
  const name = decodeURIComponent(new URL(url).pathname.replace(/^\//, ''));
  if (!/^[a-z0-9_]+$/.test(name) || !name.includes('bench')) {
    throw new Error(
      `BENCH_DATABASE_URL names the database "${name}"; the benchmark drops and recreates it, so it only ` +
        'accepts names of lowercase letters, digits and underscores that contain "bench".',
    );
  }
  return name;
}

/** Drops and creates the benchmark database through the server's maintenance database `postgres`. */
async function recreatePostgresDatabase(url: string): Promise<void> {
  const name = benchDatabaseName(url);
  const maintenance = new URL(url);
  maintenance.pathname = '/postgres';
  const admin = openPostgres(maintenance.toString(), 1);
  try {
    // FORCE ends connections a crashed earlier run may have left open.
    await admin.db.execute(`drop database if exists "${name}" with (force)`);
    await admin.db.execute(`create database "${name}"`);
  } finally {
    await admin.close();
  }
}

async function openBackend(backend: Backend, postgresUrl: string, dataDir: string): Promise<Database> {
  if (backend === 'pglite') return openPglite({ dataDir });
  await recreatePostgresDatabase(postgresUrl);
  return openPostgres(postgresUrl, 2);
}

/**
 * Creates the database, migrates it and generates the catalogue, then closes it: the embedded
 * database admits one process per data folder, and the server is the next one.
 */
export async function prepareBackend(
  backend: Backend,
  options: { postgresUrl: string; products: number; seed: number },
): Promise<PreparedBackend> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), `puoti-bench-${backend}-`));
  try {
    const database = await openBackend(backend, options.postgresUrl, dataDir);
    try {
      return { backend, dataDir, ...(await fill(database, options)) };
    } finally {
      await database.close();
    }
  } catch (error) {
    // Nobody else knows the folder yet: remove it here, or every failed run leaves one behind.
    await rm(dataDir, { recursive: true, force: true });
    throw error;
  }
}

async function fill(
  database: Database,
  options: { postgresUrl: string; products: number; seed: number },
): Promise<Omit<PreparedBackend, 'backend' | 'dataDir'>> {
  const migrateStart = performance.now();
  await prepareBenchDatabase(database);
  const generateStart = performance.now();
  const catalog = await generateCatalog(database.db, { products: options.products, seed: options.seed });
  const generateEnd = performance.now();
  return {
    databaseUrl: database.kind === 'postgres' ? options.postgresUrl : undefined,
    catalog,
    timings: {
      migrateSeconds: (generateStart - migrateStart) / 1_000,
      generateSeconds: (generateEnd - generateStart) / 1_000,
    },
  };
}
