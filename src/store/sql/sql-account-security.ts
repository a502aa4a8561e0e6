/**
 * The account-security store over Kysely, for SQLite and PostgreSQL alike (see account-security.ts).
 * Single-use things (a throttle step, a TOTP step, a recovery code) are claimed with one conditional
 * UPDATE or INSERT … ON CONFLICT DO NOTHING each, so two processes can never both claim the same one.
 */
import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type {
  AccountSecurityStore,
  SessionInfo,
  Throttle,
  TrustedDevice,
  TwoFactor,
} from '../account-security.ts';
import type { Database } from './schema.ts';

export class SqlAccountSecurity implements AccountSecurityStore {
  readonly #db: Kysely<Database>;

  constructor(db: Kysely<Database>) {
    this.#db = db;
  }

  async listSessions(userId: string): Promise<SessionInfo[]> {
    const rows = await this.#db
      .selectFrom('sessions')
      .select(['token_hash', 'created_at', 'last_seen_at', 'expires_at', 'user_agent'])
      .where('user_id', '=', userId)
      .orderBy('created_at', 'desc')
      .orderBy('token_hash', 'desc')
      .execute();
    return rows.map((r) => ({
      tokenHash: r.token_hash,
      createdAt: Number(r.created_at),
      lastSeenAt: Number(r.last_seen_at),
      expiresAt: Number(r.expires_at),
      userAgent: r.user_agent ?? null,
    }));
  }

  async endSession(userId: string, tokenHash: string): Promise<boolean> {
    const r = await this.#db
      .deleteFrom('sessions')
      .where('user_id', '=', userId)
      .where('token_hash', '=', tokenHash)
      .executeTakeFirst();
    return Number(r.numDeletedRows) > 0;
  }

  async addTrustedDevice(d: TrustedDevice): Promise<void> {
    await this.#db
      .insertInto('trusted_devices')
      .values({
        token_hash: d.tokenHash,
        user_id: d.userId,
        created_at: d.createdAt,
        last_used_at: d.lastUsedAt,
      })
      .onConflict((oc) => oc.column('token_hash').doNothing())
      .execute();
  }

  async findTrustedDevice(tokenHash: string): Promise<TrustedDevice | null> {
    const r = await this.#db
      .selectFrom('trusted_devices')
      .selectAll()
      .where('token_hash', '=', tokenHash)
      .executeTakeFirst();
    return r
      ? {
          tokenHash: r.token_hash,
          userId: r.user_id,
          createdAt: Number(r.created_at),
          lastUsedAt: Number(r.last_used_at),
        }
      : null;
  }

  async touchTrustedDevice(tokenHash: string, now: number): Promise<void> {
    await this.#db
      .updateTable('trusted_devices')
      .set({ last_used_at: now })
      .where('token_hash', '=', tokenHash)
      .execute();
  }

  async readThrottle(key: string): Promise<Throttle | null> {
    const r = await this.#db
      .selectFrom('signin_throttle')
      .select(['attempts', 'next_at'])
      .where('key', '=', key)
      .executeTakeFirst();
    return r ? { attempts: Number(r.attempts), nextAt: Number(r.next_at) } : null;
  }

