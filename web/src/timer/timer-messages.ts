/** What the timer says at each event, in the person's language. */
import { t } from '../i18n/i18n.ts';
import { formatClock, type TimerEvent } from './timer-clock.ts';
import type { StoredTimer } from './timer-storage.ts';

export function eventMessage(timer: StoredTimer, e: TimerEvent): string {
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
