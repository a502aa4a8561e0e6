/**
 * How much a person reads before the result, as the issue measures it: the words of each question and
 * of each item shown. A screen with a gateway shows its yes/no gateway question and the button that
 * says no to all of it; its list (and its own question) is read only when the person answers "yes" or
 * "not sure", that is when one of its items applies to them or they do not know.
 */
import type { Question } from '../contract/output.ts';
import type { Renderer } from '../i18n/render.ts';

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
  const none = r.has(key('none')) ? countWords(r.text(key('none'))) : 0;
  const list = question + q.items.reduce((n, i) => n + countWords(r.text(`finding.${i.findingId}.text`)), 0);
  if (!q.gateway) return list + none;
  return countWords(r.text(key('gateway'))) + none + (opens ? list : 0);
}
