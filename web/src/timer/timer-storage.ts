/**
 * Where the remedy timer lives between page loads. The running timer is in localStorage (written at
 * start, pause and resume), so a reload, a crash or a phone that killed the tab resumes it at the right
 * time. The "pending" timer is the one the person chose on the result screen but has not started yet.
 */
import type { RunningTimer, TimerStepSpec } from './timer-clock.ts';

export interface TimerSpec {
  readonly adviceId: string;
  readonly title: string;
  readonly steps: readonly TimerStepSpec[];
  readonly warnBeforeEndSeconds: number;
  readonly safety: readonly string[];
}

export interface StoredTimer extends RunningTimer {
  readonly title: string;
  readonly safety: readonly string[];
}

const PENDING = 'backease.timer.pending';
const RUNNING = 'backease.timer.running';

function read<T>(key: string): T | null {
  try {
    const raw = localStorage.getItem(key);
    return raw ? (JSON.parse(raw) as T) : null;
  } catch {
    return null;
  }
}

function write(key: string, value: unknown): void {
  try {
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // Storage off: the timer still runs, but will not survive a reload.
  }
}

export const getPendingTimer = () => read<TimerSpec>(PENDING);
export const setPendingTimer = (spec: TimerSpec | null) => write(PENDING, spec);
export const getRunningTimer = () => read<StoredTimer>(RUNNING);
export const setRunningTimer = (timer: StoredTimer | null) => write(RUNNING, timer);
