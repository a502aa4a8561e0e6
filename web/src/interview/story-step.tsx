import { useState } from 'preact/hooks';
import type { Sex } from '../../../src/contract/ids.ts';
import { type Chip, type ChipKind, screenWarningSigns, seedFromChips } from '../../../src/parse/seed.ts';
import { ScreenHeading } from '../components/heading.tsx';
import { toggled } from '../components/toggled.ts';
import { t } from '../i18n/i18n.ts';
import { knowledge } from './engine-client.ts';
import { type Answer, answerStory, skipStory } from './interview-state.ts';

/** The parser's own limit (POST /api/v1/parse takes the same). */
const MAX_LENGTH = 5000;

type Stage =
  | { readonly kind: 'write' }
  | { readonly kind: 'reading' }
  | { readonly kind: 'confirm'; readonly chips: readonly Chip[] }
  | { readonly kind: 'nothing' }
  | { readonly kind: 'offline' };

/**
 * The optional first step of the check: "Tell us what happened, in your own words", a plain text area
 * (so the phone keyboard's dictation works), Skip always there. The story is read on the phone (the
 * parser loads as a chunk of its own on the first "Read my story"); what was read comes back marked in
 * the text and as chips, ticked, for the person to untick what is wrong. Then (src/parse/seed.ts):
 * kept findings are answers; a warning sign the story mentions is pre-ticked on its own screen to be
 * confirmed there; a warning sign the story denies is no chip: it is asked on its screen as for anyone.
 */
