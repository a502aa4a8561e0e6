/**
 * Small preferences kept in localStorage (they must be there before IndexedDB opens): the country for
 * the emergency number, the language, and the timer's sound setting.
 */
import { useEffect, useState } from 'preact/hooks';
import { guessCountry } from '../../src/knowledge/services.ts';

const KEYS = { country: 'backease.country', language: 'backease.language', sound: 'backease.timerSound' };
const listeners = new Set<() => void>();

function read(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

function write(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    // Private browsing with storage off: the choice lasts for this page only.
  }
  for (const l of listeners) l();
}

export function getCountry(): string | null {
  return read(KEYS.country) ?? guessCountry(navigator.languages);
}
export const setCountry = (c: string) => write(KEYS.country, c);
export const getSavedLanguage = () => read(KEYS.language);
export const saveLanguage = (l: string) => write(KEYS.language, l);
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
