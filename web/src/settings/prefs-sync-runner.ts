/**
 * Keeps the language and country in step with the account (prefs-sync.ts): when someone signs in (or
 * the app finds them signed in), and after each choice made while signed in. One round at a time; a
 * failed round (offline, server down) leaves the choice marked as changed for the next one.
 */
import { ApiError, profileApi } from '../account/api-client.ts';
import { getUser, onUserChange, refreshSession, setUser } from '../account/session.ts';
import { setLanguage } from '../i18n/i18n.ts';
import {
  getSavedCountry,
  getSavedLanguage,
  markPrefsSynced,
  onPrefsChange,
  prefsChanged,
  takeAccountPrefs,
} from '../prefs.ts';
import { syncPrefs } from './prefs-sync.ts';

let running: Promise<void> | null = null;
let again = false;

async function round(): Promise<void> {
  try {
    await syncPrefs({
      api: profileApi,
      device: () => ({ language: getSavedLanguage(), country: getSavedCountry(), changed: prefsChanged() }),
      apply: async (prefs) => {
        if (prefs.language) await setLanguage(prefs.language);
        takeAccountPrefs(prefs);
      },
      markSynced: markPrefsSynced,
    });
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) setUser(null);
    // Otherwise (offline, a server error) the choice stays marked and goes with the next round.
  }
}

/** Syncs now if signed in and online; a call during a round runs one more round after it. */
export function syncPrefsNow(): Promise<void> {
  if (!getUser() || !navigator.onLine) return Promise.resolve();
  if (running) {
    again = true;
    return running;
  }
  running = round().finally(() => {
    running = null;
    if (again) {
      again = false;
      void syncPrefsNow();
    }
  });
  return running;
}

/** Starts following sign-ins and choices; checks the session once, so a signed-in device catches up. */
export function startPrefsSync(): void {
  let signedIn = getUser() !== null;
  onUserChange(() => {
    const now = getUser() !== null;
    if (now && !signedIn) void syncPrefsNow();
    signedIn = now;
  });
  onPrefsChange(() => {
    if (prefsChanged()) void syncPrefsNow();
  });
  window.addEventListener('online', () => void syncPrefsNow());
  if (navigator.onLine) void refreshSession();
}
