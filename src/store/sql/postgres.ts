/**
 * Opens the PostgreSQL store through a connection pool. Several server processes may share one database:
 * all state (sessions, rate-limit counters) lives in it, and migrations take a lock.
 *
 * Nothing waits on PostgreSQL for ever: opening a connection (or waiting for a free one) has a timeout,
 * PostgreSQL cancels a statement that runs too long, and a server that stops answering altogether is
 * given up on by the client a second after that (its connection is then thrown away, not reused).
 */
import { Kysely, PostgresDialect, type PostgresPool, type PostgresPoolClient } from 'kysely';
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
  /** Opening a connection, or waiting for a free one in the pool, fails after this long (default 5 s). */
  readonly connectTimeoutMs?: number;
  /** PostgreSQL cancels a statement after this long (default 15 s). */
  readonly statementTimeoutMs?: number;
  /** Told about errors of idle pooled connections (a restarted database), which must not crash the process. */
  readonly onPoolError?: (error: Error) => void;
}

/** The client's own give-up on a server that sent nothing back in time (pg's query_timeout). */
export const READ_TIMEOUT_MESSAGE = 'Query read timeout';

/**
 * The pool as Kysely sees it, except that a connection whose query timed out on the client side is
 * destroyed on release: its query may still be under way on a server that stopped answering, and the
 * next query on it would only queue behind that one.
 */
function discardingTimedOut(pool: pg.Pool): PostgresPool {
  return {
    options: pool.options,
    async connect(): Promise<PostgresPoolClient> {
      const client = await pool.connect();
      let timedOut = false;
      const query = (text: string, values: readonly unknown[]) => {
        const result = client.query(text, values as unknown[]);
        result.catch((error: unknown) => {
          if (error instanceof Error && error.message === READ_TIMEOUT_MESSAGE) timedOut = true;
        });
        return result;
      };
      return {
        // Kysely reads the backend's pid from here to cancel a query.
        processID: (client as unknown as { processID: number }).processID,
        query: query as unknown as PostgresPoolClient['query'],
        release: (destroy?: boolean) => client.release(destroy || timedOut),
      };
    },
    end: () => pool.end(),
  };
}

/**
 * Migrations run on a connection of their own without the statement timeout: building an index on a
 * large table may rightly take longer than any request should. Opening it still times out.
 */
async function migrate(options: PostgresOptions): Promise<void> {
  const pool = new pg.Pool({
    connectionString: options.url,
    max: 1,
    types,
    connectionTimeoutMillis: options.connectTimeoutMs ?? 5000,
  });
  pool.on('error', (error) => options.onPoolError?.(error));
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  try {
    await migrateToLatest(db);
  } finally {
    await db.destroy();
  }
}

export async function openPostgresStore(options: PostgresOptions): Promise<SqlStore> {
  await migrate(options);
  const statementTimeout = options.statementTimeoutMs ?? 15_000;
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.poolSize,
    types,
    connectionTimeoutMillis: options.connectTimeoutMs ?? 5000,
    statement_timeout: statementTimeout,
    query_timeout: statementTimeout + 1000,
    // A connection to a server that vanished (a dropped network path) is noticed by TCP keep-alives.
    keepAlive: true,
  });
  pool.on('error', (error) => options.onPoolError?.(error));
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: discardingTimedOut(pool) }) });
  return new SqlStore('postgres', db);
}
