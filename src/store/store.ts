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
  ): Promise<Page<CollectionRecords[C]>>;
  getEntry<C extends CollectionName>(
    userId: string,
    collection: C,
    id: string,
  ): Promise<CollectionRecords[C] | null>;
  /**
   * Creates or replaces the record with this id; `mode: 'create'` refuses to replace. Of concurrent
   * writes of one new id exactly one answers `created`.
   */
  putEntry<C extends CollectionName>(
    userId: string,
    collection: C,
    record: CollectionRecords[C],
    now: number,
    mode?: 'create' | 'upsert',
  ): Promise<'created' | 'replaced' | 'exists'>;
  deleteEntry(userId: string, collection: CollectionName, id: string): Promise<boolean>;

  /** The whole diary of one user (profile null if never set), each collection oldest first; one snapshot. */
  exportDiary(userId: string): Promise<{ profile: Profile | null } & Omit<Diary, 'profile'>>;
  /** Adds or replaces the profile and every record by id, all or nothing. */
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
