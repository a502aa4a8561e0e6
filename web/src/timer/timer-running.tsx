import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { ScreenHeading } from '../components/heading.tsx';
import { t } from '../i18n/i18n.ts';
import { unlockAudio } from './timer-alerts.ts';
import { formatClock, pauseTimer, resumeTimer, stopTimer, timerView } from './timer-clock.ts';
import { eventMessage } from './timer-messages.ts';
import type { StoredTimer } from './timer-storage.ts';

/**
 * The running timer: the step, a large clock, the instruction, the warning, the steps, and controls.
 * Stop asks first (a stray tap must not end a session), in place, with the question focused.
 */
export function TimerRunning(props: {
  timer: StoredTimer;
  now: number;
  announcement: string;
  onChange: (next: StoredTimer) => void;
}) {
  const { timer } = props;
  const [confirming, setConfirming] = useState(false);
  const question = useRef<HTMLParagraphElement>(null);
  useLayoutEffect(() => {
    if (confirming) question.current?.focus();
  }, [confirming]);
  const view = timerView(timer, props.now);
  const step = timer.steps[view.stepIndex];
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
        {props.announcement}
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
      {confirming ? (
        <div class="confirm">
          <p id="stop-question" class="confirm-question" tabIndex={-1} ref={question}>
            {t('timer.stopConfirm')}
          </p>
          <div class="actions">
            <button
              type="button"
              class="button button-danger"
              onClick={() => props.onChange({ ...timer, ...stopTimer(timer, Date.now()) })}
            >
              {t('timer.stopYes')}
            </button>
            <button type="button" class="button button-primary" onClick={() => setConfirming(false)}>
              {t('timer.stopNo')}
            </button>
          </div>
        </div>
      ) : (
        <div class="actions">
          {view.paused ? (
            <button
              type="button"
              class="button button-primary"
              onClick={() => {
                // After a reload the sound needs a tap to start again; any control here gives it one.
                unlockAudio();
                props.onChange({ ...timer, ...resumeTimer(timer, Date.now()) });
              }}
            >
              {t('timer.resume')}
            </button>
          ) : (
            <button
              type="button"
              class="button"
              onClick={() => {
                unlockAudio();
                props.onChange({ ...timer, ...pauseTimer(timer, Date.now()) });
              }}
            >
              {t('timer.pause')}
            </button>
          )}
          <button type="button" class="button button-quiet" onClick={() => setConfirming(true)}>
            {t('timer.stop')}
          </button>
        </div>
      )}
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
