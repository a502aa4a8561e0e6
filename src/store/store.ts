/**
 * The one storage interface behind the server. Three implementations (memory for unit tests, SQLite,
 * PostgreSQL) pass the same contract suite (`store-contract.ts`). Every method that reads or writes diary
 * data takes the owner's user id and scopes the query by it, so a record id alone never reaches another
 * person's data: ids are unique per user, not globally.
 *
 * The store trusts its caller to pass records that were validated against the diary schemas.
 */
import type { Diary, Profile } from '../diary/model.ts';
import type { AccountSecurityStore } from './account-security.ts';
import type { CollectionName, CollectionRecords } from './collections.ts';

export interface User {
  readonly id: string;
  /** Trimmed and lower-cased, so one address is one account. */
  readonly email: string;
  /** An argon2id PHC string. */
  readonly passwordHash: string;
  readonly createdAt: number;
}

export interface Session {
  /** SHA-256 of the cookie token: a leaked table cannot be replayed as cookies. */
  readonly tokenHash: string;
  readonly userId: string;
  readonly createdAt: number;
  readonly lastSeenAt: number;
  readonly expiresAt: number;
  /** The browser's User-Agent at sign-in (cut to 200 characters), to tell sessions apart in a list. */
  readonly userAgent?: string | null;
}

/** A position in a listing: the (time, id) of the last record returned. */
export interface Cursor {
  readonly at: number;
  readonly id: string;
}

export interface ListQuery {
  /** Inclusive lower bound, ms since the epoch. */
  readonly from?: number;
  /** Exclusive upper bound, ms since the epoch. */
  readonly to?: number;
  readonly limit: number;
  readonly after?: Cursor;
}

export interface Page<T> {
  /** Newest first; ties on time broken by id, descending. */
  readonly items: readonly T[];
  readonly next: Cursor | null;
}

export interface CounterHit {
  /** Hits in the current window, this one included. */
  readonly count: number;
  /** When the current window ends, ms since the epoch. */
  readonly resetAt: number;
}

export interface RowCounts {
  readonly users: number;
  readonly sessions: number;
  readonly profiles: number;
  readonly entries: number;
  readonly tombstones: number;
}

/** A diary record with its version: 1 when created, one more at every change (docs/sync.md). */
export interface Versioned<T> {
  readonly record: T;
  readonly version: number;
}

/** What is kept of a deleted record, so another device learns of the deletion and cannot undo it unawares. */
export interface Tombstone {
  readonly collection: CollectionName;
  readonly id: string;
  /** The deletion's own version: one more than the record's last. */
  readonly version: number;
  readonly deletedAt: number;
}

export interface PutOptions {
  /** The version this write changes; absent to create. */
  readonly version?: number | undefined;
  /** Refuse any id already used, even a write of the same content (POST). */
  readonly createOnly?: boolean;
}

/** What is there instead of the version a write named: the record, its tombstone, or nothing. */
export interface Current<T> {
  readonly current: Versioned<T> | null;
  readonly deleted: Tombstone | null;
}

export type PutOutcome<T> =
  | { readonly outcome: 'created' | 'replaced' | 'unchanged'; readonly version: number }
  | ({ readonly outcome: 'conflict' } & Current<T>);

export type DeleteOutcome<T> =
  | { readonly outcome: 'deleted' | 'gone'; readonly tombstone: Tombstone }
  | { readonly outcome: 'not_found' }
  | { readonly outcome: 'conflict'; readonly current: Versioned<T> };

export interface TombstoneCursor {
  readonly at: number;
  readonly collection: CollectionName;
  readonly id: string;
}

export interface TombstoneQuery {
  readonly limit: number;
  readonly after?: TombstoneCursor;
}

export interface TombstonePage {
  readonly items: readonly Tombstone[];
  readonly next: TombstoneCursor | null;
}

export type StoreKind = 'memory' | 'sqlite' | 'postgres';

export interface Store {
  readonly kind: StoreKind;
  /** Sessions lists, trusted devices, sign-in throttling, two-factor sign-in (account-security.ts). */
  readonly security: AccountSecurityStore;

