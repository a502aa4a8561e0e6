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
  /** The browser's User-Agent at sign-in, cut to 200 characters (0004); null for older sessions. */
  user_agent: string | null;
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

export interface TrustedDevicesTable {
  /** SHA-256 of the device cookie's token. */
  token_hash: string;
  user_id: string;
  created_at: number;
  last_used_at: number;
}

export interface SigninThrottleTable {
  key: string;
  attempts: number;
  /** No attempt under this key is taken before this time (ms). */
  next_at: number;
  updated_at: number;
}

export interface TwoFactorTable {
  user_id: string;
  /** The TOTP secret, base32. */
  secret: string;
  /** Null while set-up is not confirmed with a code. */
  enabled_at: number | null;
  /** The last 30-second step whose code was accepted: a code is good once. */
  last_step: number;
  created_at: number;
}

export interface RecoveryCodesTable {
  user_id: string;
  /** SHA-256 of the normalised code. */
  code_hash: string;
  used_at: number | null;
}

export interface ServerSecretsTable {
  name: string;
  value: string;
}

export interface Database {
  users: UsersTable;
  sessions: SessionsTable;
  profiles: ProfilesTable;
  diary_entries: DiaryEntriesTable;
  diary_tombstones: DiaryTombstonesTable;
  rate_limit_counters: RateLimitCountersTable;
  trusted_devices: TrustedDevicesTable;
  signin_throttle: SigninThrottleTable;
  two_factor: TwoFactorTable;
  recovery_codes: RecoveryCodesTable;
  server_secrets: ServerSecretsTable;
}
