/**
 * Start-up failures of the real server process: each exits 1 with one line on standard error that names
 * the file or address and the cause, and no stack trace. Causes produced here: a file that is not a
 * database, a database damaged in the middle (PRAGMA quick_check), a file locked by another process, a
 * read-only disk (a read-only bind mount in a private mount namespace), a PostgreSQL address that
 * refuses connections, and one that accepts them and never answers.
 */
import { spawn, spawnSync } from 'node:child_process';
import {
  closeSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../store/sql/sqlite.ts';

const ROOT = resolve(import.meta.dirname, '..', '..');
const SERVE = join(ROOT, 'src/server/serve.ts');
/** Not a speed limit: a process still running after this long has hung, which is the failure looked for. */
const HANG_MS = 30_000;

interface Exit {
  readonly code: number | null;
  readonly stderr: string;
  readonly stdout: string;
}

/** Runs `command` (the server, or the server inside a wrapper) and waits for it to exit by itself. */
function run(command: readonly string[], env: Record<string, string>): Promise<Exit> {
  const [cmd, ...args] = command;
  const child = spawn(cmd as string, args, {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  let stdout = '';
  child.stderr.on('data', (d: Buffer) => {
    stderr += d.toString();
  });
  child.stdout.on('data', (d: Buffer) => {
    stdout += d.toString();
  });
  return new Promise((resolveExit, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the server neither started nor failed within ${HANG_MS} ms: ${stderr}${stdout}`));
    }, HANG_MS);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolveExit({ code, stderr, stdout });
    });
  });
}

const serve = (env: Record<string, string>) => run([process.execPath, SERVE], env);

/** Exit 1, and standard error is exactly one line, naming `where` and `cause`, with no stack trace. */
function expectOneLine(exit: Exit, where: string, cause: string): void {
  expect(exit.code, exit.stderr + exit.stdout).toBe(1);
  const lines = exit.stderr.trimEnd().split('\n');
  expect(lines, exit.stderr).toHaveLength(1);
  expect(lines[0]).toContain(where);
  expect(lines[0]).toContain(cause);
  expect(exit.stderr).not.toMatch(/\n\s+at |node_modules|\.ts:\d+/);
  // Nothing was served: the start-up line never came.
  expect(exit.stdout).not.toContain('is serving on');
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'backease-startup-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function dataDir(name: string): { dir: string; file: string } {
  const d = join(dir, name);
  mkdirSync(d, { recursive: true });
  return { dir: d, file: join(d, 'backease.sqlite') };
}

describe('SQLite start-up errors', () => {
  it('a file that is not a database', async () => {
    const d = dataDir('case-1');
    writeFileSync(d.file, 'These are my notes, not a database.\n'.repeat(200));
    expectOneLine(await serve({ DATA_DIR: d.dir }), d.file, 'not a database');
  });

  it('a folder where the database file should be (not "unable to open database file" without a path)', async () => {
    const d = dataDir('case-6');
    mkdirSync(d.file);
    const exit = await serve({ DATA_DIR: d.dir });
    expectOneLine(exit, d.file, 'a folder, not a file');
    expect(statSync(d.file).mode & 0o777).not.toBe(0o600);
  });

  it('a database damaged in the middle is refused at start (quick_check), not at the first export', async () => {
    const d = dataDir('case-2');
    const store = await openSqliteStore(d.file);
    await store.db.transaction().execute(async (trx) => {
      await trx
        .insertInto('users')
        .values({ id: 'u1', email: 'u1@example.test', password_hash: 'x', created_at: 1 })
        .execute();
      for (let i = 0; i < 40; i++) {
        await trx
          .insertInto('diary_entries')
          .values(
            Array.from({ length: 50 }, (_, j) => ({
              user_id: 'u1',
              kind: 'checkIns',
              id: `r${i}-${j}`,
              at: i * 1000 + j,
              data: JSON.stringify({ notes: 'x'.repeat(200), i, j }),
              updated_at: 1,
            })),
          )
          .execute();
      }
    });
    await sql`pragma wal_checkpoint(truncate)`.execute(store.db);
    await store.close();
    // The header (page 1) stays intact, so the file still opens; a page in the middle is overwritten.
    const pages = Math.floor(statSync(d.file).size / 4096);
    expect(pages).toBeGreaterThan(20);
    const fd = openSync(d.file, 'r+');
    writeSync(fd, Buffer.alloc(4096, 0x5a), 0, 4096, Math.floor(pages / 2) * 4096);
    closeSync(fd);
    expectOneLine(await serve({ DATA_DIR: d.dir }), d.file, 'damaged');
  });

  it('a database locked by another process (after SQLITE_BUSY_TIMEOUT_MS)', async () => {
    const d = dataDir('case-3');
    await (await openSqliteStore(d.file)).close();
    const other = new BetterSqlite3(d.file);
    try {
      other.pragma('locking_mode = EXCLUSIVE');
      other.exec('BEGIN EXCLUSIVE');
      expectOneLine(await serve({ DATA_DIR: d.dir, SQLITE_BUSY_TIMEOUT_MS: '200' }), d.file, 'locked');
    } finally {
      other.close();
    }
  });

  describe('a read-only disk', () => {
    // A read-only bind mount, visible only inside the server's own mount namespace (unshare -rm works
    // as root and, through a user namespace, as anyone).
    const readOnly = (mount: string, env: Record<string, string>) =>
      run(
        [
          'unshare',
          '-rm',
          'sh',
          '-c',
          'mount --bind "$1" "$1" && mount -o remount,bind,ro "$1" && shift && exec "$@"',
          'sh',
          mount,
          process.execPath,
          SERVE,
        ],
        env,
      );

    beforeAll(() => {
      const probe = spawnSync('unshare', ['-rm', 'true']);
      if (probe.status !== 0)
        throw new Error(`unshare -rm is needed for this test and failed: ${probe.stderr.toString()}`);
    });

    it('an existing database on it', async () => {
      const d = dataDir('case-4');
      await (await openSqliteStore(d.file)).close();
      expectOneLine(await readOnly(d.dir, { DATA_DIR: d.dir }), d.file, 'read-only');
    });

    it('a data folder that cannot be made on it (not "ENOENT mkdir")', async () => {
      const d = dataDir('case-5');
      const inside = join(d.dir, 'data');
      const exit = await readOnly(d.dir, { DATA_DIR: inside });
      expectOneLine(exit, join(inside, 'backease.sqlite'), 'read-only');
      expect(exit.stderr).not.toContain('ENOENT');
    });
  });
});

describe('PostgreSQL start-up errors', () => {
  let silent: Server;
  const held: Socket[] = [];
  let silentPort = 0;
  beforeAll(async () => {
    // Accepts connections and never says a word, like a frozen PostgreSQL.
    silent = createServer((socket) => {
      held.push(socket);
      socket.on('error', () => {});
    });
    await new Promise<void>((r) => silent.listen(0, '127.0.0.1', r));
    silentPort = (silent.address() as { port: number }).port;
  });
  afterAll(async () => {
    for (const s of held) s.destroy();
    await new Promise((r) => silent.close(r));
  });

  it('a server that accepts connections and never answers: timed out', async () => {
    const exit = await serve({
      DATABASE_URL: `postgres://app:pw@127.0.0.1:${silentPort}/backease`,
      PG_CONNECT_TIMEOUT_MS: '300',
    });
    expectOneLine(exit, `127.0.0.1:${silentPort}/backease`, 'timed out');
    expect(exit.stderr).toContain('PG_CONNECT_TIMEOUT_MS=300');
    expect(exit.stderr).not.toContain('pw');
  });

  it('an address where nothing listens: connection refused', async () => {
    // A port that was free a moment ago: listen, note it, close.
    const probe = createServer();
    await new Promise<void>((r) => probe.listen(0, '127.0.0.1', r));
    const port = (probe.address() as { port: number }).port;
    await new Promise((r) => probe.close(r));
    expectOneLine(
      await serve({ DATABASE_URL: `postgres://app:pw@127.0.0.1:${port}/backease` }),
      `127.0.0.1:${port}/backease`,
      'connection refused',
    );
  });
});
