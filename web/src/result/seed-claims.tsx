import type { SeedClaimReview } from '../../../src/contract/output.ts';
import { GradeBadge } from '../components/grade-badge.tsx';
import { Sources } from '../components/sources.tsx';
import { ReportProblem } from '../feedback/report-problem.tsx';
import { has, t } from '../i18n/i18n.ts';
import { sourceRefs } from '../interview/engine-client.ts';

/** The article people often arrive with: each claim, its honest grade, and what we actually advise. */
export function SeedClaims(props: { claims: readonly SeedClaimReview[] }) {
  if (props.claims.length === 0) return null;
  return (
    <section aria-labelledby="seed-heading">
      <h2 id="seed-heading">{t('seed.title')}</h2>
      <p class="hint">{t('seed.lead')}</p>
      <details class="seed">
        <summary>{t('seed.show', { count: props.claims.length })}</summary>
        <ul class="seed-claims">
          {props.claims.map((c) => (
            <li key={c.id}>
              <p>
                <strong>{t('seed.says')}</strong> {t(`seed.${c.id}.claim`)}
              </p>
              <p>
                <strong>{t('seed.weSay')}</strong> <GradeBadge grade={c.grade} /> {t(`seed.${c.id}.verdict`)}
              </p>
              {has(`seed.${c.id}.gradeNote`) ? <p class="hint">{t(`seed.${c.id}.gradeNote`)}</p> : null}
              {c.withheldRuleIds ? (
                <p class="caution-text">
                  <strong>{t('seed.notForYou')}</strong>{' '}
                  {c.withheldRuleIds.map((id) => t(`safety.${id}.why`)).join(' ')}
                </p>
              ) : null}
              <Sources sources={sourceRefs(c.sources)} />
              <ReportProblem kind="seed_claim" id={c.id} />
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}
