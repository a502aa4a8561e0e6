import type { Plan, PlanItem } from '../../../src/contract/output.ts';
import { GradeBadge } from '../components/grade-badge.tsx';
import { Sources } from '../components/sources.tsx';
import { has, t } from '../i18n/i18n.ts';
import { knowledge, sourceRefs } from '../interview/engine-client.ts';
import { navigate } from '../router.ts';
import { setPendingTimer } from '../timer/timer-storage.ts';

function startTimer(item: PlanItem) {
  const timer = knowledge().adviceById.get(item.id)?.timer;
  if (!timer) return;
  const key = `advice.${item.id}.timer`;
  setPendingTimer({
    adviceId: item.id,
    title: t(`advice.${item.id}.title`),
    steps: timer.steps.map((s, i) => ({
      label: t(`${key}.step.${i}.label`),
      instruction: t(`${key}.step.${i}.instruction`),
      seconds: s.seconds,
    })),
    warnBeforeEndSeconds: timer.warnBeforeEndSeconds,
    safety: [...timer.safety.map((_, i) => t(`${key}.safety.${i}`)), ...item.cautions.map((c) => t(c.code))],
  });
  navigate('/timer');
}

/** The best-supported actions shown at once; the rest are one tap away, so the page stays short. */
const FIRST_ACTIONS = 4;

function renderItem(a: PlanItem) {
  return (
    <li key={a.id} class="plan-item">
      <h3>{t(`advice.${a.id}.title`)}</h3>
      <p>
        <GradeBadge grade={a.grade} />
        {has(`advice.${a.id}.gradeNote`) ? (
          <span class="grade-note"> {t(`advice.${a.id}.gradeNote`)}</span>
        ) : null}
      </p>
      <p>{t(`advice.${a.id}.text`)}</p>
      {a.cautions.length > 0 ? (
        <ul class="cautions" aria-label={t('plan.cautions')}>
          {a.cautions.map((c) => (
            <li key={c.ruleId}>{t(c.code)}</li>
          ))}
        </ul>
      ) : null}
      {a.hasTimer ? (
        <p>
          <button type="button" class="button button-primary" onClick={() => startTimer(a)}>
            {t('plan.startTimer', { title: t(`advice.${a.id}.title`) })}
          </button>
        </p>
      ) : null}
      <Sources sources={sourceRefs(a.sources)} />
    </li>
  );
}

/** The plan: what to do (best-supported first), what is not advised for you and why, and warnings. */
export function PlanSection(props: { plan: Plan }) {
  const { actions, withheld, warnings } = props.plan;
  return (
    <section aria-labelledby="plan-heading">
      <h2 id="plan-heading">{t('plan.title')}</h2>
      {warnings.length > 0 ? (
        <div class="warnings">
          <h3>{t('plan.warnings')}</h3>
          <ul>
            {warnings.map((w) => (
              <li key={w.id}>
                {t(w.code)}
                <Sources sources={sourceRefs(w.sources)} />
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <ol class="plan-items">{actions.slice(0, FIRST_ACTIONS).map(renderItem)}</ol>
      {actions.length > FIRST_ACTIONS ? (
        <details class="more-actions">
          <summary>{t('plan.more', { count: actions.length - FIRST_ACTIONS })}</summary>
          <ol class="plan-items" start={FIRST_ACTIONS + 1}>
            {actions.slice(FIRST_ACTIONS).map(renderItem)}
          </ol>
        </details>
      ) : null}
      {withheld.length > 0 ? (
        <div class="withheld">
          <h3>{t('plan.withheld')}</h3>
          <ul>
            {withheld.map((w) => (
              <li key={w.id}>
                <strong>{t(`advice.${w.id}.title`)}</strong>:{' '}
                {w.ruleIds.map((id) => t(`safety.${id}.why`)).join(' ')}
                <Sources sources={sourceRefs(w.sources)} />
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
