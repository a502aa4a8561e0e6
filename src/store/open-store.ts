/** Opens the store the configuration names, migrated and ready. */
import type { DatabaseConfig } from '../config/config.ts';
import { openPostgresStore } from './sql/postgres.ts';
import { openSqliteStore } from './sql/sqlite.ts';
import type { Store } from './store.ts';

export async function openStore(db: DatabaseConfig, onPoolError?: (error: Error) => void): Promise<Store> {
  if (db.kind === 'sqlite') return openSqliteStore(db.file);
  return openPostgresStore({ url: db.url, poolSize: db.poolSize, ...(onPoolError ? { onPoolError } : {}) });
}
