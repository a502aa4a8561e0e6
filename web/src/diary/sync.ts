/**
 * Two-way sync of the on-device diary with the server, when signed in.
 *
 * 1. Push: every record changed on this device (`dirty`) is sent with PUT /api/v1/<collection>/<id>
 *    (idempotent, so a retry after a lost answer does no harm), every tombstone with DELETE.
 * 2. Pull: every collection is listed from the server. A server record replaces the local copy unless
 *    the local copy changed again during this sync (then the local write is newer and wins next time:
 *    last write wins, ordered by this device's `updatedAt`). A record this device had synced before
 *    that the server no longer has was deleted on another device, so it is removed here too.
 *
 * The storage and the HTTP calls are passed in, so the algorithm is tested without a browser.
 */
import { COLLECTIONS, type Collection, recordKey, type StoredRecord } from './diary-db.ts';

export interface SyncStore {
  allStored(): Promise<StoredRecord[]>;
  getStored(key: string): Promise<StoredRecord | undefined>;
  putStored(stored: StoredRecord): Promise<void>;
  removeStored(key: string): Promise<void>;
}

export interface SyncApi {
  put(collection: Collection, id: string, record: unknown): Promise<void>;
  /** Resolves when deleted or already gone (404). */
  remove(collection: Collection, id: string): Promise<void>;
  /** Every record of the collection on the server. */
  list(collection: Collection): Promise<{ id: string }[]>;
}

export interface SyncResult {
  readonly pushed: number;
  readonly pulled: number;
  readonly removed: number;
}

export async function syncDiary(store: SyncStore, api: SyncApi): Promise<SyncResult> {
  let pushed = 0;
  let pulled = 0;
  let removed = 0;
  for (const s of (await store.allStored()).filter((r) => r.dirty)) {
    if (s.deleted) await api.remove(s.collection, s.id);
    else await api.put(s.collection, s.id, s.record);
    pushed++;
    const now = await store.getStored(s.key);
    // Written again while the request was in flight: leave it dirty for the next sync.
    if (!now || now.updatedAt !== s.updatedAt) continue;
    if (s.deleted) await store.removeStored(s.key);
    else await store.putStored({ ...now, dirty: false, synced: true });
  }

  for (const collection of COLLECTIONS) {
    const remote = await api.list(collection);
    const remoteKeys = new Set(remote.map((r) => recordKey(collection, r.id)));
    for (const record of remote) {
      const key = recordKey(collection, record.id);
      const local = await store.getStored(key);
      if (local?.dirty) continue;
      if (local && JSON.stringify(local.record) === JSON.stringify(record)) continue;
      await store.putStored({
        key,
        collection,
        id: record.id,
        record: record as StoredRecord<Collection>['record'],
        updatedAt: Date.now(),
        dirty: false,
        deleted: false,
        synced: true,
      });
      pulled++;
    }
    const locals = (await store.allStored()).filter((s) => s.collection === collection);
    for (const local of locals) {
      if (local.synced && !local.dirty && !remoteKeys.has(local.key)) {
        await store.removeStored(local.key);
        removed++;
      }
    }
  }
  return { pushed, pulled, removed };
}

/** The API path segment of each collection (docs/api.md). */
export const SEGMENTS: Readonly<Record<Collection, string>> = {
  episodes: 'episodes',
  checkIns: 'checkins',
  remedySessions: 'remedy-sessions',
  assessments: 'assessments',
  doctorQuestions: 'doctor-questions',
};
