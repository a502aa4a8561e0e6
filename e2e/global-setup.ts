/**
 * Before the browser tests: checks that Debian's Chromium is installed (`npm test` installs it first
 * where the machine allows; run any other way, a missing one fails loudly, never skips),
 * builds web/dist, and starts the real server (scripts/start.ts: the API under /api/v1 and the web app at
 * /, on one port, with its CSP) on a free port with a throwaway data folder. Until the server exists it
 * falls back to `vite preview`, and the account tests fail with a message saying so.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { CHROMIUM_PATH, INSTALL_COMMAND } from '../scripts/chromium.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
    server: 'backease' | 'vite-preview';
    /** The server's DATA_DIR, for tests that read its database with the CLI (feedback reports). */
    dataDir: string;
  }
}

const root = fileURLToPath(new URL('..', import.meta.url));

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const address = s.address();
      s.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

async function waitFor(url: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The server exited (code ${child.exitCode}):\n${log()}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`The server did not answer ${url} within 60 s:\n${log()}`);
}

export default async function setup(project: TestProject) {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium is not installed at ${CHROMIUM_PATH}: run \`npm test\`, which installs Debian's chromium where the machine allows, or \`${INSTALL_COMMAND}\` (never \`playwright install\`).`,
    );
  }
  const built = spawnSync(process.execPath, [join(root, 'web/scripts/build.ts')], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (built.status !== 0) throw new Error(`npm run build:web failed:\n${built.stdout}\n${built.stderr}`);

  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'backease-e2e-'));
  const useServer = existsSync(join(root, 'scripts/start.ts')) && existsSync(join(root, 'src/server/app.ts'));
  const child = useServer
    ? spawn(process.execPath, [join(root, 'scripts/start.ts')], {
        cwd: root,
        env: {
          ...process.env,
          NODE_ENV: 'production',
          PORT: String(port),
          HOST: '127.0.0.1',
          DATA_DIR: dataDir,
          DATABASE_URL: '',
          COOKIE_SECURE: 'never',
          LOG_LEVEL: 'warn',
          WEB_DIST: join(root, 'web/dist'),
          // Cheap hashing keeps sign-up fast in tests; production uses the defaults.
          ARGON2_MEMORY_KIB: '1024',
          ARGON2_TIME_COST: '1',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      })
    : spawn(
        process.execPath,
        [
          join(root, 'node_modules/vite/bin/vite.js'),
          'preview',
          '--config',
          'web/vite.config.ts',
          '--port',
          String(port),
          '--strictPort',
          '--host',
          '127.0.0.1',
        ],
        { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
      );
  let output = '';
  child.stdout?.on('data', (d) => {
    output += d;
  });
  child.stderr?.on('data', (d) => {
    output += d;
  });
  const baseURL = `http://127.0.0.1:${port}`;
  await waitFor(useServer ? `${baseURL}/api/v1/health` : `${baseURL}/`, child, () => output);
  project.provide('baseURL', baseURL);
  project.provide('server', useServer ? 'backease' : 'vite-preview');
  project.provide('dataDir', dataDir);

  return async () => {
    child.kill('SIGTERM');
    await new Promise((r) => (child.exitCode !== null ? r(null) : child.once('exit', r)));
    rmSync(dataDir, { recursive: true, force: true });
  };
}
