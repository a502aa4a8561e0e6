/**
 * How much a person reads before the result, as the issue measures it: the words of each question and
 * of each item shown. A screen with a gateway shows its yes/no gateway question and the button that
 * says no to all of it; its list (and its own question) is read only when the person answers "yes" or
 * "not sure", that is when one of its items applies to them or they do not know.
 */
import type { Question } from '../contract/output.ts';
import { bundleHeading, bundleHint, noneKey } from '../engine/screens.ts';
import type { Renderer } from '../i18n/render.ts';
import type { Chip } from '../parse/seed.ts';

/** A word is a run of characters between spaces with a letter or a digit in it ("don't" is one, "—" none). */
export function countWords(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/**
 * The words of one screen as this person meets it; `opens` says whether the gateway's list was opened.
 * A yes/no or number question shows only its question: its item is what the answer records.
 */
export function wordsShown(q: Question, r: Renderer, opens: boolean): number {
  const key = (part: string) => `question.${q.id}.${part}`;
  const question = countWords(r.text(key('text')));
  if (q.type !== 'multiple') return question;
  const noneAt = noneKey(q, (k) => r.has(k));
  const none = noneAt === undefined ? 0 : countWords(r.text(noneAt));
  const list = question + q.items.reduce((n, i) => n + countWords(r.text(`finding.${i.findingId}.text`)), 0);
  if (!q.gateway) return list + none;
  return countWords(r.text(key('gateway'))) + none + (opens ? list : 0);
}

/**
 * A screen of several gateways asked together: its question, its hint (on the check's first such
 * screen only: `bundlesBefore` counts those before it), one line per gateway and the "None of these" button. The lists of the
 * lines ticked come after, each on its own screen.
 */
export function bundleWords(
  questions: readonly Question[],
  r: Renderer,
  continued = false,
  bundlesBefore = 0,
): number {
  return (
    countWords(r.text(bundleHeading(questions, continued))) +
    (bundleHint(bundlesBefore) ? countWords(r.text('bundle.hint')) : 0) +
    countWords(r.text('bundle.none')) +
    questions.reduce((n, q) => n + countWords(r.text(`question.${q.id}.topic`)), 0)
  );
}

/** The words of one chip: a finding's short label, or a number in words. */
export function chipText(c: Chip, r: Renderer): string {
  if (c.id === 'pain_severity') return r.text('story.painChip', { value: c.value ?? 0 });
  if (c.id === 'duration_days') return r.text('story.durationChip', { days: Math.round(c.value ?? 0) });
  return r.text(`finding.${c.id}.label`);
}

/** The story step's invitation, which everyone reads, whether they write a story or skip it. */
export function storyInviteWords(r: Renderer): number {
  return ['story.heading', 'story.hint', 'story.read', 'story.skip'].reduce(
    (n, key) => n + countWords(r.text(key)),
    0,
  );
}

/**
 * What the story step shows after "Read my story": the chips to check (heading, hint, each group's
 * heading, each chip and the two buttons), or, when nothing was read, that message and its buttons. The
 * person's own words are not counted: they wrote them.
 */
export function storyConfirmWords(chips: readonly Chip[], r: Renderer): number {
  const w = (key: string) => countWords(r.text(key));
  if (chips.length === 0) return w('story.nothing') + w('story.goOn') + w('story.change');
  const kinds = new Set(chips.map((c) => c.kind));
  const groups =
    (kinds.has('present') ? w('story.have') : 0) + (kinds.has('absent') ? w('story.haveNot') : 0);
  return (
    w('story.confirmHeading') +
    w('story.confirmHint') +
    groups +
    chips.reduce((n, c) => n + countWords(chipText(c, r)), 0) +
    w('story.confirm') +
    w('story.change')
  );
}
