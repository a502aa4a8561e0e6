/**
 * Durability: the real server process on a SQLite file is killed with SIGKILL while diary writes are in
 * flight. After a restart on the same file, every write that had been answered 2xx must be there, exactly
 * as sent. (Writes that never got an answer may or may not be there; both are correct.)
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../store/sql/sqlite.ts';
import { type ServerProcess, spawnServer } from './testing/spawn-server.ts';

const startServer = (dataDir: string) =>
  spawnServer({
    DATA_DIR: dataDir,
    LOG_LEVEL: 'info',
    REQUEST_LIMIT_PER_MINUTE: '0',
    ARGON2_MEMORY_KIB: '1024',
    ARGON2_TIME_COST: '1',
  });

describe('crash safety (SQLite file, SIGKILL mid-write)', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'backease-crash-'));
  const servers: ServerProcess[] = [];
  afterAll(async () => {
    for (const s of servers)
      if (s.child.exitCode === null && s.child.signalCode === null) s.child.kill('SIGKILL');
    await Promise.all(servers.map((s) => s.exited()));
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('keeps every acknowledged write after SIGKILL and restart', async () => {
    const first = await startServer(dataDir);
    servers.push(first);

    const signup = await fetch(`${first.url}api/v1/auth/signup`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'crash@example.test', password: 'correct horse battery staple' }),
    });
    expect(signup.status).toBe(201);
    const cookie = (signup.headers.get('set-cookie') ?? '').split(';')[0] as string;
    const { csrfToken } = (await signup.json()) as { csrfToken: string };

    // Writers keep PUTting new check-ins until the server dies; each records what was acknowledged.
    const acknowledged = new Map<string, object>();
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
    await first.exited();
    stop = true;
    await Promise.all(writers);
    expect(first.child.signalCode).toBe('SIGKILL');
    expect(failures).toBeGreaterThan(0); // some writes really were in flight when it died

    const second = await startServer(dataDir);
    servers.push(second);
    // The session survived too: it lives in the database, not in the process.
    for (const [id, record] of acknowledged) {
      const res = await fetch(`${second.url}api/v1/checkins/${id}`, { headers: { cookie } });
      expect(res.status, `acknowledged write ${id} is missing`).toBe(200);
      expect(await res.json()).toEqual({ ...record, version: 1 });
    }
    second.child.kill('SIGTERM');
    await second.exited();

    // And the file is a healthy database.
    const store = await openSqliteStore(join(dataDir, 'backease.sqlite'));
    const check = await sql<{ integrity_check: string }>`pragma integrity_check`.execute(store.db);
    expect(check.rows[0]?.integrity_check).toBe('ok');
    await store.close();
  });
});
