/**
 * Growing delays between sign-in attempts under one key (an email with a client address, or a trusted
 * device): the first few attempts are free, then each one must wait twice as long as the one before, up
 * to a cap. Unlike a lock-out after N failures, this cannot be used to shut the owner out: the key an
 * attacker slows down is their own (their address, or a device cookie they do not have). The attempt is
 * claimed before the password is checked, with compare-and-set in the database, so parallel guesses
 * cannot slip past a delay, in one process or many.
 */
import type { Store } from '../../store/store.ts';
import { rateLimited } from '../http-error.ts';

/** Attempts with no delay after them. */
export const FREE_ATTEMPTS = 3;
export const FIRST_DELAY_MS = 1000;
export const MAX_DELAY_MS = 15 * 60_000;
/** A key untouched this long starts again from nothing (purged with the rest of the housekeeping). */
export const THROTTLE_MEMORY_MS = 24 * 3_600_000;

/** How long to wait after the `attempts`-th attempt before the next one is taken. */
export function delayAfter(attempts: number): number {
  if (attempts <= FREE_ATTEMPTS) return 0;
  return Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** Math.min(30, attempts - FREE_ATTEMPTS - 1));
}

/** Outcome of an attempt refused by the throttle: how long to wait. */
export class Throttled extends Error {
  readonly retryAfterMs: number;
  constructor(retryAfterMs: number) {
    super('throttled');
    this.retryAfterMs = retryAfterMs;
  }
}

/** Takes one attempt under `key`, or throws Throttled when it must wait (or lost a race for the slot). */
export async function takeAttempt(store: Store, key: string, now: number): Promise<void> {
  const current = await store.security.readThrottle(key);
  if (current && now < current.nextAt) throw new Throttled(current.nextAt - now);
  const attempts = (current?.attempts ?? 0) + 1;
  const taken = await store.security.advanceThrottle(
    key,
    current?.attempts ?? 0,
    { attempts, nextAt: now + delayAfter(attempts) },
    now,
  );
  // Another attempt under the same key took this slot a moment ago.
  if (!taken) throw new Throttled(Math.max(FIRST_DELAY_MS, delayAfter(attempts)));
}

/** The HTTP answer of a throttled attempt: 429 with Retry-After. */
export const throttledAnswer = (t: Throttled) => rateLimited(t.retryAfterMs / 1000);
