import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DataDirLockedError, openPglite } from '@puoti/core';
import { afterAll, describe, expect, it } from 'vitest';
import { isApiPath } from './server';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dirs: string[] = [];
afterAll(async () => {
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('isApiPath', () => {
  it.each([
    ['/api/v1/products', true],
    ['/api/docs', true],
    ['/healthz', true],
    ['/readyz', true],
    ['/metrics', true],
    ['/media/products/a/0-320.webp', true],
    ['/', false],
    ['/fi', false],
    ['/fi/products/api-guide', false],
    ['/apiary', false],
    ['/_next/static/chunk.js', false],
  ])('%s -> %s', (url, expected) => {
    expect(isApiPath(url)).toBe(expected);
  });
});

describe('the embedded data folder', () => {
  it('refuses a second opener while the first holds it, and frees it on close', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'puoti-lock-'));
    dirs.push(dir);
    const first = await openPglite({ dataDir: dir });
    await expect(openPglite({ dataDir: dir })).rejects.toBeInstanceOf(DataDirLockedError);
    await first.close();
    const again = await openPglite({ dataDir: dir });
    await again.close();
  });

  it('makes a second server process exit with a clear message', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'puoti-lock-'));
    dirs.push(dir);
    const holder = await openPglite({ dataDir: dir });
    try {
      const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
        cwd: root,
        env: { ...process.env, DATA_DIR: dir, PORT: '3997', NODE_ENV: 'development', LOG_LEVEL: 'silent' },
      });
      let stderr = '';
      child.stderr.on('data', (chunk) => {
        stderr += String(chunk);
      });
      const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
      expect(code).toBe(2);
      expect(stderr).toContain('Another Puoti process is already using the data folder');
    } finally {
      await holder.close();
    }
  });
});
