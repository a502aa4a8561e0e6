/** The account-security store in memory: the reference the SQL one must match (see account-security.ts). */
import { randomBytes } from 'node:crypto';
import type {
  AccountSecurityStore,
  SessionInfo,
  Throttle,
  TrustedDevice,
  TwoFactor,
} from './account-security.ts';
import type { Session } from './store.ts';

export class MemoryAccountSecurity implements AccountSecurityStore {
  readonly #sessions: Map<string, Session>;
  readonly #devices = new Map<string, TrustedDevice>();
  readonly #throttles = new Map<string, Throttle & { updatedAt: number }>();
  readonly #twoFactor = new Map<string, TwoFactor>();
  /** userId → code hash → used at (null: unused) */
  readonly #recovery = new Map<string, Map<string, number | null>>();
  readonly #secrets = new Map<string, string>();

  /** Shares the memory store's sessions map, as the SQL one shares its table. */
  constructor(sessions: Map<string, Session>) {
    this.#sessions = sessions;
  }

  /** Called by the memory store when it deletes a user. */
  forgetUser(userId: string): void {
    for (const [hash, d] of this.#devices) if (d.userId === userId) this.#devices.delete(hash);
    this.#twoFactor.delete(userId);
    this.#recovery.delete(userId);
  }

  async listSessions(userId: string): Promise<SessionInfo[]> {
    return [...this.#sessions.values()]
      .filter((s) => s.userId === userId)
      .map((s) => ({
        tokenHash: s.tokenHash,
        createdAt: s.createdAt,
        lastSeenAt: s.lastSeenAt,
        expiresAt: s.expiresAt,
        userAgent: s.userAgent ?? null,
      }))
      .sort((a, b) => b.createdAt - a.createdAt || (a.tokenHash < b.tokenHash ? 1 : -1));
  }

  async endSession(userId: string, tokenHash: string): Promise<boolean> {
    const s = this.#sessions.get(tokenHash);
    if (!s || s.userId !== userId) return false;
    return this.#sessions.delete(tokenHash);
  }

  async addTrustedDevice(device: TrustedDevice): Promise<void> {
    this.#devices.set(device.tokenHash, { ...device });
  }

  async findTrustedDevice(tokenHash: string): Promise<TrustedDevice | null> {
    const d = this.#devices.get(tokenHash);
    return d ? { ...d } : null;
  }

  async touchTrustedDevice(tokenHash: string, now: number): Promise<void> {
    const d = this.#devices.get(tokenHash);
    if (d) this.#devices.set(tokenHash, { ...d, lastUsedAt: now });
  }

  async readThrottle(key: string): Promise<Throttle | null> {
    const t = this.#throttles.get(key);
    return t ? { attempts: t.attempts, nextAt: t.nextAt } : null;
  }

  async advanceThrottle(key: string, expected: number, next: Throttle, now: number): Promise<boolean> {
    const current = this.#throttles.get(key)?.attempts ?? 0;
    if (current !== expected) return false;
    this.#throttles.set(key, { ...next, updatedAt: now });
    return true;
  }

  async clearThrottle(key: string): Promise<void> {
    this.#throttles.delete(key);
  }

  async getTwoFactor(userId: string): Promise<TwoFactor | null> {
    const t = this.#twoFactor.get(userId);
    return t ? { ...t } : null;
  }

  async startTwoFactor(userId: string, secret: string, _now: number): Promise<void> {
    if (this.#twoFactor.get(userId)?.enabledAt != null) return;
    this.#twoFactor.set(userId, { secret, enabledAt: null, lastStep: 0 });
  }

  async enableTwoFactor(
    userId: string,
    recoveryCodeHashes: readonly string[],
    step: number,
    now: number,
  ): Promise<boolean> {
    const t = this.#twoFactor.get(userId);
    if (!t || t.enabledAt !== null) return false;
    this.#twoFactor.set(userId, { ...t, enabledAt: now, lastStep: step });
    this.#recovery.set(userId, new Map(recoveryCodeHashes.map((h) => [h, null])));
    return true;
  }

  async disableTwoFactor(userId: string): Promise<void> {
    this.#twoFactor.delete(userId);
    this.#recovery.delete(userId);
  }

  async useTotpStep(userId: string, step: number): Promise<boolean> {
    const t = this.#twoFactor.get(userId);
    if (!t || t.lastStep >= step) return false;
    this.#twoFactor.set(userId, { ...t, lastStep: step });
    return true;
  }

  async useRecoveryCode(userId: string, codeHash: string, now: number): Promise<boolean> {
    const codes = this.#recovery.get(userId);
    if (!codes?.has(codeHash) || codes.get(codeHash) !== null) return false;
    codes.set(codeHash, now);
    return true;
  }

  async recoveryCodesLeft(userId: string): Promise<number> {
    return [...(this.#recovery.get(userId)?.values() ?? [])].filter((u) => u === null).length;
  }

  async secret(name: string): Promise<string> {
    let s = this.#secrets.get(name);
    if (!s) {
      s = randomBytes(32).toString('base64url');
      this.#secrets.set(name, s);
    }
    return s;
  }

  async purge(now: number, throttleMaxAgeMs: number, deviceMaxAgeMs: number): Promise<void> {
    for (const [k, t] of this.#throttles)
      if (t.updatedAt <= now - throttleMaxAgeMs) this.#throttles.delete(k);
    for (const [k, d] of this.#devices) if (d.lastUsedAt <= now - deviceMaxAgeMs) this.#devices.delete(k);
  }
}
