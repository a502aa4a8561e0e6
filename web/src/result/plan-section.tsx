import type { Plan, PlanItem } from '../../../src/contract/output.ts';
import { GradeBadge } from '../components/grade-badge.tsx';
import { Sources } from '../components/sources.tsx';
import { kt, t } from '../i18n/i18n.ts';
import { sourceRefs } from '../interview/engine-client.ts';
import { navigate } from '../router.ts';
import { setPendingTimer } from '../timer/timer-storage.ts';

function startTimer(item: PlanItem) {
  const timer = item.timer;
  if (!timer) return;
  setPendingTimer({
    adviceId: item.id,
    title: kt(`advice.${item.id}.title`, item.title),
    steps: timer.steps.map((s, i) => ({
      label: kt(`advice.${item.id}.timer.step.${i}.label`, s.label),
      instruction: kt(`advice.${item.id}.timer.step.${i}.instruction`, s.instruction),
      seconds: s.seconds,
    })),
    warnBeforeEndSeconds: timer.warnBeforeEndSeconds,
    safety: [
      ...timer.safety.map((s, i) => kt(`advice.${item.id}.timer.safety.${i}`, s)),
      ...item.cautions.map((c) => kt(`safety.${c.ruleId}.caution`, c.text)),
    ],
  });
  navigate('/timer');
}

/** The best-supported actions shown at once; the rest are one tap away, so the page stays short. */
const FIRST_ACTIONS = 4;

function renderItem(a: PlanItem) {
  return (
    <li key={a.id} class="plan-item">
      <h3>{kt(`advice.${a.id}.title`, a.title)}</h3>
      <p>
        <GradeBadge grade={a.grade} />
        {a.gradeNote ? <span class="grade-note"> {kt(`advice.${a.id}.gradeNote`, a.gradeNote)}</span> : null}
      </p>
      <p>{kt(`advice.${a.id}.text`, a.text)}</p>
      {a.cautions.length > 0 ? (
        <ul class="cautions" aria-label={t('plan.cautions')}>
          {a.cautions.map((c) => (
            <li key={c.ruleId}>{kt(`safety.${c.ruleId}.caution`, c.text)}</li>
          ))}
        </ul>
      ) : null}
      {a.timer ? (
        <p>
          <button type="button" class="button button-primary" onClick={() => startTimer(a)}>
            {t('plan.startTimer', { title: kt(`advice.${a.id}.title`, a.title) })}
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
                {kt(`safety.${w.id}.warning`, w.text)}
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
                <strong>{kt(`advice.${w.id}.title`, w.title)}</strong>:{' '}
                {w.why.map((why, i) => kt(`safety.${w.ruleIds[i]}.why`, why)).join(' ')}
                <Sources sources={sourceRefs(w.sources)} />
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
