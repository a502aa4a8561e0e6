import { describe, expect, it } from 'vitest';
import { MemoryStore } from '../../store/memory-store.ts';
import { delayAfter, FREE_ATTEMPTS, MAX_DELAY_MS, Throttled, takeAttempt } from './throttle.ts';

describe('sign-in throttle', () => {
  it('lets the first attempts through, then doubles the wait up to a cap', () => {
    expect(Array.from({ length: FREE_ATTEMPTS }, (_, i) => delayAfter(i + 1))).toEqual([0, 0, 0]);
    expect([4, 5, 6, 7].map(delayAfter)).toEqual([1000, 2000, 4000, 8000]);
    expect(delayAfter(40)).toBe(MAX_DELAY_MS);
    expect(delayAfter(10_000)).toBe(MAX_DELAY_MS);
  });

  it('refuses an attempt before its time, with how long to wait, and takes it after', async () => {
    const store = new MemoryStore();
    let now = 1_000_000;
    for (let i = 0; i < 4; i++) await takeAttempt(store, 'k', now);
    const refused = await takeAttempt(store, 'k', now + 10).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(Throttled);
    expect((refused as Throttled).retryAfterMs).toBe(990);
    now += 1000;
    await takeAttempt(store, 'k', now);
    await expect(takeAttempt(store, 'k', now + 1999)).rejects.toBeInstanceOf(Throttled);
    await takeAttempt(store, 'k', now + 2000);
    // Other keys are untouched.
    await takeAttempt(store, 'other', now);
  });

  it('lets only one of many parallel attempts take a slot once delays apply', async () => {
    const store = new MemoryStore();
    for (let i = 0; i < 3; i++) await takeAttempt(store, 'k', 0);
    const results = await Promise.allSettled(Array.from({ length: 10 }, () => takeAttempt(store, 'k', 5)));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
  });
});
