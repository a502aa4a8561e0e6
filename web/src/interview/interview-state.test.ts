import { describe, expect, it } from 'vitest';
import type { Question } from '../../../src/contract/output.ts';
import {
  addAnswer,
  answerMultiple,
  answerNone,
  answerNumber,
  answerSingle,
  atDepth,
  type InterviewState,
  toDays,
  toInput,
} from './interview-state.ts';

const multiple: Question = {
  gateway: false,
  warning: false,
  id: 'red_flags_nerves',
  type: 'multiple',
  items: [{ findingId: 'saddle_numbness' }, { findingId: 'urinary_retention' }],
  phase: 'safety',
};
const single: Question = {
  ...multiple,
  id: 'fever',
  type: 'single',
  items: [{ findingId: 'fever' }],
};
const pain: Question = {
  ...multiple,
  id: 'pain_severity',
  type: 'number',
  items: [{ findingId: 'pain_severity' }],
  min: 0,
  max: 10,
};
const start: InterviewState = { age: 34, sex: 'male', answers: [] };

describe('interview state', () => {
  it('marks ticked items present and the rest absent', () => {
    const a = answerMultiple(multiple, new Set(['urinary_retention']));
    expect(a.evidence).toEqual([
      { id: 'saddle_numbness', state: 'absent' },
      { id: 'urinary_retention', state: 'present' },
    ]);
  });

  it('the named "no" button answers every item absent', () => {
    expect(answerNone(multiple).evidence).toEqual([
      { id: 'saddle_numbness', state: 'absent' },
      { id: 'urinary_retention', state: 'absent' },
    ]);
  });

  it('"I don\'t know" makes every item unknown', () => {
    expect(answerMultiple(multiple, 'unknown').evidence.map((e) => e.state)).toEqual(['unknown', 'unknown']);
  });

  it('builds the engine input from the answers in order, and going back drops the last one', () => {
    let s = addAnswer(start, answerSingle(single, 'absent'));
    s = addAnswer(s, answerNumber(pain, 6));
    expect(toInput(s)).toEqual({
      age: 34,
      sex: 'male',
      evidence: [
        { id: 'fever', state: 'absent' },
        { id: 'pain_severity', state: 'present', value: 6 },
      ],
    });
    expect(toInput(atDepth(s, 1) as InterviewState).evidence).toEqual([{ id: 'fever', state: 'absent' }]);
  });

  it('goes back and forward along the answers given, and to "about you" before them', () => {
    const s = addAnswer(addAnswer(start, answerSingle(single, 'absent')), answerNumber(pain, 6));
    expect(atDepth(s, -1)).toBeNull();
    expect(atDepth(s, 0)?.answers).toEqual([]);
    expect(atDepth(s, 2)).toEqual(s);
    expect(atDepth(s, 3)).toBeUndefined();
    expect(atDepth(null, 0)).toBeUndefined();
  });

  it('answering the same screen again replaces its evidence', () => {
    let s = addAnswer(start, answerNumber(pain, 6));
    s = addAnswer(s, answerNumber(pain, 'unknown'));
    expect(toInput(s).evidence).toEqual([{ id: 'pain_severity', state: 'unknown' }]);
  });

  it('converts durations to days', () => {
    expect(toDays(2, 'weeks')).toBe(14);
    expect(toDays(12, 'hours')).toBe(0.5);
    expect(toDays(3, 'days')).toBe(3);
  });
});
