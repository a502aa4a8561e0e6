import { useEffect, useRef, useState } from 'preact/hooks';
import { ScreenHeading } from '../components/heading.tsx';
import { PainScale } from '../components/pain-scale.tsx';
import { saveRecord } from '../diary/diary-db.ts';
import { t } from '../i18n/i18n.ts';
import { getSound } from '../prefs.ts';
import { beep, keepScreenOn, notify, unlockAudio } from './timer-alerts.ts';
import {
  elapsedMs,
  eventsBetween,
  formatClock,
  minutesUsed,
  pauseTimer,
  resumeTimer,
  startTimer,
  stopTimer,
  type TimerEvent,
  timerView,
} from './timer-clock.ts';
import { TimerSetup } from './timer-setup.tsx';
import {
  getPendingTimer,
  getRunningTimer,
  type StoredTimer,
  setPendingTimer,
  setRunningTimer,
} from './timer-storage.ts';

/** How often the display refreshes. Only the display: the time itself always comes from Date.now(). */
const REFRESH_MS = 250;

function eventMessage(timer: StoredTimer, e: TimerEvent): string {
  if (e.kind === 'done') return t('timer.doneAnnounce');
  const step = timer.steps[e.step];
  if (!step) return '';
  if (e.kind === 'step') return t('timer.stepAnnounce', { label: step.label, instruction: step.instruction });
  const next = timer.steps[e.step + 1];
  const left = formatClock(Math.min(timer.warnBeforeEndSeconds, step.seconds / 2) * 1000);
  return next
    ? t('timer.warnNext', { left, label: step.label, next: next.label, instruction: next.instruction })
    : t('timer.warnEnd', { left, label: step.label });
}

/**
 * A guided remedy session: heat then wrapped cold, or stretches step by step. Survives sleep, background
 * tabs and reloads (see timer-clock.ts); warns before each step ends on screen, through a live region,
 * with an optional beep and, when the page is hidden, a notification.
 */
