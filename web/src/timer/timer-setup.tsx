import { useState } from 'preact/hooks';
import { ScreenHeading } from '../components/heading.tsx';
import { PainScale } from '../components/pain-scale.tsx';
import { t } from '../i18n/i18n.ts';
import { getSound, setSound, usePrefs } from '../prefs.ts';
import { askForNotifications, notificationsAllowed, notificationsSupported } from './timer-alerts.ts';
import { formatClock } from './timer-clock.ts';
import type { TimerSpec } from './timer-storage.ts';

/**
 * Before a remedy timer starts: the steps, the safety list, the pain now (for "what helped you"), and a
 * required promise to stay awake. There is deliberately no sleep or overnight mode: heat or cold on the
 * skin while asleep causes burns.
 */
export function TimerSetup(props: { spec: TimerSpec; onStart: (painBefore: number) => void }) {
  usePrefs();
  const [pain, setPain] = useState<number | null>(null);
  const [awake, setAwake] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [notifyOn, setNotifyOn] = useState(notificationsAllowed());
  const spec = props.spec;
  const submit = (e: Event) => {
    e.preventDefault();
    if (pain === null) return setError(t('timer.needPain'));
    if (!awake) return setError(t('timer.needAwake'));
    props.onStart(pain);
  };
  return (
    <form class="screen timer-setup" onSubmit={submit} noValidate>
      <ScreenHeading focusKey={`setup-${spec.adviceId}`}>{spec.title}</ScreenHeading>
      <h2>{t('timer.stepsTitle')}</h2>
      <ol class="timer-steps">
        {spec.steps.map((s, i) => (
          <li key={`${i}-${s.label}`}>
            <strong>{s.label}</strong> ({formatClock(s.seconds * 1000)}): {s.instruction}
          </li>
        ))}
      </ol>
      <div class="safety-box">
        <h2>{t('timer.safetyTitle')}</h2>
        <ul>
          {spec.safety.map((s) => (
            <li key={s}>{s}</li>
          ))}
          <li>{t('timer.safetyAwake')}</li>
        </ul>
      </div>
      <PainScale name="pain-before" legend={t('timer.painBefore')} value={pain} onChange={setPain} />
      <label class="choice">
        <input
          type="checkbox"
          name="awake"
          checked={awake}
          onChange={(e) => {
            setAwake((e.target as HTMLInputElement).checked);
            setError(null);
          }}
        />
        <span>{t('timer.awake')}</span>
      </label>
      <label class="choice">
        <input
          type="checkbox"
          checked={getSound()}
          onChange={(e) => setSound((e.target as HTMLInputElement).checked)}
        />
        <span>{t('timer.sound')}</span>
      </label>
      {notificationsSupported() && !notifyOn ? (
        <p>
          <button
            type="button"
            class="button button-quiet"
            onClick={async () => setNotifyOn(await askForNotifications())}
          >
            {t('timer.allowNotifications')}
          </button>
        </p>
      ) : null}
      <div role="alert" class="error-slot">
        {error ? <p class="field-error">{error}</p> : null}
      </div>
      <div class="actions">
        <button type="submit" class="button button-primary button-large">
          {t('timer.start')}
        </button>
      </div>
    </form>
  );
}
