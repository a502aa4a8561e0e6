import type { Generated } from 'kysely';

/**
 * The tables as Kysely sees them. Times are integers (ms since the epoch) so that both dialects compare
 * them as numbers; diary records are kept whole as JSON text, which is what makes export and import
 * lossless (PostgreSQL's jsonb would reorder keys and refuse some strings that JSON allows).
 */
export interface UsersTable {
  id: string;
  email: string;
  password_hash: string;
  created_at: number;
}

export interface SessionsTable {
  token_hash: string;
  user_id: string;
  created_at: number;
  last_seen_at: number;
  expires_at: number;
}

export interface ProfilesTable {
  user_id: string;
  data: string;
  updated_at: number;
}

export interface DiaryEntriesTable {
  user_id: string;
  /** The collection: episodes, checkIns, remedySessions, assessments or doctorQuestions. */
  kind: string;
  id: string;
  /** The record's time (see collections.ts), ms since the epoch. */
  at: number;
  data: string;
  updated_at: number;
  /** 1 when created, one more at every change (since migration 0003). */
  version: Generated<number>;
}

/** A deleted diary record (docs/sync.md): the key of a row that is no longer in diary_entries. */
export interface DiaryTombstonesTable {
  user_id: string;
  kind: string;
  id: string;
  /** The deletion's version: one more than the record's last. */
  version: number;
  deleted_at: number;
}

export interface RateLimitCountersTable {
  key: string;
  window_start: number;
  count: number;
}

export interface Database {
  users: UsersTable;
  sessions: SessionsTable;
  profiles: ProfilesTable;
  diary_entries: DiaryEntriesTable;
  diary_tombstones: DiaryTombstonesTable;
  rate_limit_counters: RateLimitCountersTable;
}
