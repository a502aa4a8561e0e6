/**
 * The sync-conflict suite: two devices edit the same record offline and sync in either order, and no
 * edit is silently lost. Changes to different fields merge; changes to the same field, and a change
 * against a deletion, reach the person's choice; after the choice both devices and the server agree.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Episode } from '../../../../src/diary/model.ts';
import { type Harness, openHarness } from '../../../../src/server/testing/harness.ts';
import type { StoreKind } from '../../../../src/store/store.ts';
import { makeRecord } from '../../../../src/store/testing/fixtures.ts';
import { type Device, twoDevices } from './two-devices.ts';

type Order = 'phone first' | 'laptop first';
const ORDERS: readonly Order[] = ['phone first', 'laptop first'];

/** Both devices sync once each, in the given order. */
async function syncBoth(phone: Device, laptop: Device, order: Order) {
  const [first, second] = order === 'phone first' ? [phone, laptop] : [laptop, phone];
  return { first: await first.sync(), second: await second.sync(), firstDevice: first, secondDevice: second };
}

/** An episode both devices (new ones, unless given) have synced; then both go offline. */
async function shared(
  h: Harness,
  devices?: { phone: Device; laptop: Device },
): Promise<{ phone: Device; laptop: Device; episode: Episode }> {
  const { phone, laptop } = devices ?? (await twoDevices(h.app));
  const episode: Episode = { ...makeRecord('episodes'), notes: 'bent to lift a box' };
  phone.save('episodes', episode);
  await phone.sync();
  await laptop.sync();
  expect(laptop.get('episodes', episode.id)).toEqual(episode);
  return { phone, laptop, episode };
}

/** The server's copy of an episode, with its version. */
async function serverCopy(
  device: Device,
  id: string,
): Promise<{ record: Episode; version: number } | undefined> {
  const found = (await device.api.list('episodes')).find((v) => v.record.id === id);
  return found && { record: found.record as Episode, version: found.version };
}

