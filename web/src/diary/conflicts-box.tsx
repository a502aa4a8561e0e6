import { useState } from 'preact/hooks';
import { BODY_AREAS } from '../../../src/diary/model.ts';
import { formatDateTime, t } from '../i18n/i18n.ts';
import type { Choice, Resolution } from './conflicts.ts';
import type { Collection, StoredRecord } from './diary-db.ts';
import { settleConflict } from './sync-runner.ts';

/**
 * Entries changed in different ways on this phone and on another device (docs/sync.md): for each, what
 * each side has, and a choice. Works offline: the choice is stored on the phone and synced later.
 */
export function ConflictsBox(props: { conflicts: readonly StoredRecord[]; onSettled: () => void }) {
  if (props.conflicts.length === 0) return null;
  return (
    <section class="card conflicts" aria-labelledby="conflicts-heading">
      <h2 id="conflicts-heading">{t('sync.conflictsTitle')}</h2>
      <p>{t('sync.conflictsIntro', { count: props.conflicts.length })}</p>
      {props.conflicts.map((s) => (
        <ConflictForm key={s.key} stored={s} onSettled={props.onSettled} />
      ))}
    </section>
  );
}

type Fields = Readonly<Record<string, unknown>>;

const TIME_FIELD: Readonly<Record<Collection, string>> = {
  episodes: 'startedAt',
  checkIns: 'at',
  remedySessions: 'startedAt',
  assessments: 'at',
  doctorQuestions: 'createdAt',
};

function recordTitle(s: StoredRecord): string {
  const when = formatDateTime(String((s.record as Fields)[TIME_FIELD[s.collection]]));
  const titles: Readonly<Record<Collection, () => string>> = {
    episodes: () => t('sync.record.episodes', { when }),
    checkIns: () => t('sync.record.checkIns', { when }),
    remedySessions: () => t('sync.record.remedySessions', { when }),
    assessments: () => t('sync.record.assessments', { when }),
    doctorQuestions: () => t('sync.record.doctorQuestions', { when }),
  };
  return titles[s.collection]();
}

const FIELD_LABELS: Readonly<Record<string, () => string>> = {
  startedAt: () => t('sync.field.startedAt'),
  endedAt: () => t('sync.field.endedAt'),
  areas: () => t('sync.field.areas'),
  pain: () => t('sync.field.pain'),
  triggers: () => t('sync.field.triggers'),
  notes: () => t('sync.field.notes'),
  episodeId: () => t('sync.field.episodeId'),
  at: () => t('sync.field.at'),
  remedy: () => t('sync.field.remedy'),
  minutes: () => t('sync.field.minutes'),
  painBefore: () => t('sync.field.painBefore'),
  painAfter: () => t('sync.field.painAfter'),
  createdAt: () => t('sync.field.createdAt'),
  text: () => t('sync.field.text'),
  input: () => t('sync.field.input'),
  output: () => t('sync.field.output'),
};

function fieldLabel(field: string): string {
  return FIELD_LABELS[field]?.() ?? field;
}

const AREAS = new Set<string>(BODY_AREAS);
const DATE_FIELDS = new Set(['startedAt', 'endedAt', 'at', 'createdAt']);

/**
 * A field's value in words, as the person knows it from the diary's screens; `precise` shows the
 * seconds of a time, for two times that differ only in them.
 */
export function fieldValue(field: string, value: unknown, precise = false): string {
  if (field === 'endedAt' && value === null) return t('sync.value.ongoing');
  if (value === null || value === undefined) return t('sync.value.none');
  if (DATE_FIELDS.has(field) && typeof value === 'string')
    return formatDateTime(value, precise ? { dateStyle: 'medium', timeStyle: 'medium' } : undefined);
  if (field === 'episodeId') return t('sync.value.linked');
  if (field === 'input' || field === 'output') return t('sync.value.savedCheck');
  if (Array.isArray(value)) {
    if (value.length === 0) return t('sync.value.empty');
    return value
      .map((v) => (field === 'areas' && AREAS.has(String(v)) ? t(`area.${v}`) : String(v)))
      .join(', ');
  }
  if (value === '') return t('sync.value.empty');
  return String(value);
}

