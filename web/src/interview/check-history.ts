/**
 * The check's place in the browser's history: one entry per screen (about you = -1, then the number
 * of answers given), so the phone's back gesture goes to the previous question and, from the first
 * screen, leaves the check as it came. Each entry's state says how many answers it shows and whether
 * the check pushed it (then the entry before it is the previous question).
 */

export interface CheckEntry {
  /** Answers given before this screen; -1 for "about you". */
  readonly check: number;
  /** Pushed by the check on answering, so history.back() returns to the previous question. */
  readonly pushed: boolean;
}

export function readEntry(state: unknown): CheckEntry | null {
  if (!state || typeof state !== 'object') return null;
  const s = state as Partial<CheckEntry>;
  return typeof s.check === 'number' && Number.isInteger(s.check) && s.check >= -1
    ? { check: s.check, pushed: s.pushed === true }
    : null;
}

/** A new screen after an answer: a new entry. */
export function pushEntry(check: number): void {
  history.pushState({ check, pushed: true } satisfies CheckEntry, '', location.pathname);
}

/** The entry the person is on now, said again (on arrival, or after a change not made by history). */
export function replaceEntry(check: number): void {
  const pushed = readEntry(history.state)?.pushed ?? false;
  history.replaceState({ check, pushed } satisfies CheckEntry, '', location.pathname);
}
