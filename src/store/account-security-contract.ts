/**
 * The contract of the account-security store, run on memory (unit project), SQLite and PostgreSQL (int).
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from './store.ts';
import type { StoreHarness } from './store-contract.ts';
import { makeSession, makeUser } from './testing/fixtures.ts';

async function newUser(store: Store) {
  const user = makeUser();
  const session = makeSession(user.id, { createdAt: 1000, userAgent: 'Phone browser' });
  expect(await store.createUser(user, session)).toBe('created');
  return { user, session };
}

export function describeAccountSecurityContract(name: string, open: () => Promise<StoreHarness>): void {
  describe(`Account security contract: ${name}`, () => {
    let h: StoreHarness;
    let store: Store;
    beforeAll(async () => {
      h = await open();
      store = h.store;
    });
    afterAll(async () => {
      await h?.cleanup();
    });

    it('lists a user’s sessions newest first with their user agent, and ends only the user’s own', async () => {
      const { user, session } = await newUser(store);
      const laptop = makeSession(user.id, { createdAt: 2000, userAgent: 'Laptop browser' });
      const old = makeSession(user.id, { createdAt: 500 });
      for (const s of [laptop, old]) await store.createSession(s);
      const stranger = await newUser(store);
      const list = await store.security.listSessions(user.id);
      expect(list.map((s) => [s.tokenHash, s.userAgent])).toEqual([
        [laptop.tokenHash, 'Laptop browser'],
        [session.tokenHash, 'Phone browser'],
        [old.tokenHash, null],
      ]);
      expect(list[0]).toMatchObject({
        createdAt: 2000,
        lastSeenAt: laptop.lastSeenAt,
        expiresAt: laptop.expiresAt,
      });
      // Someone else's session, by its hash: not found, and still there.
      expect(await store.security.endSession(user.id, stranger.session.tokenHash)).toBe(false);
      expect(await store.findSession(stranger.session.tokenHash)).not.toBeNull();
      expect(await store.security.endSession(user.id, laptop.tokenHash)).toBe(true);
      expect(await store.findSession(laptop.tokenHash)).toBeNull();
      expect(await store.security.endSession(user.id, laptop.tokenHash)).toBe(false);
      expect(await store.findSession(session.tokenHash)).not.toBeNull();
    });

    it('keeps trusted devices by hash, touches them, and purges unused ones', async () => {
      const { user } = await newUser(store);
      const device = { tokenHash: randomUUID(), userId: user.id, createdAt: 10, lastUsedAt: 10 };
      await store.security.addTrustedDevice(device);
      expect(await store.security.findTrustedDevice(device.tokenHash)).toEqual(device);
      await store.security.touchTrustedDevice(device.tokenHash, 5_000);
      expect((await store.security.findTrustedDevice(device.tokenHash))?.lastUsedAt).toBe(5_000);
      await store.security.purge(6_000, 1_000_000, 2_000);
      expect(await store.security.findTrustedDevice(device.tokenHash)).not.toBeNull();
      await store.security.purge(8_000, 1_000_000, 2_000);
      expect(await store.security.findTrustedDevice(device.tokenHash)).toBeNull();
    });

    it('advances a throttle only from the state the caller saw: of parallel attempts exactly one wins', async () => {
      const key = `t:${randomUUID()}`;
      expect(await store.security.readThrottle(key)).toBeNull();
      const firsts = await Promise.all(
        Array.from({ length: 10 }, () =>
          store.security.advanceThrottle(key, 0, { attempts: 1, nextAt: 5 }, 1),
        ),
      );
      expect(firsts.filter(Boolean)).toHaveLength(1);
      expect(await store.security.readThrottle(key)).toEqual({ attempts: 1, nextAt: 5 });
      const seconds = await Promise.all(
        Array.from({ length: 10 }, () =>
          store.security.advanceThrottle(key, 1, { attempts: 2, nextAt: 9 }, 2),
        ),
      );
      expect(seconds.filter(Boolean)).toHaveLength(1);
      expect(await store.security.advanceThrottle(key, 1, { attempts: 2, nextAt: 9 }, 3)).toBe(false);
      expect(await store.security.readThrottle(key)).toEqual({ attempts: 2, nextAt: 9 });
      await store.security.purge(100, 1_000, 1_000);
      expect(await store.security.readThrottle(key)).not.toBeNull();
      await store.security.purge(5_000, 1_000, 1_000);
      expect(await store.security.readThrottle(key)).toBeNull();
      await store.security.advanceThrottle(key, 0, { attempts: 1, nextAt: 0 }, 6_000);
      await store.security.clearThrottle(key);
      expect(await store.security.readThrottle(key)).toBeNull();
    });

    it('two-factor: start, enable once with recovery codes, steps and codes good once, disable', async () => {
      const { user } = await newUser(store);
      const s = store.security;
      expect(await s.getTwoFactor(user.id)).toBeNull();
      expect(await s.enableTwoFactor(user.id, ['h1'], 7, 100)).toBe(false);
      await s.startTwoFactor(user.id, 'SECRETONE', 50);
      await s.startTwoFactor(user.id, 'SECRETTWO', 60);
      expect(await s.getTwoFactor(user.id)).toEqual({ secret: 'SECRETTWO', enabledAt: null, lastStep: 0 });
      expect(await s.enableTwoFactor(user.id, ['h1', 'h2'], 7, 100)).toBe(true);
      expect(await s.enableTwoFactor(user.id, ['h3'], 8, 101)).toBe(false);
      // Once on, a new set-up cannot replace the secret.
      await s.startTwoFactor(user.id, 'SECRETTHREE', 102);
      expect(await s.getTwoFactor(user.id)).toEqual({ secret: 'SECRETTWO', enabledAt: 100, lastStep: 7 });
      expect(await s.useTotpStep(user.id, 7)).toBe(false);
      const parallel = await Promise.all(Array.from({ length: 5 }, () => s.useTotpStep(user.id, 8)));
      expect(parallel.filter(Boolean)).toHaveLength(1);
      expect(await s.useTotpStep(user.id, 7)).toBe(false);
      expect(await s.recoveryCodesLeft(user.id)).toBe(2);
      const codes = await Promise.all(Array.from({ length: 5 }, () => s.useRecoveryCode(user.id, 'h1', 200)));
      expect(codes.filter(Boolean)).toHaveLength(1);
      expect(await s.useRecoveryCode(user.id, 'h3', 200)).toBe(false);
      expect(await s.recoveryCodesLeft(user.id)).toBe(1);
      // Another user's recovery code hash means nothing here.
      const other = await newUser(store);
      expect(await s.useRecoveryCode(other.user.id, 'h2', 200)).toBe(false);
      await s.disableTwoFactor(user.id);
      expect(await s.getTwoFactor(user.id)).toBeNull();
      expect(await s.recoveryCodesLeft(user.id)).toBe(0);
    });

    it('forgets devices and two-factor data with the account', async () => {
      const { user } = await newUser(store);
      const device = { tokenHash: randomUUID(), userId: user.id, createdAt: 10, lastUsedAt: 10 };
      await store.security.addTrustedDevice(device);
      await store.security.startTwoFactor(user.id, 'SECRET', 1);
      await store.security.enableTwoFactor(user.id, ['h'], 1, 2);
      await store.deleteUser(user.id);
      expect(await store.security.findTrustedDevice(device.tokenHash)).toBeNull();
      expect(await store.security.getTwoFactor(user.id)).toBeNull();
      expect(await store.security.recoveryCodesLeft(user.id)).toBe(0);
    });

    it('makes a server secret once and gives the same one after', async () => {
      const name = `s:${randomUUID()}`;
      const [a, b] = await Promise.all([store.security.secret(name), store.security.secret(name)]);
      expect(a).toBe(b);
      expect(a.length).toBeGreaterThanOrEqual(32);
      expect(await store.security.secret(name)).toBe(a);
      expect(await store.security.secret(`${name}2`)).not.toBe(a);
    });
  });
}
