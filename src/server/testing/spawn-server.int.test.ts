import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { spawnServer } from './spawn-server.ts';

function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('spawnServer', () => {
  it('kills a server that never says it started, and fails only once it is gone', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'backease-spawn-'));
    try {
      // With logging off the server never prints the start-up line it is waited for.
      const error = await spawnServer({ DATA_DIR: dir, LOG_LEVEL: 'silent' }, { startTimeoutMs: 2_000 }).then(
        () => null,
        (e: unknown) => e as Error & { pid?: number },
      );
      expect(error?.message).toMatch(/did not start within 2000 ms, killed/);
      expect(typeof error?.pid).toBe('number');
      expect(running(error?.pid as number)).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
