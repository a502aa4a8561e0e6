import { describe, expect, it } from 'vitest';
import type { Question } from '../contract/output.ts';
import { askProfile, parseAnswer } from './interactive.ts';

const multi: Question = {
  id: 'q',
  text: 'Any?',
  why: 'w',
  type: 'multiple',
  phase: 'safety',
  items: [
    { findingId: 'a', text: 'A' },
    { findingId: 'b', text: 'B' },
    { findingId: 'c', text: 'C' },
  ],
};
const single: Question = {
  id: 's',
  text: 'Pregnant?',
  why: 'w',
  type: 'single',
  phase: 'safety',
  items: [{ findingId: 'pregnant', text: 'Pregnant?' }],
};
const num: Question = {
  id: 'n',
  text: 'Pain?',
  why: 'w',
  type: 'number',
  phase: 'safety',
  min: 0,
  max: 10,
  items: [{ findingId: 'pain_severity', text: 'Pain?' }],
};

describe('parseAnswer', () => {
  it('ticks the numbered items and marks the rest absent', () => {
    expect(parseAnswer(multi, '1 3')).toEqual({
      kind: 'answer',
      value: [
        { id: 'a', state: 'present' },
        { id: 'b', state: 'absent' },
        { id: 'c', state: 'present' },
      ],
    });
    expect(parseAnswer(multi, '')).toEqual({
      kind: 'answer',
      value: [
        { id: 'a', state: 'absent' },
        { id: 'b', state: 'absent' },
        { id: 'c', state: 'absent' },
      ],
    });
  });
  it('"?" marks everything unknown, "b" goes back, "w" asks why', () => {
    expect(parseAnswer(multi, '?')).toEqual({
      kind: 'answer',
      value: [
        { id: 'a', state: 'unknown' },
        { id: 'b', state: 'unknown' },
        { id: 'c', state: 'unknown' },
      ],
    });
    expect(parseAnswer(multi, 'b')).toEqual({ kind: 'back' });
    expect(parseAnswer(single, 'why')).toEqual({ kind: 'why' });
  });
  it('rejects numbers out of range with a message', () => {
    expect(parseAnswer(multi, '4').kind).toBe('invalid');
    expect(parseAnswer(num, '11')).toEqual({ kind: 'invalid', message: 'Type a number from 0 to 10.' });
  });
  it('reads yes/no and numbers', () => {
    expect(parseAnswer(single, 'Y')).toEqual({
      kind: 'answer',
      value: [{ id: 'pregnant', state: 'present' }],
    });
    expect(parseAnswer(single, 'no')).toEqual({
      kind: 'answer',
      value: [{ id: 'pregnant', state: 'absent' }],
    });
    expect(parseAnswer(num, '6,5')).toEqual({
      kind: 'answer',
      value: [{ id: 'pain_severity', state: 'present', value: 6.5 }],
    });
    expect(parseAnswer(single, 'maybe').kind).toBe('invalid');
  });
});

describe('askProfile', () => {
  it('does not take an empty line as age 0', async () => {
    const answers = ['', '-3', '34', 'm'][Symbol.iterator]();
    const io = {
      write: () => {},
      lines: { next: async () => answers.next() } as AsyncIterator<string>,
      style: {
        bold: (x: string) => x,
        dim: (x: string) => x,
        red: (x: string) => x,
        yellow: (x: string) => x,
        green: (x: string) => x,
        cyan: (x: string) => x,
      },
    };
    expect(await askProfile(io)).toEqual({ age: 34, sex: 'male' });
  });
});
