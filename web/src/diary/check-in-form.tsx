import { useState } from 'preact/hooks';
import { PainScale } from '../components/pain-scale.tsx';
import { t } from '../i18n/i18n.ts';
import { saveRecord } from './diary-db.ts';

/** The quickest diary entry: how bad is it now (one tap) and Save. */
export function CheckInForm(props: { onSaved: () => void }) {
  const [pain, setPain] = useState<number | null>(null);
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = async (e: Event) => {
    e.preventDefault();
    if (pain === null) return setError(t('question.choosePain'));
    await saveRecord('checkIns', {
      id: crypto.randomUUID(),
      episodeId: null,
      at: new Date().toISOString(),
      pain,
      notes: note.trim(),
    });
    setPain(null);
    setNote('');
    setError(null);
    props.onSaved();
  };
  return (
    <form onSubmit={submit} class="card" aria-labelledby="checkin-heading" noValidate>
      <h2 id="checkin-heading">{t('diary.checkInTitle')}</h2>
      <PainScale
        name="checkin-pain"
        legend={t('diary.painNow')}
        value={pain}
        onChange={(v) => {
          setPain(v);
          setError(null);
        }}
      />
      <div class="field">
        <label for="checkin-note">{t('diary.noteOptional')}</label>
        <textarea
          id="checkin-note"
          rows={2}
          maxLength={2000}
          value={note}
          onInput={(e) => setNote((e.target as HTMLTextAreaElement).value)}
        />
      </div>
      <div role="alert" class="error-slot">
        {error ? <p class="field-error">{error}</p> : null}
      </div>
      <button type="submit" class="button button-primary">
        {t('diary.saveCheckIn')}
      </button>
    </form>
  );
}
