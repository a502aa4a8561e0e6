/**
 * Durability: the real server process on a SQLite file is killed with SIGKILL while diary writes are in
 * flight. After a restart on the same file, every write that had been answered 2xx must be there, exactly
 * as sent. (Writes that never got an answer may or may not be there; both are correct.)
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../store/sql/sqlite.ts';

const ROOT = resolve(import.meta.dirname, '..', '..');

interface Running {
  readonly child: ChildProcess;
  readonly url: string;
}

/** Starts src/server/serve.ts and waits for its "serving" log line, which carries the URL. */
async function startServer(dataDir: string): Promise<Running> {
  const child = spawn(process.execPath, [join(ROOT, 'src/server/serve.ts')], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'info',
      REQUEST_LIMIT_PER_MINUTE: '0',
      ARGON2_MEMORY_KIB: '1024',
      ARGON2_TIME_COST: '1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => {
    stderr += d.toString();
  });
  const url = await new Promise<string>((resolveUrl, reject) => {
    let buffer = '';
    const timer = setTimeout(() => reject(new Error(`server did not start: ${stderr}`)), 30_000);
    child.stdout?.on('data', (d: Buffer) => {
      buffer += d.toString();
      for (const line of buffer.split('\n')) {
        try {
          const entry = JSON.parse(line) as { url?: string };
          if (entry.url) {
            clearTimeout(timer);
            resolveUrl(entry.url);
          }
        } catch {
          // a partial line; wait for the rest
        }
      }
    });
    child.on('exit', (code) => reject(new Error(`server exited with ${code}: ${stderr}`)));
  });
  return { child, url };
}

function waitForExit(child: ChildProcess): Promise<void> {
  return new Promise((r) =>
    child.exitCode !== null || child.signalCode !== null ? r() : child.once('exit', () => r()),
  );
}

describe('crash safety (SQLite file, SIGKILL mid-write)', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'backease-crash-'));
  const children: ChildProcess[] = [];
  afterAll(async () => {
    for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
    await Promise.all(children.map(waitForExit));
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('keeps every acknowledged write after SIGKILL and restart', async () => {
    const first = await startServer(dataDir);
    children.push(first.child);

    const signup = await fetch(`${first.url}api/v1/auth/signup`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'crash@example.test', password: 'correct horse battery staple' }),
    });
    expect(signup.status).toBe(201);
    const cookie = (signup.headers.get('set-cookie') ?? '').split(';')[0] as string;
    const { csrfToken } = (await signup.json()) as { csrfToken: string };

    // Writers keep PUTting new check-ins until the server dies; each records what was acknowledged.
    const acknowledged = new Map<string, unknown>();
    let failures = 0;
    let stop = false;
    const writer = async (n: number) => {
      for (let i = 0; !stop; i++) {
        const record = {
          id: randomUUID(),
          episodeId: null,
          at: new Date(Date.UTC(2026, 10, 1) + n * 1_000_000 + i * 1000).toISOString(),
          pain: (n + i) % 11,
          notes: `writer ${n} write ${i}`,
        };
        try {
          const res = await fetch(`${first.url}api/v1/checkins/${record.id}`, {
            method: 'PUT',
            headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken },
            body: JSON.stringify(record),
          });
          if (res.status === 201) acknowledged.set(record.id, record);
          else await res.arrayBuffer();
        } catch {
          failures++;
          return; // the connection died with the server
        }
      }
    };
    const writers = Array.from({ length: 16 }, (_, n) => writer(n));

    // Kill while writes are streaming: once a good number have been acknowledged, without waiting for
    // the in-flight ones.
    while (acknowledged.size < 150) await new Promise((r) => setTimeout(r, 5));
    first.child.kill('SIGKILL');
    await waitForExit(first.child);
    stop = true;
    await Promise.all(writers);
    expect(first.child.signalCode).toBe('SIGKILL');
    expect(failures).toBeGreaterThan(0); // some writes really were in flight when it died

    const second = await startServer(dataDir);
    children.push(second.child);
    // The session survived too: it lives in the database, not in the process.
    for (const [id, record] of acknowledged) {
      const res = await fetch(`${second.url}api/v1/checkins/${id}`, { headers: { cookie } });
      expect(res.status, `acknowledged write ${id} is missing`).toBe(200);
      expect(await res.json()).toEqual(record);
    }
    second.child.kill('SIGTERM');
    await waitForExit(second.child);

    // And the file is a healthy database.
    const store = await openSqliteStore(join(dataDir, 'backease.sqlite'));
    const { sql } = await import('kysely');
    const check = await sql<{ integrity_check: string }>`pragma integrity_check`.execute(store.db);
    expect(check.rows[0]?.integrity_check).toBe('ok');
    await store.close();
  });
});
