/**
 * The Store over Kysely: one implementation for both SQLite and PostgreSQL. The queries use only what both
 * dialects share (ON CONFLICT upserts, RETURNING, row-value comparison), so the two differ only in how the
 * connection is opened (sqlite.ts, postgres.ts). Every change that touches more than one row runs in a
 * transaction.
 */
import { type Kysely, sql, type Transaction } from 'kysely';
import { type Diary, type Profile, storedProfile } from '../../diary/model.ts';
import { COLLECTION_NAMES, type CollectionName, type CollectionRecords } from '../collections.ts';
import {
  type CounterHit,
  type DeleteOutcome,
  type ListQuery,
  type Page,
  type PutOptions,
  type PutOutcome,
  type RowCounts,
  type Session,
  type Store,
  type StoreKind,
  type TombstonePage,
  type TombstoneQuery,
  UnknownUserError,
  type User,
  type Versioned,
} from '../store.ts';
import * as diary from './diary-writes.ts';
import type { Database } from './schema.ts';
import { SqlAccountSecurity } from './sql-account-security.ts';
import { SqlFeedback } from './sql-feedback.ts';

type Db = Kysely<Database> | Transaction<Database>;

export class SqlStore implements Store {
  readonly kind: StoreKind;
  readonly security: SqlAccountSecurity;
  readonly feedback: SqlFeedback;
  readonly #db: Kysely<Database>;

  constructor(kind: 'sqlite' | 'postgres', db: Kysely<Database>) {
    this.kind = kind;
    this.#db = db;
    this.security = new SqlAccountSecurity(db);
    this.feedback = new SqlFeedback(db);
  }

  /** For tests and benchmarks that need to look underneath the interface. */
  get db(): Kysely<Database> {
    return this.#db;
  }

