import type { CauseResult } from '../../../src/contract/output.ts';
import { formatNumber, kt, t } from '../i18n/i18n.ts';

/** How many causes to show: the rest are each very unlikely and would only worry. */
const SHOWN = 5;

function findingLabel(id: string): string {
  return kt(`finding.${id}.label`, id);
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
                {kt(`cause.${c.id}.name`, c.name)} <span class="cause-pct">{pct}</span>
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
              <p>{kt(`cause.${c.id}.summary`, c.summary)}</p>
              {c.for.length + c.against.length > 0 ? (
                <details>
                  <summary>{t('causes.why')}</summary>
                  {c.for.length > 0 ? (
                    <>
                      <h4>{t('causes.for')}</h4>
                      <ul>
                        {c.for.map((f) => (
                          <li key={f}>{findingLabel(f)}</li>
                        ))}
                      </ul>
                    </>
                  ) : null}
                  {c.against.length > 0 ? (
                    <>
                      <h4>{t('causes.against')}</h4>
                      <ul>
                        {c.against.map((f) => (
                          <li key={f}>{findingLabel(f)}</li>
                        ))}
                      </ul>
                    </>
                  ) : null}
                </details>
              ) : null}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
