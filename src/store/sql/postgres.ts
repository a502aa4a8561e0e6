/**
 * Opens the PostgreSQL store through a connection pool. Several server processes may share one database:
 * all state (sessions, rate-limit counters) lives in it, and migrations take a lock.
 */
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { migrateToLatest } from './migrations.ts';
import type { Database } from './schema.ts';
import { SqlStore } from './sql-store.ts';

const INT8_OID = 20;

/**
 * pg returns 64-bit integers as strings to avoid precision loss; ours are millisecond timestamps and
 * counts, far below 2^53, so numbers are exact and keep both dialects returning the same types.
 */
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === INT8_OID
      ? (v: string) => Number(v)
      : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

export interface PostgresOptions {
  readonly url: string;
  readonly poolSize: number;
  /** Told about errors of idle pooled connections (a restarted database), which must not crash the process. */
  readonly onPoolError?: (error: Error) => void;
}

export async function openPostgresStore(options: PostgresOptions): Promise<SqlStore> {
  const pool = new pg.Pool({ connectionString: options.url, max: options.poolSize, types });
  pool.on('error', (error) => options.onPoolError?.(error));
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  try {
    await migrateToLatest(db);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return new SqlStore('postgres', db);
}