  async advanceThrottle(key: string, expected: number, next: Throttle, now: number): Promise<boolean> {
    if (expected === 0) {
      const inserted = await this.#db
        .insertInto('signin_throttle')
        .values({ key, attempts: next.attempts, next_at: next.nextAt, updated_at: now })
        .onConflict((oc) => oc.column('key').doNothing())
        .returning('key')
        .executeTakeFirst();
      return inserted !== undefined;
    }
    const r = await this.#db
      .updateTable('signin_throttle')
      .set({ attempts: next.attempts, next_at: next.nextAt, updated_at: now })
      .where('key', '=', key)
      .where('attempts', '=', expected)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) > 0;
  }

  async clearThrottle(key: string): Promise<void> {
    await this.#db.deleteFrom('signin_throttle').where('key', '=', key).execute();
  }

  async getTwoFactor(userId: string): Promise<TwoFactor | null> {
    const r = await this.#db
      .selectFrom('two_factor')
      .select(['secret', 'enabled_at', 'last_step'])
      .where('user_id', '=', userId)
      .executeTakeFirst();
    return r
      ? {
          secret: r.secret,
          enabledAt: r.enabled_at === null ? null : Number(r.enabled_at),
          lastStep: Number(r.last_step),
        }
      : null;
  }

  async startTwoFactor(userId: string, secret: string, now: number): Promise<void> {
    await this.#db
      .insertInto('two_factor')
      .values({ user_id: userId, secret, enabled_at: null, last_step: 0, created_at: now })
      .onConflict((oc) =>
        oc
          .column('user_id')
          .doUpdateSet({ secret, last_step: 0, created_at: now })
          // A set-up that is already on is never replaced this way.
          .where('two_factor.enabled_at', 'is', null),
      )
      .execute();
  }

  async enableTwoFactor(
    userId: string,
    recoveryCodeHashes: readonly string[],
    step: number,
    now: number,
  ): Promise<boolean> {
    return this.#db.transaction().execute(async (trx) => {
      const r = await trx
        .updateTable('two_factor')
        .set({ enabled_at: now, last_step: step })
        .where('user_id', '=', userId)
        .where('enabled_at', 'is', null)
        .executeTakeFirst();
      if (Number(r.numUpdatedRows) === 0) return false;
      await trx.deleteFrom('recovery_codes').where('user_id', '=', userId).execute();
      if (recoveryCodeHashes.length > 0)
        await trx
          .insertInto('recovery_codes')
          .values(recoveryCodeHashes.map((h) => ({ user_id: userId, code_hash: h, used_at: null })))
          .execute();
      return true;
    });
  }

  async disableTwoFactor(userId: string): Promise<void> {
    await this.#db.transaction().execute(async (trx) => {
      await trx.deleteFrom('recovery_codes').where('user_id', '=', userId).execute();
      await trx.deleteFrom('two_factor').where('user_id', '=', userId).execute();
    });
  }

  async useTotpStep(userId: string, step: number): Promise<boolean> {
    const r = await this.#db
      .updateTable('two_factor')
      .set({ last_step: step })
      .where('user_id', '=', userId)
      .where('last_step', '<', step)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) > 0;
  }

  async useRecoveryCode(userId: string, codeHash: string, now: number): Promise<boolean> {
    const r = await this.#db
      .updateTable('recovery_codes')
      .set({ used_at: now })
      .where('user_id', '=', userId)
      .where('code_hash', '=', codeHash)
      .where('used_at', 'is', null)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) > 0;
  }

  async recoveryCodesLeft(userId: string): Promise<number> {
    const r = await this.#db
      .selectFrom('recovery_codes')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('user_id', '=', userId)
      .where('used_at', 'is', null)
      .executeTakeFirstOrThrow();
    return Number(r.n);
  }

  async secret(name: string): Promise<string> {
    // The first process to ask makes it; every other one reads the same value.
    await this.#db
      .insertInto('server_secrets')
      .values({ name, value: randomBytes(32).toString('base64url') })
      .onConflict((oc) => oc.column('name').doNothing())
      .execute();
    const r = await this.#db
      .selectFrom('server_secrets')
      .select('value')
      .where('name', '=', name)
      .executeTakeFirstOrThrow();
    return r.value;
  }

  async purge(now: number, throttleMaxAgeMs: number, deviceMaxAgeMs: number): Promise<void> {
    await this.#db
      .deleteFrom('signin_throttle')
      .where('updated_at', '<=', now - throttleMaxAgeMs)
      .execute();
    await this.#db
      .deleteFrom('trusted_devices')
      .where('last_used_at', '<=', now - deviceMaxAgeMs)
      .execute();
  }
}
