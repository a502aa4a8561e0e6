/**
 * The one test suite every Store implementation must pass: memory (unit project), SQLite and PostgreSQL
 * (int project). A behaviour belongs to the Store interface only if it is tested here.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COLLECTION_NAMES, type CollectionName } from './collections.ts';
import { type Store, UnknownUserError } from './store.ts';
import { describeSyncContract } from './store-contract-sync.ts';
import { HOSTILE_TEXT, makeDiary, makeRecord, makeSession, makeUser, PROFILE } from './testing/fixtures.ts';

export interface StoreHarness {
  readonly store: Store;
  cleanup(): Promise<void>;
}

async function newUser(store: Store) {
  const user = makeUser();
  const session = makeSession(user.id);
  expect(await store.createUser(user, session)).toBe('created');
  return { user, session };
}

export function describeStoreContract(name: string, open: () => Promise<StoreHarness>): void {
  describe(`Store contract: ${name}`, () => {
    let h: StoreHarness;
    let store: Store;
    beforeAll(async () => {
      h = await open();
      store = h.store;
    });
    afterAll(async () => {
      await h?.cleanup();
    });

    describe('users', () => {
      it('creates a user with a first session and finds it by email and id', async () => {
        const { user, session } = await newUser(store);
        expect(await store.findUserByEmail(user.email)).toEqual(user);
        expect(await store.findUserById(user.id)).toEqual(user);
        expect(await store.findSession(session.tokenHash)).toEqual(session);
        expect(await store.findUserByEmail('nobody@example.test')).toBeNull();
        expect(await store.findUserById(randomUUID())).toBeNull();
      });

      it('refuses a second account for the same email and stores nothing for it', async () => {
        const { user } = await newUser(store);
        const before = await store.countRows();
        const twin = { ...makeUser(user.email) };
        const twinSession = makeSession(twin.id);
        expect(await store.createUser(twin, twinSession)).toBe('email_taken');
        expect(await store.countRows()).toEqual(before);
        expect(await store.findSession(twinSession.tokenHash)).toBeNull();
        expect((await store.findUserByEmail(user.email))?.id).toBe(user.id);
      });

      it('changes the password and ends every other session of that user only', async () => {
        const { user, session } = await newUser(store);
        const other = makeSession(user.id);
        await store.createSession(other);
        const stranger = await newUser(store);
        await store.changePassword(user.id, 'new-hash', session.tokenHash);
        expect((await store.findUserById(user.id))?.passwordHash).toBe('new-hash');
        expect(await store.findSession(session.tokenHash)).not.toBeNull();
        expect(await store.findSession(other.tokenHash)).toBeNull();
        expect(await store.findSession(stranger.session.tokenHash)).not.toBeNull();
      });

      it('deletes a user with every session, the profile and all records, and nobody else’s', async () => {
        const a = await newUser(store);
        const b = await newUser(store);
        await store.importDiary(a.user.id, makeDiary(), 5);
        await store.importDiary(b.user.id, makeDiary(), 5);
        // A deletion too: account deletion takes the tombstones with it.
        const gone = makeRecord('checkIns');
        await store.putEntry(a.user.id, 'checkIns', gone, 5);
        await store.deleteEntry(a.user.id, 'checkIns', gone.id, 1, 6);
        await store.putEntry(b.user.id, 'checkIns', gone, 5);
        await store.deleteEntry(b.user.id, 'checkIns', gone.id, 1, 6);
        const bBefore = await store.exportDiary(b.user.id);
        const before = await store.countRows();
        await store.deleteUser(a.user.id);
        expect(await store.findUserById(a.user.id)).toBeNull();
        expect(await store.findSession(a.session.tokenHash)).toBeNull();
        const left = await store.exportDiary(a.user.id);
        expect(left.profile).toBeNull();
        for (const c of COLLECTION_NAMES) expect(left[c]).toEqual([]);
        expect(await store.exportDiary(b.user.id)).toEqual(bBefore);
        expect((await store.listTombstones(a.user.id, { limit: 10 })).items).toEqual([]);
        expect((await store.listTombstones(b.user.id, { limit: 10 })).items).toHaveLength(1);
        const entries = COLLECTION_NAMES.reduce((n, c) => n + makeDiary()[c].length, 0);
        expect(await store.countRows()).toEqual({
          users: before.users - 1,
          sessions: before.sessions - 1,
          profiles: before.profiles - 1,
          entries: before.entries - entries,
          tombstones: before.tombstones - 1,
        });
      });
    });

    describe('writes racing account deletion', () => {
      it('refuse every write for a user deleted meanwhile with UnknownUserError, storing nothing', async () => {
        const { user } = await newUser(store);
        await store.deleteUser(user.id);
        const before = await store.countRows();
        await expect(store.putProfile(user.id, PROFILE, 2)).rejects.toBeInstanceOf(UnknownUserError);
        for (const createOnly of [true, false]) {
          await expect(
            store.putEntry(user.id, 'checkIns', makeRecord('checkIns'), 2, { createOnly }),
          ).rejects.toBeInstanceOf(UnknownUserError);
        }
        await expect(store.importDiary(user.id, makeDiary(), 2)).rejects.toBeInstanceOf(UnknownUserError);
        expect(await store.countRows()).toEqual(before);
      });
    });

    describe('sessions', () => {
      it('touches and deletes a session', async () => {
        const { session } = await newUser(store);
        await store.touchSession(session.tokenHash, 5_000);
        expect((await store.findSession(session.tokenHash))?.lastSeenAt).toBe(5_000);
        await store.deleteSession(session.tokenHash);
        expect(await store.findSession(session.tokenHash)).toBeNull();
      });

      it('purges sessions past their absolute or idle expiry and keeps live ones', async () => {
        const { user } = await newUser(store);
        const now = 10_000_000;
        const live = makeSession(user.id, { lastSeenAt: now - 10, expiresAt: now + 10 });
        const absolute = makeSession(user.id, { lastSeenAt: now - 10, expiresAt: now });
        const idle = makeSession(user.id, { lastSeenAt: now - 1000, expiresAt: now + 10 });
        for (const s of [live, absolute, idle]) await store.createSession(s);
        await store.purgeExpired(now, 1000, 60_000);
        expect(await store.findSession(live.tokenHash)).not.toBeNull();
        expect(await store.findSession(absolute.tokenHash)).toBeNull();
        expect(await store.findSession(idle.tokenHash)).toBeNull();
      });
    });

    describe('rate-limit counters', () => {
      it('counts hits in a fixed window and starts again after it', async () => {
        const key = `k:${randomUUID()}`;
        expect(await store.hitCounter(key, 1_000, 100)).toEqual({ count: 1, resetAt: 1_100 });
        expect(await store.hitCounter(key, 1_050, 100)).toEqual({ count: 2, resetAt: 1_100 });
        expect(await store.hitCounter(key, 1_100, 100)).toEqual({ count: 1, resetAt: 1_200 });
        await store.resetCounter(key);
        expect((await store.hitCounter(key, 1_150, 100)).count).toBe(1);
      });

      it('gives concurrent hits distinct counts, so parallel attempts cannot share one slot', async () => {
        const key = `k:${randomUUID()}`;
        const hits = await Promise.all(
          Array.from({ length: 25 }, () => store.hitCounter(key, 5_000, 60_000)),
        );
        expect(hits.map((h) => h.count).sort((a, b) => a - b)).toEqual(
          Array.from({ length: 25 }, (_, i) => i + 1),
        );
      });

      it('purges counters whose window is long over', async () => {
        const key = `k:${randomUUID()}`;
        await store.hitCounter(key, 1_000, 100);
        await store.hitCounter(key, 1_010, 100);
        await store.purgeExpired(1_000_000, 1, 1_000);
        expect((await store.hitCounter(key, 1_020, 100)).count).toBe(1);
      });
    });

    describe('profile', () => {
      it('is null until set, then reads back exactly, and is replaced by a second put', async () => {
        const { user } = await newUser(store);
        expect(await store.getProfile(user.id)).toBeNull();
        await store.putProfile(user.id, PROFILE, 1);
        expect(await store.getProfile(user.id)).toEqual(PROFILE);
        const changed = {
          ...PROFILE,
          age: 39,
          evidence: [{ id: 'med_anticoagulant', state: 'present' as const }],
        };
        await store.putProfile(user.id, changed, 2);
        expect(await store.getProfile(user.id)).toEqual(changed);
      });
    });

    describe.each(COLLECTION_NAMES)('diary records: %s', (c: CollectionName) => {
      it('creates, reads, replaces and deletes a record, one version at a time', async () => {
        const { user } = await newUser(store);
        const record = makeRecord(c);
        expect(await store.putEntry(user.id, c, record, 1)).toEqual({ outcome: 'created', version: 1 });
        expect(await store.getEntry(user.id, c, record.id)).toEqual({ record, version: 1 });
        expect((await store.putEntry(user.id, c, record, 2, { createOnly: true })).outcome).toBe('conflict');
        const later = makeRecord(c, '2026-11-29T08:00:00Z', record.id);
        expect(await store.putEntry(user.id, c, later, 3, { version: 1 })).toEqual({
          outcome: 'replaced',
          version: 2,
        });
        expect(await store.getEntry(user.id, c, record.id)).toEqual({ record: later, version: 2 });
        expect(await store.deleteEntry(user.id, c, record.id, 2, 4)).toEqual({
          outcome: 'deleted',
          tombstone: { collection: c, id: record.id, version: 3, deletedAt: 4 },
        });
        expect(await store.getEntry(user.id, c, record.id)).toBeNull();
        expect((await store.deleteEntry(user.id, c, record.id, 2, 5)).outcome).toBe('gone');
        expect((await store.deleteEntry(user.id, c, randomUUID(), 1, 5)).outcome).toBe('not_found');
      });

      it('answers created to exactly one of 20 concurrent creates of one new id, and keeps that one', async () => {
        const { user } = await newUser(store);
        const id = randomUUID();
        const versions = Array.from({ length: 20 }, (_, i) =>
          makeRecord(c, `2026-11-${String(i + 1).padStart(2, '0')}T08:00:00Z`, id),
        );
        const outcomes = await Promise.all(versions.map((r, i) => store.putEntry(user.id, c, r, i)));
        const winner = outcomes.findIndex((o) => o.outcome === 'created');
        expect(outcomes.filter((o) => o.outcome === 'created')).toHaveLength(1);
        expect(outcomes.filter((o) => o.outcome === 'conflict')).toHaveLength(19);
        expect(await store.getEntry(user.id, c, id)).toEqual({ record: versions[winner], version: 1 });
        expect((await store.listEntries(user.id, c, { limit: 100 })).items).toHaveLength(1);
      });

      it('scopes ids to their owner: the same id for two people is two records', async () => {
        const a = await newUser(store);
        const b = await newUser(store);
        const id = randomUUID();
        const aRecord = makeRecord(c, '2026-11-01T00:00:00Z', id);
        const bRecord = makeRecord(c, '2026-11-02T00:00:00Z', id);
        await store.putEntry(a.user.id, c, aRecord, 1);
        await store.putEntry(b.user.id, c, bRecord, 1);
        expect((await store.getEntry(a.user.id, c, id))?.record).toEqual(aRecord);
        expect((await store.deleteEntry(a.user.id, c, id, 1, 2)).outcome).toBe('deleted');
        expect(await store.getEntry(b.user.id, c, id)).toEqual({ record: bRecord, version: 1 });
        expect((await store.putEntry(b.user.id, c, { ...bRecord }, 3)).outcome).toBe('unchanged');
        expect((await store.listTombstones(b.user.id, { limit: 10 })).items).toEqual([]);
        const other = COLLECTION_NAMES.find((x) => x !== c) as CollectionName;
        expect(await store.getEntry(b.user.id, other, id)).toBeNull();
      });
    });

    describeSyncContract(() => store);

    describe('listing', () => {
      it('lists newest first with ties broken by id, and pages through everything exactly once', async () => {
        const { user } = await newUser(store);
        // 23 records over 7 distinct instants, some written in other time zones, so ordering must use the
        // instant and the id, not the text.
        const instants = [
          '2026-11-01T10:00:00Z',
          '2026-11-01T11:00:00+01:00', // the same instant as the first
          '2026-11-02T00:00:00Z',
          '2026-11-01T23:30:00-02:00', // after 2026-11-02T00:00Z
          '2026-11-03T08:15:30.250Z',
          '2026-10-31T08:00:00Z',
          '2026-11-05T00:00:00Z',
        ];
        const records = Array.from({ length: 23 }, (_, i) =>
          makeRecord('checkIns', instants[i % instants.length] as string),
        );
        for (const r of records) await store.putEntry(user.id, 'checkIns', r, 1);
        const expected = [...records]
          .sort((x, y) => Date.parse(y.at) - Date.parse(x.at) || (x.id < y.id ? 1 : x.id > y.id ? -1 : 0))
          .map((r) => r.id);

        const seen: string[] = [];
        let after: { at: number; id: string } | undefined;
        for (let i = 0; i < 20; i++) {
          const page = await store.listEntries(user.id, 'checkIns', {
            limit: 5,
            ...(after ? { after } : {}),
          });
          seen.push(...page.items.map((r) => r.record.id));
          if (!page.next) break;
          after = page.next;
        }
        expect(seen).toEqual(expected);
      });

      it('filters by a half-open date range [from, to)', async () => {
        const { user } = await newUser(store);
        const at = (iso: string) => makeRecord('episodes', iso);
        const inside = [at('2026-11-10T00:00:00Z'), at('2026-11-15T12:00:00+05:00')];
        const outside = [at('2026-11-09T23:59:59.999Z'), at('2026-11-20T00:00:00Z')];
        for (const r of [...inside, ...outside]) await store.putEntry(user.id, 'episodes', r, 1);
        const page = await store.listEntries(user.id, 'episodes', {
          from: Date.parse('2026-11-10T00:00:00Z'),
          to: Date.parse('2026-11-20T00:00:00Z'),
          limit: 100,
        });
        expect(page.items.map((r) => r.record.id).sort()).toEqual(inside.map((r) => r.id).sort());
        expect(page.next).toBeNull();
      });

      it('lists only the owner’s records of that collection', async () => {
        const a = await newUser(store);
        const b = await newUser(store);
        await store.putEntry(a.user.id, 'checkIns', makeRecord('checkIns'), 1);
        await store.putEntry(a.user.id, 'episodes', makeRecord('episodes'), 1);
        const page = await store.listEntries(b.user.id, 'checkIns', { limit: 100 });
        expect(page.items).toEqual([]);
        expect((await store.listEntries(a.user.id, 'checkIns', { limit: 100 })).items).toHaveLength(1);
      });
    });

    describe('export and import', () => {
      it('round-trips a whole diary losslessly, hostile text included', async () => {
        const { user } = await newUser(store);
        const diary = makeDiary();
        await store.importDiary(user.id, diary, 1);
        const out = await store.exportDiary(user.id);
        expect(out.profile).toEqual(diary.profile);
        for (const c of COLLECTION_NAMES) {
          const byTime = [...diary[c]].sort(
            (x, y) =>
              Date.parse(timeOf(c, x)) - Date.parse(timeOf(c, y)) || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0),
          );
          expect(out[c]).toEqual(byTime);
        }
        expect(out.episodes.some((e) => e.notes === HOSTILE_TEXT)).toBe(true);
        expect(JSON.stringify(out)).toContain(JSON.stringify(HOSTILE_TEXT).slice(1, -1));
      });

      it('adds new records and replaces existing ones by id', async () => {
        const { user } = await newUser(store);
        const kept = makeRecord('checkIns', '2026-11-01T00:00:00Z');
        const replaced = makeRecord('checkIns', '2026-11-02T00:00:00Z');
        await store.putEntry(user.id, 'checkIns', kept, 1);
        await store.putEntry(user.id, 'checkIns', replaced, 1);
        const diary = { ...makeDiary(), checkIns: [{ ...replaced, pain: 9 }] };
        await store.importDiary(user.id, diary, 2);
        const out = await store.exportDiary(user.id);
        expect(out.checkIns).toEqual([kept, { ...replaced, pain: 9 }]);
      });

      it('imports all or nothing: a failure late in the import leaves the diary as it was', async () => {
        const { user } = await newUser(store);
        await store.importDiary(user.id, makeDiary(), 1);
        const before = await store.exportDiary(user.id);
        const counts = await store.countRows();
        const broken = {
          ...makeDiary(),
          profile: { ...PROFILE, age: 99 },
          // The last collection written holds a record whose time is not a date: the store fails on it
          // after it has already written the profile and the other collections.
          doctorQuestions: [{ ...makeRecord('doctorQuestions'), createdAt: 'not a date' }],
        };
        await expect(store.importDiary(user.id, broken, 2)).rejects.toThrow();
        expect(await store.exportDiary(user.id)).toEqual(before);
        expect(await store.countRows()).toEqual(counts);
      });
    });
  });
}

function timeOf(c: CollectionName, r: unknown): string {
  const rec = r as Record<string, string>;
  const field = {
    episodes: 'startedAt',
    checkIns: 'at',
    remedySessions: 'startedAt',
    assessments: 'at',
    doctorQuestions: 'createdAt',
  }[c];
  return rec[field] as string;
}
