/**
 * Drives a running timer's display and alerts. Every refresh reads the wall clock, finds the events
 * (warning, next step, end) that fell since the last refresh, and announces the latest: on screen via the
 * returned text for an aria-live region, with a beep if sound is on, and as a notification when hidden.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { getSound } from '../prefs.ts';
import { beep, keepScreenOn, notify } from './timer-alerts.ts';
import { elapsedMs, eventsBetween, timerView } from './timer-clock.ts';
import { eventMessage } from './timer-messages.ts';
import type { StoredTimer } from './timer-storage.ts';

/** How often the display refreshes. Only the display: the time itself always comes from Date.now(). */
const REFRESH_MS = 250;

export function useTimerTicks(timer: StoredTimer | null): { now: number; announcement: string } {
  const [now, setNow] = useState(Date.now());
  const [announcement, setAnnouncement] = useState('');
  const lastElapsed = useRef<number | null>(null);

  useEffect(() => {
    if (!timer) {
      lastElapsed.current = null;
      return;
    }
    const tick = () => {
      const at = Date.now();
      setNow(at);
      const elapsed = elapsedMs(timer, at);
      const from = lastElapsed.current ?? elapsed;
      lastElapsed.current = elapsed;
      const events = eventsBetween(timer, from, elapsed);
      const latest = events[events.length - 1];
      if (!latest) return;
      // After a long sleep several events may be due at once: say only the latest, which is what matters now.
      const message = eventMessage(timer, latest);
      setAnnouncement(message);
      if (getSound()) beep(latest.kind === 'warn' ? 2 : 3);
      if (document.visibilityState === 'hidden') void notify(timer.title, message);
    };
    // A wake lock is released whenever the page is hidden; ask again each time it is shown.
    const relock = () => {
      if (document.visibilityState === 'visible') void keepScreenOn(!timerView(timer, Date.now()).done);
    };
    tick();
    relock();
    const id = window.setInterval(tick, REFRESH_MS);
    // Background tabs get few timer callbacks; coming back to the page catches up at once.
    document.addEventListener('visibilitychange', tick);
    document.addEventListener('visibilitychange', relock);
    return () => {
      window.clearInterval(id);
      document.removeEventListener('visibilitychange', tick);
      document.removeEventListener('visibilitychange', relock);
      void keepScreenOn(false);
    };
  }, [timer]);

  return { now, announcement };
}
