/**
 * Rate limits on password checks, counted in the database: every process behind a load balancer sees the
 * same counts, and a restart does not reset them. Each attempt is counted before the password is checked,
 * atomically, so parallel attempts cannot slip through between a check and an increment.
 */
import type { Store } from '../../store/store.ts';
import { rateLimited } from '../http-error.ts';

export interface Limit {
  readonly key: string;
  readonly max: number;
  readonly windowMs: number;
}

/** Counts one attempt on every limit; throws 429 (with Retry-After) if any is over. */
export async function spendAttempt(store: Store, limits: readonly Limit[], now: number): Promise<void> {
  let retryAfterMs = 0;
  for (const limit of limits) {
    const hit = await store.hitCounter(limit.key, now, limit.windowMs);
    if (hit.count > limit.max) retryAfterMs = Math.max(retryAfterMs, hit.resetAt - now);
  }
  if (retryAfterMs > 0) throw rateLimited(retryAfterMs / 1000);
}