export function describeTwoDevices(kind: StoreKind): void {
  describe(`two devices, one record, on ${kind}`, () => {
    let h: Harness;
    beforeAll(async () => {
      h = await openHarness(kind);
    });
    afterAll(async () => h?.close());

    describe.each(ORDERS)('syncing %s', (order) => {
      it('merges changes to different fields without asking', async () => {
        const { phone, laptop, episode } = await shared(h);
        phone.edit('episodes', episode.id, { pain: 8 });
        laptop.edit('episodes', episode.id, { notes: 'it eased after a walk' });
        const { first, second, firstDevice } = await syncBoth(phone, laptop, order);
        expect(first.conflicts + second.conflicts).toBe(0);
        expect(second.merged).toBe(1);
        await firstDevice.sync();
        const both = { ...episode, pain: 8, notes: 'it eased after a walk' };
        expect(phone.get('episodes', episode.id)).toEqual(both);
        expect(laptop.get('episodes', episode.id)).toEqual(both);
        expect((await serverCopy(phone, episode.id))?.record).toEqual(both);
        expect(phone.conflicts()).toEqual([]);
        expect(laptop.conflicts()).toEqual([]);
      });

      it('asks the person when both changed the same field, showing both, and keeps their choice', async () => {
        const { phone, laptop, episode } = await shared(h);
        const endedHere = '2026-11-28T10:00:00Z';
        const endedThere = '2026-11-28T11:30:00Z';
        phone.edit('episodes', episode.id, { endedAt: endedHere, pain: 7 });
        laptop.edit('episodes', episode.id, { endedAt: endedThere, triggers: ['gardening'] });
        const { second, firstDevice, secondDevice } = await syncBoth(phone, laptop, order);
        expect(second.conflicts).toBe(1);
        // The first to sync wrote its change; the second holds its own and sees the other's.
        const mine = secondDevice === phone ? endedHere : endedThere;
        const theirs = secondDevice === phone ? endedThere : endedHere;
        const [waiting] = secondDevice.conflicts();
        expect(waiting?.conflict).toMatchObject({ kind: 'fields', fields: ['endedAt'] });
        expect(waiting?.record).toMatchObject({ endedAt: mine });
        expect(waiting?.conflict?.kind === 'fields' && waiting.conflict.theirs).toMatchObject({
          endedAt: theirs,
        });
        expect((await serverCopy(phone, episode.id))?.record.endedAt ?? null).toBe(theirs);
        // Syncing again changes nothing until the person chooses: nothing is sent over it.
        await secondDevice.sync();
        expect((await serverCopy(phone, episode.id))?.record.endedAt ?? null).toBe(theirs);
        expect(secondDevice.conflicts()).toHaveLength(1);

        await secondDevice.resolve('episodes', episode.id, { kind: 'fields', choices: { endedAt: 'mine' } });
        await secondDevice.sync();
        await firstDevice.sync();
        // The chosen end time, and the fields each changed alone (pain here, triggers there): all kept.
        const settled = { ...episode, endedAt: mine, pain: 7, triggers: ['gardening'] };
        expect(phone.get('episodes', episode.id)).toEqual(settled);
        expect(laptop.get('episodes', episode.id)).toEqual(settled);
        expect((await serverCopy(phone, episode.id))?.record).toEqual(settled);
        expect([...phone.conflicts(), ...laptop.conflicts()]).toEqual([]);
      });

      it('asks the person when one device deleted what the other changed', async () => {
        const { phone, laptop, episode } = await shared(h);
        phone.delete('episodes', episode.id);
        laptop.edit('episodes', episode.id, { notes: 'it came back in the evening' });
        const { second, secondDevice, firstDevice } = await syncBoth(phone, laptop, order);
        expect(second.conflicts).toBe(1);
        const [waiting] = secondDevice.conflicts();
        if (secondDevice === laptop) {
          // Changed here, deleted there: keeping it brings the change back everywhere.
          expect(waiting?.conflict).toEqual({ kind: 'deletedThere', version: 2 });
          expect(laptop.get('episodes', episode.id)?.notes).toBe('it came back in the evening');
          await laptop.resolve('episodes', episode.id, { kind: 'keep' });
        } else {
          // Deleted here, changed there: the other device's change is shown; keeping it undoes the deletion.
          expect(waiting?.conflict).toMatchObject({ kind: 'deletedHere', version: 2 });
          expect(
            waiting?.conflict?.kind === 'deletedHere' && (waiting.conflict.theirs as Episode).notes,
          ).toBe('it came back in the evening');
          await phone.resolve('episodes', episode.id, { kind: 'keep' });
        }
        await secondDevice.sync();
        await firstDevice.sync();
        const kept = { ...episode, notes: 'it came back in the evening' };
        expect(phone.get('episodes', episode.id)).toEqual(kept);
        expect(laptop.get('episodes', episode.id)).toEqual(kept);
        expect((await serverCopy(phone, episode.id))?.record).toEqual(kept);
      });

      it('lets the deletion stand when the person chooses it, on every device', async () => {
        const { phone, laptop, episode } = await shared(h);
        phone.delete('episodes', episode.id);
        laptop.edit('episodes', episode.id, { pain: 2 });
        const { secondDevice, firstDevice } = await syncBoth(phone, laptop, order);
        await secondDevice.resolve('episodes', episode.id, { kind: 'delete' });
        await secondDevice.sync();
        await firstDevice.sync();
        expect(phone.stored('episodes', episode.id)).toBeUndefined();
        expect(laptop.stored('episodes', episode.id)).toBeUndefined();
        expect(await serverCopy(phone, episode.id)).toBeUndefined();
        const deleted = await phone.api.listDeleted();
        expect(deleted.map((d) => d.id)).toContain(episode.id);
      });
    });

    it('hands a deletion to a device that had not changed the record (by its tombstone)', async () => {
      const { phone, laptop, episode } = await shared(h);
      phone.delete('episodes', episode.id);
      await phone.sync();
      const r = await laptop.sync();
      expect(r.removed).toBe(1);
      expect(laptop.stored('episodes', episode.id)).toBeUndefined();
    });

    it('does not ask when both devices made the same change, or both deleted', async () => {
      const { phone, laptop, episode } = await shared(h);
      phone.edit('episodes', episode.id, { pain: 3 });
      laptop.edit('episodes', episode.id, { pain: 3 });
      await phone.sync();
      expect((await laptop.sync()).conflicts).toBe(0);
      expect(laptop.stored('episodes', episode.id)?.dirty).toBe(false);
      phone.delete('episodes', episode.id);
      laptop.delete('episodes', episode.id);
      await phone.sync();
      expect((await laptop.sync()).conflicts).toBe(0);
      expect(laptop.stored('episodes', episode.id)).toBeUndefined();
    });

    it('asks rather than merge into a record that breaks a rule (ending before it started)', async () => {
      const { phone, laptop, episode } = await shared(h);
      phone.edit('episodes', episode.id, { startedAt: '2026-11-28T12:00:00Z' });
      laptop.edit('episodes', episode.id, { endedAt: '2026-11-28T09:00:00Z' });
      await phone.sync();
      expect((await laptop.sync()).conflicts).toBe(1);
      expect(laptop.conflicts()[0]?.conflict).toMatchObject({
        kind: 'fields',
        fields: ['startedAt', 'endedAt'],
      });
      expect((await serverCopy(phone, episode.id))?.record.startedAt).toBe('2026-11-28T12:00:00Z');
      // A choice that is still impossible is refused and nothing changes; a possible one is kept.
      const impossible = { startedAt: 'theirs', endedAt: 'mine' } as const;
      expect(await laptop.resolve('episodes', episode.id, { kind: 'fields', choices: impossible })).toBe(
        false,
      );
      expect(laptop.conflicts()).toHaveLength(1);
      const keepMine = { startedAt: 'mine', endedAt: 'mine' } as const;
      expect(await laptop.resolve('episodes', episode.id, { kind: 'fields', choices: keepMine })).toBe(true);
      await laptop.sync();
      await phone.sync();
      const chosen = { ...episode, endedAt: '2026-11-28T09:00:00Z' };
      expect((await serverCopy(phone, episode.id))?.record).toEqual(chosen);
      expect(phone.get('episodes', episode.id)).toEqual(chosen);
    });

    it('resends nothing twice: a write whose answer was lost is no conflict the next time', async () => {
      const { phone, episode } = await shared(h);
      phone.edit('episodes', episode.id, { pain: 9 });
      const put = phone.api.put;
      phone.api = {
        ...phone.api,
        put: async (...args) => {
          await put(...args);
          throw new Error('the connection dropped before the answer');
        },
      };
      await expect(phone.sync()).rejects.toThrow('connection dropped');
      phone.api = { ...phone.api, put };
      const r = await phone.sync();
      expect(r.conflicts).toBe(0);
      expect(phone.stored('episodes', episode.id)).toMatchObject({ dirty: false, version: 2 });
    });

    it('never loses an edit, whatever both devices change and whichever syncs first', async () => {
      const FIELDS = ['pain', 'notes', 'endedAt'] as const;
      const values = {
        pain: fc.integer({ min: 0, max: 10 }),
        notes: fc.constantFrom('', 'a', 'b', 'after a walk'),
        endedAt: fc.constantFrom(null, '2026-11-28T09:00:00Z', '2026-11-28T10:00:00Z'),
      };
      const edits = fc.record(
        { pain: values.pain, notes: values.notes, endedAt: values.endedAt },
        { requiredKeys: [] },
      );
      // One account for every run (sign-ins are rate-limited); each run edits a new episode.
      const devices = await twoDevices(h.app);
      await fc.assert(
        fc.asyncProperty(edits, edits, fc.constantFrom(...ORDERS), async (onPhone, onLaptop, order) => {
          const { phone, laptop, episode } = await shared(h, devices);
          if (Object.keys(onPhone).length) phone.edit('episodes', episode.id, onPhone);
          if (Object.keys(onLaptop).length) laptop.edit('episodes', episode.id, onLaptop);
          const { secondDevice } = await syncBoth(phone, laptop, order);
          const server = (await serverCopy(phone, episode.id))?.record as Episode;
          const mine = secondDevice === phone ? onPhone : onLaptop;
          const theirs = secondDevice === phone ? onLaptop : onPhone;
          const waiting = secondDevice.stored('episodes', episode.id)?.conflict;
          const asked = waiting?.kind === 'fields' ? waiting.fields : [];
          for (const f of FIELDS) {
            const changedMine = f in mine && mine[f] !== episode[f];
            const changedTheirs = f in theirs && theirs[f] !== episode[f];
            const clash = changedMine && changedTheirs && mine[f] !== theirs[f];
            // The first device's change is on the server; the second's is there too, or the person is
            // asked about that very field with it still on the second device.
            if (changedTheirs) expect(server[f]).toEqual(theirs[f]);
            if (clash) {
              expect(asked).toContain(f);
              expect(secondDevice.get('episodes', episode.id)?.[f]).toEqual(mine[f]);
            } else if (changedMine) {
              if (asked.length === 0) expect(server[f]).toEqual(mine[f]);
              else expect(secondDevice.get('episodes', episode.id)?.[f]).toEqual(mine[f]);
            }
            if (!clash) expect(asked).not.toContain(f);
          }
        }),
        { numRuns: kind === 'memory' ? 40 : 12 },
      );
    });
  });
}
