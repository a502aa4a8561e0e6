import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Period } from '../../../src/insights/period.ts';
import { buildSummary } from '../../../src/report/summary.ts';
import { useUser } from '../account/session.ts';
import { ScreenHeading } from '../components/heading.tsx';
import { deleteRecord, saveRecord } from '../diary/diary-db.ts';
import { syncNow } from '../diary/sync-runner.ts';
import { useDiary } from '../diary/use-diary.ts';
import { loadKnowledgeCatalog, t } from '../i18n/i18n.ts';
import { getCountry } from '../prefs.ts';
import { QuestionsEditor } from './questions-editor.tsx';
import { sortQuestions, visitDiary } from './visit-diary.ts';
import { defaultRange, exportFileName, type PeriodError, visitPeriod } from './visit-period.ts';
import { VisitSummary } from './visit-summary.tsx';

/** The dates with their period; the default dates always make one. */
function withPeriod(range: { from: string; to: string }): { from: string; to: string; period: Period } {
  const checked = visitPeriod(range.from, range.to);
  if (!checked.ok) throw new Error(`no period from ${range.from} to ${range.to}`);
  return { ...range, period: checked.period };
}

/**
 * Doctor visit: choose the dates, write down questions, then print the summary (the print stylesheet
 * leaves out everything but the summary) or download it for the doctor's system (FHIR R4). Everything
 * is made on this phone from the diary on this phone: no account, no network.
 */
export function VisitScreen() {
  const { data, loaded, reload } = useDiary();
  const { user } = useUser();
  const [range, setRange] = useState(() => defaultRange(new Date()));
  const [catalogReady, setCatalogReady] = useState(false);
  const [status, setStatus] = useState('');
  const [failed, setFailed] = useState('');

  useEffect(() => {
    void loadKnowledgeCatalog().then(() => setCatalogReady(true));
  }, []);

  // Questions written on another device arrive with the sync, as the diary's entries do.
  const sync = async () => {
    try {
      if (await syncNow()) await reload();
    } catch {
      // Offline or the server is away: the diary on this phone is complete for the summary.
    }
  };
  useEffect(() => {
    if (user) void sync();
  }, [user]);

  const checked = visitPeriod(range.from, range.to);
  const error: PeriodError | null = checked.ok ? null : checked.error;
  // While a date is being corrected, the summary keeps the last dates that made sense.
  const [shown, setShown] = useState(() => withPeriod(range));
  const setDate = (key: 'from' | 'to', value: string) => {
    const next = { ...range, [key]: value };
    setRange(next);
    const c = visitPeriod(next.from, next.to);
    if (c.ok) setShown({ ...next, period: c.period });
  };

  const diary = useMemo(() => visitDiary(data, getCountry()), [data]);
  const summary = useMemo(() => buildSummary(diary, shown.period, Date.now()), [diary, shown.period]);

  const changed = async () => {
    await reload();
    void sync();
  };

  const downloadFhir = async () => {
    setFailed('');
    setStatus('');
    try {
      const { downloadFhirBundle } = await import('./fhir-export.ts');
      const file = exportFileName('fhir', shown.from, shown.to);
      await downloadFhirBundle(diary, shown.period, file);
      setStatus(t('visit.fhirDone', { file }));
    } catch {
      setFailed(t('visit.fhirFailed'));
    }
  };

  const dateField = (key: 'from' | 'to') => (
    <div class="field">
      <label for={`visit-${key}`}>{t(`visit.${key}`)}</label>
      <input
        type="date"
        id={`visit-${key}`}
        value={range[key]}
        required
        aria-invalid={error === key || (error === 'order' && key === 'to') ? 'true' : undefined}
        aria-describedby={error ? 'visit-dates-error' : undefined}
        onChange={(e) => setDate(key, (e.target as HTMLInputElement).value)}
      />
    </div>
  );

  return (
    <div class="screen visit">
      <div class="no-print">
        <ScreenHeading focusKey="visit">{t('visit.title')}</ScreenHeading>
        <p class="lead">{t('visit.lead')}</p>
        <fieldset class="card visit-dates">
          <legend>{t('visit.datesLegend')}</legend>
          <div class="visit-date-fields">
            {dateField('from')}
            {dateField('to')}
          </div>
          <div role="alert" class="error-slot">
            {error ? (
              <p class="field-error" id="visit-dates-error">
                {t(`visit.error.${error}`)}
              </p>
            ) : null}
          </div>
        </fieldset>
        <div class="actions">
          <button type="button" class="button button-primary" onClick={() => window.print()}>
            {t('visit.print')}
          </button>
          <button type="button" class="button" onClick={() => void downloadFhir()}>
            {t('visit.fhir')}
          </button>
        </div>
        <p class="hint">{t('visit.fhirHint')}</p>
        <p role="status" class="status">
          {status}
        </p>
        <div role="alert" class="error-slot">
          {failed ? <p class="field-error">{failed}</p> : null}
        </div>
      </div>
      {loaded && catalogReady ? (
        <VisitSummary
          summary={summary}
          from={shown.from}
          to={shown.to}
          questions={
            <QuestionsEditor
              questions={sortQuestions(data.doctorQuestions)}
              onAdd={async (q) => {
                await saveRecord('doctorQuestions', q);
                await changed();
              }}
              onRemove={async (id) => {
                await deleteRecord('doctorQuestions', id);
                await changed();
              }}
            />
          }
        />
      ) : (
        <p class="loading">{t('app.loading')}</p>
      )}
    </div>
  );
}
