import type { SafetyNet as SafetyNetData } from '../../../src/contract/output.ts';
import { m, t } from '../i18n/i18n.ts';
import { getCountry } from '../prefs.ts';
import { emergencyNumbers } from '../settings/emergency-numbers.ts';

/** Safety-netting: the changes that mean get help, grouped by how fast, and when to see a doctor anyway. */
export function SafetyNet(props: { net: SafetyNetData }) {
  const number = emergencyNumbers(getCountry())[0] ?? '112';
  const byLevel = (['emergency', 'urgent', 'gp'] as const)
    .map((level) => ({ level, items: props.net.getHelpIf.filter((i) => i.level === level) }))
    .filter((g) => g.items.length > 0);
  return (
    <section aria-labelledby="net-heading" class="safety-net">
      <h2 id="net-heading">{t('net.title')}</h2>
      {byLevel.map((g) => (
        <div key={g.level}>
          <h3>{t(`net.level.${g.level}`, { number })}</h3>
          <ul>
            {g.items.map((i) => (
              <li key={i.id}>{t(`safetyNet.${i.id}.text`)}</li>
            ))}
          </ul>
        </div>
      ))}
      <p>{m(props.net.reviewAfter)}</p>
    </section>
  );
}
