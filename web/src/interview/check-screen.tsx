import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Sex } from '../../../src/contract/ids.ts';
import { t } from '../i18n/i18n.ts';
import { navigate } from '../router.ts';
import { AboutYouForm } from './about-you-form.tsx';
import { pushEntry, readEntry, replaceEntry } from './check-history.ts';
import { interviewStep, prepareEngine, screenStep, validSavedState } from './engine-client.ts';
import { GatewaysForm } from './gateways-form.tsx';
import {
  type Answer,
  addAnswer,
  atDepth,
  type InterviewState,
  openedOf,
  storyPassed,
  suggestedOf,
} from './interview-state.ts';
import { interviewStatus, loadInterview, saveInterview } from './interview-storage.ts';
import { QuestionForm } from './question-form.tsx';
import { StoryStep } from './story-step.tsx';

/**
 * The guided check: about you, the optional story in the person's own words, then the engine's
 * questions one screen at a time until it is done, then the result. Every screen is an entry in the browser's history, so the phone's back gesture (and Back)
 * goes to the previous question, and forward returns to where the person was. The answers are saved
 * after every answer, so a reload resumes the check; going back from the result reopens the last
 * question, and forward shows the result again.
 */
export function CheckScreen() {
  const [ready, setReady] = useState(false);
  const [state, setState] = useState<InterviewState | null>(null);
  const [draft, setDraft] = useState<{ age: number | null; sex: Sex | null }>(() => {
    const saved = loadInterview();
    return { age: saved?.age ?? null, sex: saved?.sex ?? null };
  });
  // The answers along this line of history, as far as the person went: going back shows fewer of
  // them, going forward again more.
  const furthest = useRef<InterviewState | null>(null);
  // Only an answer changes what is saved: going back and forward only looks, so forward again (or to
  // the result) still finds the answers as they were.
  const answered = useRef(false);

  const show = (next: InterviewState | null) => {
    if (next === null && furthest.current) {
      setDraft({ age: furthest.current.age, sex: furthest.current.sex });
    }
    setState(next);
  };

  useEffect(() => {
    const entry = readEntry(history.state);
    // By the history (a reload, back from the result): the screen that entry showed. By a link: a
    // finished check starts again (age and sex are kept), a started one resumes.
    const saved = entry || interviewStatus() !== 'finished' ? loadInterview() : null;
    Promise.all([prepareEngine(), validSavedState(saved)]).then(([, valid]) => {
      furthest.current = valid;
      let next = valid && entry ? (atDepth(valid, entry.check) ?? valid) : valid;
      if (next && interviewStepSafe(next)?.done === true) next = null;
      show(next);
      replaceEntry(next ? next.answers.length : -1);
      setReady(true);
    });
    const onPop = (e: PopStateEvent) => {
      const entry = readEntry(e.state);
      if (location.pathname !== '/check' || !entry) return;
      const next = atDepth(furthest.current, entry.check);
      if (next === undefined) {
        // A screen that cannot come back (its answers were changed since): stay, and say so to history.
        setState((s) => {
          replaceEntry(s ? s.answers.length : -1);
          return s;
        });
      } else show(next);
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);

  const step = useMemo(
    () => (ready && state && storyPassed(state) ? screenStepSafe(state) : null),
    [ready, state],
  );

  useEffect(() => {
    if (state && answered.current) saveInterview(state, step?.done === true);
    answered.current = false;
    if (step?.done) navigate('/result', { replace: true });
  }, [state, step]);

  const go = (next: InterviewState) => {
    answered.current = true;
    furthest.current = next;
    // A screen answered again in place of an earlier one adds no screen to go back to.
    if (next.answers.length > (state?.answers.length ?? -1)) pushEntry(next.answers.length);
    else replaceEntry(next.answers.length);
    setState(next);
  };

  const back = () => {
    if (readEntry(history.state)?.pushed) {
      history.back();
      return;
    }
    // Resumed without the previous screen in this tab's history: step back in place.
    const target = (state?.answers.length ?? -1) - 1;
    const next = atDepth(furthest.current, target);
    if (next === undefined) return;
    show(next);
    replaceEntry(target);
  };

  if (!ready) return <p class="loading">{t('app.loading')}</p>;
  if (!state) {
    return (
      <AboutYouForm
        initial={draft}
        onDone={(age, sex) => {
          setDraft({ age, sex });
          go({ age, sex, answers: [] });
        }}
      />
    );
  }
  if (!storyPassed(state)) {
    return (
      <StoryStep
        age={state.age}
        sex={state.sex}
        initialText={furthest.current?.answers[0]?.story ?? ''}
        onAnswer={(a: Answer) => go(addAnswer(state, a))}
        onBack={back}
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
  const key = `${step.questions.map((q) => q.id).join('+')}-${state.answers.length}`;
  const onAnswer = (a: Answer) => go(addAnswer(state, a));
  const first = step.questions[0];
  if (step.questions.length > 1 || !first) {
    return (
      <GatewaysForm
        key={key}
        focusKey={key}
        questions={step.questions}
        progress={step.progress}
        continued={state.answers.at(-1)?.opens !== undefined}
        bundlesBefore={state.answers.filter((a) => a.opens !== undefined).length}
        onAnswer={onAnswer}
        onBack={back}
      />
    );
  }
  return (
    <QuestionForm
      key={key}
      focusKey={key}
      question={first}
      progress={step.progress}
      suggested={suggestedOf(state)}
      opened={openedOf(state).has(first.id)}
      onAnswer={onAnswer}
      onBack={back}
    />
  );
}

function screenStepSafe(s: InterviewState) {
  try {
    return screenStep(s);
  } catch (e) {
    console.error('interview step failed', e);
    return null;
  }
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
