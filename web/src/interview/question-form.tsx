import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { InterviewProgress, Question } from '../../../src/contract/output.ts';
import { noneKey } from '../../../src/engine/screens.ts';
import { ScreenHeading } from '../components/heading.tsx';
import { PainScale } from '../components/pain-scale.tsx';
import { toggled } from '../components/toggled.ts';
import { has, t } from '../i18n/i18n.ts';
import {
  type Answer,
  answerMultiple,
  answerNone,
  answerNumber,
  answerSingle,
  toDays,
} from './interview-state.ts';

type DurationUnit = 'hours' | 'days' | 'weeks' | 'months';

/**
 * One engine question on one screen, as NHS 111 online asks (research/words-and-risk.md §2): the
 * question is the screen's heading (focused on every new question), "why we ask" sits under it, and
 * the answer buttons come before anything else, so the main one is in view without scrolling.
 *
 * - A screen with a gateway asks its yes/no question first: Yes, Not sure, or the button that says no
 *   to all of it, in words naming what it says no to. Yes or Not sure opens the list in place.
 * - A list: tick what applies and Continue; or the named "no" button; or I don't know.
 * - Yes/no (or a list left with one item): one tap. Numbers: the pain scale or how long, then Continue.
 * "Safety first" marks only the screens of warning signs.
 */
