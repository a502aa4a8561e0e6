/**
 * Opens the embedded SQLite store: one file under DATA_DIR, one connection (Kysely serialises queries on
 * it, which is also what makes its transactions safe inside one process).
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { migrateToLatest } from './migrations.ts';
import type { Database } from './schema.ts';
import { SqlStore } from './sql-store.ts';

/** `file` is a path, or `:memory:` for a private in-memory database. */
export async function openSqliteStore(file: string): Promise<SqlStore> {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  const sqlite = new BetterSqlite3(file);
  // WAL: readers do not block the writer. FULL: a transaction is on disk (WAL fsynced) before COMMIT
  // returns, so an acknowledged diary write survives a process crash and a power cut alike; NORMAL would
  // only survive the former.
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  // Off by default in SQLite; our schema's ON DELETE CASCADE and references rely on it.
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  try {
    await migrateToLatest(db);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return new SqlStore('sqlite', db);
}
