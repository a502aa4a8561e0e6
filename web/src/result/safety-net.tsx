import type { SafetyNet as SafetyNetData } from '../../../src/contract/output.ts';
import { servicesFor } from '../../../src/knowledge/services.ts';
import { m, t } from '../i18n/i18n.ts';
import { getCountry } from '../prefs.ts';

/**
 * Safety-netting: the changes that mean get help, grouped by how fast (already chosen for this person by
 * the engine), and when to see a doctor anyway. The emergency list is open; the slower ones are one tap
 * away under their own headings, so the page stays short without hiding what calls for an ambulance.
 */
export function SafetyNet(props: { net: SafetyNetData }) {
  const number = servicesFor(getCountry()).emergency[0].number;
  const byLevel = (['emergency', 'urgent', 'gp'] as const)
    .map((level) => ({ level, items: props.net.getHelpIf.filter((i) => i.level === level) }))
    .filter((g) => g.items.length > 0);
  return (
    <section aria-labelledby="net-heading" class="safety-net">
      <h2 id="net-heading">{t('net.title')}</h2>
      {byLevel.map((g) => (
        <details key={g.level} class={`net-level net-${g.level}`} open={g.level === 'emergency'}>
          <summary>
            <h3>{t(`net.level.${g.level}`, { number })}</h3>
          </summary>
          <ul>
            {g.items.map((i) => (
              <li key={i.id}>{t(`safetyNet.${i.id}.text`)}</li>
            ))}
          </ul>
        </details>
      ))}
      <p>{m(props.net.reviewAfter)}</p>
    </section>
  );
}