  async createUser(user: User, session: Session): Promise<'created' | 'email_taken'> {
    return this.#db.transaction().execute(async (trx) => {
      const inserted = await trx
        .insertInto('users')
        .values({
          id: user.id,
          email: user.email,
          password_hash: user.passwordHash,
          created_at: user.createdAt,
        })
        // A duplicate email is an expected outcome, not an error: no exception, no rolled-back noise.
        .onConflict((oc) => oc.column('email').doNothing())
        .returning('id')
        .executeTakeFirst();
      if (!inserted) return 'email_taken';
      await insertSession(trx, session);
      return 'created';
    });
  }

  async findUserByEmail(email: string): Promise<User | null> {
    const row = await this.#db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst();
    return row ? toUser(row) : null;
  }

  async findUserById(id: string): Promise<User | null> {
    const row = await this.#db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? toUser(row) : null;
  }

  async changePassword(userId: string, passwordHash: string, keepTokenHash: string): Promise<void> {
    await this.#db.transaction().execute(async (trx) => {
      await trx.updateTable('users').set({ password_hash: passwordHash }).where('id', '=', userId).execute();
      await trx
        .deleteFrom('sessions')
        .where('user_id', '=', userId)
        .where('token_hash', '<>', keepTokenHash)
        .execute();
    });
  }

  async deleteUser(userId: string): Promise<void> {
    // Explicit deletes rather than relying on ON DELETE CASCADE alone: the outcome then does not depend
    // on a connection setting (SQLite's foreign_keys pragma).
    await this.#db.transaction().execute(async (trx) => {
      await trx.deleteFrom('diary_entries').where('user_id', '=', userId).execute();
      await trx.deleteFrom('diary_tombstones').where('user_id', '=', userId).execute();
      await trx.deleteFrom('profiles').where('user_id', '=', userId).execute();
      await trx.deleteFrom('sessions').where('user_id', '=', userId).execute();
      for (const table of ['trusted_devices', 'recovery_codes', 'two_factor'] as const)
        await trx.deleteFrom(table).where('user_id', '=', userId).execute();
      await trx.deleteFrom('users').where('id', '=', userId).execute();
    });
  }

  async createSession(session: Session): Promise<void> {
    await insertSession(this.#db, session);
  }

  async findSession(tokenHash: string): Promise<Session | null> {
    const row = await this.#db
      .selectFrom('sessions')
      .selectAll()
      .where('token_hash', '=', tokenHash)
      .executeTakeFirst();
    return row
      ? {
          tokenHash: row.token_hash,
          userId: row.user_id,
          createdAt: Number(row.created_at),
          lastSeenAt: Number(row.last_seen_at),
          expiresAt: Number(row.expires_at),
          ...(row.user_agent == null ? {} : { userAgent: row.user_agent }),
        }
      : null;
  }

  async touchSession(tokenHash: string, lastSeenAt: number): Promise<void> {
    await this.#db
      .updateTable('sessions')
      .set({ last_seen_at: lastSeenAt })
      .where('token_hash', '=', tokenHash)
      .execute();
  }

  async deleteSession(tokenHash: string): Promise<void> {
    await this.#db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute();
  }

  async purgeExpired(now: number, idleMs: number, counterMaxAgeMs: number): Promise<void> {
    await this.#db
      .deleteFrom('sessions')
      .where((eb) => eb.or([eb('expires_at', '<=', now), eb('last_seen_at', '<=', now - idleMs)]))
      .execute();
    await this.#db
      .deleteFrom('rate_limit_counters')
      .where('window_start', '<=', now - counterMaxAgeMs)
      .execute();
  }

  async hitCounter(key: string, now: number, windowMs: number): Promise<CounterHit> {
    // One atomic statement: concurrent hits from several processes each see their own count, so
    // firing sign-in attempts in parallel cannot slip past the limit.
    const expired = sql<boolean>`rate_limit_counters.window_start <= ${now - windowMs}`;
    const row = await this.#db
      .insertInto('rate_limit_counters')
      .values({ key, window_start: now, count: 1 })
      .onConflict((oc) =>
        oc.column('key').doUpdateSet({
          count: sql<number>`case when ${expired} then 1 else rate_limit_counters.count + 1 end`,
          window_start: sql<number>`case when ${expired} then cast(${now} as bigint) else rate_limit_counters.window_start end`,
        }),
      )
      .returning(['count', 'window_start'])
      .executeTakeFirstOrThrow();
    return { count: Number(row.count), resetAt: Number(row.window_start) + windowMs };
  }

  async resetCounter(key: string): Promise<void> {
    await this.#db.deleteFrom('rate_limit_counters').where('key', '=', key).execute();
  }

  async getProfile(userId: string): Promise<Profile | null> {
    const row = await this.#db
      .selectFrom('profiles')
      .select('data')
      .where('user_id', '=', userId)
      .executeTakeFirst();
    return row ? storedProfile(row.data) : null;
  }

  async putProfile(userId: string, profile: Profile, now: number): Promise<void> {
    await forExistingUser(() => upsertProfile(this.#db, userId, profile, now));
  }

  async listEntries<C extends CollectionName>(
    userId: string,
    collection: C,
    q: ListQuery,
  ): Promise<Page<Versioned<CollectionRecords[C]>>> {
    let query = this.#db
      .selectFrom('diary_entries')
      .select(['at', 'id', 'data', 'version'])
      .where('user_id', '=', userId)
      .where('kind', '=', collection);
    if (q.from !== undefined) query = query.where('at', '>=', q.from);
    if (q.to !== undefined) query = query.where('at', '<', q.to);
    const after = q.after;
    if (after) {
      // Keyset paging: (at, id) strictly before the last row seen, which the index serves directly.
      query = query.where((eb) => eb(eb.refTuple('at', 'id'), '<', eb.tuple(after.at, after.id)));
    }
    const rows = await query
      .orderBy('at', 'desc')
      .orderBy('id', 'desc')
      .limit(q.limit + 1)
      .execute();
    const page = rows.slice(0, q.limit);
    const last = page.at(-1);
    return {
      items: page.map((r) => ({
        record: JSON.parse(r.data) as CollectionRecords[C],
        version: Number(r.version),
      })),
      next: rows.length > q.limit && last ? { at: Number(last.at), id: last.id } : null,
    };
  }

  async getEntry<C extends CollectionName>(
    userId: string,
    collection: C,
    id: string,
  ): Promise<Versioned<CollectionRecords[C]> | null> {
    const row = await this.#db
      .selectFrom('diary_entries')
      .select(['data', 'version'])
      .where('user_id', '=', userId)
      .where('kind', '=', collection)
      .where('id', '=', id)
      .executeTakeFirst();
    return row
      ? { record: JSON.parse(row.data) as CollectionRecords[C], version: Number(row.version) }
      : null;
  }

  async putEntry<C extends CollectionName>(
    userId: string,
    collection: C,
    record: CollectionRecords[C],
    now: number,
    options: PutOptions = {},
  ): Promise<PutOutcome<CollectionRecords[C]>> {
    return forExistingUser(() =>
      diary.inDiaryTransaction(this.#db, this.kind, userId, (trx) =>
        diary.putEntry(trx, userId, collection, record, now, options),
      ),
    );
  }

  async deleteEntry<C extends CollectionName>(
    userId: string,
    collection: C,
    id: string,
    version: number,
    now: number,
  ): Promise<DeleteOutcome<CollectionRecords[C]>> {
    return diary.inDiaryTransaction(this.#db, this.kind, userId, (trx) =>
      diary.deleteEntry(trx, userId, collection, id, version, now),
    );
  }

  async listTombstones(userId: string, query: TombstoneQuery): Promise<TombstonePage> {
    return diary.listTombstones(this.#db, userId, query);
  }

  async exportDiary(userId: string): Promise<{ profile: Profile | null } & Omit<Diary, 'profile'>> {
    // One snapshot, so an export taken while the diary changes is still consistent with itself.
    const tx =
      this.kind === 'postgres'
        ? this.#db.transaction().setIsolationLevel('repeatable read')
        : this.#db.transaction();
    return tx.execute(async (trx) => {
      const profileRow = await trx
        .selectFrom('profiles')
        .select('data')
        .where('user_id', '=', userId)
        .executeTakeFirst();
      const rows = await trx
        .selectFrom('diary_entries')
        .select(['kind', 'data'])
        .where('user_id', '=', userId)
        .orderBy('kind')
        .orderBy('at')
        .orderBy('id')
        .execute();
      const lists = Object.fromEntries(COLLECTION_NAMES.map((c) => [c, [] as unknown[]])) as Record<
        string,
        unknown[]
      >;
      for (const r of rows) lists[r.kind]?.push(JSON.parse(r.data));
      return {
        profile: profileRow ? storedProfile(profileRow.data) : null,
        ...(lists as unknown as Omit<Diary, 'profile'>),
      };
    });
  }

  async importDiary(userId: string, diary: Diary, now: number): Promise<void> {
    await forExistingUser(() => this.#import(userId, diary, now));
  }

  async #import(userId: string, data: Diary, now: number): Promise<void> {
    await diary.inDiaryTransaction(this.#db, this.kind, userId, async (trx) => {
      await upsertProfile(trx, userId, data.profile, now);
      await diary.importRecords(trx, userId, data, now);
    });
  }

  async countRows(): Promise<RowCounts> {
    const count = async (table: keyof Database) => {
      const r = await this.#db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      return Number(r.n);
    };
    return {
      users: await count('users'),
      sessions: await count('sessions'),
      profiles: await count('profiles'),
      entries: await count('diary_entries'),
      tombstones: await count('diary_tombstones'),
    };
  }

  async ping(): Promise<void> {
    await sql`select 1`.execute(this.#db);
  }

  async close(): Promise<void> {
    await this.#db.destroy();
  }
}

/** SQLite's (better-sqlite3's extended code) and PostgreSQL's code for a foreign-key violation. */
const FOREIGN_KEY_VIOLATION = new Set(['SQLITE_CONSTRAINT_FOREIGNKEY', '23503']);

/**
 * Runs a write of a user's data. The only foreign keys point at users, so a violation means the user
 * no longer exists: the account was deleted while the request was under way. That is the caller's
 * UnknownUserError (401 at the HTTP edge), not an internal error.
 */
async function forExistingUser<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    if (typeof code === 'string' && FOREIGN_KEY_VIOLATION.has(code)) throw new UnknownUserError(error);
    throw error;
  }
}

function toUser(row: Database['users']): User {
  return { id: row.id, email: row.email, passwordHash: row.password_hash, createdAt: Number(row.created_at) };
}

async function insertSession(db: Db, s: Session): Promise<void> {
  await db
    .insertInto('sessions')
    .values({
      token_hash: s.tokenHash,
      user_id: s.userId,
      created_at: s.createdAt,
      last_seen_at: s.lastSeenAt,
      expires_at: s.expiresAt,
      user_agent: s.userAgent ?? null,
    })
    .execute();
}

async function upsertProfile(db: Db, userId: string, profile: Profile, now: number): Promise<void> {
  await db
    .insertInto('profiles')
    .values({ user_id: userId, data: JSON.stringify(profile), updated_at: now })
    .onConflict((oc) =>
      oc.column('user_id').doUpdateSet((eb) => ({
        data: eb.ref('excluded.data'),
        updated_at: eb.ref('excluded.updated_at'),
      })),
    )
    .execute();
}
