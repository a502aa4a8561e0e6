import type { ComponentChildren } from 'preact';
import type { Plan, PlanItem, WithheldItem } from '../../../src/contract/output.ts';
import { GradeBadge } from '../components/grade-badge.tsx';
import { SourceList, Sources } from '../components/sources.tsx';
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

/** The cards shown at once (the one to do now first); the rest are one tap away, so the page stays short. */
const FIRST_ACTIONS = 3;

const cardId = (adviceId: string) => `advice-${adviceId}`;

/** Goes to a card, opening the "more" disclosure first when the card is folded in it. */
function showCard(e: MouseEvent, adviceId: string) {
  const card = document.getElementById(cardId(adviceId));
  if (!card) return;
  e.preventDefault();
  const folded = card.closest('details');
  if (folded) folded.open = true;
  const heading = card.querySelector<HTMLElement>('h3');
  heading?.focus();
  (heading ?? card).scrollIntoView({ block: 'start' });
}

function Evidence(props: { id: string; sources: readonly string[] }) {
  const note = `advice.${props.id}.gradeNote`;
  const refs = sourceRefs(props.sources);
  if (!has(note) && refs.length === 0) return null;
  return (
    <details class="evidence">
      <summary>{t('plan.evidence')}</summary>
      {has(note) ? <p class="grade-note">{t(note)}</p> : null}
      {refs.length > 0 ? <SourceList sources={refs} /> : null}
    </details>
  );
}

/** A card: the instruction first, the grade as a badge, the evidence folded below. */
function Card(props: { a: PlanItem; now?: boolean }) {
  const { a } = props;
  const title = t(`advice.${a.id}.title`);
  return (
    <li class={props.now ? 'plan-item plan-now' : 'plan-item'} id={cardId(a.id)}>
      {props.now ? <p class="plan-now-label">{t('plan.now')}</p> : null}
      <h3 tabIndex={-1}>
        {title} <GradeBadge grade={a.grade} />
      </h3>
      <p class="plan-text">{t(`advice.${a.id}.text`)}</p>
      {a.cautions.length > 0 ? (
        <ul class="cautions" aria-label={t('plan.cautions')}>
          {a.cautions.map((c) => (
            <li key={c.ruleId}>{t(c.code)}</li>
          ))}
        </ul>
      ) : null}
      {a.hasTimer ? (
        <p>
          <button
            type="button"
            class={props.now ? 'button button-primary button-large' : 'button'}
            onClick={() => startTimer(a)}
          >
            {t('plan.startTimer', { title })}
          </button>
        </p>
      ) : null}
      <Evidence id={a.id} sources={a.sources} />
    </li>
  );
}

/** Something not advised for this person, why, and what the plan offers in its place (links to those cards). */
function Withheld(props: { w: WithheldItem; offered: ReadonlySet<string> }) {
  const { w } = props;
  const instead = w.instead.filter((id) => props.offered.has(id));
  return (
    <li class="withheld" id={`withheld-${w.id}`}>
      <p class="withheld-title">
        <strong>{t('plan.notForYou', { title: t(`advice.${w.id}.title`) })}</strong>
      </p>
      <p>{w.ruleIds.map((id) => t(`safety.${id}.why`)).join(' ')}</p>
      {instead.length > 0 ? (
        <>
          <p>{t('plan.instead')}</p>
          <ul class="instead">
            {instead.map((id) => (
              <li key={id}>
                <a class="link-block" href={`#${cardId(id)}`} onClick={(e) => showCard(e, id)}>
                  {t(`advice.${id}.title`)}
                </a>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <Sources sources={sourceRefs(w.sources)} />
    </li>
  );
}

/**
 * The plan, what to do first: the one thing to do now (the best-supported action with a guided timer)
 * with its timer button, then the others best first. Each thing not advised for this person sits just
 * before the first of the safe alternatives offered in its place, with those named and linked.
 * Warnings for this person follow the first card.
 */
export function PlanSection(props: { plan: Plan }) {
  const { actions, withheld, warnings } = props.plan;
  const nowIndex = Math.max(
    0,
    actions.findIndex((a) => a.hasTimer && a.kind !== 'avoid'),
  );
  const ordered = [actions[nowIndex], ...actions.filter((_, i) => i !== nowIndex)].filter(
    (a): a is PlanItem => a !== undefined,
  );
  const shown = ordered.slice(0, FIRST_ACTIONS);
  const more = ordered.slice(FIRST_ACTIONS);
  const offered = new Set(actions.map((a) => a.id));
  // Each withheld item goes before the first shown card it can be replaced by, else after the first card.
  const beforeCard = new Map<string, WithheldItem[]>();
  const top: WithheldItem[] = [];
  for (const w of withheld) {
    const at = shown.slice(1).find((a) => w.instead.includes(a.id));
    if (at) beforeCard.set(at.id, [...(beforeCard.get(at.id) ?? []), w]);
    else top.push(w);
  }
  const items: ComponentChildren[] = [];
  shown.forEach((a, i) => {
    for (const w of beforeCard.get(a.id) ?? [])
      items.push(<Withheld key={`w-${w.id}`} w={w} offered={offered} />);
    items.push(<Card key={a.id} a={a} now={i === 0} />);
    if (i === 0) {
      for (const w of top) items.push(<Withheld key={`w-${w.id}`} w={w} offered={offered} />);
      if (warnings.length > 0) {
        items.push(
          <li key="warnings" class="warnings">
            <h3>{t('plan.warnings')}</h3>
            <ul>
              {warnings.map((w) => (
                <li key={w.id}>
                  {t(w.code)}
                  <Sources sources={sourceRefs(w.sources)} />
                </li>
              ))}
            </ul>
          </li>,
        );
      }
    }
  });
  return (
    <section aria-labelledby="plan-heading">
      <h2 id="plan-heading">{t('plan.title')}</h2>
      <ul class="plan-items">{items}</ul>
      {more.length > 0 ? (
        <details class="more-actions">
          <summary>{t('plan.more', { count: more.length })}</summary>
          <ul class="plan-items">
            {more.map((a) => (
              <Card key={a.id} a={a} />
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}
