import type { CauseEvidence, CauseResult } from '../../../src/contract/output.ts';
import { evidenceMessage } from '../../../src/i18n/assessment-messages.ts';
import { formatNumber, m, t } from '../i18n/i18n.ts';

/** How many causes to show: the rest are each very unlikely and would only worry. */
const SHOWN = 5;

function EvidenceList(props: { title: string; items: readonly CauseEvidence[] }) {
  if (props.items.length === 0) return null;
  return (
    <>
      <h4>{props.title}</h4>
      <ul>
        {props.items.map((e) => (
          <li key={e.finding}>{m(evidenceMessage(e))}</li>
        ))}
      </ul>
    </>
  );
}

/** The likely causes with probability bars and "why we think so" (the answers for and against). */
export function CausesList(props: { causes: readonly CauseResult[] }) {
  // Causes under 1% are left out (the top one always shows): listing them would only worry.
  const shown = props.causes.slice(0, SHOWN).filter((c, i) => i === 0 || c.probability >= 0.01);
  return (
    <section aria-labelledby="causes-heading">
      <h2 id="causes-heading">{t('causes.title')}</h2>
      <p class="hint">{t('causes.lead')}</p>
      <ol class="causes">
        {shown.map((c) => {
          const pct =
            c.probability < 0.01
              ? t('causes.underOne')
              : formatNumber(c.probability, { style: 'percent', maximumFractionDigits: 0 });
          return (
            <li key={c.id} class="cause">
              <h3>
                {t(`cause.${c.id}.name`)} <span class="cause-pct">{pct}</span>
                {c.kind === 'serious' ? <span class="tag tag-serious">{t('causes.serious')}</span> : null}
              </h3>
              <svg
                class="bar"
                viewBox="0 0 100 10"
                preserveAspectRatio="none"
                aria-hidden="true"
                focusable="false"
              >
                <rect class="bar-track" x="0" y="0" width="100" height="10" />
                <rect class="bar-fill" x="0" y="0" width={Math.max(1, c.probability * 100)} height="10" />
              </svg>
              <p>{t(`cause.${c.id}.summary`)}</p>
              {c.evidence.length > 0 ? (
                <details>
                  <summary>{t('causes.why')}</summary>
                  <EvidenceList title={t('causes.for')} items={c.evidence.filter((e) => e.ratio > 1)} />
                  <EvidenceList title={t('causes.against')} items={c.evidence.filter((e) => e.ratio < 1)} />
                </details>
              ) : null}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
