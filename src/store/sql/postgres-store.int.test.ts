import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { describeStoreContract } from '../store-contract.ts';
import { openTestStore } from '../testing/open-test-store.ts';
import { errorsSince, logMark } from '../testing/postgres-log.ts';
import { createTestDatabase } from '../testing/test-database.ts';
import { MIGRATIONS } from './migrations.ts';
import { openPostgresStore } from './postgres.ts';

describeStoreContract('postgres', () => openTestStore('postgres'));

describe('postgres migrations', () => {
  it('apply once even when several processes start together, and PostgreSQL logs no error', async () => {
    const database = await createTestDatabase();
    const mark = logMark();
    try {
      // Twelve stores opening at once stand in for twelve server processes starting behind a load
      // balancer. Before the lock was taken up front, PostgreSQL logged `duplicate key` errors here
      // (Kysely's bookkeeping tables created twice at once), which the migrator caught and ignored.
      const stores = await Promise.all(
        Array.from({ length: 12 }, (_, i) => openPostgresStore({ url: database.url, poolSize: 1 + (i % 2) })),
      );
      const first = stores[0];
      if (!first) throw new Error('no store');
      const rows = await sql<{ n: number }>`select count(*) as n from kysely_migration`.execute(first.db);
      expect(rows.rows[0]?.n).toBe(Object.keys(MIGRATIONS).length);
      const index = await sql<{ indexdef: string }>`
        select indexdef from pg_indexes where indexname = 'diary_entries_by_time'`.execute(first.db);
      expect(index.rows[0]?.indexdef).toContain('(user_id, kind, at, id)');
      // purgeExpired's idle-session condition has its own index.
      const lastSeen = await sql<{ indexdef: string }>`
        select indexdef from pg_indexes where indexname = 'sessions_by_last_seen'`.execute(first.db);
      expect(lastSeen.rows[0]?.indexdef).toContain('(last_seen_at)');
      await Promise.all(stores.map((s) => s.close()));
      const migrationErrors = errorsSince(mark).filter((e) =>
        /kysely_|pg_type_typname|duplicate key/.test(e),
      );
      expect(migrationErrors).toEqual([]);
    } finally {
      await database.drop();
    }
  });
});
