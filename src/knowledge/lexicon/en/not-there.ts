/**
 * A sense, a strength or a control said to be "not there" (South Asian English: "the feeling in my legs
 * is not there", "power in my leg is not there", "bladder control is not there"). The "is not there"
 * after a symptom denies it ("fever is not there"), but after one of these it is the loss itself: the
 * phrases read it first, and a negation inside a phrase belongs to the phrase.
 */
import { e } from '../entry.ts';
import type { LexEntry } from '../types.ts';

/** "… is not there", "… not there", "… isn't there", "… is no longer there". */
const GONE = ['{be}? (not|no longer) there', "(isn't|aren't|wasn't|weren't) there"];

/** Each way of saying "not there" after `before`, and before `after` when it is given. */
function gone(before: string, after = ''): string[] {
  return GONE.map((g) => `${before} ${g}${after ? ` ${after}` : ''}`);
}

export const notThere: readonly LexEntry[] = [
  e(
    ['numbness_one_leg'],
    [
      ...gone('(feeling|sensation) ~3 {my}? left|right? {leg}'),
      ...gone('{leg} (feeling|sensation)'),
      ...gone('(feeling|sensation)', '~2 {my}? left|right? {leg}'),
    ],
    'The feeling in a leg or foot "not there" is numbness.',
  ),
  e(
    ['numbness_both_legs'],
    [
      ...gone('(feeling|sensation) ~3 {my}? {legs}'),
      ...gone('{legs} (feeling|sensation)'),
      ...gone('(feeling|sensation)', '~2 {my}? {legs}'),
    ],
    'The feeling in the legs or feet "not there" is numbness of both.',
  ),
  e(
    ['saddle_numbness'],
    [...gone('(feeling|sensation) ~3 {my}? {saddle}'), ...gone('(feeling|sensation)', '~2 {my}? {saddle}')],
    'The feeling in the private parts or between the legs "not there" is saddle numbness.',
    { overrides: ['numbness_both_legs', 'numbness_one_leg'] },
  ),
  e(
    ['weakness_one_leg'],
    [
      ...gone('(power|strength|force) ~3 {my}? left|right? {leg}'),
      ...gone('{leg} (power|strength|force)'),
      ...gone('(power|strength|force)', '~2 {my}? left|right? {leg}'),
    ],
    'The power in a leg "not there" is weakness.',
  ),
  e(
    ['weakness_both_legs'],
    [
      ...gone('(power|strength|force) ~3 {my}? {legs}'),
      ...gone('{legs} (power|strength|force)'),
      ...gone('(power|strength|force)', '~2 {my}? {legs}'),
    ],
    'The power in both legs "not there" is weakness of both.',
  ),
  e(
    ['incontinence'],
    [
      ...gone('control (of|over|on)? {my}? (urine|bladder|bowel|bowels|motion|motions|stool|stools|pee|wee)'),
      ...gone('(urine|bladder|bowel|bowels|motion|stool|toilet) control'),
    ],
    'Control of the bladder or bowels "not there" is incontinence.',
    { overrides: ['urinary_retention'] },
  ),
  e(
    ['urinary_retention'],
    [
      ...gone(
        '(feeling|sensation|urge|pressure) (of|to|for)? ~1 (urine|pee|wee|urinate|urination|pass urine|passing urine)',
      ),
      ...gone('(urine|bladder|pee) (feeling|sensation|urge)'),
    ],
    'The feeling or urge to pass urine "not there" is lost bladder sensation.',
  ),
];
