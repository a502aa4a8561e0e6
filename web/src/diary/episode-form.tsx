import { useState } from 'preact/hooks';
import { BODY_AREAS } from '../../../src/diary/model.ts';
import { PainScale } from '../components/pain-scale.tsx';
import { toggled } from '../components/toggled.ts';
import { t } from '../i18n/i18n.ts';
import { saveRecord } from './diary-db.ts';

function localNow(): string {
  const d = new Date();
  d.setMinutes(d.getMinutes() - d.getTimezoneOffset());
  return d.toISOString().slice(0, 16);
}

/** Log a spasm episode: when it started, how bad at worst, where, and what set it off. */
export function EpisodeForm(props: { onSaved: () => void }) {
  const [startedAt, setStartedAt] = useState(localNow());
  const [pain, setPain] = useState<number | null>(null);
  const [areas, setAreas] = useState<ReadonlySet<string>>(new Set(['lower_back']));
  const [triggers, setTriggers] = useState('');
  const [notes, setNotes] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = async (e: Event) => {
    e.preventDefault();
    const when = new Date(startedAt);
    if (Number.isNaN(when.getTime())) return setError(t('diary.badDate'));
    if (pain === null) return setError(t('question.choosePain'));
    await saveRecord('episodes', {
      id: crypto.randomUUID(),
      startedAt: when.toISOString(),
      endedAt: null,
      areas: BODY_AREAS.filter((a) => areas.has(a)),
      pain,
      triggers: triggers
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
        .slice(0, 20)
        .map((s) => s.slice(0, 60)),
      notes: notes.trim(),
    });
    setPain(null);
    setTriggers('');
    setNotes('');
    setError(null);
    props.onSaved();
  };
  return (
    <form onSubmit={submit} noValidate>
      <div class="field">
        <label for="episode-start">{t('diary.episodeStart')}</label>
        <input
          id="episode-start"
          type="datetime-local"
          value={startedAt}
          onInput={(e) => setStartedAt((e.target as HTMLInputElement).value)}
        />
      </div>
      <PainScale
        name="episode-pain"
        legend={t('diary.episodeWorst')}
        value={pain}
        onChange={(v) => {
          setPain(v);
          setError(null);
        }}
      />
      <fieldset>
        <legend>{t('diary.areas')}</legend>
        <div class="choice-grid">
          {BODY_AREAS.map((a) => (
            <label key={a} class="choice">
              <input
                type="checkbox"
                checked={areas.has(a)}
                onChange={(e) => setAreas(toggled(areas, a, e))}
              />
              <span>{t(`area.${a}`)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <div class="field">
        <label for="episode-triggers">{t('diary.triggers')}</label>
        <p id="triggers-hint" class="hint">
          {t('diary.triggersHint')}
        </p>
        <input
          id="episode-triggers"
          type="text"
          aria-describedby="triggers-hint"
          value={triggers}
          onInput={(e) => setTriggers((e.target as HTMLInputElement).value)}
        />
      </div>
      <div class="field">
        <label for="episode-notes">{t('diary.noteOptional')}</label>
        <textarea
          id="episode-notes"
          rows={2}
          maxLength={2000}
          value={notes}
          onInput={(e) => setNotes((e.target as HTMLTextAreaElement).value)}
        />
      </div>
      <div role="alert" class="error-slot">
        {error ? <p class="field-error">{error}</p> : null}
      </div>
      <button type="submit" class="button button-primary">
        {t('diary.saveEpisode')}
      </button>
    </form>
  );
}
