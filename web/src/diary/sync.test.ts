import { describe, expect, it } from 'vitest';
import type { CheckIn } from '../../../src/diary/model.ts';
import { type Collection, recordKey, type StoredRecord } from './diary-db.ts';
import { type SyncApi, type SyncStore, syncDiary } from './sync.ts';

const checkIn = (id: string, pain: number): CheckIn => ({
  id,
  episodeId: null,
  at: '2026-11-28T08:00:00Z',
  pain,
  notes: '',
});
const stored = (rec: CheckIn, over: Partial<StoredRecord> = {}): StoredRecord => ({
  key: recordKey('checkIns', rec.id),
  collection: 'checkIns',
  id: rec.id,
  record: rec,
  updatedAt: 1,
  dirty: true,
  deleted: false,
  synced: false,
  ...over,
});

function memoryStore(initial: StoredRecord[]): SyncStore & { map: Map<string, StoredRecord> } {
  const map = new Map(initial.map((s) => [s.key, s]));
  return {
    map,
    allStored: async () => [...map.values()],
    getStored: async (k) => map.get(k),
    putStored: async (s) => void map.set(s.key, s),
    removeStored: async (k) => void map.delete(k),
  };
}

function memoryServer(
  initial: Record<string, { id: string }[]> = {},
): SyncApi & { data: Map<string, Map<string, unknown>> } {
  const data = new Map<string, Map<string, unknown>>();
  for (const [c, list] of Object.entries(initial)) data.set(c, new Map(list.map((r) => [r.id, r])));
  const col = (c: Collection) => data.get(c) ?? (data.set(c, new Map()).get(c) as Map<string, unknown>);
  return {
    data,
    put: async (c, id, r) => void col(c).set(id, r),
    remove: async (c, id) => void col(c).delete(id),
    list: async (c) => [...col(c).values()] as { id: string }[],
  };
}

const A = '00000000-0000-4000-8000-00000000000a';
const B = '00000000-0000-4000-8000-00000000000b';
const C = '00000000-0000-4000-8000-00000000000c';

describe('diary sync', () => {
  it('pushes local changes and pulls records made on another device', async () => {
    const store = memoryStore([stored(checkIn(A, 5))]);
    const server = memoryServer({ checkIns: [checkIn(B, 3)] });
    const r = await syncDiary(store, server);
    expect(r).toEqual({ pushed: 1, pulled: 1, removed: 0 });
    expect(server.data.get('checkIns')?.get(A)).toEqual(checkIn(A, 5));
    expect(store.map.get(recordKey('checkIns', B))).toMatchObject({
      dirty: false,
      synced: true,
      record: checkIn(B, 3),
    });
    expect(store.map.get(recordKey('checkIns', A))).toMatchObject({ dirty: false, synced: true });
  });

  it('sends deletions and removes records deleted elsewhere', async () => {
    const store = memoryStore([
      stored(checkIn(A, 5), { deleted: true, synced: true }),
      stored(checkIn(C, 2), { dirty: false, synced: true }),
    ]);
    const server = memoryServer({ checkIns: [checkIn(A, 5)] });
    const r = await syncDiary(store, server);
    expect(server.data.get('checkIns')?.has(A)).toBe(false);
    expect(store.map.size).toBe(0);
    expect(r.removed).toBe(1);
  });

  it('is idempotent: a second sync changes nothing', async () => {
    const store = memoryStore([stored(checkIn(A, 5))]);
    const server = memoryServer();
    await syncDiary(store, server);
    expect(await syncDiary(store, server)).toEqual({ pushed: 0, pulled: 0, removed: 0 });
  });

  it('keeps a record that was edited while the sync was running dirty', async () => {
    const store = memoryStore([stored(checkIn(A, 5))]);
    const server = memoryServer();
    const put = server.put;
    server.put = async (c, id, r) => {
      await put(c, id, r);
      store.map.set(recordKey('checkIns', A), stored(checkIn(A, 8), { updatedAt: 2 }));
    };
    await syncDiary(store, server);
    expect(store.map.get(recordKey('checkIns', A))).toMatchObject({ dirty: true, record: checkIn(A, 8) });
  });
});
