/**
 * The remedy timer's clock. Time is always worked out from wall-clock timestamps (when it started, how
 * long it has been paused), never by counting ticks, so it stays right when the phone sleeps, the tab is
 * in the background or the page is reloaded. Pure: the caller passes `now`.
 */
export interface TimerStepSpec {
  readonly label: string;
  readonly seconds: number;
  readonly instruction: string;
}

export interface RunningTimer {
  /** The advice item (plan action) this timer belongs to. */
  readonly adviceId: string;
  readonly sessionId: string;
  readonly steps: readonly TimerStepSpec[];
  readonly warnBeforeEndSeconds: number;
  /** Date.now() at the start. */
  readonly startedAt: number;
  /** Date.now() when paused, or null while running. */
  readonly pausedAt: number | null;
  /** Total time spent paused before the current pause. */
  readonly pausedMs: number;
  readonly painBefore: number | null;
}

export interface TimerView {
  readonly stepIndex: number;
  readonly stepRemainingMs: number;
  readonly totalRemainingMs: number;
  /** Inside the warning window at the end of the current step. */
  readonly warning: boolean;
  readonly done: boolean;
  readonly paused: boolean;
}

export type TimerEvent =
  | { readonly kind: 'step'; readonly step: number }
  | { readonly kind: 'warn'; readonly step: number }
  | { readonly kind: 'done' };

export function startTimer(
  init: Omit<RunningTimer, 'startedAt' | 'pausedAt' | 'pausedMs'>,
  now: number,
): RunningTimer {
  return { ...init, startedAt: now, pausedAt: null, pausedMs: 0 };
}

/** Active (unpaused) time since the start. */
export function elapsedMs(t: RunningTimer, now: number): number {
  const pausedNow = t.pausedAt === null ? 0 : now - t.pausedAt;
  return Math.max(0, now - t.startedAt - t.pausedMs - pausedNow);
}

export function totalMs(t: Pick<RunningTimer, 'steps'>): number {
  return t.steps.reduce((sum, s) => sum + s.seconds * 1000, 0);
}

function warnMs(t: RunningTimer, seconds: number): number {
  // A warning longer than the step itself would fire at its start; cap it at half the step.
  return Math.min(t.warnBeforeEndSeconds, seconds / 2) * 1000;
}

export function timerView(t: RunningTimer, now: number): TimerView {
  const elapsed = elapsedMs(t, now);
  const total = totalMs(t);
  let start = 0;
  for (const [i, s] of t.steps.entries()) {
    const end = start + s.seconds * 1000;
    if (elapsed < end) {
      const stepRemainingMs = end - elapsed;
      return {
        stepIndex: i,
        stepRemainingMs,
        totalRemainingMs: total - elapsed,
        warning: stepRemainingMs <= warnMs(t, s.seconds),
        done: false,
        paused: t.pausedAt !== null,
      };
    }
    start = end;
  }
  return {
    stepIndex: t.steps.length - 1,
    stepRemainingMs: 0,
    totalRemainingMs: 0,
    warning: false,
    done: true,
    paused: false,
  };
}

/** Every event with its moment in active time: a warning before each step ends, each new step, the end. */
function eventTimes(t: RunningTimer): { at: number; event: TimerEvent }[] {
  const events: { at: number; event: TimerEvent }[] = [];
  let start = 0;
  for (const [i, s] of t.steps.entries()) {
    const end = start + s.seconds * 1000;
    if (i > 0) events.push({ at: start, event: { kind: 'step', step: i } });
    events.push({ at: end - warnMs(t, s.seconds), event: { kind: 'warn', step: i } });
    start = end;
  }
  events.push({ at: start, event: { kind: 'done' } });
  return events;
}

/** Events whose moment (in active time) falls after `fromElapsed` and at or before `toElapsed`. */
export function eventsBetween(t: RunningTimer, fromElapsed: number, toElapsed: number): TimerEvent[] {
  return eventTimes(t)
    .filter((e) => e.at > fromElapsed && e.at <= toElapsed)
    .map((e) => e.event);
}

/** Active milliseconds until the next event, for scheduling a notification; null when finished. */
export function msToNextEvent(t: RunningTimer, now: number): number | null {
  const elapsed = elapsedMs(t, now);
  const next = eventTimes(t).find((e) => e.at > elapsed);
  return next ? next.at - elapsed : null;
}

export function pauseTimer(t: RunningTimer, now: number): RunningTimer {
  return t.pausedAt === null ? { ...t, pausedAt: now } : t;
}

export function resumeTimer(t: RunningTimer, now: number): RunningTimer {
  return t.pausedAt === null ? t : { ...t, pausedAt: null, pausedMs: t.pausedMs + (now - t.pausedAt) };
}

/** Minutes the person actually used the remedy (for the diary). */
export function minutesUsed(t: RunningTimer, now: number): number {
  return Math.round((Math.min(elapsedMs(t, now), totalMs(t)) / 60000) * 10) / 10;
}

/** "4:05" for 245 000 ms; rounds up so the display never shows 0:00 before the end. */
export function formatClock(ms: number): string {
  const s = Math.ceil(ms / 1000);
  const m = Math.floor(s / 60);
  return `${m}:${String(s % 60).padStart(2, '0')}`;
}

/** Ends the session early: the steps are cut at the time used, so the timer reads as done from now on. */
export function stopTimer(t: RunningTimer, now: number): RunningTimer {
  const running = resumeTimer(t, now);
  let left = Math.max(1, Math.ceil(elapsedMs(running, now) / 1000));
  const steps: TimerStepSpec[] = [];
  for (const s of t.steps) {
    if (left <= 0) break;
    const seconds = Math.min(s.seconds, left);
    steps.push({ ...s, seconds });
    left -= seconds;
  }
  return { ...running, steps };
}
