/**
 * Password hashing with argon2id (the @node-rs/argon2 default algorithm; the cost comes from the config).
 * Hashing runs on libuv's thread pool, so it does not block the event loop.
 */
import { randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import type { PasswordHashCost } from '../../config/config.ts';

export class Passwords {
  readonly #cost: PasswordHashCost;
  #dummy: Promise<string> | undefined;

  constructor(cost: PasswordHashCost) {
    this.#cost = cost;
  }

  hash(password: string): Promise<string> {
    return hash(password, {
      memoryCost: this.#cost.memoryCost,
      timeCost: this.#cost.timeCost,
      parallelism: 1,
    });
  }

  async verify(passwordHash: string, password: string): Promise<boolean> {
    try {
      return await verify(passwordHash, password);
    } catch {
      // A malformed stored hash is a failed sign-in, not a crash.
      return false;
    }
  }

  /**
   * Spends the time of one verification for an email that has no account, so response times do not tell
   * an attacker which addresses are registered.
   */
  async verifyNobody(password: string): Promise<false> {
    if (!this.#dummy) {
      const dummy = this.hash(randomBytes(16).toString('hex'));
      this.#dummy = dummy;
      // A failed hash (the thread pool refused, say) must not be remembered: the next call tries again
      // instead of failing every sign-in of an unknown email until the process restarts.
      dummy.catch(() => {
        if (this.#dummy === dummy) this.#dummy = undefined;
      });
    }
    await this.verify(await this.#dummy, password);
    return false;
  }
}
