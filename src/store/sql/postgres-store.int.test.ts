import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { describeStoreContract } from '../store-contract.ts';
import { openTestStore } from '../testing/open-test-store.ts';
import { createTestDatabase } from '../testing/test-database.ts';
import { MIGRATIONS } from './migrations.ts';
import { openPostgresStore } from './postgres.ts';

describeStoreContract('postgres', () => openTestStore('postgres'));

describe('postgres migrations', () => {
  it('apply once even when several processes start together', async () => {
    const database = await createTestDatabase();
    try {
      // Five stores opening at once stand in for five server processes starting behind a load balancer.
      const stores = await Promise.all(
        Array.from({ length: 5 }, () => openPostgresStore({ url: database.url, poolSize: 2 })),
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
    } finally {
      await database.drop();
    }
  });
});
