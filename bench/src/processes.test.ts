import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { watchRss } from './processes';

describe.runIf(process.platform === 'linux')('watchRss', () => {
  it('counts a process’s children apart from the process, and both together', async () => {
    const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30_000)'], { stdio: 'ignore' });
    try {
      await new Promise((resolve) => child.once('spawn', resolve));
      // A node process takes a moment to map its memory; samples come every 50 ms here.
      const watch = watchRss(process.pid, 50);
      await new Promise((resolve) => setTimeout(resolve, 500));
      const max = await watch.stop();
      expect(max.ownKib).toBeGreaterThan(10_000);
      expect(max.childrenKib).toBeGreaterThan(10_000);
      expect(max.totalKib).toBeGreaterThan(max.ownKib);
      expect(max.totalKib).toBeLessThanOrEqual(max.ownKib + max.childrenKib);
    } finally {
      child.kill();
    }
  });
});
