/**
 * `npm start` under a process manager: SIGTERM (or SIGINT) sent to the npm process reaches the server,
 * which shuts down cleanly, and the port is free afterwards. (npm runs the script through `sh -c`; unless
 * the script execs node, the shell dies and the server runs on, orphaned.)
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..', '..');
/** Not a speed limit: a server still running this long after the signal has ignored it. */
const HANG_MS = 30_000;

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** SIGKILLs every process whose environment holds `entry` (a stray server left by a failed run). */
function killProcessesWithEnv(entry: string): void {
  for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    try {
      if (readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0').includes(entry))
        process.kill(Number(pid), 'SIGKILL');
    } catch {
      // gone already, or not ours to read
    }
  }
}

/** Whether something accepts connections on the port. */
function listening(port: number): Promise<boolean> {
  return new Promise((r) => {
    const s = connect(port, '127.0.0.1');
    s.once('connect', () => {
      s.destroy();
      r(true);
    });
    s.once('error', () => r(false));
  });
}

async function startAndSignal(signal: 'SIGTERM' | 'SIGINT') {
  const dir = mkdtempSync(join(tmpdir(), 'backease-start-'));
  dirs.push(dir);
  // A built web app, so npm start goes straight to serving.
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>x</title>');
  const npm = spawn('npm', ['start', '--silent'], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? dir,
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: join(dir, 'data'),
      WEB_DIST: dir,
      LOG_LEVEL: 'info',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  npm.stdout.on('data', (d: Buffer) => {
    out += d.toString();
  });
  npm.stderr.on('data', (d: Buffer) => {
    out += d.toString();
  });
  const exited = new Promise<number | null>((r) => npm.once('exit', (code) => r(code)));
  try {
    await expect.poll(() => /"url":"http:\/\/127\.0\.0\.1:(\d+)\//.test(out), { timeout: 60_000 }).toBe(true);
    const port = Number(/"url":"http:\/\/127\.0\.0\.1:(\d+)\//.exec(out)?.[1]);
    expect((await fetch(`http://127.0.0.1:${port}/api/v1/health`)).status).toBe(200);

    npm.kill(signal);
    const code = await Promise.race([
      exited,
      new Promise<'hung'>((r) => setTimeout(() => r('hung'), HANG_MS)),
    ]);
    expect(code, out).not.toBe('hung');
    // The server itself heard the signal and closed, and nothing answers on its port any more.
    expect(out).toContain(`"signal":"${signal}"`);
    await expect.poll(() => listening(port), { timeout: HANG_MS }).toBe(false);
    return code;
  } finally {
    if (npm.exitCode === null && npm.signalCode === null) npm.kill('SIGKILL');
    // When the signal did not get through, the server runs on without npm: find it by its DATA_DIR.
    killProcessesWithEnv(`DATA_DIR=${join(dir, 'data')}`);
  }
}

describe('npm start passes stop signals on to the server', () => {
  it('SIGTERM: the server shuts down cleanly and frees its port', async () => {
    expect(await startAndSignal('SIGTERM')).toBe(0);
  });

  it('SIGINT: the same', async () => {
    expect(await startAndSignal('SIGINT')).toBe(0);
  });
});
