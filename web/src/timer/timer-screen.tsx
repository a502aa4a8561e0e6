import { useState } from 'preact/hooks';
import { ScreenHeading } from '../components/heading.tsx';
import { StartCheckScreen } from '../components/start-check-screen.tsx';
import { saveRecord } from '../diary/diary-db.ts';
import { t } from '../i18n/i18n.ts';
import { unlockAudio } from './timer-alerts.ts';
import { minutesUsed, startTimer, timerView } from './timer-clock.ts';
import { TimerDone } from './timer-done.tsx';
import { TimerRunning } from './timer-running.tsx';
import { TimerSetup } from './timer-setup.tsx';
import {
  getPendingTimer,
  getRunningTimer,
  type StoredTimer,
  setPendingTimer,
  setRunningTimer,
} from './timer-storage.ts';
import { useTimerTicks } from './use-timer-ticks.ts';

/**
 * A guided remedy session: heat then wrapped cold, or stretches step by step. Setup (safety and the
 * stay-awake promise), running (survives sleep, background tabs and reloads: see timer-clock.ts), done
 * (pain after, saved to the diary), finished.
 */
export function TimerScreen() {
  const [timer, setTimer] = useState<StoredTimer | null>(() => getRunningTimer());
  const [pending, setPending] = useState(() => getPendingTimer());
  const [finished, setFinished] = useState<'no' | 'saved' | 'skipped'>('no');
  const { now, announcement } = useTimerTicks(timer);

  const update = (next: StoredTimer | null) => {
    setRunningTimer(next);
    setTimer(next);
  };

  if (finished !== 'no') {
    return (
      <section class="screen">
        <ScreenHeading focusKey="timer-finished">{t('timer.finishedTitle')}</ScreenHeading>
        <p role="status">{finished === 'saved' ? t('timer.savedToDiary') : t('timer.notSaved')}</p>
        <p>
          <a class="link-block" href="/diary">
            {t('timer.toDiary')}
          </a>
        </p>
      </section>
    );
  }

  if (!timer) {
    if (!pending) {
      return <StartCheckScreen focusKey="no-timer" title={t('timer.none')} />;
    }
    return (
      <TimerSetup
        spec={pending}
        onStart={(painBefore) => {
          unlockAudio();
          const init = {
            adviceId: pending.adviceId,
            sessionId: crypto.randomUUID(),
            steps: pending.steps,
            warnBeforeEndSeconds: pending.warnBeforeEndSeconds,
            painBefore,
          };
          update({ ...startTimer(init, Date.now()), title: pending.title, safety: pending.safety });
          setPendingTimer(null);
          setPending(null);
        }}
      />
    );
  }

  if (timerView(timer, now).done) {
    return (
      <TimerDone
        onFinish={async (painAfter) => {
          if (painAfter !== null) {
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
          setFinished(painAfter !== null ? 'saved' : 'skipped');
        }}
      />
    );
  }

  return <TimerRunning timer={timer} now={now} announcement={announcement} onChange={update} />;
}
