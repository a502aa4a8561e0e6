import { isFindingId } from '../../../src/contract/ids.ts';
import type { AssessmentInput } from '../../../src/contract/input.ts';
import type { Triage } from '../../../src/contract/output.ts';
import { evidenceMessage } from '../../../src/i18n/assessment-messages.ts';
import { type Contact, servicesFor, telHref } from '../../../src/knowledge/services.ts';
import { ScreenHeading } from '../components/heading.tsx';
import { Sources } from '../components/sources.tsx';
import { m, t } from '../i18n/i18n.ts';
import { sourceRefs } from '../interview/engine-client.ts';
import { getCountry, usePrefs } from '../prefs.ts';
import { CountrySelect, countryName } from '../settings/country-select.tsx';

/** A call button; a number no source confirmed says so under it (src/knowledge/services.ts). */
function CallButton(props: { contact: Contact; kind: 'emergency' | 'urgent'; label: string }) {
  return (
    <>
      <p>
        <a class={`button button-large button-${props.kind}`} href={telHref(props.contact.number)}>
          {props.label}
        </a>
      </p>
      {props.contact.estimate ? <p class="hint estimate-note">{t('triage.estimate')}</p> : null}
    </>
  );
}

/** What to tell the doctor's surgery when booking: the answers that set the level, with the numbers. */
function whatToSay(triage: Triage, input: AssessmentInput): string[] {
  const ids = new Set<string>([
    ...triage.reasons.flatMap((r) => r.findings),
    'duration_days',
    'pain_severity',
  ]);
  return input.evidence.flatMap((e) =>
    e.state === 'present' && ids.has(e.id) && isFindingId(e.id)
      ? [
          m(
            evidenceMessage({
              finding: e.id,
              answer: 'present',
              ...(e.value === undefined ? {} : { value: e.value }),
            }),
          ),
        ]
      : [],
  );
}

/**
 * The triage, action first: the headline says where to go, the card ends in the action for the
 * person's country (a call button where a number helps), then why. The country picker shows only on
 * cards that show a number, since only they depend on it.
 */
export function TriageCard(props: { triage: Triage; input: AssessmentInput }) {
  usePrefs();
  const tri = props.triage;
  const country = getCountry();
  const services = servicesFor(country);
  const emergency = services.emergency[0];
  const number = emergency.number;
  const line = services.urgentLine;
  const maternityLine = services.maternity?.kind === 'line' ? services.maternity : undefined;
  const say = tri.service === 'gp' ? whatToSay(tri, props.input) : [];

  const headline =
    tri.service === 'emergency_services'
      ? t('triage.headline.emergencyCall', { number })
      : tri.service === 'maternity_unit'
        ? t('triage.headline.maternity')
        : tri.service === 'pharmacist'
          ? t('triage.headline.pharmacist')
          : t(`triage.headline.${tri.level}`);
  const showsNumber =
    tri.service === 'emergency_services' ||
    tri.service === 'maternity_unit' ||
    tri.service === 'urgent_doctor';

  return (
    <section class={`triage triage-${tri.level} service-${tri.service}`} aria-labelledby="triage-heading">
      <ScreenHeading focusKey={`result-${tri.level}-${tri.service}`} id="triage-heading">
        {headline}
      </ScreenHeading>
      {tri.service === 'emergency_services' ? (
        <>
          <p class="triage-action">{t('triage.callAction', { number })}</p>
          <CallButton contact={emergency} kind="emergency" label={t('triage.callButton', { number })} />
        </>
      ) : null}
      {tri.service === 'maternity_unit' ? (
        <>
          <p class="triage-action">{t('triage.maternityAction')}</p>
          {maternityLine ? (
            <>
              <p>{t('triage.maternityLine', { number: maternityLine.number })}</p>
              <CallButton
                contact={maternityLine}
                kind="urgent"
                label={t('triage.callButton', { number: maternityLine.number })}
              />
            </>
          ) : null}
          <p>{t('triage.maternityEmergency', { number })}</p>
          <CallButton contact={emergency} kind="emergency" label={t('triage.callButton', { number })} />
        </>
      ) : null}
      {tri.service === 'urgent_doctor' ? (
        <>
          {line ? (
            <>
              <p class="triage-action">{t('triage.urgentLineAction', { number: line.number })}</p>
              <CallButton
                contact={line}
                kind="urgent"
                label={t('triage.callButton', { number: line.number })}
              />
              {line.regional ? <p class="hint">{t('triage.regional')}</p> : null}
              <p>{t('triage.urgentWhere')}</p>
            </>
          ) : (
            <p class="triage-action">{t('triage.urgentNoLine')}</p>
          )}
          <p>{t('triage.worseCall', { number })}</p>
        </>
      ) : null}
      {tri.service === 'pharmacist' ? <p class="triage-action">{t('triage.pharmacistAction')}</p> : null}
      {tri.service === 'gp' ? (
        <>
          <p class="triage-action">{t('triage.gpBook')}</p>
          {say.length > 0 ? (
            <>
              <p>{t('triage.gpSay')}</p>
              <ul class="what-to-say">
                {say.map((s) => (
                  <li key={s}>{s}</li>
                ))}
              </ul>
            </>
          ) : null}
          <p>{t('triage.gpUntil')}</p>
        </>
      ) : null}
      {tri.service === 'self_care' ? <p class="triage-action">{t('triage.selfCareAction')}</p> : null}
      {showsNumber ? (
        <details class="country">
          <summary>
            {country
              ? t('triage.notIn', { country: countryName(country) })
              : t('triage.chooseCountry', { number })}
          </summary>
          <CountrySelect id="triage-country" />
        </details>
      ) : null}
      <h2 class="triage-why">{t('triage.whyTitle')}</h2>
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
