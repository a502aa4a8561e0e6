/**
 * Runs a diary sync with the real IndexedDB store and the server API, one at a time, when signed in.
 * Called after sign-in, when the diary opens, after each change and when the connection comes back.
 */
import { ApiError, diaryApi } from '../account/api-client.ts';
import { getUser, setUser } from '../account/session.ts';
import { type Resolution, resolveConflict } from './conflicts.ts';
import { allStored, getMeta, getStored, putStored, removeStored, setMeta } from './diary-db.ts';
import { serialRunner } from './serial-runner.ts';
import { type SyncResult, syncDiary } from './sync.ts';
import { validRecord } from './valid-record.ts';

const store = { allStored, getStored, putStored, removeStored };

/**
 * One sync at a time; a change made while one runs gets a sync of its own after it (serialRunner), so
 * "saved and synced" never reports a run that started before the change.
 */
const run = serialRunner(() =>
  syncDiary(store, diaryApi, { valid: validRecord })
    .then(async (r) => {
      await setMeta('lastSyncAt', new Date().toISOString());
      return r;
    })
    .catch((e: unknown) => {
      // The session ended (expired or signed out elsewhere): act signed out; the diary stays on the phone.
      if (e instanceof ApiError && e.status === 401) {
        setUser(null);
        return null;
      }
      throw e;
    }),
);

export function syncNow(): Promise<SyncResult | null> {
  if (!getUser() || !navigator.onLine) return Promise.resolve(null);
  return run();
}

/**
 * Stores the person's choice for a conflict on this device; the next sync sends it. False when the chosen
 * values together are not a valid record.
 */
export function settleConflict(key: string, resolution: Resolution): Promise<boolean> {
  return resolveConflict(store, key, resolution, Date.now(), validRecord);
}

export function lastSyncAt(): Promise<string | undefined> {
  return getMeta<string>('lastSyncAt');
}
