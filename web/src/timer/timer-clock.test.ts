import { describe, expect, it } from 'vitest';
import {
  eventsBetween,
  formatClock,
  minutesUsed,
  msToNextEvent,
  pauseTimer,
  type RunningTimer,
  resumeTimer,
  startTimer,
  timerView,
} from './timer-clock.ts';

const T0 = 1_700_000_000_000;
const heatCold: RunningTimer = startTimer(
  {
    adviceId: 'heat_then_cold',
    sessionId: '00000000-0000-4000-8000-000000000000',
    steps: [
      { label: 'Heat', seconds: 1200, instruction: 'warm pack' },
      { label: 'Cold', seconds: 600, instruction: 'wrapped cold pack' },
    ],
    warnBeforeEndSeconds: 60,
    painBefore: 6,
  },
  T0,
);
const min = 60_000;

describe('remedy timer clock', () => {
  it('works out the step from the wall clock, however long the page slept', () => {
    expect(timerView(heatCold, T0 + 5 * min)).toMatchObject({ stepIndex: 0, stepRemainingMs: 15 * min });
    // The phone slept for 22 minutes: no ticks ran, yet the timer is in the cold step with 8 minutes left.
    expect(timerView(heatCold, T0 + 22 * min)).toMatchObject({ stepIndex: 1, stepRemainingMs: 8 * min });
    expect(timerView(heatCold, T0 + 40 * min).done).toBe(true);
  });

  it('warns inside the last minute of a step', () => {
    expect(timerView(heatCold, T0 + 18.5 * min).warning).toBe(false);
    expect(timerView(heatCold, T0 + 19.5 * min).warning).toBe(true);
  });

  it('does not count paused time', () => {
    const paused = pauseTimer(heatCold, T0 + 5 * min);
    expect(timerView(paused, T0 + 30 * min)).toMatchObject({
      stepIndex: 0,
      stepRemainingMs: 15 * min,
      paused: true,
    });
    const resumed = resumeTimer(paused, T0 + 30 * min);
    expect(timerView(resumed, T0 + 31 * min).stepRemainingMs).toBe(14 * min);
    expect(minutesUsed(resumed, T0 + 31 * min)).toBe(6);
  });

  it('lists the events missed while asleep, in order', () => {
    expect(eventsBetween(heatCold, 0, 25 * min)).toEqual([
      { kind: 'warn', step: 0 },
      { kind: 'step', step: 1 },
    ]);
    expect(eventsBetween(heatCold, 25 * min, 30 * min)).toEqual([
      { kind: 'warn', step: 1 },
      { kind: 'done' },
    ]);
  });

  it('knows how long until the next event', () => {
    const ms = msToNextEvent(heatCold, T0 + 10 * min) ?? 0;
    expect(ms).toBe(9 * min);
    expect(msToNextEvent(heatCold, T0 + 31 * min)).toBeNull();
  });

  it('formats the clock, rounding up', () => {
    expect(formatClock(245_000)).toBe('4:05');
    expect(formatClock(400)).toBe('0:01');
  });
});

describe('stopping early', () => {
  it('reads as done with the minutes actually used', async () => {
    const { stopTimer } = await import('./timer-clock.ts');
    const stopped = stopTimer(heatCold, T0 + 25 * min);
    expect(timerView(stopped, T0 + 25 * min).done).toBe(true);
    expect(minutesUsed(stopped, T0 + 40 * min)).toBe(25);
  });
});
