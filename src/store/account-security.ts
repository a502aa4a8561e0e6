/**
 * The account-security part of the store (OWASP ASVS level 2): a person's list of sessions, devices that
 * have signed in before, growing sign-in delays, TOTP two-factor secrets and their recovery codes, and
 * server-wide secrets. Memory and SQL implementations pass one contract suite
 * (account-security-contract.ts). Every query about a person takes their user id and is scoped by it.
 */

export interface SessionInfo {
  readonly tokenHash: string;
  readonly createdAt: number;
  readonly lastSeenAt: number;
  readonly expiresAt: number;
  readonly userAgent: string | null;
}

export interface TrustedDevice {
  /** SHA-256 of the device cookie's token. */
  readonly tokenHash: string;
  readonly userId: string;
  readonly createdAt: number;
  readonly lastUsedAt: number;
}

/** Growing delays under one key: the attempts so far, and the earliest time of the next one. */
export interface Throttle {
  readonly attempts: number;
  readonly nextAt: number;
}

export interface TwoFactor {
  /** The TOTP secret, base32. */
  readonly secret: string;
  /** Null while set-up waits for its first code. */
  readonly enabledAt: number | null;
  /** The last 30-second step whose code was accepted. */
  readonly lastStep: number;
}

export interface AccountSecurityStore {
  /** The user's sessions, newest first (expired ones included until purged; the caller filters). */
  listSessions(userId: string): Promise<SessionInfo[]>;
  /** Ends one session of this user; false if the user has no such session. */
  endSession(userId: string, tokenHash: string): Promise<boolean>;

  addTrustedDevice(device: TrustedDevice): Promise<void>;
  findTrustedDevice(tokenHash: string): Promise<TrustedDevice | null>;
  touchTrustedDevice(tokenHash: string, now: number): Promise<void>;

  readThrottle(key: string): Promise<Throttle | null>;
  /**
   * Moves the throttle of `key` from `expected` attempts (0: none recorded) to `next`, only if nobody
   * moved it meanwhile: of parallel attempts exactly one succeeds, so none slips past a delay.
   */
  advanceThrottle(key: string, expected: number, next: Throttle, now: number): Promise<boolean>;
  clearThrottle(key: string): Promise<void>;

  getTwoFactor(userId: string): Promise<TwoFactor | null>;
  /** Starts (or restarts) set-up with a new secret; does nothing if two-factor sign-in is already on. */
  startTwoFactor(userId: string, secret: string, now: number): Promise<void>;
  /** Turns a started set-up on, with these recovery code hashes; false if none was started. */
  enableTwoFactor(
    userId: string,
    recoveryCodeHashes: readonly string[],
    step: number,
    now: number,
  ): Promise<boolean>;
  /** Turns it off and forgets the secret and every recovery code. */
  disableTwoFactor(userId: string): Promise<void>;
  /** Records that the code of `step` was used; false if that step or a later one was used already. */
  useTotpStep(userId: string, step: number): Promise<boolean>;
  /** Uses up one unused recovery code; false if there is none with this hash. */
  useRecoveryCode(userId: string, codeHash: string, now: number): Promise<boolean>;
  recoveryCodesLeft(userId: string): Promise<number>;

  /** A random server-wide secret by name, made on first use and the same for every process after. */
  secret(name: string): Promise<string>;
  /** Forgets throttles untouched for `throttleMaxAgeMs` and devices unused for `deviceMaxAgeMs`. */
  purge(now: number, throttleMaxAgeMs: number, deviceMaxAgeMs: number): Promise<void>;
}
