/**
 * A write whose account is deleted while the request runs (the session was valid when it began, the
 * user is gone when the write reaches the database): 401 unauthenticated, as a moment later, not a 500
 * from the foreign key. The race is forced: the store deletes the user just before each write.
 */
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testConfig } from '../config/config.ts';
import type { Store } from '../store/store.ts';
import { makeDiary, makeRecord, PROFILE } from '../store/testing/fixtures.ts';
import { openTestStore } from '../store/testing/open-test-store.ts';
import { buildApp } from './app.ts';
import { type Client, checkedApp, expectJsonError, signUp } from './testing/harness.ts';

const RACED = new Set(['putProfile', 'putEntry', 'importDiary']);

/** The store, except that each write of a user's data first deletes that user (the other request wins). */
function deletedJustBeforeEachWrite(store: Store): Store {
  return new Proxy(store, {
    get(target, prop) {
      const value = Reflect.get(target, prop, target) as unknown;
      if (typeof value !== 'function') return value;
      if (!RACED.has(String(prop))) return value.bind(target);
      return async (userId: string, ...rest: unknown[]) => {
        await target.deleteUser(userId);
        return value.call(target, userId, ...rest);
      };
    },
  });
}

describe.each(['memory', 'sqlite', 'postgres'] as const)('a write racing account deletion on %s', (kind) => {
  let app: FastifyInstance;
  let store: Store;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    ({ store, cleanup } = await openTestStore(kind));
    app = checkedApp(await buildApp(testConfig(), deletedJustBeforeEachWrite(store)));
  });
  afterAll(async () => {
    await app?.close();
    await cleanup?.();
  });

  const exportBody = () => ({
    format: 'backease-diary',
    version: 1,
    exportedAt: '2026-11-28T09:00:00Z',
    ...makeDiary(),
  });
  const writes: [string, (c: Client) => ReturnType<Client['call']>][] = [
    ['PUT /api/v1/profile', (c) => c.call('PUT', '/api/v1/profile', PROFILE)],
    ['POST /api/v1/checkins', (c) => c.call('POST', '/api/v1/checkins', makeRecord('checkIns'))],
    [
      'PUT /api/v1/episodes/{id}',
      (c) => {
        const id = randomUUID();
        return c.call('PUT', `/api/v1/episodes/${id}`, makeRecord('episodes', undefined, id));
      },
    ],
    ['POST /api/v1/import', (c) => c.call('POST', '/api/v1/import', exportBody())],
  ];

  it.each(writes)('%s answers 401 unauthenticated and stores nothing', async (_name, write) => {
    const client = await signUp(app);
    const res = await write(client);
    expect(expectJsonError(res, 401)).toBe('unauthenticated');
    expect(await store.findUserById(client.userId)).toBeNull();
    const left = await store.exportDiary(client.userId);
    expect(left.profile).toBeNull();
    expect([...left.episodes, ...left.checkIns, ...left.remedySessions]).toEqual([]);
  });
});
