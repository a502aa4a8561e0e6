/**
 * Words read: a word is a run with a letter or a digit in it, and a screen counts as the person meets
 * it: a gateway's yes/no question and its none-button, and the list only when it is opened.
 */
import { describe, expect, it } from 'vitest';
import type { Question } from '../contract/output.ts';
import { Renderer } from '../i18n/render.ts';
import { bundleWords, countWords, wordsShown } from './reading.ts';

/** A catalog of made-up words, so the counts below do not move when the real words are edited. */
const r = new Renderer({
  lang: 'en',
  dir: 'ltr',
  review: 'source',
  messages: {
    'question.q.text': 'one two three',
    'question.q.gateway': 'g1 g2',
    'question.q.none': 'n1 n2 n3 n4',
    'question.q.topic': 't1 t2 t3',
    'question.p.topic': 't1',
    'bundle.headingWarning': 'h1 h2',
    'bundle.headingWarningMore': 'h1 h2 h3',
    'bundle.hint': 'i1 i2 i3 i4 i5',
    'bundle.none': 'z1 z2',
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

describe('bundleWords', () => {
  const qs = [
    question({ gateway: true, warning: true }),
    question({ id: 'p', gateway: true, warning: true }),
  ];

  it('a screen of several gateways: its heading, hint, lines and "None of these"', () => {
    expect(bundleWords(qs, r)).toBe(2 + 5 + 3 + 1 + 2);
  });

  it('the hint only on the check\'s first such screen; "other" after one', () => {
    expect(bundleWords(qs, r, false, 1)).toBe(2 + 3 + 1 + 2);
    expect(bundleWords(qs, r, true, 1)).toBe(3 + 3 + 1 + 2);
  });
});