export function TimerScreen() {
  const [timer, setTimer] = useState<StoredTimer | null>(() => getRunningTimer());
  const [pending, setPending] = useState(() => getPendingTimer());
  const [now, setNow] = useState(Date.now());
  const [announcement, setAnnouncement] = useState('');
  const [painAfter, setPainAfter] = useState<number | null>(null);
  const [finished, setFinished] = useState<'no' | 'saved' | 'skipped'>('no');
  const lastElapsed = useRef<number | null>(null);

  const update = (next: StoredTimer | null) => {
    setRunningTimer(next);
    setTimer(next);
  };

  useEffect(() => {
    if (!timer) return;
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
    tick();
    // A lock is released when the page is hidden; ask again each time the timer screen is shown.
    const relock = () => {
      if (document.visibilityState === 'visible') void keepScreenOn(!timerView(timer, Date.now()).done);
    };
    relock();
    document.addEventListener('visibilitychange', relock);
    const id = window.setInterval(tick, REFRESH_MS);
    // Background tabs get few timer callbacks; coming back to the page catches up at once.
    document.addEventListener('visibilitychange', tick);
    return () => {
      window.clearInterval(id);
      document.removeEventListener('visibilitychange', tick);
      document.removeEventListener('visibilitychange', relock);
      void keepScreenOn(false);
    };
  }, [timer]);

  if (finished !== 'no') {
    return (
      <section class="screen">
        <ScreenHeading focusKey="timer-finished">{t('timer.finishedTitle')}</ScreenHeading>
        <p role="status">{finished === 'saved' ? t('timer.savedToDiary') : t('timer.notSaved')}</p>
        <p>
          <a href="/diary">{t('timer.toDiary')}</a>
        </p>
      </section>
    );
  }

  if (!timer) {
    if (!pending) {
      return (
        <section class="screen">
          <ScreenHeading focusKey="no-timer">{t('timer.none')}</ScreenHeading>
          <p>
            <a class="button button-primary" href="/check">
              {t('home.start')}
            </a>
          </p>
        </section>
      );
    }
    return (
      <TimerSetup
        spec={pending}
        onStart={(painBefore) => {
          unlockAudio();
          lastElapsed.current = null;
          update({
            ...startTimer(
              {
                adviceId: pending.adviceId,
                sessionId: crypto.randomUUID(),
                steps: pending.steps,
                warnBeforeEndSeconds: pending.warnBeforeEndSeconds,
                painBefore,
              },
              Date.now(),
            ),
            title: pending.title,
            safety: pending.safety,
          });
          setPendingTimer(null);
          setPending(null);
        }}
      />
    );
  }

  const view = timerView(timer, now);
  const step = timer.steps[view.stepIndex];

  const finish = async (save: boolean) => {
    if (save && painAfter !== null) {
      await saveRecord('remedySessions', {
        id: timer.sessionId,
        episodeId: null,
        remedy: timer.adviceId,
        startedAt: new Date(timer.startedAt).toISOString(),
        minutes: minutesUsed(timer, Date.now()),
        painBefore: timer.painBefore ?? painAfter,
        painAfter,
        notes: '',
      });
    }
    update(null);
    setFinished(save ? 'saved' : 'skipped');
  };

  if (view.done) {
    return (
      <form
        class="screen"
        onSubmit={(e) => {
          e.preventDefault();
          void finish(true);
        }}
      >
        <ScreenHeading focusKey="timer-done">{t('timer.doneTitle')}</ScreenHeading>
        <p class="lead">{t('timer.doneText')}</p>
        <PainScale
          name="pain-after"
          legend={t('timer.painAfter')}
          value={painAfter}
          onChange={setPainAfter}
        />
        <div class="actions">
          <button type="submit" class="button button-primary" disabled={painAfter === null}>
            {t('timer.save')}
          </button>
          <button type="button" class="button button-quiet" onClick={() => void finish(false)}>
            {t('timer.skipSave')}
          </button>
        </div>
      </form>
    );
  }

  return (
    <section class={`screen timer-running${view.warning ? ' timer-warning' : ''}`}>
      <ScreenHeading focusKey={`timer-${timer.sessionId}`}>{timer.title}</ScreenHeading>
      <p class="timer-step-label">
        {t('timer.stepOf', { step: view.stepIndex + 1, total: timer.steps.length })}:{' '}
        <strong>{step?.label}</strong>
      </p>
      <p
        class="timer-clock"
        role="timer"
        aria-label={t('timer.remainingLabel', { label: step?.label ?? '' })}
      >
        {formatClock(view.stepRemainingMs)}
      </p>
      <p class="timer-instruction">{step?.instruction}</p>
      {view.warning ? (
        <p class="timer-warning-text">{eventMessage(timer, { kind: 'warn', step: view.stepIndex })}</p>
      ) : null}
      {view.paused ? <p class="timer-paused">{t('timer.paused')}</p> : null}
      <p aria-live="assertive" class="visually-hidden">
        {announcement}
      </p>
      <p class="hint">{t('timer.totalLeft', { time: formatClock(view.totalRemainingMs) })}</p>
      <ol class="timer-progress" aria-label={t('timer.stepsTitle')}>
        {timer.steps.map((s, i) => (
          <li
            key={`${i}-${s.label}`}
            aria-current={i === view.stepIndex ? 'step' : undefined}
            class={i < view.stepIndex ? 'step-done' : undefined}
          >
            {s.label} ({formatClock(s.seconds * 1000)})
            {i < view.stepIndex ? <span class="visually-hidden"> {t('timer.stepDone')}</span> : null}
          </li>
        ))}
      </ol>
      <div class="actions">
        {view.paused ? (
          <button
            type="button"
            class="button button-primary"
            onClick={() => update({ ...timer, ...resumeTimer(timer, Date.now()) })}
          >
            {t('timer.resume')}
          </button>
        ) : (
          <button
            type="button"
            class="button"
            onClick={() => update({ ...timer, ...pauseTimer(timer, Date.now()) })}
          >
            {t('timer.pause')}
          </button>
        )}
        <button
          type="button"
          class="button button-quiet"
          onClick={() => update({ ...timer, ...stopTimer(timer, Date.now()) })}
        >
          {t('timer.stop')}
        </button>
      </div>
      <details>
        <summary>{t('timer.safetyTitle')}</summary>
        <ul>
          {timer.safety.map((s) => (
            <li key={s}>{s}</li>
          ))}
          <li>{t('timer.safetyAwake')}</li>
        </ul>
      </details>
    </section>
  );
}
