import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { packagesLoadedAtStart, serverNodeFlags } from '../../scripts/build-server';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

describe('the production server command', () => {
  // The benchmarks and browser journeys start the bundle with serverNodeFlags; users start it through
  // package.json. A flag changed in one place only would measure a different server than users run.
  it.each(['start', 'serve'])('npm %s runs the bundle with the same node flags', async (script) => {
    const manifest = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    };
    expect(manifest.scripts[script]).toContain(`node ${serverNodeFlags.join(' ')} server/dist/main.js`);
  });
});

describe('the server bundle', () => {
  // Each of these costs 14-27 MB of resident memory and serves one feature (seeding images, Redis,
  // SMTP, choosing a password): the server imports them when the feature is first used, not at start.
  // PGlite (5 MB of code) runs in the embedded database's own process, never in the server's.
  it('loads no optional heavy package at start', async () => {
    const atStart = await packagesLoadedAtStart();
    expect(atStart).toContain('pg');
    for (const name of [
      'sharp',
      'ioredis',
      'nodemailer',
      '@zxcvbn-ts/language-common',
      '@electric-sql/pglite',
    ]) {
      expect(atStart).not.toContain(name);
    }
  });
});
