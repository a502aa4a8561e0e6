import { chmodSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { describeStoreContract } from '../store-contract.ts';
import { makeSession, makeUser } from '../testing/fixtures.ts';
import { openTestStore } from '../testing/open-test-store.ts';
import { MIGRATIONS } from './migrations.ts';
import { openSqliteStore } from './sqlite.ts';

describeStoreContract('sqlite (file)', () => openTestStore('sqlite'));

describe('sqlite indexes', () => {
  it('purges idle and expired sessions through indexes, without scanning the sessions table', async () => {
    const store = await openSqliteStore(':memory:');
    try {
      const plan = await sql<{ detail: string }>`
        explain query plan delete from sessions where expires_at <= ${1} or last_seen_at <= ${1}`.execute(
        store.db,
      );
      const steps = plan.rows.map((r) => r.detail).join('\n');
      expect(steps).toContain('sessions_by_last_seen');
      expect(steps).toContain('sessions_by_expiry');
      expect(steps).not.toMatch(/^SCAN sessions$/m);
    } finally {
      await store.close();
    }
  });
});

describe('sqlite connection settings', () => {
  it('uses WAL, FULL synchronous commits and enforced foreign keys, and migrates idempotently', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'backease-sqlite-'));
    const file = join(dir, 'test.sqlite');
    try {
      const first = await openSqliteStore(file);
      await first.close();
      // Opening again runs the migrator again: it must find nothing to do.
      const store = await openSqliteStore(file);
      const pragma = async (name: string) =>
        Object.values((await sql.raw(`pragma ${name}`).execute(store.db)).rows[0] as object)[0];
      expect(await pragma('journal_mode')).toBe('wal');
      expect(await pragma('synchronous')).toBe(2); // FULL
      expect(await pragma('foreign_keys')).toBe(1);
      const migrations = await sql<{ n: number }>`select count(*) as n from kysely_migration`.execute(
        store.db,
      );
      expect(migrations.rows[0]?.n).toBe(Object.keys(MIGRATIONS).length);
      await store.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('sqlite file permissions', () => {
  const mode = (f: string) => statSync(f).mode & 0o777;

  it('creates the database and its -wal and -shm files readable by their owner only (0600)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'backease-sqlite-'));
    const file = join(dir, 'data', 'backease.sqlite');
    try {
      const store = await openSqliteStore(file);
      const user = makeUser();
      await store.createUser(user, makeSession(user.id));
      for (const f of [file, `${file}-wal`, `${file}-shm`]) expect(mode(f), f).toBe(0o600);
      expect(mode(join(dir, 'data'))).toBe(0o700);
      await store.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('narrows an existing world-readable database to 0600 when it opens it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'backease-sqlite-'));
    const file = join(dir, 'backease.sqlite');
    try {
      await (await openSqliteStore(file)).close();
      chmodSync(file, 0o644);
      const store = await openSqliteStore(file);
      for (const f of [file, `${file}-wal`, `${file}-shm`]) expect(mode(f), f).toBe(0o600);
      await store.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