export function QuestionForm(props: {
  question: Question;
  progress: InterviewProgress;
  onAnswer: (a: Answer) => void;
  onBack: () => void;
  /** Changes with every new question, so focus moves to its heading. */
  focusKey: string;
  /** Warning signs the person's story mentions: pre-ticked here, for them to confirm. */
  suggested?: ReadonlySet<string>;
  /** The person already said yes or not sure to this gateway (on a screen of several): the list opens. */
  opened?: boolean;
}) {
  const q = props.question;
  const fromStory = q.items.filter((i) => props.suggested?.has(i.findingId)).map((i) => i.findingId);
  const [open, setOpen] = useState(!q.gateway || props.opened === true || fromStory.length > 0);
  const [ticked, setTicked] = useState<ReadonlySet<string>>(() => new Set(fromStory));
  const [pain, setPain] = useState<number | null>(null);
  const [amount, setAmount] = useState('');
  const [unit, setUnit] = useState<DurationUnit>('days');
  const [error, setError] = useState<string | null>(null);
  const listQuestion = useRef<HTMLSpanElement>(null);
  const opened = useRef(false);

  // The list opens in place: focus goes to its question, so a screen reader says what changed.
  useLayoutEffect(() => {
    if (open && opened.current) listQuestion.current?.focus();
  }, [open]);

  const gatewayKey = `question.${q.id}.gateway`;
  // A screen with a gateway keeps it as its heading even when part of it is already answered, so
  // every screen of warning signs has its own heading, never a repeated "Which have you had?".
  const heading = has(gatewayKey) ? t(gatewayKey) : t(`question.${q.id}.text`);
  const listHasOwnQuestion = has(gatewayKey) && q.type === 'multiple';
  const noneText = t(noneKey(q, has) ?? 'question.noneFallback');
  const isPain = q.type === 'number' && q.items[0]?.findingId === 'pain_severity';
  const step = props.progress.asked + 1;
  const total = step + props.progress.remainingEstimate;
  // A list left with one item (the rest hidden or answered) is a yes/no question about that item.
  const oneItem = q.type === 'multiple' && q.items.length === 1 && !q.gateway;
  const stage = oneItem ? 'single' : q.type === 'multiple' ? (open ? 'list' : 'gateway') : q.type;

  const submit = (e: Event) => {
    e.preventDefault();
    if (q.type === 'multiple') {
      if (ticked.size === 0) return setError(t('question.tickOrNone', { none: noneText }));
      return props.onAnswer(answerMultiple(q, ticked));
    }
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

  const openList = () => {
    opened.current = true;
    setOpen(true);
  };

  const storyNote = fromStory.length > 0 ? <p class="from-story">{t('story.fromStory')}</p> : null;
  const why = (
    <details class="why">
      <summary>{t('question.why')}</summary>
      <p class="why-text">{t(`question.${q.id}.why`)}</p>
    </details>
  );
  const headingEl = (
    <ScreenHeading focusKey={props.focusKey} id="question-heading">
      {heading}
    </ScreenHeading>
  );
  const noneButton = (
    <button
      type="button"
      class="button button-choice"
      data-none=""
      onClick={() => props.onAnswer(answerNone(q))}
    >
      {noneText}
    </button>
  );
  const back = (
    <button type="button" class="button button-quiet" onClick={props.onBack}>
      {t('form.back')}
    </button>
  );

  return (
    <form
      class="screen question"
      onSubmit={submit}
      noValidate
      data-question={q.id}
      data-key={props.focusKey}
      data-type={q.type}
      data-stage={stage}
      data-findings={q.items.map((i) => i.findingId).join(' ')}
    >
      <p class="progress-text" id="progress-text">
        {q.warning ? `${t('question.safetyFirst')} · ` : ''}
        {t('question.progress', { step, total })}
      </p>
      <progress max={total} value={step} aria-labelledby="progress-text" />
      {stage === 'gateway' || stage === 'single' || listHasOwnQuestion ? (
        <>
          {headingEl}
          {why}
        </>
      ) : null}
      {stage === 'gateway' ? (
        <>
          <div class="answer-buttons">
            <button
              type="button"
              class="button button-choice"
              data-primary=""
              data-gateway="yes"
              onClick={openList}
            >
              {t('question.yes')}
            </button>
            <button
              type="button"
              class="button button-choice"
              data-primary=""
              data-gateway="unsure"
              onClick={openList}
            >
              {t('question.notSure')}
            </button>
            {noneButton}
          </div>
          <div class="actions actions-quiet">{back}</div>
        </>
      ) : null}
      {stage === 'single' ? (
        <>
          {oneItem ? <p class="single-item">{t(`finding.${q.items[0]?.findingId}.text`)}</p> : null}
          {storyNote}
          <div class="answer-buttons">
            {(['present', 'absent', 'unknown'] as const).map((c) => (
              <button
                key={c}
                type="button"
                class="button button-choice"
                data-primary=""
                data-answer={c}
                onClick={() => props.onAnswer(answerSingle(q, c))}
              >
                {t(c === 'present' ? 'question.yes' : c === 'absent' ? 'question.no' : 'question.dontKnow')}
              </button>
            ))}
          </div>
          <div class="actions actions-quiet">{back}</div>
        </>
      ) : null}
      {stage === 'list' || stage === 'number' ? (
        <>
          <fieldset aria-describedby={error ? 'question-error' : undefined}>
            <legend>
              {listHasOwnQuestion ? (
                <span class="list-question" tabIndex={-1} ref={listQuestion}>
                  {t(`question.${q.id}.text`)}
                </span>
              ) : (
                headingEl
              )}
            </legend>
            {listHasOwnQuestion ? null : why}
            {storyNote}
            {q.type === 'multiple'
              ? q.items.map((item) => (
                  <label key={item.findingId} class="choice">
                    <input
                      type="checkbox"
                      name={item.findingId}
                      checked={ticked.has(item.findingId)}
                      onChange={(e) => {
                        setTicked(toggled(ticked, item.findingId, e));
                        setError(null);
                      }}
                    />
                    <span>{t(`finding.${item.findingId}.text`)}</span>
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
          <div class="actions">
            <button type="submit" class="button button-primary" data-primary="">
              {t('form.continue')}
            </button>
            {q.type === 'multiple' ? noneButton : null}
            <button type="button" class="button" data-dont-know="" onClick={dontKnow}>
              {t('question.dontKnow')}
            </button>
            {back}
          </div>
        </>
      ) : null}
    </form>
  );
}
