/**
 * Words read: a word is a run with a letter or a digit in it, and a screen counts as the person meets
 * it: a gateway's yes/no question and its none-button, and the list only when it is opened.
 */
import { describe, expect, it } from 'vitest';
import type { Question } from '../contract/output.ts';
import { Renderer } from '../i18n/render.ts';
import { countWords, wordsShown } from './reading.ts';

/** A catalog of made-up words, so the counts below do not move when the real words are edited. */
const r = new Renderer({
  lang: 'en',
  dir: 'ltr',
  review: 'source',
  messages: {
    'question.q.text': 'one two three',
    'question.q.gateway': 'g1 g2',
    'question.q.none': 'n1 n2 n3 n4',
    'finding.fever.text': 'a b',
    'finding.chills_rigors.text': 'c',
  },
});

const question = (over: Partial<Question>): Question => ({
  id: 'q',
  type: 'multiple',
  gateway: false,
  warning: false,
  items: [{ findingId: 'fever' }, { findingId: 'chills_rigors' }],
  phase: 'safety',
  ...over,
});

describe('countWords', () => {
  it('counts runs with a letter or a digit, not dashes or symbols alone', () => {
    expect(countWords('How bad is your pain, from 0 to 10?')).toBe(9);
    expect(countWords("Don't know — 38 °C")).toBe(4);
    expect(countWords('  ')).toBe(0);
  });
});

describe('wordsShown', () => {
  it('a list: its question, its items and its none-button', () => {
    expect(wordsShown(question({}), r, false)).toBe(3 + 2 + 1 + 4);
  });

  it('a gateway: its yes/no question and none-button, and the list only when opened', () => {
    const q = question({ gateway: true });
    expect(wordsShown(q, r, false)).toBe(2 + 4);
    expect(wordsShown(q, r, true)).toBe(2 + 4 + 3 + 2 + 1);
  });

  it('a number or yes/no question: only its question', () => {
    expect(wordsShown(question({ type: 'number', items: [{ findingId: 'fever' }] }), r, true)).toBe(3);
  });
});
