import { useState } from 'preact/hooks';
import type { InterviewProgress, Question } from '../../../src/contract/output.ts';
import { bundleHeading, bundleHint } from '../../../src/engine/screens.ts';
import { ScreenHeading } from '../components/heading.tsx';
import { toggled } from '../components/toggled.ts';
import { t } from '../i18n/i18n.ts';
import { type Answer, answerGateways } from './interview-state.ts';

/**
 * Several yes/no gateways on one screen (src/engine/screens.ts), as NHS 111 online asks red flags: one
 * line per gateway, naming every sign it asks about, "None of these", or tick the lines that apply or
 * that the person is not sure about and Continue; each ticked line's list comes next on its own screen.
 * Continue with nothing ticked asks for a tick or "None of these" rather than saying no for them.
 */
export function GatewaysForm(props: {
  questions: readonly Question[];
  progress: InterviewProgress;
  onAnswer: (a: Answer) => void;
  onBack: () => void;
  focusKey: string;
  /** The screen before was one of several gateways too: this one asks about "other" signs. */
  continued: boolean;
  /** How many screens of several gateways came before in this check (the first shows how to answer). */
  bundlesBefore: number;
}) {
  const qs = props.questions;
  const [ticked, setTicked] = useState<ReadonlySet<string>>(new Set());
  const [error, setError] = useState<string | null>(null);
  const warning = qs.every((q) => q.warning);
  const hint = bundleHint(props.bundlesBefore);
  const describedBy = [hint ? 'bundle-hint' : '', error ? 'question-error' : ''].filter(Boolean).join(' ');
  // One line per engine question: this screen asks questions `from` to `to`.
  const from = props.progress.asked + 1;
  const to = from + qs.length - 1;
  const total = Math.max(to, from + props.progress.remainingEstimate);

  const submit = (e: Event) => {
    e.preventDefault();
    if (ticked.size === 0) return setError(t('bundle.tickOrNone'));
    props.onAnswer(answerGateways(qs, ticked));
  };

  return (
    <form
      class="screen question"
      onSubmit={submit}
      noValidate
      data-question="bundle"
      data-questions={qs.map((q) => q.id).join(' ')}
      data-key={props.focusKey}
      data-type="multiple"
      data-stage="bundle"
      data-findings={qs.flatMap((q) => q.items.map((i) => i.findingId)).join(' ')}
    >
      <p class="progress-text" id="progress-text">
        {warning ? `${t('question.safetyFirst')} · ` : ''}
        {t('question.progressRange', { from, to, total })}
      </p>
      <progress max={total} value={from} aria-labelledby="progress-text" />
      <fieldset aria-describedby={describedBy === '' ? undefined : describedBy}>
        <legend>
          <ScreenHeading focusKey={props.focusKey} id="question-heading">
            {t(bundleHeading(qs, props.continued))}
          </ScreenHeading>
        </legend>
        {hint ? (
          <p id="bundle-hint" class="list-hint">
            {t('bundle.hint')}
          </p>
        ) : null}
        {qs.map((q) => (
          <label key={q.id} class="choice">
            <input
              type="checkbox"
              name={q.id}
              data-findings={q.items.map((i) => i.findingId).join(' ')}
              checked={ticked.has(q.id)}
              onChange={(e) => {
                setTicked(toggled(ticked, q.id, e));
                setError(null);
              }}
            />
            <span>{t(`question.${q.id}.topic`)}</span>
          </label>
        ))}
      </fieldset>
      <div role="alert" class="error-slot">
        {error ? (
          <p id="question-error" class="field-error">
            {error}
          </p>
        ) : null}
      </div>
      <div class="actions">
        <button
          type="button"
          class="button button-choice"
          data-primary=""
          data-none=""
          onClick={() => props.onAnswer(answerGateways(qs, new Set()))}
        >
          {t('bundle.none')}
        </button>
        <button type="submit" class="button button-primary">
          {t('form.continue')}
        </button>
        <button type="button" class="button button-quiet" onClick={props.onBack}>
          {t('form.back')}
        </button>
      </div>
      <details class="why">
        <summary>{t('question.why')}</summary>
        <p class="why-text">{t('bundle.why')}</p>
      </details>
    </form>
  );
}
