import type { Triage } from '../../../src/contract/output.ts';
import { ScreenHeading } from '../components/heading.tsx';
import { Sources } from '../components/sources.tsx';
import { t } from '../i18n/i18n.ts';
import { sourceRefs } from '../interview/engine-client.ts';
import { getCountry, usePrefs } from '../prefs.ts';
import { CountrySelect } from '../settings/country-select.tsx';
import { emergencyNumbers } from '../settings/emergency-numbers.ts';

/**
 * The triage, first and in plain words: what to do now, then why. For an emergency the call button
 * comes before anything else, with the number for the person's country (which they can change here).
 */
export function TriageCard(props: { triage: Triage }) {
  usePrefs();
  const tri = props.triage;
  const numbers = emergencyNumbers(getCountry());
  const number = numbers[0] ?? '112';
  const isEmergency = tri.level === 'emergency';
  const action =
    tri.service === 'emergency_services'
      ? t('triage.callAction', { number })
      : t(`service.${tri.service}.action`);
  return (
    <section class={`triage triage-${tri.level}`} aria-labelledby="triage-heading">
      <ScreenHeading focusKey={`result-${tri.level}`} id="triage-heading">
        {isEmergency && tri.service === 'emergency_services'
          ? t('triage.headline.emergencyCall', { number })
          : t(`triage.headline.${tri.level}`)}
      </ScreenHeading>
      <p class="triage-action">{action}</p>
      {isEmergency ? (
        <p>
          <a class="button button-emergency button-large" href={`tel:${number}`}>
            {t('triage.callButton', { number })}
          </a>
        </p>
      ) : null}
      {tri.level === 'emergency' || tri.level === 'urgent' ? (
        <details class="country">
          <summary>{t('triage.notHere', { number })}</summary>
          <CountrySelect id="triage-country" />
        </details>
      ) : null}
      <h2>{t('triage.whyTitle')}</h2>
      <ul class="reasons">
        {tri.reasons.map((r) => (
          <li key={r.ruleId}>
            {t(r.code, r.params)}
            <Sources sources={sourceRefs(r.sources)} />
          </li>
        ))}
      </ul>
    </section>
  );
}