export function StoryStep(props: {
  age: number;
  sex: Sex;
  initialText: string;
  onAnswer: (a: Answer) => void;
  onBack: () => void;
}) {
  const [text, setText] = useState(props.initialText);
  const [stage, setStage] = useState<Stage>({ kind: 'write' });
  const [kept, setKept] = useState<ReadonlySet<string>>(new Set());
  const [error, setError] = useState<string | null>(null);

  const read = async (e: Event) => {
    e.preventDefault();
    const story = text.trim();
    if (story === '') return setError(t('story.empty'));
    if (story.length > MAX_LENGTH)
      return setError(t('story.tooLong', { max: MAX_LENGTH, length: story.length }));
    setError(null);
    setStage({ kind: 'reading' });
    try {
      const { readStory } = await import('./story-client.ts');
      const chips = readStory(story, props.age, props.sex, localDay(new Date()));
      setKept(new Set(chips.map((c) => c.id)));
      setStage(chips.length > 0 ? { kind: 'confirm', chips } : { kind: 'nothing' });
    } catch (err) {
      // Only a chunk that cannot be fetched (first visit, then offline) gets here: the check goes on.
      console.error('story reader failed to load', err);
      setStage({ kind: 'offline' });
    }
  };

  const confirm = (e: Event) => {
    e.preventDefault();
    if (stage.kind !== 'confirm') return;
    const seed = seedFromChips(stage.chips, kept, screenWarningSigns(knowledge()));
    props.onAnswer(answerStory(seed.answers, seed.suggested, text.trim()));
  };

  const change = () => setStage({ kind: 'write' });
  const skip = () => props.onAnswer(skipStory());

  if (stage.kind === 'write' || stage.kind === 'reading') {
    return (
      <form
        class="screen question story"
        data-story="write"
        data-key="story-write"
        onSubmit={read}
        noValidate
      >
        <ScreenHeading focusKey="story-write" id="story-heading">
          {t('story.heading')}
        </ScreenHeading>
        <p id="story-hint" class="story-hint">
          {t('story.hint')}
        </p>
        <textarea
          id="story-text"
          rows={6}
          value={text}
          aria-labelledby="story-heading"
          aria-describedby={error ? 'story-hint story-error' : 'story-hint'}
          aria-invalid={error ? 'true' : undefined}
          onInput={(e) => setText((e.target as HTMLTextAreaElement).value)}
        />
        <div role="alert" class="error-slot">
          {error ? (
            <p id="story-error" class="field-error">
              {error}
            </p>
          ) : null}
        </div>
        <p role="status" class="story-status">
          {stage.kind === 'reading' ? t('story.reading') : ''}
        </p>
        <div class="actions">
          <button
            type="submit"
            class="button button-primary"
            data-primary=""
            disabled={stage.kind === 'reading'}
          >
            {t('story.read')}
          </button>
          <button type="button" class="button" data-skip="" onClick={skip}>
            {t('story.skip')}
          </button>
          <button type="button" class="button button-quiet" onClick={props.onBack}>
            {t('form.back')}
          </button>
        </div>
      </form>
    );
  }

  if (stage.kind === 'nothing' || stage.kind === 'offline') {
    return (
      <div class="screen question story" data-story={stage.kind} data-key={`story-${stage.kind}`}>
        <ScreenHeading focusKey={`story-${stage.kind}`} id="story-heading">
          {t('story.heading')}
        </ScreenHeading>
        <p>{t(stage.kind === 'nothing' ? 'story.nothing' : 'story.offline')}</p>
        <div class="actions">
          <button type="button" class="button button-primary" data-primary="" onClick={skip}>
            {t('story.goOn')}
          </button>
          <button type="button" class="button" onClick={change}>
            {t('story.change')}
          </button>
        </div>
      </div>
    );
  }

  const { chips } = stage;
  const group = (kind: ChipKind, legend: string) => {
    const of = chips.filter((c) => c.kind === kind);
    if (of.length === 0) return null;
    return (
      <fieldset class={`chips chips-${kind}`}>
        <legend>{t(legend)}</legend>
        <div class="chip-list">
          {of.map((c) => (
            <label key={c.id} class="chip">
              <input
                type="checkbox"
                name={c.id}
                data-kind={c.kind}
                checked={kept.has(c.id)}
                onChange={(e) => setKept(toggled(kept, c.id, e))}
              />
              <span>{chipLabel(c)}</span>
            </label>
          ))}
        </div>
      </fieldset>
    );
  };
  return (
    <form
      class="screen question story"
      data-story="confirm"
      data-key="story-confirm"
      onSubmit={confirm}
      noValidate
    >
      <ScreenHeading focusKey="story-confirm" id="story-heading">
        {t('story.confirmHeading')}
      </ScreenHeading>
      <p class="story-hint">{t('story.confirmHint')}</p>
      <figure class="story-marked">
        <figcaption class="visually-hidden">{t('story.yourWords')}</figcaption>
        <p>{marked(text.trim(), chips)}</p>
      </figure>
      {group('present', 'story.have')}
      {group('absent', 'story.haveNot')}
      <div class="actions">
        <button type="submit" class="button button-primary" data-primary="">
          {t('story.confirm')}
        </button>
        <button type="button" class="button" onClick={change}>
          {t('story.change')}
        </button>
      </div>
    </form>
  );
}

function chipLabel(c: Chip): string {
  if (c.id === 'pain_severity') return t('story.painChip', { value: c.value ?? 0 });
  if (c.id === 'duration_days') return t('story.durationChip', { days: Math.round(c.value ?? 0) });
  return t(`finding.${c.id}.label`);
}

/** The story with every span the chips rest on marked (overlapping spans merged). */
function marked(text: string, chips: readonly Chip[]) {
  const spans = chips
    .flatMap((c) => c.spans)
    .map(([a, b]) => [Math.max(0, a), Math.min(text.length, b)] as const)
    .filter(([a, b]) => b > a)
    .sort((x, y) => x[0] - y[0]);
  const merged: [number, number][] = [];
  for (const [a, b] of spans) {
    const last = merged.at(-1);
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else merged.push([a, b]);
  }
  const out = [];
  let at = 0;
  for (const [a, b] of merged) {
    if (a > at) out.push(text.slice(at, a));
    out.push(<mark key={a}>{text.slice(a, b)}</mark>);
    at = b;
  }
  if (at < text.length) out.push(text.slice(at));
  return out;
}

/** The person's own day, for "since Tuesday" (the parser never reads a clock). */
function localDay(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
