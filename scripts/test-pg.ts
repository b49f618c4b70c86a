/**
 * Runs the test suites against a real PostgreSQL server: creates a fresh database, points
 * TEST_DATABASE_URL at it, runs vitest, and drops the database afterwards whatever happened.
 * The server comes from PG_ADMIN_URL (default: the local server with trust auth).
 */
import { spawnSync } from 'node:child_process';
import pg from 'pg';

const adminUrl = process.env.PG_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const name = `puoti_test_${Date.now()}_${process.pid}`;
const testUrl = new URL(adminUrl);
testUrl.pathname = `/${name}`;

async function admin(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

await admin(`create database ${name}`);
let status = 1;
try {
  console.log(`Running the tests on PostgreSQL (database ${name})`);
  // Test files share the one database, so they run one after another.
  const result = spawnSync('npx', ['vitest', 'run', '--no-file-parallelism', ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: { ...process.env, TEST_DATABASE_URL: testUrl.toString() },
  });
  status = result.status ?? 1;
} finally {
  await admin(`drop database if exists ${name} with (force)`);
}
process.exit(status);
