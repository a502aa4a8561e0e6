/**
 * The part of the Store contract (store-contract.ts) that keeps sync from losing an edit
 * (docs/sync.md): versions, stale writes, tombstones, and how import and export treat them. Every store
 * runs it inside its contract suite.
 */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { CheckIn, Episode } from '../diary/model.ts';
import { type Store, UnknownUserError } from './store.ts';
import { makeDiary, makeRecord, makeSession, makeUser, PROFILE } from './testing/fixtures.ts';

async function newUserId(store: Store): Promise<string> {
  const user = makeUser();
  expect(await store.createUser(user, makeSession(user.id))).toBe('created');
  return user.id;
}

export function describeSyncContract(getStore: () => Store): void {
  describe('versions and tombstones', () => {
    const store = () => getStore();

    it('refuses a write naming a stale version, answering with the record as it is now', async () => {
      const u = await newUserId(store());
      const first: Episode = makeRecord('episodes');
      await store().putEntry(u, 'episodes', first, 1);
      const laptop = { ...first, pain: 8 };
      expect(await store().putEntry(u, 'episodes', laptop, 2, { version: 1 })).toEqual({
        outcome: 'replaced',
        version: 2,
      });
      // The phone was offline and still thinks the record is at version 1.
      const phone = { ...first, notes: 'edited offline' };
      expect(await store().putEntry(u, 'episodes', phone, 3, { version: 1 })).toEqual({
        outcome: 'conflict',
        current: { record: laptop, version: 2 },
        deleted: null,
      });
      // Without a version, a write may only create: the id is taken.
      expect(await store().putEntry(u, 'episodes', phone, 3)).toMatchObject({ outcome: 'conflict' });
      // A version that was never given out is stale too.
      expect(await store().putEntry(u, 'episodes', phone, 3, { version: 7 })).toMatchObject({
        outcome: 'conflict',
      });
      expect(await store().getEntry(u, 'episodes', first.id)).toEqual({ record: laptop, version: 2 });
    });

    it('answers unchanged to a write of exactly what is stored, whatever version it names', async () => {
      const u = await newUserId(store());
      const r: CheckIn = makeRecord('checkIns');
      await store().putEntry(u, 'checkIns', r, 1);
      // A retry of the create whose answer was lost, and two devices that made one and the same change.
      expect(await store().putEntry(u, 'checkIns', { ...r }, 2)).toEqual({
        outcome: 'unchanged',
        version: 1,
      });
      const changed = { ...r, pain: 9 };
      await store().putEntry(u, 'checkIns', changed, 3, { version: 1 });
      expect(await store().putEntry(u, 'checkIns', { ...changed }, 4, { version: 1 })).toEqual({
        outcome: 'unchanged',
        version: 2,
      });
      // createOnly (POST) refuses even that.
      expect(await store().putEntry(u, 'checkIns', changed, 5, { createOnly: true })).toMatchObject({
        outcome: 'conflict',
      });
    });

    it('lets exactly one of 20 concurrent writes naming one version through', async () => {
      const u = await newUserId(store());
      const r: CheckIn = makeRecord('checkIns');
      await store().putEntry(u, 'checkIns', r, 1);
      const edits = Array.from({ length: 20 }, (_, i) => ({ ...r, notes: `device ${i}` }));
      const outcomes = await Promise.all(
        edits.map((e, i) => store().putEntry(u, 'checkIns', e, 10 + i, { version: 1 })),
      );
      const winners = outcomes.flatMap((o, i) => (o.outcome === 'replaced' ? [i] : []));
      expect(winners).toHaveLength(1);
      expect(outcomes.filter((o) => o.outcome === 'conflict')).toHaveLength(19);
      expect(await store().getEntry(u, 'checkIns', r.id)).toEqual({
        record: edits[winners[0] as number],
        version: 2,
      });
    });

    it('lets exactly one of concurrent edits and deletes of one version through', async () => {
      const u = await newUserId(store());
      const r: CheckIn = makeRecord('checkIns');
      await store().putEntry(u, 'checkIns', r, 1);
      const writes = Array.from({ length: 10 }, (_, i) =>
        store().putEntry(u, 'checkIns', { ...r, pain: i }, 10, { version: 1 }),
      );
      const deletes = Array.from({ length: 10 }, () => store().deleteEntry(u, 'checkIns', r.id, 1, 10));
      const w = await Promise.all(writes);
      const d = await Promise.all(deletes);
      const succeeded =
        w.filter((o) => o.outcome !== 'conflict').length + d.filter((o) => o.outcome === 'deleted').length;
      expect(succeeded).toBe(1);
      const after = await store().getEntry(u, 'checkIns', r.id);
      const tombstones = (await store().listTombstones(u, { limit: 10 })).items;
      // One or the other, never both: a key is a record or a tombstone.
      expect((after === null) !== (tombstones.length === 0)).toBe(true);
    });

    it('keeps a tombstone that a stale device cannot write over unawares', async () => {
      const u = await newUserId(store());
      const r: Episode = makeRecord('episodes');
      await store().putEntry(u, 'episodes', r, 1);
      const deletion = { collection: 'episodes' as const, id: r.id, version: 2, deletedAt: 50 };
      expect(await store().deleteEntry(u, 'episodes', r.id, 1, 50)).toEqual({
        outcome: 'deleted',
        tombstone: deletion,
      });
      const edited = { ...r, notes: 'changed offline before the deletion arrived' };
      for (const version of [undefined, 1]) {
        expect(await store().putEntry(u, 'episodes', edited, 60, { version })).toEqual({
          outcome: 'conflict',
          current: null,
          deleted: deletion,
        });
      }
      expect(await store().putEntry(u, 'episodes', edited, 60, { createOnly: true })).toMatchObject({
        outcome: 'conflict',
        deleted: deletion,
      });
      expect(await store().getEntry(u, 'episodes', r.id)).toBeNull();
      expect((await store().listTombstones(u, { limit: 10 })).items).toEqual([deletion]);
      // A device that has seen the deletion names its version to bring the record back on purpose.
      expect(await store().putEntry(u, 'episodes', edited, 70, { version: 2 })).toEqual({
        outcome: 'created',
        version: 3,
      });
      expect(await store().getEntry(u, 'episodes', r.id)).toEqual({ record: edited, version: 3 });
      expect((await store().listTombstones(u, { limit: 10 })).items).toEqual([]);
    });

    it('refuses a deletion of a version that has changed since', async () => {
      const u = await newUserId(store());
      const r: CheckIn = makeRecord('checkIns');
      await store().putEntry(u, 'checkIns', r, 1);
      const newer = { ...r, pain: 1 };
      await store().putEntry(u, 'checkIns', newer, 2, { version: 1 });
      expect(await store().deleteEntry(u, 'checkIns', r.id, 1, 3)).toEqual({
        outcome: 'conflict',
        current: { record: newer, version: 2 },
      });
      expect(await store().getEntry(u, 'checkIns', r.id)).toEqual({ record: newer, version: 2 });
      expect((await store().listTombstones(u, { limit: 10 })).items).toEqual([]);
    });

    it('lists the owner’s tombstones newest first and pages through them exactly once', async () => {
      const u = await newUserId(store());
      const stranger = await newUserId(store());
      const made: { collection: 'checkIns' | 'episodes'; id: string; at: number }[] = [];
      for (let i = 0; i < 13; i++) {
        const collection = i % 2 === 0 ? 'checkIns' : 'episodes';
        const r = makeRecord(collection);
        await store().putEntry(u, collection, r, 1);
        // Several deletions share an instant, so ties must be broken by collection and id.
        const at = 1_000 + Math.floor(i / 3);
        await store().deleteEntry(u, collection, r.id, 1, at);
        made.push({ collection, id: r.id, at });
      }
      const other = makeRecord('checkIns');
      await store().putEntry(stranger, 'checkIns', other, 1);
      await store().deleteEntry(stranger, 'checkIns', other.id, 1, 2_000);

      const seen: string[] = [];
      let after: Parameters<Store['listTombstones']>[1]['after'];
      for (let i = 0; i < 20; i++) {
        const page = await store().listTombstones(u, { limit: 4, ...(after ? { after } : {}) });
        for (const t of page.items) {
          expect(t.version).toBe(2);
          seen.push(`${t.deletedAt}/${t.collection}/${t.id}`);
        }
        if (!page.next) break;
        after = page.next;
      }
      const key = (m: (typeof made)[number]) => `${m.at}/${m.collection}/${m.id}`;
      const desc = (a: string, b: string) => (a < b ? 1 : a > b ? -1 : 0);
      expect(seen).toEqual(
        [...made]
          .sort((a, b) => b.at - a.at || desc(a.collection, b.collection) || desc(a.id, b.id))
          .map(key),
      );
    });

    it('imports as a change: new versions, deleted records back, tombstones out of the export', async () => {
      const u = await newUserId(store());
      const diary = makeDiary();
      await store().importDiary(u, diary, 1);
      const [kept, changed] = diary.checkIns as [CheckIn, CheckIn];
      const deleted = diary.episodes[0] as Episode;
      await store().deleteEntry(u, 'episodes', deleted.id, 1, 2);
      const gone: CheckIn = makeRecord('checkIns');
      await store().putEntry(u, 'checkIns', gone, 2);
      await store().deleteEntry(u, 'checkIns', gone.id, 1, 3);
      const exported = await store().exportDiary(u);
      expect(exported.episodes.map((e) => e.id)).not.toContain(deleted.id);
      expect(JSON.stringify(exported)).not.toContain(gone.id);

      await store().importDiary(u, { ...diary, checkIns: [kept, { ...changed, pain: 10 }] }, 4);
      expect(await store().getEntry(u, 'checkIns', kept.id)).toEqual({ record: kept, version: 1 });
      expect(await store().getEntry(u, 'checkIns', changed.id)).toEqual({
        record: { ...changed, pain: 10 },
        version: 2,
      });
      // The import held the deleted episode: it is back, one version after its deletion.
      expect(await store().getEntry(u, 'episodes', deleted.id)).toEqual({ record: deleted, version: 3 });
      const tombstones = (await store().listTombstones(u, { limit: 10 })).items;
      expect(tombstones.map((t) => t.id)).toEqual([gone.id]);
      // A device that still has version 1 of the changed check-in cannot overwrite the import.
      expect(
        (await store().putEntry(u, 'checkIns', { ...changed, pain: 0 }, 5, { version: 1 })).outcome,
      ).toBe('conflict');
    });

    it('leaves versions and tombstones as they were when an import fails', async () => {
      const u = await newUserId(store());
      const r: CheckIn = makeRecord('checkIns');
      await store().putEntry(u, 'checkIns', r, 1);
      const d: CheckIn = makeRecord('checkIns');
      await store().putEntry(u, 'checkIns', d, 1);
      await store().deleteEntry(u, 'checkIns', d.id, 1, 2);
      const broken = {
        ...makeDiary(),
        profile: PROFILE,
        checkIns: [{ ...r, pain: 0 }, d],
        doctorQuestions: [{ ...makeRecord('doctorQuestions'), createdAt: 'not a date' }],
      };
      await expect(store().importDiary(u, broken, 3)).rejects.toThrow();
      expect(await store().getEntry(u, 'checkIns', r.id)).toEqual({ record: r, version: 1 });
      expect((await store().listTombstones(u, { limit: 10 })).items.map((t) => t.id)).toEqual([d.id]);
    });

    it('refuses a write naming a version for a user deleted meanwhile, like any other write', async () => {
      const u = await newUserId(store());
      await store().deleteUser(u);
      await expect(
        store().putEntry(u, 'checkIns', makeRecord('checkIns', undefined, randomUUID()), 1, { version: 1 }),
      ).rejects.toBeInstanceOf(UnknownUserError);
    });
  });
}
