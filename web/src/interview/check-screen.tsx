import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Sex } from '../../../src/contract/ids.ts';
import { t } from '../i18n/i18n.ts';
import { navigate } from '../router.ts';
import { AboutYouForm } from './about-you-form.tsx';
import { interviewStep, prepareEngine, validSavedState } from './engine-client.ts';
import { type Answer, addAnswer, back, type InterviewState } from './interview-state.ts';
import { interviewStatus, loadInterview, saveInterview } from './interview-storage.ts';
import { QuestionForm } from './question-form.tsx';

/**
 * The guided check: about you, then the engine's questions one per screen until it is done, then the
 * result. The answers are saved after every step so a reload resumes the check.
 */
export function CheckScreen() {
  const [ready, setReady] = useState(false);
  const [state, setState] = useState<InterviewState | null>(null);
  const [draft, setDraft] = useState<{ age: number | null; sex: Sex | null }>(() => {
    const saved = loadInterview();
    return { age: saved?.age ?? null, sex: saved?.sex ?? null };
  });

  useEffect(() => {
    // A finished check is not resumed: "Check my back" starts a new one (age and sex are kept).
    const saved = interviewStatus() === 'finished' ? null : loadInterview();
    Promise.all([prepareEngine(), validSavedState(saved)]).then(([, valid]) => {
      if (valid && interviewStepSafe(valid)?.done !== true) setState(valid);
      setReady(true);
    });
  }, []);

  const step = useMemo(() => (ready && state ? interviewStepSafe(state) : null), [ready, state]);

  useEffect(() => {
    if (state) saveInterview(state, step?.done === true);
    if (step?.done) navigate('/result', { replace: true });
  }, [state, step]);

  if (!ready) return <p class="loading">{t('app.loading')}</p>;
  if (!state) {
    return (
      <AboutYouForm
        initial={draft}
        onDone={(age, sex) => {
          setDraft({ age, sex });
          setState({ age, sex, answers: [] });
        }}
      />
    );
  }
  if (!step) {
    return (
      <p role="alert">
        {t('check.invalid')}{' '}
        <a class="link-block" href="/check">
          {t('check.restart')}
        </a>
      </p>
    );
  }
  if (step.done) return <p class="loading">{t('app.loading')}</p>;
  return (
    <QuestionForm
      key={`${step.question.id}-${state.answers.length}`}
      question={step.question}
      progress={step.progress}
      onAnswer={(a: Answer) => setState(addAnswer(state, a))}
      onBack={() => {
        if (state.answers.length === 0) {
          setDraft({ age: state.age, sex: state.sex });
          setState(null);
        } else setState(back(state));
      }}
    />
  );
}

function interviewStepSafe(s: InterviewState) {
  try {
    return interviewStep(s);
  } catch (e) {
    // Only a bug gets here (bad saved answers are filtered out before); the console keeps the cause.
    console.error('interview step failed', e);
    return null;
  }
}
