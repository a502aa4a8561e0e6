import { t } from '../i18n/i18n.ts';
import { timerView } from '../timer/timer-clock.ts';
import { getRunningTimer } from '../timer/timer-storage.ts';

/**
 * On every other screen, a link back to a remedy timer that is still running (or has finished), so a
 * heat or cold pack is never forgotten on the skin while the person looks at something else.
 */
export function TimerBanner(props: { path: string }) {
  if (props.path === '/timer') return null;
  const timer = getRunningTimer();
  if (!timer) return null;
  const done = timerView(timer, Date.now()).done;
  return (
    <p class="timer-banner">
      <a class="timer-banner-link" href="/timer">
        {done
          ? t('timerBanner.done', { title: timer.title })
          : t('timerBanner.running', { title: timer.title })}
      </a>
    </p>
  );
}
