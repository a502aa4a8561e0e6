/**
 * Runs a diary sync with the real IndexedDB store and the server API, one at a time, when signed in.
 * Called after sign-in, when the diary opens, after each change and when the connection comes back.
 */
import { ApiError, diaryApi } from '../account/api-client.ts';
import { getUser, setUser } from '../account/session.ts';
import { allStored, getMeta, getStored, putStored, removeStored, setMeta } from './diary-db.ts';
import { serialRunner } from './serial-runner.ts';
import { type SyncResult, syncDiary } from './sync.ts';

/**
 * One sync at a time; a change made while one runs gets a sync of its own after it (serialRunner), so
 * "saved and synced" never reports a run that started before the change.
 */
const run = serialRunner(() =>
  syncDiary({ allStored, getStored, putStored, removeStored }, diaryApi)
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

export function lastSyncAt(): Promise<string | undefined> {
  return getMeta<string>('lastSyncAt');
}
