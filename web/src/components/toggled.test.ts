import { describe, expect, it } from 'vitest';
import { toggled } from './toggled.ts';

const change = (checked: boolean) => ({ target: { checked } }) as unknown as Event;

describe('toggled', () => {
  it('adds a ticked box and drops an unticked one, leaving the set it was given as it was', () => {
    const before = new Set(['a']);
    const ticked = toggled(before, 'b', change(true));
    expect([...ticked]).toEqual(['a', 'b']);
    expect([...toggled(ticked, 'a', change(false))]).toEqual(['b']);
    expect([...before]).toEqual(['a']);
    expect(ticked).not.toBe(before);
  });
});
