/**
 * A fresh store of the chosen kind for a test: memory, a SQLite file in a temp folder, or a new
 * database in the PostgreSQL cluster the int project started. `cleanup` closes and removes it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MemoryStore } from '../memory-store.ts';
import { openPostgresStore } from '../sql/postgres.ts';
import { openSqliteStore } from '../sql/sqlite.ts';
import type { Store, StoreKind } from '../store.ts';

export async function openTestStore(
  kind: StoreKind,
): Promise<{ store: Store; cleanup: () => Promise<void> }> {
  if (kind === 'memory') return { store: new MemoryStore(), cleanup: async () => {} };
  if (kind === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'backease-sqlite-'));
    const store = await openSqliteStore(join(dir, 'test.sqlite'));
    return {
      store,
      cleanup: async () => {
        await store.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  // Imported lazily: it reads the PostgreSQL URL that only the int project's globalSetup provides.
  const { createTestDatabase } = await import('./test-database.ts');
  const database = await createTestDatabase();
  const store = await openPostgresStore({ url: database.url, poolSize: 5 });
  return {
    store,
    cleanup: async () => {
      await store.close();
      await database.drop();
    },
  };
}
