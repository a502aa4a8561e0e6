/**
 * How much a person reads before the result: the words of every question text and every item text
 * shown. The same measure serves the plain interview and the one seeded from a story.
 */
import type { Question } from '../contract/output.ts';

/** A word is a run of characters between spaces with a letter or a digit in it ("don't" is one, "—" none). */
export function countWords(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** The words of one question as shown: its text and the text of each item on the screen. */
export function wordsShown(q: Pick<Question, 'text' | 'items'>): number {
  return countWords(q.text) + q.items.reduce((n, item) => n + countWords(item.text), 0);
}

/** The words of every question asked before the result. */
export function wordsRead(questions: readonly Pick<Question, 'text' | 'items'>[]): number {
  return questions.reduce((n, q) => n + wordsShown(q), 0);
}
