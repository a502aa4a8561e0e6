import { describe, expect, it } from 'vitest';
import { longDay, painChange, personLine, shortDay } from './format.ts';

describe('format', () => {
  it('writes days with the month in words', () => {
    expect(longDay('2026-10-03')).toBe('3 Oct 2026');
    expect(shortDay(Date.UTC(2026, 11, 31, 23))).toBe('31 Dec');
  });

  it('signs a pain change the way the note beside it reads', () => {
    expect(painChange(1.75)).toBe('-1.8');
    expect(painChange(-1)).toBe('+1');
    expect(painChange(0.01)).toBe('0');
    expect(painChange(null)).toBe('n/a');
  });

  it('describes the person without guessing', () => {
    expect(personLine(46, 'female')).toBe('Woman, 46');
    expect(personLine(null, null)).toBe('Person, age not given');
  });
});
