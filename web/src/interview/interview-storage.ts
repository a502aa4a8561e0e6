/**
 * Keeps the interview in localStorage so a reload, a closed tab or a phone that killed the page
 * picks up where the person was. Nothing leaves the device. An old interview (over a day) is dropped:
 * the answers describe how the back was then, not now.
 */
import type { InterviewState } from './interview-state.ts';

const KEY = 'backease.interview';
const MAX_AGE_MS = 24 * 3600 * 1000;

export function saveInterview(state: InterviewState | null, finished = false): void {
  try {
    if (state === null) localStorage.removeItem(KEY);
    else localStorage.setItem(KEY, JSON.stringify({ savedAt: Date.now(), state, finished }));
  } catch {
    // Storage full or off: the interview still works, it just won't survive a reload.
  }
}

export function loadInterview(): InterviewState | null {
  try {
    const raw = localStorage.getItem(KEY);
    if (!raw) return null;
    const parsed = JSON.parse(raw) as { savedAt: number; state: InterviewState };
    if (Date.now() - parsed.savedAt > MAX_AGE_MS) return null;
    return parsed.state;
  } catch {
    return null;
  }
}

/** For the home screen: a finished check to show again, one to continue, or none. */
export function interviewStatus(): 'finished' | 'started' | 'none' {
  try {
    const raw = localStorage.getItem(KEY);
    const parsed = raw
      ? (JSON.parse(raw) as { savedAt: number; finished?: boolean; state: InterviewState })
      : null;
    if (!parsed || Date.now() - parsed.savedAt > MAX_AGE_MS) return 'none';
    if (parsed.finished) return 'finished';
    return parsed.state.answers.length > 0 ? 'started' : 'none';
  } catch {
    return 'none';
  }
}
