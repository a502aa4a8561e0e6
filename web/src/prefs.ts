/**
 * Small preferences kept in localStorage (they must be there before IndexedDB opens): the country for
 * the emergency number, the language, and the timer's sound setting. The language and the country are
 * synced with the account too (settings/prefs-sync.ts): a choice made here is marked as changed until
 * the account has it.
 */
import { useEffect, useState } from 'preact/hooks';
import { guessCountry } from '../../src/knowledge/services.ts';

const KEYS = {
  country: 'backease.country',
  language: 'backease.language',
  sound: 'backease.timerSound',
  changed: 'backease.prefsChanged',
  digits: 'backease.digits',
};
const listeners = new Set<() => void>();

function read(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

function write(key: string, value: string | null): void {
  try {
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, value);
  } catch {
    // Private browsing with storage off: the choice lasts for this page only.
  }
  for (const l of listeners) l();
}

export function getCountry(): string | null {
  return read(KEYS.country) ?? guessCountry(navigator.languages);
}
/** The country the person chose (not the guess from the browser), or null. */
export const getSavedCountry = () => read(KEYS.country);
/** The person's choice on this device: remembered, and sent to their account when they are signed in. */
export function setCountry(c: string): void {
  write(KEYS.changed, '1');
  write(KEYS.country, c);
}
export const getSavedLanguage = () => read(KEYS.language);
export function saveLanguage(l: string): void {
  write(KEYS.changed, '1');
  write(KEYS.language, l);
}
/** Whether the language or country was chosen here since the account last had them. */
export const prefsChanged = () => read(KEYS.changed) === '1';
/** The account's choice, taken on this device: not a change made here. */
export function takeAccountPrefs(prefs: { language?: string | null; country?: string | null }): void {
  if (prefs.language !== undefined) write(KEYS.language, prefs.language);
  if (prefs.country !== undefined) write(KEYS.country, prefs.country);
}
/** The account now holds these; a choice made here meanwhile stays marked as changed. */
export function markPrefsSynced(synced: { language: string | null; country: string | null }): void {
  if (read(KEYS.language) === synced.language && read(KEYS.country) === synced.country)
    write(KEYS.changed, null);
}
/** Listens to every preference change; returns the way to stop. */
export function onPrefsChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}
/** Arabic-Indic digits ("arab") or Western ones (null, the default) for an Arabic reader. */
export const getDigits = (): 'arab' | null => (read(KEYS.digits) === 'arab' ? 'arab' : null);
export const setDigits = (d: 'arab' | 'latn') => write(KEYS.digits, d === 'arab' ? 'arab' : null);
export const getSound = () => read(KEYS.sound) === 'on';
export const setSound = (on: boolean) => write(KEYS.sound, on ? 'on' : 'off');

/** Re-renders the caller when any preference changes. */
export function usePrefs(): number {
  const [version, setVersion] = useState(0);
  useEffect(() => {
    const l = () => setVersion((v) => v + 1);
    listeners.add(l);
    return () => void listeners.delete(l);
  }, []);
  return version;
}
