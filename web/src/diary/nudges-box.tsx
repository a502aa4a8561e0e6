import type { Nudge } from '../../../src/insights/nudges.ts';
import { m, t } from '../i18n/i18n.ts';

/** "Time to see a doctor" when the diary's pattern calls for it, and gentler tips apart from it. */
export function NudgesBox(props: { nudges: readonly Nudge[] }) {
  const doctor = props.nudges.filter((n) => n.level !== 'self_care');
  const tips = props.nudges.filter((n) => n.level === 'self_care');
  return (
    <>
      {doctor.length > 0 ? (
        <section class="nudges" aria-labelledby="nudge-heading">
          <h2 id="nudge-heading">{t('nudge.title')}</h2>
          <ul>
            {doctor.map((n) => (
              <li key={n.id}>
                {m(n.message)}
                <span class="hint"> {n.because.map(m).join(' ')}</span>
              </li>
            ))}
          </ul>
          <p>
            <a class="link-block" href="/check">
              {t('nudge.checkAgain')}
            </a>
          </p>
        </section>
      ) : null}
      {tips.length > 0 ? (
        <section aria-labelledby="tips-heading">
          <h2 id="tips-heading">{t('nudge.tipsTitle')}</h2>
          <ul>
            {tips.map((n) => (
              <li key={n.id}>{m(n.message)}</li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
