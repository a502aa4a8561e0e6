/** Opens the store the configuration names, migrated and ready; a failure says why in one line. */
import type { DatabaseConfig } from '../config/config.ts';
import { explainOpenError } from './open-errors.ts';
import { openPostgresStore } from './sql/postgres.ts';
import { openSqliteStore } from './sql/sqlite.ts';
import type { Store } from './store.ts';

export async function openStore(db: DatabaseConfig, onPoolError?: (error: Error) => void): Promise<Store> {
  try {
    if (db.kind === 'sqlite')
      return await openSqliteStore(
        db.file,
        db.busyTimeoutMs === undefined ? {} : { busyTimeoutMs: db.busyTimeoutMs },
      );
    return await openPostgresStore({
      url: db.url,
      poolSize: db.poolSize,
      ...(db.connectTimeoutMs === undefined ? {} : { connectTimeoutMs: db.connectTimeoutMs }),
      ...(db.statementTimeoutMs === undefined ? {} : { statementTimeoutMs: db.statementTimeoutMs }),
      ...(onPoolError ? { onPoolError } : {}),
    });
  } catch (error) {
    throw explainOpenError(db, error);
  }
}
