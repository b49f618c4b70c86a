import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import type { NextConfig } from 'next';
import { PHASE_PRODUCTION_BUILD, PHASE_PRODUCTION_SERVER } from 'next/constants.js';
import { describe, expect, it } from 'vitest';

const configUrl = pathToFileURL(
  path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../next.config.mjs'),
).href;

async function loadConfig(phase: string): Promise<NextConfig> {
  const { default: config } = (await import(configUrl)) as {
    default: (phase: string) => Promise<NextConfig>;
  };
  return config(phase);
}

describe('next.config.mjs', () => {
  it('gives the build next-intl: the bundler resolves next-intl/config to the request config', async () => {
    const config = await loadConfig(PHASE_PRODUCTION_BUILD);
    expect(config.turbopack?.resolveAlias?.['next-intl/config']).toBe('./src/i18n/request.ts');
  });

  // A fresh process, since this one has loaded the build phase's plugin: what the production server
  // loads with its config stays resident for its whole life (@swc/core alone is about 10 MB).
  it.runIf(process.platform === 'linux')('loads no compiler into the production server', async () => {
    const script = `
      const { default: config } = await import(${JSON.stringify(configUrl)});
      const result = await config(${JSON.stringify(PHASE_PRODUCTION_SERVER)});
      const maps = (await import('node:fs')).readFileSync('/proc/self/maps', 'utf8');
      console.log(JSON.stringify({ distDir: result.distDir, swc: /swc/.test(maps) }));`;
    const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script]);
    expect(JSON.parse(stdout)).toEqual({ distDir: expect.any(String), swc: false });
  });
});
