/**
 * Schema migrations, written once with Kysely's schema builder and run unchanged on SQLite and PostgreSQL.
 * They run at start-up. On PostgreSQL the whole run is one transaction that first takes an advisory lock,
 * so several processes starting together apply each migration once and none trips over another's tables
 * (Kysely's own lock comes only after it has created its bookkeeping tables, which, raced, logs
 * `duplicate key` errors in PostgreSQL's log). Never edit a migration that has shipped: add a new one.
 */
import { type Kysely, PostgresAdapter, sql } from 'kysely';
import { type Migration, type MigrationProvider, Migrator } from 'kysely/migration';

// Kysely passes an untyped Kysely<any> to migrations: they run against whatever schema exists at the time.
// biome-ignore lint/suspicious/noExplicitAny: see above
type AnyDb = Kysely<any>;

const initial: Migration = {
  async up(db: AnyDb) {
    await db.schema
      .createTable('users')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('email', 'text', (c) => c.notNull().unique())
      .addColumn('password_hash', 'text', (c) => c.notNull())
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('sessions')
      .addColumn('token_hash', 'text', (c) => c.primaryKey())
      .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addColumn('last_seen_at', 'bigint', (c) => c.notNull())
      .addColumn('expires_at', 'bigint', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('sessions_by_user').on('sessions').column('user_id').execute();
    await db.schema.createIndex('sessions_by_expiry').on('sessions').column('expires_at').execute();

    await db.schema
      .createTable('profiles')
      .addColumn('user_id', 'text', (c) => c.primaryKey().references('users.id').onDelete('cascade'))
      .addColumn('data', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'bigint', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('diary_entries')
      .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('id', 'text', (c) => c.notNull())
      .addColumn('at', 'bigint', (c) => c.notNull())
      .addColumn('data', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'bigint', (c) => c.notNull())
      // Ids are unique per person and collection, so guessing another person's id can only ever reach
      // your own namespace.
      .addPrimaryKeyConstraint('diary_entries_pk', ['user_id', 'kind', 'id'])
      .execute();
    // Listing one person's collection by date range, newest first, pages by (at, id) on this index.
    await db.schema
      .createIndex('diary_entries_by_time')
      .on('diary_entries')
      .columns(['user_id', 'kind', 'at', 'id'])
      .execute();

    await db.schema
      .createTable('rate_limit_counters')
      .addColumn('key', 'text', (c) => c.primaryKey())
      .addColumn('window_start', 'bigint', (c) => c.notNull())
      .addColumn('count', 'integer', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('rate_limit_counters_by_window')
      .on('rate_limit_counters')
      .column('window_start')
      .execute();
  },
  async down(db: AnyDb) {
    for (const t of ['rate_limit_counters', 'diary_entries', 'profiles', 'sessions', 'users']) {
      await db.schema.dropTable(t).execute();
    }
  },
};

/**
 * purgeExpired deletes sessions past their absolute expiry (indexed since 0001) or idle too long, by
 * last_seen_at, which had no index: every purge scanned the whole table.
 */
const sessionsByLastSeen: Migration = {
  async up(db: AnyDb) {
    await db.schema.createIndex('sessions_by_last_seen').on('sessions').column('last_seen_at').execute();
  },
  async down(db: AnyDb) {
    await db.schema.dropIndex('sessions_by_last_seen').execute();
  },
};

/**
 * Sync that never loses an edit (docs/sync.md): every diary record has a version, and a deleted record
 * leaves a tombstone so other devices learn of the deletion. Records stored before this have version 1.
 */
const versionsAndTombstones: Migration = {
  async up(db: AnyDb) {
    await db.schema
      .alterTable('diary_entries')
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
      .execute();
    await db.schema
      .createTable('diary_tombstones')
      .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('id', 'text', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('deleted_at', 'bigint', (c) => c.notNull())
      .addPrimaryKeyConstraint('diary_tombstones_pk', ['user_id', 'kind', 'id'])
      .execute();
    // Listing one person's deletions, newest first, pages on this index.
    await db.schema
      .createIndex('diary_tombstones_by_time')
      .on('diary_tombstones')
      .columns(['user_id', 'deleted_at', 'kind', 'id'])
      .execute();
  },
  async down(db: AnyDb) {
    await db.schema.dropTable('diary_tombstones').execute();
    await db.schema.alterTable('diary_entries').dropColumn('version').execute();
  },
};

/**
 * Accounts to ASVS level 2 (src/store/account-security.ts): the device a session was made on, devices
 * that have signed in before (trusted by sign-in throttling), growing sign-in delays, TOTP two-factor
 * secrets with their recovery codes (hashed), and server-wide secrets (the key of log pseudonyms).
 */
const accountSecurity: Migration = {
  async up(db: AnyDb) {
    await db.schema.alterTable('sessions').addColumn('user_agent', 'text').execute();
    await db.schema
      .createTable('trusted_devices')
      .addColumn('token_hash', 'text', (c) => c.primaryKey())
      .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addColumn('last_used_at', 'bigint', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('trusted_devices_by_user').on('trusted_devices').column('user_id').execute();
    await db.schema
      .createIndex('trusted_devices_by_use')
      .on('trusted_devices')
      .column('last_used_at')
      .execute();
    await db.schema
      .createTable('signin_throttle')
      .addColumn('key', 'text', (c) => c.primaryKey())
      .addColumn('attempts', 'integer', (c) => c.notNull())
      .addColumn('next_at', 'bigint', (c) => c.notNull())
      .addColumn('updated_at', 'bigint', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('signin_throttle_by_update')
      .on('signin_throttle')
      .column('updated_at')
      .execute();
    await db.schema
      .createTable('two_factor')
      .addColumn('user_id', 'text', (c) => c.primaryKey().references('users.id').onDelete('cascade'))
      .addColumn('secret', 'text', (c) => c.notNull())
      .addColumn('enabled_at', 'bigint')
      .addColumn('last_step', 'bigint', (c) => c.notNull())
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('recovery_codes')
      .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('code_hash', 'text', (c) => c.notNull())
      .addColumn('used_at', 'bigint')
      .addPrimaryKeyConstraint('recovery_codes_pk', ['user_id', 'code_hash'])
      .execute();
    await db.schema
      .createTable('server_secrets')
      .addColumn('name', 'text', (c) => c.primaryKey())
      .addColumn('value', 'text', (c) => c.notNull())
      .execute();
  },
  async down(db: AnyDb) {
    for (const t of ['server_secrets', 'recovery_codes', 'two_factor', 'signin_throttle', 'trusted_devices'])
      await db.schema.dropTable(t).execute();
    await db.schema.alterTable('sessions').dropColumn('user_agent').execute();
  },
};

export const MIGRATIONS: Readonly<Record<string, Migration>> = {
  '0001_initial': initial,
  '0002_sessions_by_last_seen': sessionsByLastSeen,
  '0003_versions_and_tombstones': versionsAndTombstones,
  '0004_account_security': accountSecurity,
};

const provider: MigrationProvider = { getMigrations: async () => ({ ...MIGRATIONS }) };

/**
 * The key of the advisory lock that serialises migrations across processes (a one-bigint key, unlike the
 * diary's two-integer ones, and not Kysely's own).
 */
export const MIGRATION_LOCK = '7366828233463739749';

/** Brings the schema up to date; throws with the failing migration's error. */
export async function migrateToLatest(db: AnyDb): Promise<void> {
  if (!(db.getExecutor().adapter instanceof PostgresAdapter)) return migrate(db);
  // One transaction holds the lock (released at its end) and the whole run, Kysely's bookkeeping
  // included: a second process waits here and then finds everything done. Being one transaction, it also
  // works through a pooler that hands out a server connection per transaction (PgBouncer's transaction
  // mode), where a session-level lock could be taken on one connection and released on another.
  await db.transaction().execute(async (trx) => {
    await sql`select pg_advisory_xact_lock(${sql.raw(MIGRATION_LOCK)})`.execute(trx);
    await migrate(trx);
  });
}

async function migrate(db: AnyDb): Promise<void> {
  const migrator = new Migrator({ db, provider });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(
      `Database migration ${failed} failed: ${error instanceof Error ? error.message : String(error)}`,
      {
        cause: error,
      },
    );
  }
}
