import { useState } from 'preact/hooks';
import type { InterviewProgress, Question } from '../../../src/contract/output.ts';
import { ScreenHeading } from '../components/heading.tsx';
import { PainScale } from '../components/pain-scale.tsx';
import { t } from '../i18n/i18n.ts';
import {
  type Answer,
  answerMultiple,
  answerNumber,
  answerSingle,
  type SingleChoice,
  toDays,
} from './interview-state.ts';

type DurationUnit = 'hours' | 'days' | 'weeks' | 'months';

/**
 * One engine question on one screen: a fieldset whose legend is the screen heading (focused on every
 * new question), large radio or checkbox targets, "why we ask" behind a disclosure, "I don't know",
 * Back, and progress. Validation messages are announced through a live region.
 */
export function QuestionForm(props: {
  question: Question;
  progress: InterviewProgress;
  onAnswer: (a: Answer) => void;
  onBack: () => void;
}) {
  const q = props.question;
  const [single, setSingle] = useState<SingleChoice | null>(null);
  const [ticked, setTicked] = useState<ReadonlySet<string>>(new Set());
  const [pain, setPain] = useState<number | null>(null);
  const [amount, setAmount] = useState('');
  const [unit, setUnit] = useState<DurationUnit>('days');
  const [error, setError] = useState<string | null>(null);

  const isPain = q.type === 'number' && q.items[0]?.findingId === 'pain_severity';
  const step = props.progress.asked + 1;
  const total = step + props.progress.remainingEstimate;

  const submit = (e: Event) => {
    e.preventDefault();
    if (q.type === 'single') {
      if (!single) return setError(t('question.chooseOne'));
      return props.onAnswer(answerSingle(q, single));
    }
    if (q.type === 'multiple') return props.onAnswer(answerMultiple(q, ticked));
    if (isPain) {
      if (pain === null) return setError(t('question.choosePain'));
      return props.onAnswer(answerNumber(q, pain));
    }
    const n = Number(amount.replace(',', '.'));
    if (amount.trim() === '' || !Number.isFinite(n) || n < 0) return setError(t('question.enterNumber'));
    const days = toDays(n, unit);
    if (q.max !== undefined && days > q.max) return setError(t('question.enterNumber'));
    return props.onAnswer(answerNumber(q, days));
  };

  const dontKnow = () => {
    if (q.type === 'single') props.onAnswer(answerSingle(q, 'unknown'));
    else if (q.type === 'multiple') props.onAnswer(answerMultiple(q, 'unknown'));
    else props.onAnswer(answerNumber(q, 'unknown'));
  };

  const text = t(`question.${q.id}.text`);
  const itemText = (findingId: string) => t(`finding.${findingId}.text`);

  return (
    <form
      class="screen question"
      onSubmit={submit}
      noValidate
      data-question={q.id}
      data-type={q.type}
      data-findings={q.items.map((i) => i.findingId).join(' ')}
    >
      <p class="progress-text" id="progress-text">
        {q.phase === 'safety' ? `${t('question.safetyFirst')} · ` : ''}
        {t('question.progress', { step, total })}
      </p>
      <progress max={total} value={step} aria-labelledby="progress-text" />
      <fieldset aria-describedby={error ? 'question-error' : undefined}>
        <legend>
          <ScreenHeading focusKey={q.id}>{text}</ScreenHeading>
        </legend>
        {q.type === 'multiple' ? <p class="hint">{t('question.tickAll')}</p> : null}
        {q.type === 'single'
          ? (['present', 'absent'] as const).map((c) => (
              <label key={c} class="choice">
                <input
                  type="radio"
                  name={q.id}
                  value={c}
                  checked={single === c}
                  onChange={() => {
                    setSingle(c);
                    setError(null);
                  }}
                />
                <span>{t(c === 'present' ? 'question.yes' : 'question.no')}</span>
              </label>
            ))
          : null}
        {q.type === 'multiple'
          ? q.items.map((item) => (
              <label key={item.findingId} class="choice">
                <input
                  type="checkbox"
                  name={item.findingId}
                  checked={ticked.has(item.findingId)}
                  onChange={(e) => {
                    const next = new Set(ticked);
                    if ((e.target as HTMLInputElement).checked) next.add(item.findingId);
                    else next.delete(item.findingId);
                    setTicked(next);
                  }}
                />
                <span>{itemText(item.findingId)}</span>
              </label>
            ))
          : null}
        {isPain ? (
          <PainScale
            name={q.id}
            legend={t('question.painLegend')}
            legendClass="visually-hidden"
            value={pain}
            onChange={(v) => {
              setPain(v);
              setError(null);
            }}
          />
        ) : null}
        {q.type === 'number' && !isPain ? (
          <div class="duration">
            <div class="field">
              <label for="duration-amount">{t('question.amount')}</label>
              <input
                id="duration-amount"
                type="text"
                inputMode="decimal"
                autocomplete="off"
                class="input-short"
                value={amount}
                aria-invalid={error ? 'true' : undefined}
                onInput={(e) => setAmount((e.target as HTMLInputElement).value)}
              />
            </div>
            <div class="field">
              <label for="duration-unit">{t('question.unit')}</label>
              <select
                id="duration-unit"
                value={unit}
                onChange={(e) => setUnit((e.target as HTMLSelectElement).value as DurationUnit)}
              >
                {(['hours', 'days', 'weeks', 'months'] as const).map((u) => (
                  <option key={u} value={u}>
                    {t(`unit.${u}`)}
                  </option>
                ))}
              </select>
            </div>
          </div>
        ) : null}
      </fieldset>
      <div role="alert" class="error-slot">
        {error ? (
          <p id="question-error" class="field-error">
            {error}
          </p>
        ) : null}
      </div>
      <details class="why">
        <summary>{t('question.why')}</summary>
        <p>{t(`question.${q.id}.why`)}</p>
      </details>
      <div class="actions">
        <button type="submit" class="button button-primary">
          {q.type === 'multiple' && ticked.size === 0 ? t('question.noneContinue') : t('form.continue')}
        </button>
        <button type="button" class="button" onClick={dontKnow}>
          {t('question.dontKnow')}
        </button>
        <button type="button" class="button button-quiet" onClick={props.onBack}>
          {t('form.back')}
        </button>
      </div>
    </form>
  );
}