/** Both sides of a field in words, never the same words for different values. */
function sides(field: string, mine: unknown, theirs: unknown): [string, string] {
  const plain: [string, string] = [fieldValue(field, mine), fieldValue(field, theirs)];
  if (plain[0] !== plain[1]) return plain;
  return [fieldValue(field, mine, true), fieldValue(field, theirs, true)];
}

function ConflictForm(props: { stored: StoredRecord; onSettled: () => void }) {
  const s = props.stored;
  const c = s.conflict;
  const [choices, setChoices] = useState<Readonly<Record<string, Choice>>>({});
  const [keep, setKeep] = useState<'keep' | 'delete' | null>(null);
  const [error, setError] = useState<'choose' | 'impossible' | null>(null);
  if (!c) return null;
  const title = recordTitle(s);
  const group = s.key.replace(/[^A-Za-z0-9-]/g, '-');

  const submit = async (e: Event) => {
    e.preventDefault();
    let resolution: Resolution;
    if (c.kind === 'fields') {
      if (c.fields.some((f) => !choices[f])) return setError('choose');
      resolution = { kind: 'fields', choices };
    } else {
      if (!keep) return setError('choose');
      resolution = { kind: keep };
    }
    if (!(await settleConflict(s.key, resolution))) return setError('impossible');
    props.onSettled();
  };

  const radio = (name: string, checked: boolean, onChange: () => void, text: string) => (
    <label class="choice">
      <input
        type="radio"
        name={name}
        checked={checked}
        onChange={() => {
          onChange();
          setError(null);
        }}
      />
      <span>{text}</span>
    </label>
  );

  return (
    <form class="conflict" onSubmit={submit} noValidate aria-label={title}>
      <h3>{title}</h3>
      {c.kind === 'fields'
        ? c.fields.map((f) => {
            const [mine, theirs] = sides(f, (s.record as Fields)[f], (c.theirs as Fields)[f]);
            return (
              <fieldset key={f}>
                <legend>{fieldLabel(f)}</legend>
                {radio(
                  `${group}-${f}`,
                  choices[f] === 'mine',
                  () => setChoices({ ...choices, [f]: 'mine' }),
                  t('sync.thisDevice', { value: mine }),
                )}
                {radio(
                  `${group}-${f}`,
                  choices[f] === 'theirs',
                  () => setChoices({ ...choices, [f]: 'theirs' }),
                  t('sync.otherDevice', { value: theirs }),
                )}
              </fieldset>
            );
          })
        : null}
      {c.kind === 'deletedThere' ? (
        <fieldset>
          <legend>{t('sync.deletedThere')}</legend>
          {radio(group, keep === 'keep', () => setKeep('keep'), t('sync.keepMine'))}
          {radio(group, keep === 'delete', () => setKeep('delete'), t('sync.deleteIt'))}
        </fieldset>
      ) : null}
      {c.kind === 'deletedHere' ? (
        <>
          <p>{t('sync.deletedHere')}</p>
          <dl class="conflict-theirs">
            {Object.entries(c.theirs as Fields)
              .filter(([f]) => f !== 'id')
              .map(([f, v]) => (
                <div key={f}>
                  <dt>{fieldLabel(f)}</dt>
                  <dd>{fieldValue(f, v)}</dd>
                </div>
              ))}
          </dl>
          <fieldset>
            <legend>{t('sync.deletedHereChoice')}</legend>
            {radio(group, keep === 'keep', () => setKeep('keep'), t('sync.keepTheirs'))}
            {radio(group, keep === 'delete', () => setKeep('delete'), t('sync.deleteIt'))}
          </fieldset>
        </>
      ) : null}
      <div role="alert" class="error-slot">
        {error ? (
          <p class="field-error">{error === 'choose' ? t('sync.chooseEach') : t('sync.impossible')}</p>
        ) : null}
      </div>
      <button type="submit" class="button button-primary">
        {t('sync.keepChoice')}
        <span class="visually-hidden"> {title}</span>
      </button>
    </form>
  );
}
