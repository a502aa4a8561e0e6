/**
 * Runs a diary sync with the real IndexedDB store and the server API, one at a time, when signed in.
 * Called after sign-in, when the diary opens, after each change and when the connection comes back.
 */
import { ApiError, diaryApi } from '../account/api-client.ts';
import { getUser, setUser } from '../account/session.ts';
import { allStored, getMeta, getStored, putStored, removeStored, setMeta } from './diary-db.ts';
import { type SyncResult, syncDiary } from './sync.ts';

let running: Promise<SyncResult | null> | null = null;

export function syncNow(): Promise<SyncResult | null> {
  if (!getUser() || !navigator.onLine) return Promise.resolve(null);
  running ??= syncDiary({ allStored, getStored, putStored, removeStored }, diaryApi)
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
    })
    .finally(() => {
      running = null;
    });
  return running;
}

export function lastSyncAt(): Promise<string | undefined> {
  return getMeta<string>('lastSyncAt');
}
