/**
 * Opens the embedded SQLite store: one file under DATA_DIR, one connection (Kysely serialises queries on
 * it, which is also what makes its transactions safe inside one process).
 */
import { chmodSync, closeSync, existsSync, mkdirSync, openSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { migrateToLatest } from './migrations.ts';
import type { Database } from './schema.ts';
import { SqlStore } from './sql-store.ts';

export interface SqliteOptions {
  /** How long a statement waits for another connection's lock before failing with SQLITE_BUSY. */
  readonly busyTimeoutMs?: number;
}

/** The file is damaged: PRAGMA quick_check found problems (its first lines are the detail). */
export class SqliteDamagedError extends Error {
  readonly code = 'SQLITE_CORRUPT';
  constructor(detail: string) {
    super(`quick_check: ${detail}`);
    this.name = 'SqliteDamagedError';
  }
}

/**
 * Diary data is health data: the file and its -wal and -shm companions are readable by their owner only.
 * A new file is created 0600 before SQLite opens it (SQLite gives the -wal and -shm files the mode of
 * the database file), and an existing one is narrowed to 0600.
 */
function ownerOnly(file: string): void {
  makeFolder(dirname(file));
  if (existsSync(file) && statSync(file).isDirectory())
    throw Object.assign(new Error(`${file} is a folder`), { code: 'EISDIR' });
  if (!existsSync(file)) closeSync(openSync(file, 'a', 0o600));
  for (const f of [file, `${file}-wal`, `${file}-shm`]) if (existsSync(f)) chmodSync(f, 0o600);
}

/**
 * mkdir -p, one level at a time: Node's recursive mkdir reports a read-only disk as ENOENT, where
 * creating the first missing folder by itself reports the real cause (EROFS, EACCES).
 */
function makeFolder(path: string): void {
  if (existsSync(path)) return;
  makeFolder(dirname(path));
  try {
    mkdirSync(path, { mode: 0o700 });
  } catch (error) {
    if ((error as { code?: unknown }).code !== 'EEXIST') throw error;
  }
}

/** `file` is a path, or `:memory:` for a private in-memory database. */
export async function openSqliteStore(file: string, options: SqliteOptions = {}): Promise<SqlStore> {
  if (file !== ':memory:') ownerOnly(file);
  const sqlite = new BetterSqlite3(file);
  try {
    // First, so that every statement below waits for another process's lock rather than failing at once.
    sqlite.pragma(`busy_timeout = ${Math.floor(options.busyTimeoutMs ?? 5000)}`);
    // A file damaged in the middle opens fine and fails later, one export at a time: refuse it at start.
    const check = sqlite.pragma('quick_check', { simple: false }) as { quick_check: string }[];
    const problems = check.map((r) => r.quick_check).filter((r) => r !== 'ok');
    if (problems.length > 0) throw new SqliteDamagedError(problems.slice(0, 3).join('; '));
    // WAL: readers do not block the writer. FULL: a transaction is on disk (WAL fsynced) before COMMIT
    // returns, so an acknowledged diary write survives a process crash and a power cut alike; NORMAL would
    // only survive the former.
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = FULL');
    // Off by default in SQLite; our schema's ON DELETE CASCADE and references rely on it.
    sqlite.pragma('foreign_keys = ON');
  } catch (error) {
    sqlite.close();
    throw error;
  }
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  try {
    await migrateToLatest(db);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  if (file !== ':memory:') ownerOnly(file);
  return new SqlStore('sqlite', db);
}
