/**
 * Who is signed in, shared by the screens. Checked with the server when a screen needs it; offline or
 * without a server the app simply behaves as signed out, and the diary stays on the device.
 */
import { useEffect, useState } from 'preact/hooks';
import { currentSession, type User } from './api-client.ts';

let user: User | null = null;
let checked = false;
const listeners = new Set<() => void>();

export function getUser(): User | null {
  return user;
}

export function setUser(next: User | null): void {
  user = next;
  checked = true;
  for (const l of listeners) l();
}

/** Listens to sign-in and sign-out; returns the way to stop. */
export function onUserChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

export async function refreshSession(): Promise<User | null> {
  try {
    setUser(await currentSession());
  } catch {
    setUser(null);
  }
  return user;
}

export function useUser(): { user: User | null; checked: boolean } {
  const [, setVersion] = useState(0);
  useEffect(() => {
    const l = () => setVersion((v) => v + 1);
    listeners.add(l);
    // A check that ended between this screen's first drawing and now (the app checks the session at
    // start too) notified no one here: draw again with its answer.
    if (!checked) void refreshSession();
    else l();
    return () => void listeners.delete(l);
  }, []);
  return { user, checked };
}
