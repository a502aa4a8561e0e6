/**
 * Diary sync against the real server (memory store): the two-device conflict suite, and the device's
 * own bookkeeping cases. The same suite runs on SQLite and PostgreSQL in src/server/sync.int.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CheckIn } from '../../../src/diary/model.ts';
import { type Harness, openHarness } from '../../../src/server/testing/harness.ts';
import { makeRecord } from '../../../src/store/testing/fixtures.ts';
import { recordKey } from './diary-db.ts';
import { twoDevices } from './testing/two-devices.ts';
import { describeTwoDevices } from './testing/two-devices-suite.ts';

describeTwoDevices('memory');

describe('diary sync, one device', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await openHarness('memory');
  });
  afterAll(async () => h?.close());

  it('pushes local changes and pulls records made on another device, and a second sync changes nothing', async () => {
    const { phone, laptop } = await twoDevices(h.app);
    const mine: CheckIn = makeRecord('checkIns');
    const theirs: CheckIn = makeRecord('checkIns', '2026-11-27T08:00:00Z');
    phone.save('checkIns', mine);
    laptop.save('checkIns', theirs);
    await laptop.sync();
    expect(await phone.sync()).toEqual({ pushed: 1, pulled: 1, removed: 0, merged: 0, conflicts: 0 });
    expect(phone.stored('checkIns', theirs.id)).toMatchObject({ dirty: false, version: 1, record: theirs });
    expect(phone.stored('checkIns', mine.id)).toMatchObject({ dirty: false, version: 1, base: mine });
    expect(await phone.sync()).toEqual({ pushed: 0, pulled: 0, removed: 0, merged: 0, conflicts: 0 });
  });

  it('keeps a record that was edited while the sync was running dirty, based on what was sent', async () => {
    const { phone } = await twoDevices(h.app);
    const first: CheckIn = makeRecord('checkIns');
    phone.save('checkIns', first);
    const put = phone.api.put;
    phone.api = {
      ...phone.api,
      put: async (...args) => {
        const answer = await put(...args);
        phone.edit('checkIns', first.id, { pain: 8 });
        return answer;
      },
    };
    await phone.sync();
    expect(phone.stored('checkIns', first.id)).toMatchObject({
      dirty: true,
      version: 1,
      base: first,
      record: { ...first, pain: 8 },
    });
    phone.api = { ...phone.api, put };
    await phone.sync();
    expect((await phone.api.list('checkIns')).map((v) => v.record)).toEqual([{ ...first, pain: 8 }]);
  });

  it('deletes on the server what was deleted here while its first write was under way', async () => {
    const { phone } = await twoDevices(h.app);
    const r: CheckIn = makeRecord('checkIns');
    phone.save('checkIns', r);
    const put = phone.api.put;
    phone.api = {
      ...phone.api,
      put: async (...args) => {
        const answer = await put(...args);
        phone.delete('checkIns', r.id);
        return answer;
      },
    };
    await phone.sync();
    expect(await phone.api.list('checkIns')).toEqual([]);
    expect(phone.stored('checkIns', r.id)).toBeUndefined();
  });

  it('reconciles a copy synced before versions existed: the same content is adopted, a change is asked', async () => {
    const { phone, laptop } = await twoDevices(h.app);
    const same: CheckIn = makeRecord('checkIns');
    const changed: CheckIn = makeRecord('checkIns');
    laptop.save('checkIns', same);
    laptop.save('checkIns', changed);
    await laptop.sync();
    // The phone holds both as an older app left them: synced, no version, and one edited since.
    for (const [r, dirty] of [
      [same, true],
      [{ ...changed, notes: 'edited on the old app' }, true],
    ] as const) {
      phone.records.set(recordKey('checkIns', r.id), {
        key: recordKey('checkIns', r.id),
        collection: 'checkIns',
        id: r.id,
        record: r,
        updatedAt: 1,
        dirty,
        deleted: false,
        synced: true,
      });
    }
    const result = await phone.sync();
    expect(result.conflicts).toBe(1);
    expect(phone.stored('checkIns', same.id)).toMatchObject({ dirty: false, version: 1 });
    expect(phone.stored('checkIns', changed.id)?.conflict).toMatchObject({
      kind: 'fields',
      fields: ['notes'],
    });
  });

  it('deletes a copy synced before versions existed only if the server still has what this device had', async () => {
    const { phone, laptop } = await twoDevices(h.app);
    const unchanged: CheckIn = makeRecord('checkIns');
    const changedThere: CheckIn = makeRecord('checkIns');
    const goneThere: CheckIn = makeRecord('checkIns');
    for (const r of [unchanged, changedThere, goneThere]) laptop.save('checkIns', r);
    await laptop.sync();
    laptop.edit('checkIns', changedThere.id, { notes: 'changed on the laptop' });
    laptop.delete('checkIns', goneThere.id);
    await laptop.sync();
    // The phone deleted all three with an older app: synced, no version, marked deleted.
    for (const r of [unchanged, changedThere, goneThere]) {
      phone.records.set(recordKey('checkIns', r.id), {
        key: recordKey('checkIns', r.id),
        collection: 'checkIns',
        id: r.id,
        record: r,
        updatedAt: 1,
        dirty: true,
        deleted: true,
        synced: true,
      });
    }
    const result = await phone.sync();
    expect(result.conflicts).toBe(1);
    expect(phone.stored('checkIns', changedThere.id)?.conflict).toMatchObject({
      kind: 'deletedHere',
      theirs: { notes: 'changed on the laptop' },
    });
    const left = (await phone.api.list('checkIns')).map((v) => v.record.id);
    expect(left).toEqual([changedThere.id]);
    expect(phone.stored('checkIns', unchanged.id)).toBeUndefined();
    expect(phone.stored('checkIns', goneThere.id)).toBeUndefined();
  });
});
