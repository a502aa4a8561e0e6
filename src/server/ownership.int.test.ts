/**
 * User A guesses (here: knows) the ids of user B's records and tries every route with them. A must get
 * 404 for reads and deletes, and nothing A does may change what B has. Ids are scoped per user, so A
 * writing to "B's" id writes A's own record of that id: B's stays as it was.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COLLECTION_NAMES, COLLECTIONS } from '../store/collections.ts';
import { makeDiary, makeRecord } from '../store/testing/fixtures.ts';
import { type Client, expectJsonError, type Harness, openHarness, signUp } from './testing/harness.ts';

const KINDS = ['sqlite', 'postgres'] as const;

describe.each(KINDS)('ownership on %s', (kind) => {
  let h: Harness;
  let a: Client;
  let b: Client;
  let bExport: Record<string, unknown>;
  const diary = makeDiary();

  const snapshot = async (client: Client) => {
    const res = await client.call('GET', '/api/v1/export');
    expect(res.statusCode).toBe(200);
    return { ...res.json(), exportedAt: 'x' };
  };

  beforeAll(async () => {
    h = await openHarness(kind);
    a = await signUp(h.app);
    b = await signUp(h.app);
    const file = { format: 'backease-diary', version: 1, exportedAt: '2026-11-28T00:00:00Z', ...diary };
    expect((await b.call('POST', '/api/v1/import', file)).statusCode).toBe(200);
    bExport = await snapshot(b);
  });
  afterAll(async () => h?.close());

  describe.each(COLLECTION_NAMES)('%s', (c) => {
    const url = `/api/v1/${COLLECTIONS[c].segment}`;

    it('A cannot read or delete B’s records by id: 404', async () => {
      for (const record of diary[c]) {
        expect(expectJsonError(await a.call('GET', `${url}/${record.id}`), 404)).toBe('not_found');
        for (const version of [1, 2]) {
          const res = await a.call('DELETE', `${url}/${record.id}`, { version });
          expect(expectJsonError(res, 404)).toBe('not_found');
        }
      }
      expect(await snapshot(b)).toEqual(bExport);
    });

    it('A cannot see B’s records in a listing', async () => {
      const res = await a.call('GET', `${url}?limit=500`);
      const ids = (res.json().items as { id: string }[]).map((r) => r.id);
      for (const record of diary[c]) expect(ids).not.toContain(record.id);
    });

    it('A writing with B’s ids (PUT, POST) creates A’s own records and leaves B’s unchanged', async () => {
      for (const record of diary[c]) {
        const forged = makeRecord(c, '2020-01-01T00:00:00Z', record.id);
        const put = await a.call('PUT', `${url}/${record.id}`, forged);
        expect(put.statusCode).toBe(201);
        expect((await a.call('GET', `${url}/${record.id}`)).json()).toEqual({ ...forged, version: 1 });
        expect((await b.call('GET', `${url}/${record.id}`)).json()).toEqual({ ...record, version: 1 });
        // A deleting "that id" now deletes A's own copy, never B's; A's tombstone is A's alone.
        expect((await a.call('DELETE', `${url}/${record.id}`, { version: 1 })).statusCode).toBe(204);
        expect(expectJsonError(await a.call('POST', url, forged), 409)).toBe('conflict');
        const back = await a.call('PUT', `${url}/${record.id}`, { ...forged, version: 2 });
        expect(back.statusCode).toBe(201);
        expect((await a.call('DELETE', `${url}/${record.id}`, { version: 3 })).statusCode).toBe(204);
        expect((await b.call('GET', '/api/v1/deleted')).json().items).toEqual([]);
      }
      expect(await snapshot(b)).toEqual(bExport);
    });
  });

  it('A importing a file with B’s ids gets copies; B’s diary is unchanged', async () => {
    const stolen = { ...bExport, exportedAt: '2026-11-28T00:00:00Z', profile: { ...diary.profile, age: 99 } };
    const altered = {
      ...stolen,
      episodes: diary.episodes.map((e) => ({ ...e, pain: 0, notes: 'overwritten' })),
    };
    expect((await a.call('POST', '/api/v1/import', altered)).statusCode).toBe(200);
    expect(await snapshot(b)).toEqual(bExport);
    expect((await a.call('GET', '/api/v1/profile')).json().age).toBe(99);
    expect((await b.call('GET', '/api/v1/profile')).json()).toEqual(diary.profile);
  });

  it('A deleting A’s account leaves B’s diary and session intact', async () => {
    const c = await signUp(h.app);
    expect(
      (await c.call('DELETE', '/api/v1/account', { password: 'correct horse battery staple' })).statusCode,
    ).toBe(204);
    expect(await snapshot(b)).toEqual(bExport);
    expect((await b.call('GET', '/api/v1/auth/session')).statusCode).toBe(200);
  });

  it('without a session, every diary route is 401 and nothing changes', async () => {
    for (const c of COLLECTION_NAMES) {
      const url = `/api/v1/${COLLECTIONS[c].segment}`;
      const record = diary[c][0] as { id: string };
      for (const [method, path] of [
        ['GET', url],
        ['GET', `${url}/${record.id}`],
        ['PUT', `${url}/${record.id}`],
        ['DELETE', `${url}/${record.id}`],
        ['POST', url],
      ] as const) {
        const res = await h.app.inject({
          method,
          url: path,
          ...(method === 'PUT' || method === 'POST' ? { payload: record } : {}),
        });
        expect(expectJsonError(res, 401)).toBe('unauthenticated');
      }
    }
    for (const [method, path] of [
      ['GET', '/api/v1/profile'],
      ['GET', '/api/v1/deleted'],
      ['PUT', '/api/v1/profile'],
      ['GET', '/api/v1/export'],
      ['POST', '/api/v1/import'],
      ['DELETE', '/api/v1/account'],
      ['POST', '/api/v1/auth/password'],
    ] as const) {
      expectJsonError(
        await h.app.inject({ method, url: path, ...(method === 'GET' ? {} : { payload: {} }) }),
        401,
      );
    }
    expect(await snapshot(b)).toEqual(bExport);
  });
});
