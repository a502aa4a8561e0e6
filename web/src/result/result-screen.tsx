import { useEffect, useMemo, useState } from 'preact/hooks';
import { StartCheckScreen } from '../components/start-check-screen.tsx';
import { saveRecord } from '../diary/diary-db.ts';
import { t } from '../i18n/i18n.ts';
import { finishedAssessment, prepareEngine, validSavedState } from '../interview/engine-client.ts';
import { type InterviewState, toInput } from '../interview/interview-state.ts';
import { loadInterview, saveInterview } from '../interview/interview-storage.ts';
import { navigate } from '../router.ts';
import { CausesList } from './causes-list.tsx';
import { PlanSection } from './plan-section.tsx';
import { SafetyNet } from './safety-net.tsx';
import { SeedClaims } from './seed-claims.tsx';
import { TriageCard } from './triage-card.tsx';

/**
 * The result, action first: where to go and how (triage), then, when the person is to be seen soon,
 * what it might be and what happens next; when they can look after it, what to do first. Then the
 * rest of the plan or the causes, the article's claims, and when to get help. Rebuilt from the saved
 * answers, so a reload or a return visit shows the same result without any network.
 */
export function ResultScreen() {
  const [ready, setReady] = useState(false);
  const [state, setState] = useState<InterviewState | null>(null);
  const [saved, setSaved] = useState<'idle' | 'saved' | 'failed'>('idle');
  useEffect(() => {
    Promise.all([prepareEngine(), validSavedState(loadInterview())]).then(([, valid]) => {
      setState(valid);
      setReady(true);
    });
  }, []);
  const assessment = useMemo(() => {
    try {
      return ready && state ? finishedAssessment(state) : null;
    } catch {
      return null;
    }
  }, [ready, state]);

  if (!ready) return <p class="loading">{t('app.loading')}</p>;
  if (!state || !assessment) {
    return <StartCheckScreen focusKey="no-result" title={t('result.none')} />;
  }

  const input = toInput(state);
  const pain = input.evidence.find((e) => e.id === 'pain_severity' && e.state === 'present')?.value;
  // One story from the check to the diary: the saved check, and the pain it asked as a check-in.
  const save = async () => {
    try {
      const at = new Date().toISOString();
      await saveRecord('assessments', { id: crypto.randomUUID(), at, input, output: assessment });
      if (pain !== undefined) {
        await saveRecord('checkIns', { id: crypto.randomUUID(), episodeId: null, at, pain, notes: '' });
      }
      setSaved('saved');
    } catch {
      setSaved('failed');
    }
  };

  const level = assessment.triage.level;
  const seenSoon = level === 'emergency' || level === 'urgent';
  const causes = <CausesList causes={assessment.causes} level={level} />;
  const plan = level === 'emergency' ? null : <PlanSection plan={assessment.plan} />;
  return (
    <div class={`screen result result-${level}`}>
      <TriageCard triage={assessment.triage} input={input} />
      {seenSoon ? causes : plan}
      {seenSoon ? plan : causes}
      {level === 'emergency' ? null : <SeedClaims claims={assessment.plan.seedClaims} />}
      <SafetyNet net={assessment.plan.safetyNet} />
      <section aria-labelledby="next-heading">
        <h2 id="next-heading">{t('result.nextTitle')}</h2>
        <p class="hint">{pain === undefined ? t('result.saveLead') : t('result.saveLeadPain', { pain })}</p>
        <div class="actions">
          <button type="button" class="button" onClick={save} disabled={saved === 'saved'}>
            {saved === 'saved' ? t('result.saved') : t('result.save')}
          </button>
          <button
            type="button"
            class="button button-quiet"
            onClick={() => {
              saveInterview({ age: state.age, sex: state.sex, answers: [] });
              navigate('/check');
            }}
          >
            {t('result.again')}
          </button>
        </div>
        <p role="status">
          {saved === 'failed' ? t('result.saveFailed') : saved === 'saved' ? t('result.savedStatus') : ''}
        </p>
        {saved === 'saved' ? (
          <p>
            <a class="link-block" href="/diary">
              {t('result.openDiary')}
            </a>
          </p>
        ) : null}
      </section>
    </div>
  );
}