  /** Creates the account and its first session together; `email_taken` if the address is registered. */
  createUser(user: User, session: Session): Promise<'created' | 'email_taken'>;
  findUserByEmail(email: string): Promise<User | null>;
  findUserById(id: string): Promise<User | null>;
  /** Sets the new hash and ends every session of the user except `keepTokenHash`, in one transaction. */
  changePassword(userId: string, passwordHash: string, keepTokenHash: string): Promise<void>;
  /** Deletes the user with every session, the profile and every diary record, in one transaction. */
  deleteUser(userId: string): Promise<void>;

  createSession(session: Session): Promise<void>;
  findSession(tokenHash: string): Promise<Session | null>;
  touchSession(tokenHash: string, lastSeenAt: number): Promise<void>;
  deleteSession(tokenHash: string): Promise<void>;
  /** Removes sessions past their absolute or idle expiry and rate-limit windows older than `counterMaxAgeMs`. */
  purgeExpired(now: number, idleMs: number, counterMaxAgeMs: number): Promise<void>;

  /** Counts one hit on a fixed-window counter (rate limiting), atomically even across processes. */
  hitCounter(key: string, now: number, windowMs: number): Promise<CounterHit>;
  resetCounter(key: string): Promise<void>;

  getProfile(userId: string): Promise<Profile | null>;
  /** Rejects with UnknownUserError when the user does not exist (as do putEntry and importDiary). */
  putProfile(userId: string, profile: Profile, now: number): Promise<void>;

  listEntries<C extends CollectionName>(
    userId: string,
    collection: C,
    query: ListQuery,
  ): Promise<Page<Versioned<CollectionRecords[C]>>>;
  getEntry<C extends CollectionName>(
    userId: string,
    collection: C,
    id: string,
  ): Promise<Versioned<CollectionRecords[C]> | null>;
  /**
   * Writes a record if the write names the version it changes (docs/sync.md): no `version` creates a record
   * whose id is unused (neither stored nor deleted); `version` n replaces version n, or brings back a
   * record whose deletion was version n. Anything else is a `conflict` naming what is there now, except a
   * write of exactly what is stored, which is `unchanged` (a retry whose answer was lost). `createOnly`
   * refuses every existing id, even with the same content. Of concurrent writes naming one version,
   * exactly one succeeds.
   */
  putEntry<C extends CollectionName>(
    userId: string,
    collection: C,
    record: CollectionRecords[C],
    now: number,
    options?: PutOptions,
  ): Promise<PutOutcome<CollectionRecords[C]>>;
  /**
   * Deletes version `version` of a record, leaving a tombstone (version + 1) that sync hands to the
   * other devices; `gone` when it was deleted already, `conflict` when the record has changed since.
   */
  deleteEntry<C extends CollectionName>(
    userId: string,
    collection: C,
    id: string,
    version: number,
    now: number,
  ): Promise<DeleteOutcome<CollectionRecords[C]>>;
  /** The user's deletions, newest first, paged by (deletedAt, collection, id). */
  listTombstones(userId: string, query: TombstoneQuery): Promise<TombstonePage>;

  /** The whole diary of one user (profile null if never set), each collection oldest first; one snapshot. */
  exportDiary(userId: string): Promise<{ profile: Profile | null } & Omit<Diary, 'profile'>>;
  /**
   * Adds or replaces the profile and every record by id, all or nothing. A replaced record gets a new
   * version when its content changes; a deleted one comes back (its tombstone goes), so every device
   * sees the import as a change and none can overwrite it unawares.
   */
  importDiary(userId: string, diary: Diary, now: number): Promise<void>;

  /** Row totals, for tests that prove nothing was stored (or everything was deleted). */
  countRows(): Promise<RowCounts>;
  /** Resolves when the database answers a trivial query (GET /api/v1/ready). */
  ping(): Promise<void>;
  close(): Promise<void>;
}

/**
 * A write for a user that does not exist: the account was deleted while the request that writes was
 * under way (its session was valid when the request began). The HTTP edge answers 401 unauthenticated,
 * as it would have a moment later.
 */
export class UnknownUserError extends Error {
  constructor(cause?: unknown) {
    super('No such user: the account was deleted.', cause === undefined ? undefined : { cause });
    this.name = 'UnknownUserError';
  }
}

/** Largest page a listing returns, whatever the caller asks. */
export const MAX_PAGE = 500;
