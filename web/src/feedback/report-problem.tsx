import { useId, useState } from 'preact/hooks';
import {
  FEEDBACK_PROBLEMS,
  FEEDBACK_TEXT_MAX,
  type FeedbackItemKind,
  type FeedbackProblem,
} from '../../../src/contract/vocabulary.ts';
import type { FeedbackBody } from '../account/api-client.ts';
import { currentLanguage, t } from '../i18n/i18n.ts';
import { type InterviewState, toInput } from '../interview/interview-state.ts';
import { loadInterview } from '../interview/interview-storage.ts';
import { type SendOutcome, submitReport } from './feedback-queue.ts';

/**
 * "Something wrong with this advice?" under a result or plan card: what is wrong (a few choices), in
 * the person's own words if they like, and the check's answers only if they tick to send them (off by
 * default, and said plainly what that sends). No account is needed or linked. Offline, the report waits
 * on the device and goes when the connection is back (feedback-queue.ts), and the form says so.
 */
/** The check's answers as the report carries them. */
function answersOf(state: InterviewState) {
  const input = toInput(state);
  return { age: input.age, sex: input.sex, evidence: [...input.evidence] };
}

export function ReportProblem(props: { kind: FeedbackItemKind; id: string }) {
  const uid = useId();
  const [problem, setProblem] = useState<FeedbackProblem | null>(null);
  const [text, setText] = useState('');
  const [withAnswers, setWithAnswers] = useState(false);
  const [sending, setSending] = useState(false);
  const [outcome, setOutcome] = useState<SendOutcome | null>(null);
  const [missing, setMissing] = useState(false);

  const send = async (e: Event) => {
    e.preventDefault();
    if (!problem) {
      setMissing(true);
      return;
    }
    setSending(true);
    const saved = withAnswers ? loadInterview() : null;
    const words = text.trim();
    const result = await submitReport({
      problem,
      // The card's id is one the engine gave; the server checks it against the knowledge base.
      item: { kind: props.kind, id: props.id } as FeedbackBody['item'],
      ...(words ? { text: words } : {}),
      lang: currentLanguage(),
      ...(saved ? { answers: answersOf(saved) } : {}),
    });
    setSending(false);
    setOutcome(result);
  };

  const done = outcome === 'sent' || outcome === 'queued';
  return (
    <details class="report-problem" data-report={`${props.kind}:${props.id}`}>
      <summary>{t('feedback.open')}</summary>
      {done ? null : (
        <form onSubmit={send} noValidate>
          <fieldset aria-describedby={missing ? `${uid}-missing` : undefined}>
            <legend>{t('feedback.what')}</legend>
            {FEEDBACK_PROBLEMS.map((p) => (
              <label key={p} class="choice">
                <input
                  type="radio"
                  name={`${uid}-problem`}
                  value={p}
                  checked={problem === p}
                  onChange={() => {
                    setProblem(p);
                    setMissing(false);
                  }}
                />{' '}
                {t(`feedback.problem.${p}`)}
              </label>
            ))}
          </fieldset>
          {missing ? (
            <p id={`${uid}-missing`} class="error">
              {t('feedback.chooseOne')}
            </p>
          ) : null}
          <label for={`${uid}-text`}>{t('feedback.textLabel')}</label>
          <p id={`${uid}-text-hint`} class="hint">
            {t('feedback.textHint', { max: FEEDBACK_TEXT_MAX })}
          </p>
          <textarea
            id={`${uid}-text`}
            aria-describedby={`${uid}-text-hint`}
            maxLength={FEEDBACK_TEXT_MAX}
            rows={3}
            value={text}
            onInput={(e) => setText((e.target as HTMLTextAreaElement).value)}
          />
          <label class="choice">
            <input
              type="checkbox"
              checked={withAnswers}
              aria-describedby={`${uid}-answers-hint`}
              onChange={(e) => setWithAnswers((e.target as HTMLInputElement).checked)}
            />{' '}
            {t('feedback.includeAnswers')}
          </label>
          <p id={`${uid}-answers-hint`} class="hint">
            {t('feedback.answersHint')}
          </p>
          <p class="hint">{t('feedback.noAccount')}</p>
          <button type="submit" class="button" disabled={sending}>
            {t('feedback.send')}
          </button>
        </form>
      )}
      <p role="status">
        {outcome === 'sent'
          ? t('feedback.sent')
          : outcome === 'queued'
            ? t('feedback.queued')
            : outcome === 'too_many'
              ? t('feedback.tooMany')
              : outcome === 'refused'
                ? t('feedback.refused')
                : ''}
      </p>
    </details>
  );
}
